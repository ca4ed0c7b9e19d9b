import { describe, expect, it } from "vitest";
import { EMPTY_VIEW, visibleGraph } from "./model";
import { keyCommand } from "./keyboard";
import { fan, laidOut, seed, seedPositions } from "./fixtures.test-util";

const layout = { positions: seedPositions, edges: visibleGraph(seed, EMPTY_VIEW, (u) => u).edges };
const on = (key: string, selected?: string) => keyCommand(key, { selected, focus: "run", layout });

describe("keyCommand", () => {
  it("selects the focus on the first arrow, whichever", () => {
    for (const k of ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"]) expect(on(k)).toEqual({ type: "select", urn: "run" });
  });

  it("moves the selection along lineage with left and right, within the column with up and down", () => {
    expect(on("ArrowLeft", "arima_model")).toEqual({ type: "select", urn: "run" });
    expect(on("ArrowLeft", "run")).toEqual({ type: "select", urn: "iris_input" });
    expect(on("ArrowRight", "arima_model")).toEqual({ type: "select", urn: "group" });
    expect(on("ArrowDown", "arima_model")).toEqual({ type: "select", urn: "iris_output" });
    expect(on("ArrowUp", "iris_output")).toEqual({ type: "select", urn: "arima_model" });
  });

  it("keeps the key but does nothing at the graph's edge", () => {
    expect(on("ArrowLeft", "iris_input")).toEqual({ type: "none" });
    expect(on("ArrowUp", "arima_model")).toEqual({ type: "none" });
  });

  it("never selects a '+N more' placeholder", () => {
    const { visible, positions } = laidOut(fan(12));
    // The last child shown sits right above the placeholder.
    expect(keyCommand("ArrowDown", { selected: "kid09", focus: "f", layout: { positions, edges: visible.edges } })).toEqual({ type: "none" });
    expect(keyCommand("ArrowUp", { selected: "kid09", focus: "f", layout: { positions, edges: visible.edges } })).toEqual({ type: "select", urn: "kid08" });
  });

  it("opens the selection with Enter, clears with Escape", () => {
    expect(on("Enter", "arima_model")).toEqual({ type: "open", urn: "arima_model" });
    expect(on("Enter")).toBeNull();
    expect(on("Escape")).toEqual({ type: "clear" });
    expect(on("Escape", "run")).toEqual({ type: "clear" });
  });

  it("leaves other keys, and arrows before anything is on screen, to the browser", () => {
    expect(on("a", "run")).toBeNull();
    expect(on("Tab", "run")).toBeNull();
    expect(keyCommand("ArrowLeft", { selected: "run", focus: "run", layout: null })).toBeNull();
  });
});
