/**
 * The lineage subgraph around a focus entity (the `lineageGraph` extension, for graph views): both
 * directions, expansions, a type filter with indirect edges through the nodes it hides, and the
 * edges and neighbour counts among the nodes walked, under caps on hops, nodes, edges and the
 * relationships read.
 */
import type { LineageNeighbourCounts, Store } from "../store/store";
import { RELATIONSHIP_RULES } from "../model/derive";
import { entityTypeOrNull } from "../model/urn";
import { readMeter, type ReadMeter } from "./paging";
import { LineageReader, type LineageDirection } from "./reader";

export const MAX_GRAPH_HOPS = 5;
export const MAX_GRAPH_NODES = 5000;
export const DEFAULT_GRAPH_NODES = 2000;
/** edges one graph may return (`maxEdges`): the nearest first (edges are in node order) */
export const MAX_GRAPH_EDGES = 20_000;
export const DEFAULT_GRAPH_EDGES = 10_000;
export const MAX_GRAPH_EXPANDS = 200;
/** hops one expansion may walk: the first, then further ones through nodes hidden by `types` */
export const MAX_EXPAND_HOPS = 10;
/** hops all expansions of one request may walk together (each costs up to three statements) */
export const MAX_EXPANSION_HOPS_TOTAL = 400;

/** What cut a graph short (`LineageGraph.truncatedBy`), in this order. */
export const GRAPH_CAPS = ["MAX_NODES", "MAX_EDGES", "MAX_READ", "EXPANSION_HOPS"] as const;
export type GraphCap = (typeof GRAPH_CAPS)[number];

export interface LineageGraphOptions {
  /** hops all expansions together may walk (default MAX_EXPANSION_HOPS_TOTAL) */
  maxExpansionHops?: number;
  upstreamHops: number;
  downstreamHops: number;
  /** cap on the nodes walked, the focus and nodes hidden by `types` included */
  maxNodes: number;
  /** cap on the edges returned (default DEFAULT_GRAPH_EDGES) */
  maxEdges?: number;
  /**
   * nodes whose neighbours in one direction are added one hop further, applied in order (with
   * `types`, on through hidden neighbours until kept nodes or dead ends)
   */
  expand: ReadonlyArray<{ urn: string; direction: LineageDirection }>;
  /** entity types (as in urns, e.g. "mlModel") to return besides the focus; null returns all */
  types: ReadonlySet<string> | null;
  /** the read budget: the request's (RequestBudget.readMeter()), else a standalone one of maxRead rows */
  meter?: ReadMeter;
  maxRead?: number;
  onRead?: (rows: number) => void;
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
  /** the caps that cut the graph short (empty when `truncated` is false) */
  truncatedBy: GraphCap[];
  maxNodes: number;
  maxEdges: number;
}

export const INDIRECT_EDGE = "Indirect";

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The lineage subgraph around `focus` (which must exist): a breadth-first walk, upstream and
 * downstream one hop at a time (upstream first within a hop, so the node cap cuts the farthest
 * nodes first and a node reachable both ways keeps the side it is nearest to), then the expansions
 * in order, then every lineage edge among the nodes walked (at most `maxEdges`, the nearest first)
 * and the neighbour counts of the nodes walked. With a type filter an expansion goes on through the
 * hidden nodes it reaches (walked ones too), hop by hop in its direction, until kept nodes or dead
 * ends, for at most MAX_EXPAND_HOPS hops; and a kept node's `…Explored` flag says whether expanding
 * it would reveal anything (its neighbours that way are kept nodes, or walked hidden nodes whose
 * neighbours that way are, in turn, all explored).
 *
 * Every node is read in full (its lineage relationships both ways) before it joins the graph, so
 * its counts, flags and edges are exact; a node the read budget does not cover is left out, and the
 * graph says MAX_READ cut it (only the focus itself may be read in part, when it alone has more
 * relationships than the budget: its counts are then those read). SQL: a few statements per hop
 * of the walk and per hop of an expansion (reading the new nodes, a page of ROWS_PER_STATEMENT
 * rows at a time (./paging.ts), and checking their neighbours exist), none for the edges and counts.
 */
