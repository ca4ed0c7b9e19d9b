/**
 * Multi-hop lineage one way from a focus entity (`searchAcrossLineage`): breadth-first, with caps
 * on hops, nodes and the relationships read, so one request can never walk the whole catalog nor a
 * dense corner of it; the nodes come with their degree and up to three shortest paths.
 */
import type { Store } from "../store/store";
import type { EdgeTimeWindow } from "../store/edges";
import { readMeter, type ReadMeter } from "./paging";
import { LineageReader, type LineageDirection } from "./reader";

export const MAX_LINEAGE_HOPS = 10;
export const MAX_LINEAGE_NODES = 10_000;

export interface LineageNode {
  urn: string;
  /** hops from the focus */
  degree: number;
  /** up to 3 shortest paths from the focus to this node (focus first) */
  paths: string[][];
}

export interface Traversal {
  nodes: Map<string, LineageNode>;
  /** nodes whose neighbours were not all explored because a cap (hops, nodes, per hop, the read budget) was hit */
  truncated: Set<string>;
  /** nodes walked through without counting a hop (TraverseOptions.ignoreAsHop) */
  ignoredAsHop: Set<string>;
  hopsExplored: number;
  /** whether the node cap or the read budget left lineage unexplored (not the hops or per-hop cap the caller asked for) */
  partial: boolean;
}

export interface TraverseOptions {
  maxHops?: number;
  maxNodes?: number;
  /** the most nodes whose neighbours are read at each hop (DataHub's entitiesExploredPerHopLimit); the rest stay unexplored */
  perHopLimit?: number;
  /** nodes the walk goes through without counting a hop (DataHub's ignoreAsHops): their neighbours get their degree */
  ignoreAsHop?: (urn: string) => boolean;
  /** only relationships first stored or last observed in this window (DataHub's lineage time filter) */
  window?: EdgeTimeWindow;
  /** the read budget: the request's (RequestBudget.readMeter()), else a standalone one of maxRead rows */
  meter?: ReadMeter;
  maxRead?: number;
  onRead?: (rows: number) => void;
}

export async function traverse(store: Store, focus: string, direction: LineageDirection, opts: TraverseOptions = {}): Promise<Traversal> {
  const maxHops = Math.max(1, Math.min(opts.maxHops ?? 3, MAX_LINEAGE_HOPS));
  const maxNodes = Math.max(1, Math.min(opts.maxNodes ?? 1000, MAX_LINEAGE_NODES));
  const perHop = opts.perHopLimit ?? Number.POSITIVE_INFINITY;
  const ignore = opts.ignoreAsHop ?? (() => false);
  const reader = new LineageReader(store, direction, opts.meter ?? readMeter(opts.maxRead, opts.onRead), undefined, opts.window);
  const nodes = new Map<string, LineageNode>();
  const truncated = new Set<string>();
  const ignoredAsHop = new Set<string>();
  const focusPaths = new Map<string, string[][]>([[focus, [[focus]]]]);
  let frontier = [focus];
  let hops = 0;
  let partial = false;
  for (let degree = 1; degree <= maxHops && frontier.length > 0; degree++) {
    hops = degree;
    const next: string[] = [];
    let explored = 0;
    // A node ignored as a hop is explored within the hop that reached it, so its neighbours share its degree.
    let queue = frontier;
    while (queue.length > 0) {
      const room = Math.max(0, perHop - explored);
      const now = queue.slice(0, room);
      for (const u of queue.slice(room)) truncated.add(u);
      explored += now.length;
      await reader.read(now);
      const sameHop: string[] = [];
      for (const from of now) {
        // A node the budget did not let us read in full has children we have not seen.
        if (!reader.complete(from)) {
          truncated.add(from);
          partial = true;
        }
        const fromPaths = focusPaths.get(from) ?? [[from]];
        for (const to of reader.neighbours(from, direction)) {
          if (to === focus) continue;
          const known = nodes.get(to);
          if (!known) {
            if (nodes.size >= maxNodes) {
              truncated.add(from);
              partial = true;
              continue;
            }
            const paths = fromPaths.slice(0, 3).map((p) => [...p, to]);
            nodes.set(to, { urn: to, degree, paths });
            focusPaths.set(to, paths);
            if (ignore(to)) {
              ignoredAsHop.add(to);
              sameHop.push(to);
            } else next.push(to);
          } else if (known.degree === degree && known.paths.length < 3) {
            for (const p of fromPaths) {
              if (known.paths.length >= 3) break;
              known.paths.push([...p, to]);
            }
          }
        }
      }
      queue = sameHop;
    }
    frontier = next;
  }
  if (frontier.length > 0 && hops >= maxHops) {
    // Nodes at the last hop may have more lineage beyond the hop cap.
    await reader.read(frontier);
    for (const from of frontier) {
      if (!reader.complete(from)) partial = true;
      if (!reader.complete(from) || reader.neighbours(from, direction).some((to) => !nodes.has(to) && to !== focus)) truncated.add(from);
    }
  }
  return { nodes, truncated, ignoredAsHop, hopsExplored: hops, partial };
}
