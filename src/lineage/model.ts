/**
 * What the lineage explorer shows, as pure functions of the server's subgraph and the view state in
 * the URL: which nodes are visible (collapse, fan-out of 10 children at a time with "+N more"),
 * which are highlighted for a selection or between two picked nodes, and where the keyboard moves.
 * No React here, so every rule is unit-tested (model.test.ts).
 */

export type Side = "up" | "down";

export interface GraphNode {
  urn: string;
  degree: number;
  direction: "UPSTREAM" | "DOWNSTREAM" | null;
  upstreamExplored: boolean;
  downstreamExplored: boolean;
  upstreamCount: number;
  downstreamCount: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  type: string;
}

export interface Graph {
  focus: string;
  /**
   * Where the graph starts when the focus is no node of it (an experiment, whose lineage is its runs'):
   * these nodes take the focus's place, side by side, and the graph grows from them both ways.
   */
  roots?: readonly string[];
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

/** The nodes a graph starts from: its focus, or, when the focus is no node of it, its roots. */
export function startsOf(graph: Pick<Graph, "focus" | "roots">, has: (urn: string) => boolean): string[] {
  if (has(graph.focus)) return [graph.focus];
  return (graph.roots ?? []).filter(has);
}

export interface ViewState {
  /** nodes whose upstream / downstream children are folded away */
  collapsedUp: ReadonlySet<string>;
  collapsedDown: ReadonlySet<string>;
  /** extra pages of children shown, by `${side}~${urn}` */
  more: ReadonlyMap<string, number>;
  /** children revealed one by one from a "+N more" list */
  pinned: ReadonlySet<string>;
}

export const EMPTY_VIEW: ViewState = { collapsedUp: new Set(), collapsedDown: new Set(), more: new Map(), pinned: new Set() };

export const FAN_OUT = 10;

export interface VisibleNode {
  urn: string;
  rank: number;
  order: number;
}

/** A "+N more" placeholder: the children of `parent` on `side` that are not shown. */
export interface MoreNode {
  id: string;
  parent: string;
  side: Side;
  rank: number;
  order: number;
  hidden: string[];
}

export interface VisibleEdge {
  id: string;
  source: string;
  target: string;
  /** the first relationship between the two (DataHub's name, or "Indirect" / "More") */
  type: string;
  /** every relationship between the two, in the server's order (a run may both train and produce a model) */
  types: string[];
}

export interface VisibleGraph {
  /** the nodes the graph starts from (the focus, or an experiment's runs): drawn as the focus */
  starts: string[];
  nodes: VisibleNode[];
  more: MoreNode[];
  edges: VisibleEdge[];
  /** what each visible node's expand/collapse buttons do */
  controls: Map<string, { up: Control; down: Control }>;
}

/** `expand`: fetch neighbours beyond the graph; `uncollapse`: show folded children; `collapse`: fold them. */
export type Control = "expand" | "uncollapse" | "collapse" | null;

export const moreKey = (side: Side, urn: string) => `${side}~${urn}`;
export const moreId = (side: Side, urn: string) => `more:${side}:${urn}`;

function sideOf(n: GraphNode): Side | null {
  return n.direction === "UPSTREAM" ? "up" : n.direction === "DOWNSTREAM" ? "down" : null;
}

export function visibleGraph(graph: Graph, view: ViewState, label: (urn: string) => string, fanOut = FAN_OUT): VisibleGraph {
  const byUrn = new Map(graph.nodes.map((n) => [n.urn, n]));
  const downOf = new Map<string, string[]>();
  const upOf = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (!byUrn.has(e.source) || !byUrn.has(e.target)) continue;
    (downOf.get(e.source) ?? downOf.set(e.source, []).get(e.source)!).push(e.target);
    (upOf.get(e.target) ?? upOf.set(e.target, []).get(e.target)!).push(e.source);
  }
  const rankOf = (n: GraphNode) => (n.direction === "UPSTREAM" ? -n.degree : n.degree);
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  const cmp = (a: string, b: string) => collator.compare(label(a), label(b)) || (a < b ? -1 : a > b ? 1 : 0);

  const visible = new Map<string, VisibleNode>();
  const more: MoreNode[] = [];
  let order = 0;
  const starts = startsOf(graph, (u) => byUrn.has(u));
  if (starts.length === 0) return { starts: [], nodes: [], more: [], edges: [], controls: new Map() };
  const isStart = new Set(starts);
  for (const u of starts) visible.set(u, { urn: u, rank: 0, order: order++ });

