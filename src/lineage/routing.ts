/**
 * Where each edge of the laid-out graph runs, so that no edge passes under a card.
 *
 * The layout puts cards in columns (one per rank) with empty gaps between the columns. An edge that
 * joins neighbouring columns is a curve inside the gap between them, which holds no card. An edge
 * that spans several columns crosses each column between in a free horizontal lane: at the height
 * the straight line would have, or, when a card is there, in the nearest space between two cards (or
 * above the top one, or below the bottom one). Edges sharing a lane are spread across it. Curves
 * stay inside the gaps because their control points do (a Bézier curve lies within the hull of its
 * points). Edges that point right-to-left (cycles) are routed the same way and drawn backwards; an
 * edge between two cards of one column loops through the gap on the column's right.
 *
 * Every edge ends in an arrowhead at its target's side. Pure: unit-tested over the demo graphs and
 * random ones (no segment meets a card other than its own two ends).
 */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A straight line (`c1`, `c2` absent) or a cubic Bézier curve. */
export interface Segment {
  from: Point;
  c1?: Point;
  c2?: Point;
  to: Point;
}

export interface Route {
  segments: Segment[];
  /** the arrowhead: tip, then the two corners of its base */
  arrow: [Point, Point, Point];
  /** SVG path data of the line (ending at the arrowhead's base) */
  d: string;
  /** SVG path data of the arrowhead */
  arrowD: string;
  /** a point halfway along, for the edge's label */
  mid: Point;
}

export interface RouteOptions {
  /** space kept between a lane and a card above or below it */
  clearance: number;
  /** space between lanes that share a gap */
  laneGap: number;
  /** arrowhead length and half-width */
  arrowLength: number;
  arrowHalfWidth: number;
}

export const DEFAULT_ROUTING: RouteOptions = { clearance: 5, laneGap: 6, arrowLength: 10, arrowHalfWidth: 5 };

interface Column {
  x: number;
  right: number;
  /** the cards' vertical extents, top to bottom */
  spans: Array<{ top: number; bottom: number }>;
}

/** A lane through a column: the free interval it lies in, and the height it wants. */
interface Lane {
  column: Column;
  /** index of the free interval: -1 above the top card, i between card i and i + 1, spans.length - 1 below the last */
  slot: number;
  y: number;
}

const EPS = 0.5;

function columnsOf(boxes: ReadonlyMap<string, Box>): Column[] {
  const byX = new Map<number, Column>();
  for (const b of boxes.values()) {
    const key = Math.round(b.x);
    let c = byX.get(key);
    if (!c) byX.set(key, (c = { x: b.x, right: b.x + b.width, spans: [] }));
    c.right = Math.max(c.right, b.x + b.width);
    c.spans.push({ top: b.y, bottom: b.y + b.height });
  }
  const cols = [...byX.values()].sort((a, b) => a.x - b.x);
  for (const c of cols) {
    c.spans.sort((a, b) => a.top - b.top);
    // Overlapping cards (never in a layout, but cheap to allow) merge into one obstacle.
    const merged: Column["spans"] = [];
    for (const s of c.spans) {
      const last = merged[merged.length - 1];
      if (last && s.top <= last.bottom) last.bottom = Math.max(last.bottom, s.bottom);
      else merged.push({ ...s });
    }
    c.spans = merged;
  }
  return cols;
}

/** The free interval `slot` of a column (unbounded above the first card and below the last). */
function freeInterval(c: Column, slot: number): { top: number; bottom: number } {
  const top = slot < 0 ? -Infinity : c.spans[slot]!.bottom;
  const bottom = slot + 1 >= c.spans.length ? Infinity : c.spans[slot + 1]!.top;
  return { top, bottom };
}

/**
 * The lane nearest `want` through column `c`, keeping `clearance` from every card. The free interval
 * around `want` is found by binary search, then the search walks outwards (up and down) only while
 * an interval could still be nearer than the best found: a few steps, however tall the column.
 */
function laneThrough(c: Column, want: number, clearance: number): Lane {
  const spans = c.spans;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (spans[m]!.top <= want) lo = m + 1;
    else hi = m;
  }
  // Free interval `lo - 1` lies between span lo - 1 and span lo: at or just below `want`'s card.
  let best: Lane | null = null;
  let bestCost = Infinity;
  const consider = (slot: number) => {
    const { top, bottom } = freeInterval(c, slot);
    const from = top + clearance;
    const to = bottom - clearance;
    if (from > to) return; // a gap too narrow to pass
    const y = Math.min(Math.max(want, from), to);
    const cost = Math.abs(y - want);
    if (cost < bestCost) {
      bestCost = cost;
      best = { column: c, slot, y };
    }
  };
  for (let slot = lo - 1; slot >= -1; slot--) {
    const { bottom } = freeInterval(c, slot);
    if (want - (bottom - clearance) >= bestCost) break; // every interval higher up is farther
    consider(slot);
  }
  for (let slot = lo; slot < spans.length; slot++) {
    const { top } = freeInterval(c, slot);
    if (top + clearance - want >= bestCost) break; // every interval lower down is farther
    consider(slot);
  }
  // There is always room above the top card.
  return best ?? { column: c, slot: -1, y: (spans[0]?.top ?? want) - clearance };
}

