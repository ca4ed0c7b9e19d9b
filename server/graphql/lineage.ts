/**
 * Multi-hop lineage: breadth-first from a focus entity, one pair of SQL statements per hop, with
 * caps on hops and nodes so one request can never walk the whole catalog.
 */
import type { Store } from "../store/store";

export const MAX_LINEAGE_HOPS = 10;
export const MAX_LINEAGE_NODES = 10_000;

export interface LineageNode {
  urn: string;
  /** hops from the focus */
  degree: number;
  /** up to 3 shortest paths from the focus to this node (focus first) */
  paths: string[][];
}

export interface LineageEdge {
  src: string;
  type: string;
  dst: string;
}

export interface Traversal {
  nodes: Map<string, LineageNode>;
  /** every lineage edge between reached nodes, in DataHub's stored direction */
  edges: LineageEdge[];
  /** nodes whose neighbours were not all explored because a cap was hit */
  truncated: Set<string>;
  hopsExplored: number;
}

export function traverse(
  store: Store,
  focus: string,
  direction: "UPSTREAM" | "DOWNSTREAM",
  opts: { maxHops?: number; maxNodes?: number } = {},
): Traversal {
  const maxHops = Math.max(1, Math.min(opts.maxHops ?? 3, MAX_LINEAGE_HOPS));
  const maxNodes = Math.max(1, Math.min(opts.maxNodes ?? 1000, MAX_LINEAGE_NODES));
  const nodes = new Map<string, LineageNode>();
  const edges: LineageEdge[] = [];
  const edgeKeys = new Set<string>();
  const truncated = new Set<string>();
  const focusPaths = new Map<string, string[][]>([[focus, [[focus]]]]);
  let frontier = [focus];
  let hops = 0;
  for (let degree = 1; degree <= maxHops && frontier.length > 0; degree++) {
    hops = degree;
    const steps = store.lineageStep(frontier, direction);
    const alive = store.existing([...new Set(steps.map((s) => s.to))]);
    const next: string[] = [];
    for (const s of steps) {
      if (!alive.has(s.to) || s.to === focus) continue;
      const known = nodes.get(s.to);
      const fromPaths = focusPaths.get(s.from) ?? [[s.from]];
      if (!known) {
        if (nodes.size >= maxNodes) {
          truncated.add(s.from);
          continue;
        }
        const paths = fromPaths.slice(0, 3).map((p) => [...p, s.to]);
        nodes.set(s.to, { urn: s.to, degree, paths });
        focusPaths.set(s.to, paths);
        next.push(s.to);
      } else if (known.degree === degree && known.paths.length < 3) {
        for (const p of fromPaths) {
          if (known.paths.length >= 3) break;
          known.paths.push([...p, s.to]);
        }
      }
      const k = `${s.edge.src}\u0000${s.edge.type}\u0000${s.edge.dst}`;
      if (!edgeKeys.has(k)) {
        edgeKeys.add(k);
        edges.push(s.edge);
      }
    }
    frontier = next;
  }
  if (frontier.length > 0 && hops >= maxHops) {
    // Nodes at the last hop may have more lineage beyond the hop cap.
    const beyond = store.lineageStep(frontier, direction);
    for (const s of beyond) if (!nodes.has(s.to) && s.to !== focus) truncated.add(s.from);
  }
  return { nodes, edges, truncated, hopsExplored: hops };
}