  /** children of `u` on `side` that belong to that side of the graph */
  const kidsOf = (u: string, side: Side) => ((side === "down" ? downOf : upOf).get(u) ?? []).filter((k) => !isStart.has(k) && sideOf(byUrn.get(k)!) === side);

  for (const side of ["down", "up"] as const) {
    const collapsed = side === "down" ? view.collapsedDown : view.collapsedUp;
    let frontier = [...starts];
    const seen = new Set(frontier);
    while (frontier.length > 0) {
      const shownBy: Array<{ u: string; kids: string[]; shown: Set<string> }> = [];
      const next: string[] = [];
      for (const u of frontier) {
        if (collapsed.has(u)) continue;
        const kids = [...new Set(kidsOf(u, side))].sort(cmp);
        if (kids.length === 0) continue;
        const limit = fanOut * (1 + (view.more.get(moreKey(side, u)) ?? 0));
        const shown = new Set(kids.slice(0, limit));
        for (const k of kids) if (view.pinned.has(k)) shown.add(k);
        shownBy.push({ u, kids, shown });
        for (const k of shown) {
          if (seen.has(k)) continue;
          seen.add(k);
          visible.set(k, { urn: k, rank: rankOf(byUrn.get(k)!), order: order++ });
          next.push(k);
        }
      }
      // Hidden children are counted after the whole layer, since another parent may show them.
      for (const { u, kids } of shownBy) {
        const hidden = kids.filter((k) => !visible.has(k));
        if (hidden.length === 0) continue;
        const parentRank = visible.get(u)!.rank;
        more.push({ id: moreId(side, u), parent: u, side, rank: side === "down" ? parentRank + 1 : parentRank - 1, order: order++, hidden });
      }
      frontier = next;
    }
  }

  const edges: VisibleEdge[] = [];
  const edgeById = new Map<string, VisibleEdge>();
  for (const e of graph.edges) {
    if (!visible.has(e.source) || !visible.has(e.target)) continue;
    const id = `${e.source}\u2192${e.target}`;
    const known = edgeById.get(id);
    if (known) {
      if (!known.types.includes(e.type)) known.types.push(e.type);
      continue;
    }
    const edge = { id, source: e.source, target: e.target, type: e.type, types: [e.type] };
    edgeById.set(id, edge);
    edges.push(edge);
  }
  for (const m of more) {
    edges.push(
      m.side === "down"
        ? { id: `${m.parent}\u2192${m.id}`, source: m.parent, target: m.id, type: "More", types: ["More"] }
        : { id: `${m.id}\u2192${m.parent}`, source: m.id, target: m.parent, type: "More", types: ["More"] },
    );
  }

  const controls = new Map<string, { up: Control; down: Control }>();
  for (const v of visible.values()) {
    const n = byUrn.get(v.urn)!;
    const side = sideOf(n);
    const control = (s: Side): Control => {
      if (side !== null && side !== s) return null; // a node grows only away from the focus
      const collapsed = (s === "down" ? view.collapsedDown : view.collapsedUp).has(v.urn);
      const kids = kidsOf(v.urn, s);
      const explored = s === "down" ? n.downstreamExplored : n.upstreamExplored;
      if (collapsed) return kids.length > 0 || !explored ? "uncollapse" : null;
      if (!explored) return "expand";
      if (!isStart.has(v.urn) && kids.some((k) => visible.has(k))) return "collapse";
      return null;
    };
    controls.set(v.urn, { up: control("up"), down: control("down") });
  }

  return { starts, nodes: [...visible.values()], more, edges, controls };
}

/** Everything reachable from `start` along `adj` (start excluded). */
function reach(start: string, adj: ReadonlyMap<string, readonly string[]>): Set<string> {
  const out = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const u = stack.pop()!;
    for (const v of adj.get(u) ?? []) {
      if (v === start || out.has(v)) continue;
      out.add(v);
      stack.push(v);
    }
  }
  return out;
}

function adjacency(edges: readonly { source: string; target: string }[]) {
  const down = new Map<string, string[]>();
  const up = new Map<string, string[]>();
  for (const e of edges) {
    (down.get(e.source) ?? down.set(e.source, []).get(e.source)!).push(e.target);
    (up.get(e.target) ?? up.set(e.target, []).get(e.target)!).push(e.source);
  }
  return { down, up };
}

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