export async function lineageGraph(store: Store, focus: string, opts: LineageGraphOptions): Promise<LineageGraphResult> {
  type Placed = { urn: string; degree: number; direction: LineageDirection | null };
  const maxEdges = opts.maxEdges ?? DEFAULT_GRAPH_EDGES;
  const reader = new LineageReader(store, "BOTH", opts.meter ?? readMeter(opts.maxRead, opts.onRead));
  const walked = new Map<string, Placed>([[focus, { urn: focus, degree: 0, direction: null }]]);
  const keep = (urn: string) => urn === focus || !opts.types || opts.types.has(entityTypeOrNull(urn) ?? "");
  const caps = new Set<GraphCap>();
  /** a cap (nodes or the read budget) was reached: nothing more is walked */
  let full = false;
  await reader.read([focus]);
  if (!reader.complete(focus)) caps.add("MAX_READ");

  /**
   * One hop from `from` (walked nodes) in `direction`: adds the neighbours not walked yet (existing
   * ones, in urn order, each read in full first, until the node cap or the read budget), each one
   * hop further than the node it was reached from, on side `side`. Returns those added (the next
   * frontier of the walk) and every walked neighbour reached, those added included.
   */
  const hop = async (from: string[], direction: LineageDirection, side: LineageDirection): Promise<{ added: string[]; reached: string[] }> => {
    if (from.length === 0 || full) return { added: [], reached: [] };
    const candidates = new Map<string, number>();
    const reached = new Set<string>();
    for (const u of from)
      for (const v of reader.neighbours(u, direction)) {
        if (walked.has(v)) reached.add(v);
        else {
          const degree = walked.get(u)!.degree + 1;
          candidates.set(v, Math.min(candidates.get(v) ?? degree, degree));
        }
      }
    const added: string[] = [];
    if (candidates.size > 0) {
      const sorted = [...candidates.keys()].sort(byCodeUnits);
      const room = Math.max(0, opts.maxNodes - walked.size);
      const wanted = sorted.slice(0, room);
      await reader.read(wanted);
      for (const urn of wanted) {
        if (!reader.complete(urn)) {
          full = true;
          caps.add("MAX_READ");
          break;
        }
        walked.set(urn, { urn, degree: candidates.get(urn)!, direction: side });
        added.push(urn);
        reached.add(urn);
      }
      if (sorted.length > room) {
        full = true;
        caps.add("MAX_NODES");
      }
    }
    return { added, reached: [...reached] };
  };

  let up = [focus];
  let down = [focus];
  for (let degree = 1; degree <= Math.max(opts.upstreamHops, opts.downstreamHops); degree++) {
    if (degree <= opts.upstreamHops) up = (await hop(up, "UPSTREAM", "UPSTREAM")).added;
    if (degree <= opts.downstreamHops) down = (await hop(down, "DOWNSTREAM", "DOWNSTREAM")).added;
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
      const { reached } = await hop(frontier, e.direction, side);
      if (!opts.types) break;
      frontier = reached.filter((u) => !keep(u) && !visited.has(u));
      for (const u of frontier) visited.add(u);
    }
  }

  const kept = [...walked.values()]
    .filter((n) => keep(n.urn))
    .sort((a, b) => (a.urn === focus ? -1 : b.urn === focus ? 1 : a.degree - b.degree || byCodeUnits(a.urn, b.urn)));
  const order = new Map(kept.map((n, i) => [n.urn, i]));

  // Edges among every node walked (hidden ones too, for the indirect edges), upstream → downstream,
  // from what was read of them (each edge is read from both its ends; kept once).
  const all: LineageGraphEdge[] = [];
  const seen = new Set<string>();
  for (const urn of walked.keys())
    for (const e of reader.edges(urn)) {
      if (!walked.has(e.src) || !walked.has(e.dst)) continue;
      const role = RELATIONSHIP_RULES[e.type]?.lineage;
      if (!role) continue;
      const edge = role === "dstIsUpstream" ? { source: e.dst, target: e.src, type: e.type } : { source: e.src, target: e.dst, type: e.type };
      const k = `${edge.source}\u0000${edge.target}\u0000${edge.type}`;
      if (seen.has(k)) continue;
      seen.add(k);
      all.push(edge);
    }
  let edges = all.filter((e) => order.has(e.source) && order.has(e.target));
  if (opts.types) edges.push(...indirectEdges(all, order, edges));
  edges.sort((a, b) => order.get(a.source)! - order.get(b.source)! || order.get(a.target)! - order.get(b.target)! || byCodeUnits(a.type, b.type));
  if (edges.length > maxEdges) {
    edges = edges.slice(0, maxEdges);
    caps.add("MAX_EDGES");
  }

  // Neighbour counts of every node walked (hidden ones too: the explored flags look through them).
  const walkedUrns = [...walked.keys()];
  const counts = new Map<string, LineageNeighbourCounts>();
  for (const urn of walkedUrns) {
    const upstream = reader.neighbours(urn, "UPSTREAM");
    const downstream = reader.neighbours(urn, "DOWNSTREAM");
    const outside = (list: string[]) => list.reduce((n, u) => (walked.has(u) ? n : n + 1), 0);
    counts.set(urn, { upstream: upstream.length, downstream: downstream.length, upstreamOutside: outside(upstream), downstreamOutside: outside(downstream) });
  }
  const explored = exploredFlags(walkedUrns, all, counts, keep);
  const partial = (urn: string) => !reader.complete(urn);
  if (stopped.some((s) => s.urns.some((u) => !explored(u, s.direction)))) caps.add("EXPANSION_HOPS");
  const nodes = kept.map((n): LineageGraphNode => {
    const c = counts.get(n.urn);
    return {
      ...n,
      upstreamCount: c?.upstream ?? 0,
      downstreamCount: c?.downstream ?? 0,
      // A node read in part (the focus, past the budget) may have neighbours not read.
      upstreamExplored: !partial(n.urn) && explored(n.urn, "UPSTREAM"),
      downstreamExplored: !partial(n.urn) && explored(n.urn, "DOWNSTREAM"),
    };
  });
  const truncatedBy = GRAPH_CAPS.filter((c) => caps.has(c));
  return { focus, nodes, edges, truncated: full || truncatedBy.length > 0, truncatedBy, maxNodes: opts.maxNodes, maxEdges };
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
  const outside = (urn: string, d: LineageDirection) => (d === "UPSTREAM" ? counts.get(urn)?.upstreamOutside : counts.get(urn)?.downstreamOutside) ?? 0;
  // Per direction, the hidden nodes not explored that way: those with a neighbour outside the walk,
  // then, backwards, every hidden node with such a neighbour that way.
  const unexploredWay = (d: LineageDirection): Set<string> => {
    const back = neighbours[d === "UPSTREAM" ? "DOWNSTREAM" : "UPSTREAM"];
    const found = new Set(walked.filter((u) => !keep(u) && outside(u, d) > 0));
    const queue = [...found];
    while (queue.length > 0)
      for (const p of back.get(queue.pop()!) ?? [])
        if (!keep(p) && !found.has(p)) {
          found.add(p);
          queue.push(p);
        }
    return found;
  };
  const unexplored = { UPSTREAM: unexploredWay("UPSTREAM"), DOWNSTREAM: unexploredWay("DOWNSTREAM") };
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
