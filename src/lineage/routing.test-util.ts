/** The geometry check shared by the routing tests: which edges pass through which cards. */
import { polyline, segmentCrossesBox, type Box, type Point, type Route } from "./routing";

/**
 * Every (edge, card) pair where a piece of the edge — its line, sampled finely along curves, or its
 * arrowhead — passes through the inside of a card. Touching a card's border (where an edge starts
 * and ends) is not passing through, so the edge's own two cards are checked too.
 */
export function crossings(boxes: ReadonlyMap<string, Box>, routes: ReadonlyMap<string, Route>): Array<{ edge: string; card: string }> {
  const out: Array<{ edge: string; card: string }> = [];
  const cards = [...boxes.entries()];
  for (const [edge, r] of routes) {
    const line = polyline(r, 32);
    const pieces: Array<[Point, Point]> = [];
    for (let i = 1; i < line.length; i++) pieces.push([line[i - 1]!, line[i]!]);
    const [tip, c1, c2] = r.arrow;
    pieces.push([tip, c1], [c1, c2], [c2, tip]);
    for (const [id, box] of cards) {
      if (pieces.some(([a, b]) => segmentCrossesBox(a, b, box))) out.push({ edge, card: id });
    }
  }
  return out;
}

/** Whether the arrowhead's tip touches the target card's side facing the source (left side, or right side for an edge drawn right to left). */
export function tipOnTarget(r: Route, target: Box): boolean {
  const tip = r.arrow[0];
  const onLeft = Math.abs(tip.x - target.x) < 0.01;
  const onRight = Math.abs(tip.x - (target.x + target.width)) < 0.01;
  return (onLeft || onRight) && tip.y >= target.y && tip.y <= target.y + target.height;
}
