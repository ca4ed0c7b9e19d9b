import { describe, expect, it } from "vitest";
import { EMPTY_VIEW, visibleGraph } from "./model";
import { OVERVIEW, fitViewport, frameStep, graphBounds, initialViewport, nodeCentre, onScreen, overlaps, overviewRect } from "./viewport";
import { seed, seedPositions } from "./fixtures.test-util";

const edges = visibleGraph(seed, EMPTY_VIEW, (u) => u).edges;

describe("graphBounds and initialViewport", () => {
  it("bound every card, each 240 × 64 from its place", () => {
    expect(graphBounds(seedPositions)).toEqual({ x: 0, y: 0, width: 990 + 240, height: 82 + 64 });
    expect(graphBounds({})).toBeNull();
  });

  it("mount on the whole graph: centred, padded, never enlarged past 100 %", () => {
    // 1,230 px of graph in a 900 px wide pane: zoomed out to fit, with a margin each side.
    const vp = initialViewport(seedPositions, 900, 600)!;
    expect(vp.zoom).toBeLessThan(0.7);
    expect(vp.zoom).toBeGreaterThan(0.6);
    expect(vp.x).toBeGreaterThan(20);
    // (React Flow rounds the offset to whole pixels)
    expect(Math.abs(vp.x + (1230 / 2) * vp.zoom - 450)).toBeLessThanOrEqual(1);
    expect(Math.abs(vp.y + (146 / 2) * vp.zoom - 300)).toBeLessThanOrEqual(1);
    // One card in a big pane: 100 %, in the middle.
    expect(initialViewport({ a: { x: 0, y: 0 } }, 1000, 600)).toEqual({ x: 380, y: 268, zoom: 1 });
    expect(initialViewport({}, 1000, 600)).toBeNull();
  });

  it("centre on a card's middle", () => {
    expect(nodeCentre({ x: 330, y: 41 })).toEqual({ x: 450, y: 73 });
  });
});

describe("frameStep", () => {
  const at = { x: 0, y: 0, zoom: 1 };
  const base = { fitKey: "run|1|2|", fitted: "run|1|2|", expansion: null, edges, positions: seedPositions, viewport: at, width: 1000, height: 600 };

  it("fits a new view, whatever else is pending", () => {
    expect(frameStep({ ...base, fitted: null })).toEqual({ type: "fit" });
    expect(frameStep({ ...base, fitted: "run|1|1|", expansion: { urn: "run", side: "down" } })).toEqual({ type: "fit" });
  });

  it("leaves the viewport alone within a view with no expansion", () => {
    expect(frameStep(base)).toEqual({ type: "none" });
  });

  it("waits while an expansion's children are not placed", () => {
    expect(frameStep({ ...base, expansion: { urn: "group", side: "down" } })).toEqual({ type: "none" });
    expect(frameStep({ ...base, expansion: { urn: "run", side: "down" }, positions: { run: seedPositions.run! } })).toEqual({ type: "none" });
  });

  it("is done with an expansion whose children are all in view", () => {
    // The run's downstream children, the model and the output, lie within 1000 × 600 at 100 %.
    expect(frameStep({ ...base, expansion: { urn: "run", side: "down" } })).toEqual({ type: "in-view" });
  });

  it("centres on the children, at the same zoom, when one of them is outside", () => {
    // Scrolled right by 700 px: the model and the output (x 660) start left of the view.
    const step = frameStep({ ...base, expansion: { urn: "run", side: "down" }, viewport: { x: -700, y: 0, zoom: 1 } });
    expect(step).toEqual({ type: "center", x: 660 + 120, y: 41 + 32, zoom: 1 });
    // Zoomed in 2×: the pane shows 500 × 300 graph pixels from the origin; the model's right edge (900) is outside.
    expect(frameStep({ ...base, expansion: { urn: "run", side: "down" }, viewport: { x: 0, y: 0, zoom: 2 } })).toMatchObject({ type: "center", zoom: 2 });
  });

  it("follows an upstream expansion to the sources", () => {
    const step = frameStep({ ...base, expansion: { urn: "run", side: "up" }, viewport: { x: -500, y: 0, zoom: 1 } });
    expect(step).toEqual({ type: "center", x: 0 + 120, y: 41 + 32, zoom: 1 });
  });
});

describe("fitViewport: no card under the overview map", () => {
  const cases: Array<[string, { x: number; y: number; width: number; height: number }, number, number]> = [
    ["the tutorial, wide", graphBounds(seedPositions)!, 900, 640],
    ["a tall fan", { x: 0, y: 0, width: 570, height: 40 * 82 }, 900, 640],
    ["a long chain", { x: 0, y: 0, width: 12 * 330, height: 64 }, 700, 640],
    ["a square graph", { x: 0, y: 0, width: 2000, height: 1400 }, 900, 640],
    ["one card", { x: 0, y: 0, width: 240, height: 64 }, 900, 640],
    ["a phone's pane", { x: 0, y: 0, width: 1230, height: 146 }, 350, 500],
  ];
  for (const [name, bounds, w, h] of cases) {
    it(`keeps ${name} clear of the map, fitted as large as the rest of the pane allows`, () => {
      const vp = fitViewport(bounds, w, h, true);
      const shown = onScreen(bounds, vp);
      expect(overlaps(shown, overviewRect(w, h))).toBe(false);
      // Inside the pane.
      expect(shown.x).toBeGreaterThanOrEqual(-0.5);
      expect(shown.y).toBeGreaterThanOrEqual(-0.5);
      expect(shown.x + shown.width).toBeLessThanOrEqual(w + 0.5);
      expect(shown.y + shown.height).toBeLessThanOrEqual(h + 0.5);
      // Never smaller than fitting beside the map or above it would make it.
      expect(vp.zoom).toBeGreaterThanOrEqual(Math.min(1, (w - OVERVIEW.width - 2 * OVERVIEW.margin) / bounds.width / 1.2, h / bounds.height / 1.2) - 1e-9);
    });
  }

  it("centres the graph in the whole pane when that already keeps it clear, and ignores the map when hidden", () => {
    const one = { x: 0, y: 0, width: 240, height: 64 };
    expect(fitViewport(one, 900, 640, true)).toEqual(fitViewport(one, 900, 640, false));
    const wide = graphBounds(seedPositions)!;
    expect(fitViewport(wide, 900, 640, false).zoom).toBeGreaterThanOrEqual(fitViewport(wide, 900, 640, true).zoom);
  });
});
