/**
 * The visible graph as React Flow nodes and edges. Node data is primitive (see nodes.tsx), and an
 * object handed to React Flow before is handed again while its look is unchanged, so memoized nodes
 * skip rendering; the arrays themselves stay the same while their items do, because every new array
 * makes React Flow re-process every node and edge.
 */
import { Position, type Node } from "@xyflow/react";
import type { Highlight, VisibleGraph } from "./model";
import type { NodeInfo } from "./graph-model";
import type { EntityNodeData, Look, MoreNodeData } from "./nodes";
import type { EdgeLook, LineageFlowEdge } from "./edges";
import { cardBoxes, routeEdges, type Route } from "./routing";
import { MORE, edgePhrase } from "./relations";

export const NODE_W = 240;
export const NODE_H = 64;

export type Positions = Readonly<Record<string, { x: number; y: number }>>;

/**
 * Every card's two connection points, declared rather than measured: React Flow draws an edge only
 * once it knows both ends' handles, and a card handed over anew (moved by a fresh layout) would
 * otherwise lose its measured ones until the next measurement, leaving its edges out meanwhile.
 * (The edges' own routes come from routing.ts; these only let React Flow draw them.)
 */
export const HANDLES: NonNullable<Node["handles"]> = [
  { type: "target", position: Position.Left, x: 0, y: NODE_H / 2, width: 1, height: 1 },
  { type: "source", position: Position.Right, x: NODE_W - 1, y: NODE_H / 2, width: 1, height: 1 },
];

export interface FlowInput {
  visible: VisibleGraph;
  /** the layout's positions; nodes it has no place for yet are left out */
  positions: Positions;
  /** where each edge runs (edgeRoutes); edges without a route are left out */
  routes: ReadonlyMap<string, Route>;
  infos: ReadonlyMap<string, NodeInfo>;
  highlight: Highlight | null;
  selected: string | undefined;
  /** the path's ends (path mode) */
  ends: readonly string[];
  /** search-in-graph matches */
  matches: readonly string[];
  focus: string;
}

interface Memo<T> {
  /** everything the object shows; equal signatures, equal objects */
  sig: string;
  item: T;
}

export interface FlowElements {
  nodes: Node[];
  edges: LineageFlowEdge[];
  /** the objects handed out last, by id, for reuse by the next call */
  nodeMemo: ReadonlyMap<string, Memo<Node>>;
  edgeMemo: ReadonlyMap<string, Memo<LineageFlowEdge>>;
}

/** Every visible edge's route around the cards at their places (see routing.ts). */
export function edgeRoutes(visible: VisibleGraph, positions: Positions): Map<string, Route> {
  return routeEdges(cardBoxes(positions, NODE_W, NODE_H), visible.edges);
}

export const NO_FLOW: FlowElements = { nodes: [], edges: [], nodeMemo: new Map(), edgeMemo: new Map() };

/** How a node is drawn: an end of the path, the selection, lit by the selection or the path, dimmed, or plain. */
export function nodeLook(id: string, i: Pick<FlowInput, "ends" | "selected" | "highlight">): Look {
  if (i.ends.includes(id)) return "end";
  if (id === i.selected) return "selected";
  if (!i.highlight) return "plain";
  return i.highlight.nodes.has(id) ? "lit" : "dim";
}

