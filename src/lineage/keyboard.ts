/**
 * The graph's keyboard: arrows move the selection along lineage (the first press selects the focus),
 * Enter opens the selected asset's page, Escape clears the selection and the path.
 */
import { moveSelection, type Move } from "./model";
import type { Positions } from "./flow-elements";

export type KeyCommand =
  | { type: "select"; urn: string }
  | { type: "open"; urn: string }
  | { type: "clear" }
  /** the graph's key, with nothing to do (no node that way) */
  | { type: "none" };

const MOVES: Record<string, Move> = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down" };

/**
 * What a key pressed on the graph does; `null` when the key is not the graph's (the browser keeps it).
 * `layout` is what is on screen: without it the arrows are not the graph's.
 */
export function keyCommand(
  key: string,
  g: { selected: string | undefined; focus: string; layout: { positions: Positions; edges: readonly { source: string; target: string }[] } | null },
): KeyCommand | null {
  const move = MOVES[key];
  if (move && g.layout) {
    const to = g.selected ? moveSelection(g.selected, move, g.layout.positions, g.layout.edges) : g.focus;
    // "+N more" placeholders are not selectable.
    return to && !to.startsWith("more:") ? { type: "select", urn: to } : { type: "none" };
  }
  if (key === "Enter" && g.selected) return { type: "open", urn: g.selected };
  if (key === "Escape") return { type: "clear" };
  return null;
}