/** A selected node lights up its whole upstream and downstream; the rest dims. */
export function selectionHighlight(edges: readonly Pick<VisibleEdge, "id" | "source" | "target">[], selected: string): Highlight {
  const { down, up } = adjacency(edges);
  const ups = reach(selected, up);
  const downs = reach(selected, down);
  const nodes = new Set([selected, ...ups, ...downs]);
  const lit = new Set<string>();
  for (const e of edges) {
    const upstreamEdge = ups.has(e.source) && (ups.has(e.target) || e.target === selected);
    const downstreamEdge = downs.has(e.target) && (downs.has(e.source) || e.source === selected);
    if (upstreamEdge || downstreamEdge) lit.add(e.id);
  }
  return { nodes, edges: lit };
}

/**
 * Every path between two nodes, whichever is upstream of the other: the nodes that are downstream of
 * the upstream end and upstream of the downstream end, and the edges among them. `null` when neither
 * reaches the other.
 */
export function pathHighlight(
  edges: readonly Pick<VisibleEdge, "id" | "source" | "target">[],
  a: string,
  b: string,
): (Highlight & { from: string; to: string }) | null {
  if (a === b) return null;
  const { down, up } = adjacency(edges);
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    const downsFrom = reach(from, down);
    if (!downsFrom.has(to)) continue;
    const upsTo = reach(to, up);
    const nodes = new Set([from, to]);
    for (const v of downsFrom) if (upsTo.has(v)) nodes.add(v);
    const lit = new Set<string>();
    for (const e of edges) if (nodes.has(e.source) && nodes.has(e.target) && e.source !== to && e.target !== from) lit.add(e.id);
    return { nodes, edges: lit, from, to };
  }
  return null;
}

export type Move = "left" | "right" | "up" | "down";

/**
 * Where an arrow key moves the selection: left/right to the closest connected node upstream /
 * downstream (or, failing that, the closest node in the next column), up/down within the column.
 */
export function moveSelection(
  current: string,
  move: Move,
  positions: Readonly<Record<string, { x: number; y: number }>>,
  edges: readonly { source: string; target: string }[],
): string | null {
  const here = positions[current];
  if (!here) return null;
  const ids = Object.keys(positions);
  const closest = (cands: string[]) =>
    cands.length === 0 ? null : cands.reduce((best, id) => (Math.abs(positions[id]!.y - here.y) < Math.abs(positions[best]!.y - here.y) ? id : best));
  if (move === "up" || move === "down") {
    const column = ids.filter((id) => positions[id]!.x === here.x && id !== current && (move === "up" ? positions[id]!.y < here.y : positions[id]!.y > here.y));
    return closest(column);
  }
  const connected = edges.filter((e) => (move === "left" ? e.target === current : e.source === current)).map((e) => (move === "left" ? e.source : e.target));
  const direct = closest(connected.filter((id) => positions[id]));
  if (direct) return direct;
  const xs = [...new Set(ids.map((id) => positions[id]!.x))].filter((x) => (move === "left" ? x < here.x : x > here.x));
  if (xs.length === 0) return null;
  const nextX = move === "left" ? Math.max(...xs) : Math.min(...xs);
  return closest(ids.filter((id) => positions[id]!.x === nextX));
}

/** Visible nodes whose label contains every word of the query (case-insensitive), in layout order. */
export function findInGraph(query: string, urns: readonly string[], label: (urn: string) => string): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return urns.filter((u) => {
    const text = `${label(u)} ${u}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** The layout's input for a visible graph: entity nodes and "+N more" placeholders, with their edges. */
export function layoutInput(v: VisibleGraph): { nodes: Array<{ id: string; rank: number; order: number }>; edges: Array<{ source: string; target: string }> } {
  return {
    nodes: [...v.nodes.map((n) => ({ id: n.urn, rank: n.rank, order: n.order })), ...v.more.map((m) => ({ id: m.id, rank: m.rank, order: m.order }))],
    edges: v.edges.map((e) => ({ source: e.source, target: e.target })),
  };
}

/** What a graph the server cut short left out, in words (`truncatedBy` names the caps that cut it). */
export function truncationNote(g: { truncatedBy: readonly string[]; maxNodes: number; maxEdges: number }): string {
  const reached = g.truncatedBy.flatMap((cap) => {
    switch (cap) {
      case "MAX_NODES":
        return [`the limit of ${g.maxNodes.toLocaleString("en-US")} nodes`];
      case "MAX_EDGES":
        return [`the limit of ${g.maxEdges.toLocaleString("en-US")} edges`];
      case "MAX_READ":
        return ["the most lineage the server reads for one view"];
      case "EXPANSION_HOPS":
        return ["the hops an expansion may walk"];
      default:
        return [];
    }
  });
  const what = reached.length ? reached.join(" and ") : "a limit of the server";
  return `This view reached ${what}; some lineage is left out. Use fewer hops or fewer kinds to see the rest.`;
}
