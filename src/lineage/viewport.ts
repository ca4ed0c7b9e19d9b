/**
 * Framing the graph: where the viewport starts (the whole graph), when a new view is fitted, and when
 * an expansion's new children are brought into view. The decisions are pure; use-viewport.ts applies
 * them to React Flow.
 */
import { getViewportForBounds, type Viewport } from "@xyflow/react";
import { NODE_H, NODE_W, type Positions } from "./flow-elements";
import type { Side, VisibleEdge } from "./model";

/** How a whole graph is fitted: a little padding, never enlarged past 100 %, zoomed out down to 5 %. */
export const FIT = { padding: 0.08, minZoom: 0.05, maxZoom: 1 } as const;
/** Centring on one node zooms in to at least this. */
export const FOCUS_ZOOM = 0.9;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The bounds of every placed node (each NODE_W × NODE_H from its position); `null` for none. */
export function graphBounds(positions: Positions): Rect | null {
  const ps = Object.values(positions);
  if (ps.length === 0) return null;
  const minX = Math.min(...ps.map((p) => p.x));
  const minY = Math.min(...ps.map((p) => p.y));
  return { x: minX, y: minY, width: Math.max(...ps.map((p) => p.x)) - minX + NODE_W, height: Math.max(...ps.map((p) => p.y)) - minY + NODE_H };
}

/**
 * The viewport React Flow mounts with: already framed on the whole graph (mounting at zoom 1 and then
 * fitting would draw every card in full and then again zoomed out).
 */
export function initialViewport(positions: Positions, width: number, height: number): Viewport | null {
  const bounds = graphBounds(positions);
  return bounds ? getViewportForBounds(bounds, width, height, FIT.minZoom, FIT.maxZoom, FIT.padding) : null;
}

/** The point at the middle of a node's card. */
export function nodeCentre(p: { x: number; y: number }): { x: number; y: number } {
  return { x: p.x + NODE_W / 2, y: p.y + NODE_H / 2 };
}

/** An expansion whose new children should come into view once they are placed. */
export interface Expansion {
  urn: string;
  side: Side;
}

export type FrameStep =
  /** a new view (focus, hops, kinds): fit the whole graph */
  | { type: "fit" }
  /** the expansion's children are placed and some are outside the viewport: centre on them, at the same zoom */
  | { type: "center"; x: number; y: number; zoom: number }
  /** the expansion's children are placed and all in view: nothing to move */
  | { type: "in-view" }
  /** nothing to do yet: no expansion, or its children are not placed */
  | { type: "none" };

/**
 * What to do with the viewport once a layout is on screen. `fitted` is the view last fitted; a
 * different `fitKey` means a new view. Otherwise an expansion brings its children into view.
 */
export function frameStep(a: {
  fitKey: string;
  fitted: string | null;
  expansion: Expansion | null;
  edges: readonly VisibleEdge[];
  positions: Positions;
  viewport: Viewport;
  width: number;
  height: number;
}): FrameStep {
  if (a.fitted !== a.fitKey) return { type: "fit" };
  if (!a.expansion) return { type: "none" };
  const { urn: parent, side } = a.expansion;
  const kids = a.edges.filter((e) => (side === "down" ? e.source === parent : e.target === parent)).map((e) => (side === "down" ? e.target : e.source));
  const pts = kids.map((k) => a.positions[k]).filter((p): p is { x: number; y: number } => !!p);
  if (pts.length === 0) return { type: "none" };
  const vp = a.viewport;
  const w = a.width / vp.zoom;
  const h = a.height / vp.zoom;
  const left = -vp.x / vp.zoom;
  const top = -vp.y / vp.zoom;
  const outside = pts.some((p) => p.x < left || p.y < top || p.x + NODE_W > left + w || p.y + NODE_H > top + h);
  if (!outside) return { type: "in-view" };
  const cx = pts.reduce((s, p) => s + p.x, 0) / pts.length + NODE_W / 2;
  const cy = pts.reduce((s, p) => s + p.y, 0) / pts.length + NODE_H / 2;
  return { type: "center", x: cx, y: cy, zoom: vp.zoom };
}
