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

/** The overview map's size and its distance from the pane's bottom-right corner, in screen pixels. */
export const OVERVIEW = { width: 168, height: 112, margin: 12 } as const;

/** Where a rectangle of the graph lands on screen under a viewport. */
export function onScreen(r: Rect, vp: Viewport): Rect {
  return { x: r.x * vp.zoom + vp.x, y: r.y * vp.zoom + vp.y, width: r.width * vp.zoom, height: r.height * vp.zoom };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The overview map's rectangle in a pane of this size. */
export function overviewRect(width: number, height: number): Rect {
  return { x: width - OVERVIEW.width - OVERVIEW.margin, y: height - OVERVIEW.height - OVERVIEW.margin, width: OVERVIEW.width, height: OVERVIEW.height };
}

/**
 * The viewport that shows all of `bounds` as large as possible (FIT) in a `width` × `height` pane,
 * and, when the overview map is shown, with no card under it: the graph is centred in the whole
 * pane if that keeps it clear of the map, else fitted beside the map or above it, whichever is larger.
 */
export function fitViewport(bounds: Rect, width: number, height: number, overview: boolean): Viewport {
  const whole = getViewportForBounds(bounds, width, height, FIT.minZoom, FIT.maxZoom, FIT.padding);
  if (!overview) return whole;
  const map = overviewRect(width, height);
  if (!overlaps(onScreen(bounds, whole), map)) return whole;
  const side = OVERVIEW.width + 2 * OVERVIEW.margin;
  const below = OVERVIEW.height + 2 * OVERVIEW.margin;
  const beside = getViewportForBounds(bounds, Math.max(1, width - side), height, FIT.minZoom, FIT.maxZoom, FIT.padding);
  const above = getViewportForBounds(bounds, width, Math.max(1, height - below), FIT.minZoom, FIT.maxZoom, FIT.padding);
  const best = beside.zoom >= above.zoom ? beside : above;
  // At the smallest zoom a huge graph cannot keep clear of anything; it is fitted as well as it can be.
  return best;
}

/**
 * The viewport React Flow mounts with: already framed on the whole graph (mounting at zoom 1 and then
 * fitting would draw every card in full and then again zoomed out).
 */
export function initialViewport(positions: Positions, width: number, height: number, overview = false): Viewport | null {
  const bounds = graphBounds(positions);
  return bounds ? fitViewport(bounds, width, height, overview) : null;
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