/** The CSS classes of an edge: lit or dimmed while something is highlighted, dashed when indirect or to a "+N more". */
export function edgeClass(e: { id: string; type: string }, highlight: Highlight | null): string {
  const on = highlight ? highlight.edges.has(e.id) : false;
  return [
    highlight ? (on ? "lineage-edge-lit" : "lineage-edge-dim") : "",
    e.type === "Indirect" ? "lineage-edge-indirect" : "",
    e.type === "More" ? "lineage-edge-more" : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** How an edge is drawn: lit or dimmed while something is highlighted, else plain. */
export function edgeLook(e: { id: string }, highlight: Highlight | null): EdgeLook {
  return highlight ? (highlight.edges.has(e.id) ? "lit" : "dim") : "plain";
}

/** React Flow's nodes and edges for `input`, reusing `previous`'s objects (and arrays) where nothing changed. */
export function flowElements(input: FlowInput | null, previous: FlowElements): FlowElements {
  if (!input) return { ...previous, nodes: [], edges: [] };
  const { nodes, memo: nodeMemo } = flowNodes(input, previous);
  const { edges, memo: edgeMemo } = flowEdges(input, previous);
  return { nodes, edges, nodeMemo, edgeMemo };
}

function flowNodes(input: FlowInput, previous: FlowElements): { nodes: Node[]; memo: Map<string, Memo<Node>> } {
  const { visible, positions, infos, highlight, matches } = input;
  const starts = new Set(visible.starts);
  const out: Node[] = [];
  const memo = new Map<string, Memo<Node>>();
  const reuse = (id: string, sig: string, make: () => Node) => {
    const old = previous.nodeMemo.get(id);
    const node = old && old.sig === sig ? old.item : make();
    memo.set(id, { sig, item: node });
    out.push(node);
  };
  const matchSet = new Set(matches);
  for (const n of visible.nodes) {
    const p = positions[n.urn];
    if (!p) continue;
    const i = infos.get(n.urn)!;
    const c = visible.controls.get(n.urn) ?? { up: null, down: null };
    const data: EntityNodeData = {
      urn: n.urn,
      kind: i.kind,
      name: i.name,
      subtitle: i.subtitle,
      result: i.result,
      aliases: i.aliases,
      up: c.up,
      down: c.down,
      look: nodeLook(n.urn, input),
      match: matchSet.has(n.urn),
      focus: starts.has(n.urn),
    };
    const sig = `${p.x},${p.y}|${data.look}|${data.match}|${data.focus}|${c.up}|${c.down}|${i.name}|${i.subtitle}|${i.result}|${i.aliases.join()}`;
    reuse(n.urn, sig, () => ({
      id: n.urn,
      type: "entity",
      position: p,
      data,
      width: NODE_W,
      height: NODE_H,
      handles: HANDLES,
      draggable: false,
      selectable: false,
    }));
  }
  for (const m of visible.more) {
    const p = positions[m.id];
    if (!p) continue;
    const data: MoreNodeData = { parent: m.parent, side: m.side, count: m.hidden.length, look: highlight ? "dim" : "plain" };
    const sig = `${p.x},${p.y}|${data.count}|${data.look}`;
    reuse(m.id, sig, () => ({
      id: m.id,
      type: "more",
      position: p,
      data,
      width: NODE_W,
      height: NODE_H,
      handles: HANDLES,
      draggable: false,
      selectable: false,
    }));
  }
  out.sort(byId);
  return { nodes: sameItems(out, previous.nodes) ? previous.nodes : out, memo };
}

function flowEdges(input: FlowInput, previous: FlowElements): { edges: LineageFlowEdge[]; memo: Map<string, Memo<LineageFlowEdge>> } {
  const { visible, positions, highlight, routes, infos } = input;
  const memo = new Map<string, Memo<LineageFlowEdge>>();
  const name = (id: string) => infos.get(id)?.name ?? id;
  const out = visible.edges
    .filter((e) => positions[e.source] && positions[e.target] && routes.has(e.id))
    .map((e) => {
      const cls = edgeClass(e, highlight);
      const route = routes.get(e.id)!;
      const sig = `${cls}|${e.types.join()}|${route.d}|${name(e.source)}|${name(e.target)}`;
      const old = previous.edgeMemo.get(e.id);
      const make = (): LineageFlowEdge => {
        const phrase = e.type === MORE ? null : edgePhrase(e.types);
        const sentence = phrase ? `${name(e.source)} ${phrase} ${name(e.target)}` : null;
        return {
          id: e.id,
          type: "lineage",
          source: e.source,
          target: e.target,
          className: cls || undefined,
          focusable: false,
          selectable: false,
          ariaLabel: sentence ?? undefined,
          data: {
            look: edgeLook(e, highlight),
            dash: e.type === "Indirect" ? "indirect" : e.type === MORE ? "more" : null,
            types: e.types,
            d: route.d,
            arrowD: route.arrowD,
            phrase,
            sentence,
          },
        };
      };
      const edge = old && old.sig === sig ? old.item : make();
      memo.set(e.id, { sig, item: edge });
      return edge;
    });
  out.sort(byId);
  return { edges: sameItems(out, previous.edges) ? previous.edges : out, memo };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