const mix = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/** A curve from `a` to `b` leaving and arriving horizontally; it stays between their x (and y) coordinates. */
function curve(a: Point, b: Point): Segment {
  const dx = (b.x - a.x) / 2;
  return { from: a, c1: { x: a.x + dx, y: a.y }, c2: { x: b.x - dx, y: b.y }, to: b };
}

function reverse(segments: Segment[]): Segment[] {
  return segments
    .slice()
    .reverse()
    .map((s) => (s.c1 && s.c2 ? { from: s.to, c1: s.c2, c2: s.c1, to: s.from } : { from: s.to, to: s.from }));
}

/** Point at `t` of a segment. */
export function pointAt(s: Segment, t: number): Point {
  if (!s.c1 || !s.c2) return mix(s.from, s.to, t);
  const u = 1 - t;
  return {
    x: u * u * u * s.from.x + 3 * u * u * t * s.c1.x + 3 * u * t * t * s.c2.x + t * t * t * s.to.x,
    y: u * u * u * s.from.y + 3 * u * u * t * s.c1.y + 3 * u * t * t * s.c2.y + t * t * t * s.to.y,
  };
}

/** The route as a polyline (curves sampled `steps` times), for tests and hit checks. */
export function polyline(r: Pick<Route, "segments" | "arrow">, steps = 24): Point[] {
  const out: Point[] = [];
  for (const s of r.segments) {
    const n = s.c1 ? steps : 1;
    for (let i = out.length ? 1 : 0; i <= n; i++) out.push(pointAt(s, i / n));
  }
  out.push(r.arrow[0]);
  return out;
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();
const pt = (p: Point) => `${fmt(p.x)},${fmt(p.y)}`;

function pathData(segments: Segment[]): string {
  if (segments.length === 0) return "";
  let d = `M${pt(segments[0]!.from)}`;
  for (const s of segments) d += s.c1 && s.c2 ? ` C${pt(s.c1)} ${pt(s.c2)} ${pt(s.to)}` : ` L${pt(s.to)}`;
  return d;
}

/**
 * Finishes a route whose line ends at the tip: the arrowhead takes the last `length` pixels (along
 * the final direction, which is horizontal for every route made here), and the line stops at its base.
 */
function finish(segments: Segment[], o: RouteOptions): Route {
  const last = segments[segments.length - 1]!;
  const tip = last.to;
  const before = last.c2 ?? last.from;
  let ux = tip.x - before.x;
  let uy = tip.y - before.y;
  const len = Math.hypot(ux, uy) || 1;
  ux /= len;
  uy /= len;
  const base = { x: tip.x - ux * o.arrowLength, y: tip.y - uy * o.arrowLength };
  const shift = { x: base.x - tip.x, y: base.y - tip.y };
  const line = segments.slice(0, -1);
  line.push(
    last.c1 && last.c2 ? { from: last.from, c1: last.c1, c2: { x: last.c2.x + shift.x, y: last.c2.y + shift.y }, to: base } : { from: last.from, to: base },
  );
  const arrow: [Point, Point, Point] = [
    tip,
    { x: base.x - uy * o.arrowHalfWidth, y: base.y + ux * o.arrowHalfWidth },
    { x: base.x + uy * o.arrowHalfWidth, y: base.y - ux * o.arrowHalfWidth },
  ];
  const midSeg = line[Math.floor((line.length - 1) / 2)]!;
  return {
    segments: line,
    arrow,
    d: pathData(line),
    arrowD: `M${pt(arrow[0])} L${pt(arrow[1])} L${pt(arrow[2])} Z`,
    mid: pointAt(midSeg, line.length % 2 === 1 ? 0.5 : 1),
  };
}

export interface RoutedEdge {
  id: string;
  source: string;
  target: string;
}

/**
 * A route for every edge whose two ends have a box (self-loops have none). Lanes through a column
 * are assigned to edges in input order, so the same graph always gets the same routes.
 */
export function routeEdges(boxes: ReadonlyMap<string, Box>, edges: readonly RoutedEdge[], options: RouteOptions = DEFAULT_ROUTING): Map<string, Route> {
  const o = options;
  const columns = columnsOf(boxes);
  const plans: Array<{ id: string; build: (laneY: (l: Lane) => number) => Segment[]; lanes: Lane[] }> = [];

  for (const e of edges) {
    const s = boxes.get(e.source);
    const t = boxes.get(e.target);
    if (!s || !t || e.source === e.target) continue;
    const sy = s.y + s.height / 2;
    const ty = t.y + t.height / 2;
    if (t.x >= s.x + s.width - EPS || s.x >= t.x + t.width - EPS) {
      // Between columns: from the right side of the left card to the left side of the right one.
      const forward = t.x >= s.x + s.width - EPS;
      const [a, b] = forward ? [s, t] : [t, s];
      const start = { x: a.x + a.width, y: forward ? sy : ty };
      const end = { x: b.x, y: forward ? ty : sy };
      const between = columns.filter((c) => c.x >= start.x - EPS && c.right <= end.x + EPS);
      const lanes = between.map((c) => {
        const mid = (c.x + c.right) / 2;
        const want = start.y + ((end.y - start.y) * (mid - start.x)) / Math.max(1, end.x - start.x);
        return laneThrough(c, want, o.clearance);
      });
      plans.push({
        id: e.id,
        lanes,
        build: (laneY) => {
          const segs: Segment[] = [];
          let at = start;
          for (const l of lanes) {
            const y = laneY(l);
            const enter = { x: l.column.x, y };
            segs.push(curve(at, enter));
            at = { x: l.column.right, y };
            segs.push({ from: enter, to: at });
          }
          segs.push(curve(at, end));
          return forward ? segs : reverse(segs);
        },
      });
    } else {
      // One column (or overlapping ones): a loop through the gap on the right.
      const right = Math.max(s.x + s.width, t.x + t.width);
      const out = Math.min(40, 8 + Math.abs(ty - sy) / 4);
      const a = { x: s.x + s.width, y: sy };
      const b = { x: t.x + t.width, y: ty };
      plans.push({ id: e.id, lanes: [], build: () => [{ from: a, c1: { x: right + out, y: sy }, c2: { x: right + out, y: ty }, to: b }] });
    }
  }

  // Spread the edges that share one free interval of a column across it, in the order of the heights they want.
  const shared = new Map<string, Lane[]>();
  for (const p of plans)
    for (const l of p.lanes) (shared.get(`${l.column.x}|${l.slot}`) ?? shared.set(`${l.column.x}|${l.slot}`, []).get(`${l.column.x}|${l.slot}`)!).push(l);
  const placed = new Map<Lane, number>();
  for (const lanes of shared.values()) {
    const { column, slot } = lanes[0]!;
    const { top, bottom } = freeInterval(column, slot);
    const sorted = lanes.slice().sort((a, b) => a.y - b.y);
    const n = sorted.length;
    if (n === 1) {
      placed.set(sorted[0]!, sorted[0]!.y);
      continue;
    }
    const lo = top + o.clearance;
    const hi = bottom - o.clearance;
    const span = (n - 1) * o.laneGap;
    if (Number.isFinite(lo) && Number.isFinite(hi)) {
      // Bounded on both sides: spread evenly, as far apart as laneGap allows.
      const step = Math.min(o.laneGap, (hi - lo) / (n - 1));
      const centre = Math.min(Math.max(sorted.reduce((a, l) => a + l.y, 0) / n, lo + (step * (n - 1)) / 2), hi - (step * (n - 1)) / 2);
      sorted.forEach((l, i) => placed.set(l, centre - (step * (n - 1)) / 2 + i * step));
    } else if (Number.isFinite(hi)) {
      // Above the top card: stack upwards from the lowest.
      const first = Math.min(sorted[n - 1]!.y, hi);
      sorted.forEach((l, i) => placed.set(l, first - (n - 1 - i) * o.laneGap));
    } else if (Number.isFinite(lo)) {
      const first = Math.max(sorted[0]!.y, lo);
      sorted.forEach((l, i) => placed.set(l, first + i * o.laneGap));
    } else {
      const centre = sorted.reduce((a, l) => a + l.y, 0) / n;
      sorted.forEach((l, i) => placed.set(l, centre - span / 2 + i * o.laneGap));
    }
  }

  const routes = new Map<string, Route>();
  for (const p of plans)
    routes.set(
      p.id,
      finish(
        p.build((l) => placed.get(l) ?? l.y),
        o,
      ),
    );
  return routes;
}

/** Boxes of cards of one size at the given positions. */
export function cardBoxes(positions: Readonly<Record<string, Point>>, width: number, height: number): Map<string, Box> {
  const m = new Map<string, Box>();
  for (const id in positions) m.set(id, { x: positions[id]!.x, y: positions[id]!.y, width, height });
  return m;
}

/** Whether the segment from `a` to `b` passes through the inside of `box` (touching its border is not). */
export function segmentCrossesBox(a: Point, b: Point, box: Box, inset = 0.5): boolean {
  const x0 = box.x + inset;
  const y0 = box.y + inset;
  const x1 = box.x + box.width - inset;
  const y1 = box.y + box.height - inset;
  // Liang–Barsky clipping: is any part of the segment inside the (inset) rectangle?
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const clip = (p: number, q: number) => {
    if (p === 0) return q >= 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return clip(-dx, a.x - x0) && clip(dx, x1 - a.x) && clip(-dy, a.y - y0) && clip(dy, y1 - a.y) && t0 <= t1;
}
