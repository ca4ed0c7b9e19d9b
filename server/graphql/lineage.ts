/**
 * Multi-hop lineage: breadth-first from a focus entity, one pair of SQL statements per hop, with
 * caps on hops and nodes so one request can never walk the whole catalog. `traverse` serves
 * `searchAcrossLineage` (one direction, with paths); `lineageGraph` serves the graph view (both
 * directions, expansions, and the edges among the nodes).
 */
import type { LineageNeighbourCounts, Store } from "../store/store";
import { RELATIONSHIPS, type LineageRole } from "../model/derive";
import { entityTypeOf } from "../model/urn";

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

// ---------- lineage graph (the `lineageGraph` extension) ----------

export const MAX_GRAPH_HOPS = 5;
export const MAX_GRAPH_NODES = 5000;
export const DEFAULT_GRAPH_NODES = 2000;
export const MAX_GRAPH_EXPANDS = 200;
/** hops one expansion may walk: the first, then further ones through nodes hidden by `types` */
export const MAX_EXPAND_HOPS = 10;
/** hops all expansions of one request may walk together (each costs up to three statements) */
export const MAX_EXPANSION_HOPS_TOTAL = 400;

export type LineageDirection = "UPSTREAM" | "DOWNSTREAM";

export interface LineageGraphOptions {
  /** hops all expansions together may walk (default MAX_EXPANSION_HOPS_TOTAL) */
  maxExpansionHops?: number;
  upstreamHops: number;
  downstreamHops: number;
  /** cap on the nodes walked, the focus and nodes hidden by `types` included */
  maxNodes: number;
  /**
   * nodes whose neighbours in one direction are added one hop further, applied in order (with
   * `types`, on through hidden neighbours until kept nodes or dead ends)
   */
  expand: ReadonlyArray<{ urn: string; direction: LineageDirection }>;
  /** entity types (as in urns, e.g. "mlModel") to return besides the focus; null returns all */
  types: ReadonlySet<string> | null;
}

export interface LineageGraphNode {
  urn: string;
  /** hops from the focus (a node added by an expansion: the node it was reached from + 1) */
  degree: number;
  /** the side of the focus the node was reached on; null for the focus */
  direction: LineageDirection | null;
  /** existing lineage neighbours in the whole catalog, all types */
  upstreamCount: number;
  downstreamCount: number;
  /**
   * every such neighbour is among the returned nodes, or (with `types`) is a walked hidden node
   * whose neighbours that way are, in turn, all explored: false exactly when expanding would add
   */
  upstreamExplored: boolean;
  downstreamExplored: boolean;
}

export interface LineageGraphEdge {
  /** the upstream end */
  source: string;
  /** the downstream end */
  target: string;
  /** DataHub's relationship name, or "Indirect" for a path through nodes the type filter hides */
  type: string;
}

export interface LineageGraphResult {
  focus: string;
  nodes: LineageGraphNode[];
  edges: LineageGraphEdge[];
  truncated: boolean;
  maxNodes: number;
}

export const INDIRECT_EDGE = "Indirect";

function typeOf(urn: string): string | null {
  try {
    return entityTypeOf(urn);
  } catch {
    return null;
  }
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The lineage subgraph around `focus` (which must exist): a breadth-first walk, upstream and
 * downstream one hop at a time (upstream first within a hop, so the node cap cuts the farthest
 * nodes first and a node reachable both ways keeps the side it is nearest to), then the expansions
 * in order, then every lineage edge among the nodes walked and the neighbour counts of the nodes
 * walked. With a type filter an expansion goes on through the hidden nodes it reaches (walked ones
 * too), hop by hop in its direction, until kept nodes or dead ends, for at most MAX_EXPAND_HOPS
 * hops; and a kept node's `…Explored` flag says whether expanding it would reveal anything (its
 * neighbours that way are kept nodes, or walked hidden nodes whose neighbours that way are, in
 * turn, all explored). SQL: at most three statements per hop of the walk and per hop of an
 * expansion, plus two, whatever the number of nodes.
 */
export function lineageGraph(store: Store, focus: string, opts: LineageGraphOptions): LineageGraphResult {
  type Placed = { urn: string; degree: number; direction: LineageDirection | null };
  const walked = new Map<string, Placed>([[focus, { urn: focus, degree: 0, direction: null }]]);
  const keep = (urn: string) => urn === focus || !opts.types || opts.types.has(typeOf(urn) ?? "");
  /** the node cap was reached: nothing more is walked */
  let full = false;

  /**
   * One hop from `from` (walked nodes) in `direction`: adds the neighbours not walked yet (existing
   * ones, in urn order, until the node cap), each one hop further than the node it was reached
   * from, on side `side`. Returns those added (the next frontier of the walk) and every walked
   * neighbour reached, those added included.
   */
  const hop = (from: string[], direction: LineageDirection, side: LineageDirection): { added: string[]; reached: string[] } => {
    if (from.length === 0 || full) return { added: [], reached: [] };
    const candidates = new Map<string, number>();
    const reached = new Set<string>();
    for (const s of store.lineageStep(from, direction)) {
      if (walked.has(s.to)) reached.add(s.to);
      else {
        const degree = walked.get(s.from)!.degree + 1;
        candidates.set(s.to, Math.min(candidates.get(s.to) ?? degree, degree));
      }
    }
    const added: string[] = [];
    if (candidates.size > 0)
      for (const urn of [...store.existing([...candidates.keys()])].sort(byCodeUnits)) {
        if (walked.size >= opts.maxNodes) {
          full = true;
          break;
        }
        walked.set(urn, { urn, degree: candidates.get(urn)!, direction: side });
        added.push(urn);
        reached.add(urn);
      }
    return { added, reached: [...reached] };
  };

  let up = [focus];
  let down = [focus];
  for (let degree = 1; degree <= Math.max(opts.upstreamHops, opts.downstreamHops); degree++) {
    if (degree <= opts.upstreamHops) up = hop(up, "UPSTREAM", "UPSTREAM").added;
    if (degree <= opts.downstreamHops) down = hop(down, "DOWNSTREAM", "DOWNSTREAM").added;
  }

  // Expansions, in list order: one listed later may name a node an earlier one added. A node not
  // in the graph (yet) is skipped, and so is a repeat of the same expansion. With a type filter an
  // expansion passes through hidden nodes: from each hidden node it reaches (added now or walked
  // before) it takes one more hop the same way, until only kept nodes or dead ends remain.
  const expanded = new Set<string>();
  /** hidden nodes where an expansion stopped at MAX_EXPAND_HOPS, and its direction */
  const stopped: Array<{ urns: string[]; direction: LineageDirection }> = [];
  let expansionHops = 0;
  for (const e of opts.expand) {
    const node = walked.get(e.urn);
    const key = `${e.direction}\u0000${e.urn}`;
    if (!node || expanded.has(key)) continue;
    expanded.add(key);
    const side = node.direction ?? e.direction;
    const visited = new Set([e.urn]);
    let frontier = [e.urn];
    for (let hops = 0; frontier.length > 0; hops++) {
      if (hops === MAX_EXPAND_HOPS || expansionHops >= (opts.maxExpansionHops ?? MAX_EXPANSION_HOPS_TOTAL)) {
        stopped.push({ urns: frontier, direction: e.direction });
        break;
      }
      expansionHops++;
      const { reached } = hop(frontier, e.direction, side);
      if (!opts.types) break;
      frontier = reached.filter((u) => !keep(u) && !visited.has(u));
      for (const u of frontier) visited.add(u);
    }
  }

  const kept = [...walked.values()]
    .filter((n) => keep(n.urn))
    .sort((a, b) => (a.urn === focus ? -1 : b.urn === focus ? 1 : a.degree - b.degree || byCodeUnits(a.urn, b.urn)));
  const order = new Map(kept.map((n, i) => [n.urn, i]));

  // Edges among every node walked (hidden ones too, for the indirect edges), upstream → downstream.
  const all: LineageGraphEdge[] = [];
  const seen = new Set<string>();
  for (const e of store.lineageEdgesAmong([...walked.keys()])) {
    const role = (RELATIONSHIPS as Record<string, { lineage: LineageRole }>)[e.type]?.lineage;
    if (!role) continue;
    const edge = role === "dstIsUpstream" ? { source: e.dst, target: e.src, type: e.type } : { source: e.src, target: e.dst, type: e.type };
    const k = `${edge.source}\u0000${edge.target}\u0000${edge.type}`;
    if (seen.has(k)) continue;
    seen.add(k);
    all.push(edge);
  }
  const edges = all.filter((e) => order.has(e.source) && order.has(e.target));
  if (opts.types) edges.push(...indirectEdges(all, order, edges));
  edges.sort(
    (a, b) => order.get(a.source)! - order.get(b.source)! || order.get(a.target)! - order.get(b.target)! || byCodeUnits(a.type, b.type),
  );

  // Neighbour counts of every node walked (hidden ones too: the explored flags look through them).
  const walkedUrns = [...walked.keys()];
  const counts = store.lineageNeighbourCounts(walkedUrns, walkedUrns);
  const explored = exploredFlags(walkedUrns, all, counts, keep);
  const truncated = full || stopped.some((s) => s.urns.some((u) => !explored(u, s.direction)));
  const nodes = kept.map((n): LineageGraphNode => {
    const c = counts.get(n.urn);
    return {
      ...n,
      upstreamCount: c?.upstream ?? 0,
      downstreamCount: c?.downstream ?? 0,
      upstreamExplored: explored(n.urn, "UPSTREAM"),
      downstreamExplored: explored(n.urn, "DOWNSTREAM"),
    };
  });
  return { focus, nodes, edges, truncated, maxNodes: opts.maxNodes };
}

/**
 * Whether a walked node's neighbours in a direction are all explored: none lies outside the walk,
 * and every hidden one (not `keep`) has, in turn, all its neighbours that way explored — so that
 * expanding the node that way would reveal nothing. Without a type filter every node is kept and
 * this is "no neighbour outside the walk". Hidden nodes in a cycle with nothing outside are
 * explored. Linear in the nodes and edges walked; no SQL.
 */
function exploredFlags(
  walked: readonly string[],
  edges: readonly LineageGraphEdge[],
  counts: ReadonlyMap<string, LineageNeighbourCounts>,
  keep: (urn: string) => boolean,
): (urn: string, direction: LineageDirection) => boolean {
  const neighbours = { UPSTREAM: new Map<string, string[]>(), DOWNSTREAM: new Map<string, string[]>() };
  const add = (m: Map<string, string[]>, from: string, to: string) => {
    const list = m.get(from);
    if (list) list.push(to);
    else m.set(from, [to]);
  };
  for (const e of edges) {
    add(neighbours.DOWNSTREAM, e.source, e.target);
    add(neighbours.UPSTREAM, e.target, e.source);
  }
  const outside = (urn: string, d: LineageDirection) =>
    (d === "UPSTREAM" ? counts.get(urn)?.upstreamOutside : counts.get(urn)?.downstreamOutside) ?? 0;
  // Per direction, the hidden nodes not explored that way: those with a neighbour outside the walk,
  // then, backwards, every hidden node with such a neighbour that way.
  const unexplored = {} as Record<LineageDirection, Set<string>>;
  for (const d of ["UPSTREAM", "DOWNSTREAM"] as const) {
    const back = neighbours[d === "UPSTREAM" ? "DOWNSTREAM" : "UPSTREAM"];
    const found = new Set(walked.filter((u) => !keep(u) && outside(u, d) > 0));
    const queue = [...found];
    while (queue.length > 0)
      for (const p of back.get(queue.pop()!) ?? [])
        if (!keep(p) && !found.has(p)) {
          found.add(p);
          queue.push(p);
        }
    unexplored[d] = found;
  }
  return (urn, d) => outside(urn, d) === 0 && !(neighbours[d].get(urn) ?? []).some((n) => unexplored[d].has(n));
}

/**
 * For each kept node, an `Indirect` edge to every kept node reachable downstream through hidden
 * nodes only, unless a direct edge already joins the two that way.
 */
function indirectEdges(all: LineageGraphEdge[], kept: ReadonlyMap<string, number>, direct: LineageGraphEdge[]): LineageGraphEdge[] {
  const downstream = new Map<string, string[]>();
  for (const e of all) {
    let list = downstream.get(e.source);
    if (!list) downstream.set(e.source, (list = []));
    list.push(e.target);
  }
  const joined = new Set(direct.map((e) => `${e.source}\u0000${e.target}`));
  const out: LineageGraphEdge[] = [];
  for (const from of kept.keys()) {
    // Breadth-first from `from` through hidden nodes; a kept node ends the path.
    const visited = new Set<string>([from]);
    let frontier = (downstream.get(from) ?? []).filter((u) => !kept.has(u));
    for (const u of frontier) visited.add(u);
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const hidden of frontier)
        for (const to of downstream.get(hidden) ?? []) {
          if (visited.has(to)) continue;
          visited.add(to);
          if (!kept.has(to)) next.push(to);
          else if (!joined.has(`${from}\u0000${to}`)) {
            joined.add(`${from}\u0000${to}`);
            out.push({ source: from, target: to, type: INDIRECT_EDGE });
          }
        }
      frontier = next;
    }
  }
  return out;
}
