import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DEFAULT_LAYOUT, layoutLineage, type LayoutEdge, type LayoutNode } from "./layout";
import { EMPTY_VIEW, layoutInput, visibleGraph, type Graph } from "./model";
import { NODE_H, NODE_W, edgeRoutes } from "./flow-elements";
import { cardBoxes, routeEdges, segmentCrossesBox, type Box } from "./routing";
import { crossings, tipOnTarget } from "./routing.test-util";
import { node, seed } from "./fixtures.test-util";

/** The tutorial as the demo catalog has it: the group also names the run as its training job, so run → group skips a column. */
const tutorial: Graph = { ...seed, edges: [...seed.edges, { source: "run", target: "group", type: "TrainedBy" }] };

function laid(g: Graph, fanOut?: number) {
  const visible = visibleGraph(g, EMPTY_VIEW, (u) => u, fanOut);
  const input = layoutInput(visible);
  const { positions } = layoutLineage(input.nodes, input.edges, DEFAULT_LAYOUT);
  const boxes = cardBoxes(positions, NODE_W, NODE_H);
  return { visible, positions, boxes, routes: edgeRoutes(visible, positions) };
}

describe("segmentCrossesBox", () => {
  const box: Box = { x: 0, y: 0, width: 10, height: 10 };
  it("tells a segment through a box from one that touches or misses it", () => {
    expect(segmentCrossesBox({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 2, y: 2 }, { x: 3, y: 3 }, box)).toBe(true); // wholly inside
    expect(segmentCrossesBox({ x: 10, y: 5 }, { x: 20, y: 5 }, box)).toBe(false); // from the border outwards
    expect(segmentCrossesBox({ x: -5, y: -1 }, { x: 15, y: -1 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: -5, y: 30 }, { x: 30, y: -5 }, box)).toBe(false); // a diagonal past the corner
    expect(segmentCrossesBox({ x: -5, y: 15 }, { x: 15, y: -5 }, box)).toBe(true); // a diagonal across the corner
  });
});

describe("routeEdges on the tutorial", () => {
  const { boxes, routes, positions } = laid(tutorial);

  it("routes the run → group edge around the model card, not under it", () => {
    const r = routes.get("run\u2192group")!;
    expect(crossings(boxes, routes)).toEqual([]);
    // The straight line from the run to the group would cross the model's card; the route does not.
    const straight = segmentCrossesBox(
      { x: positions["run"]!.x + NODE_W, y: positions["run"]!.y + NODE_H / 2 },
      { x: positions["group"]!.x, y: positions["group"]!.y + NODE_H / 2 },
      boxes.get("arima_model")!,
    );
    expect(straight).toBe(true);
    // It crosses the model's column in a lane of its own: one straight run through the column.
    expect(r.segments.some((s) => !s.c1 && s.from.x === positions["arima_model"]!.x && s.to.x === positions["arima_model"]!.x + NODE_W)).toBe(true);
  });

  it("ends every edge in an arrowhead whose tip touches the target's left side, pointing right", () => {
    for (const [id, r] of routes) {
      const target = id.split("\u2192")[1]!;
      expect(tipOnTarget(r, boxes.get(target)!), id).toBe(true);
      const [tip, a, b] = r.arrow;
      expect(tip.x).toBeGreaterThan(a.x);
      expect(a.x).toBe(b.x);
      expect(Math.abs(a.y - b.y)).toBeCloseTo(10);
      expect(r.arrowD).toMatch(/^M[\d.,-]+ L[\d.,-]+ L[\d.,-]+ Z$/);
      // The line stops where the arrowhead begins.
      const last = r.segments[r.segments.length - 1]!.to;
      expect(last.x).toBeCloseTo(tip.x - 10);
    }
  });
});

describe("routeEdges: lanes, loops and edges drawn right to left", () => {
  const W = 100;
  const H = 40;
  const box = (x: number, y: number): Box => ({ x, y, width: W, height: H });

  it("spreads edges that share a gap across it, keeping clear of both cards", () => {
    // Column 1 has two cards with a 30 px gap; three edges from column 0 to column 2 want to pass through it.
    const boxes = new Map<string, Box>([
      ["a", box(0, 0)],
      ["b", box(0, 50)],
      ["c", box(0, 100)],
      ["m1", box(200, 0)],
      ["m2", box(200, 70)],
      ["z", box(400, 30)],
    ]);
    const edges = ["a", "b", "c"].map((s) => ({ id: `${s}>z`, source: s, target: "z" }));
    const routes = routeEdges(boxes, edges);
    expect(crossings(boxes, routes)).toEqual([]);
    const lanes = edges.map((e) => routes.get(e.id)!.segments.find((s) => !s.c1 && s.from.x === 200)!.from.y);
    expect(new Set(lanes).size).toBe(3);
    for (const y of lanes) {
      expect(y).toBeGreaterThan(40);
      expect(y).toBeLessThan(70);
    }
  });

  it("loops an edge between two cards of one column through the gap on its right", () => {
    const boxes = new Map<string, Box>([
      ["a", box(0, 0)],
      ["b", box(0, 60)],
      ["c", box(0, 120)],
    ]);
    const routes = routeEdges(boxes, [{ id: "a>c", source: "a", target: "c" }]);
    expect(crossings(boxes, routes)).toEqual([]);
    const r = routes.get("a>c")!;
    expect(r.arrow[0]).toEqual({ x: W, y: 140 });
    expect(r.arrow[1].x).toBeGreaterThan(W); // pointing left, into c's right side
  });

  it("draws an edge whose target is left of its source backwards, around the cards between", () => {
    const boxes = new Map<string, Box>([
      ["t", box(0, 0)],
      ["mid", box(200, 0)],
      ["s", box(400, 0)],
    ]);
    const routes = routeEdges(boxes, [{ id: "s>t", source: "s", target: "t" }]);
    expect(crossings(boxes, routes)).toEqual([]);
    const r = routes.get("s>t")!;
    expect(r.segments[0]!.from).toEqual({ x: 400, y: 20 }); // leaves s on its left
    expect(r.arrow[0]).toEqual({ x: W, y: 20 }); // enters t on its right
  });

  it("leaves out self-loops and edges to cards without a place", () => {
    const boxes = new Map<string, Box>([["a", box(0, 0)]]);
    expect(
      routeEdges(boxes, [
        { id: "aa", source: "a", target: "a" },
        { id: "ax", source: "a", target: "x" },
      ]).size,
    ).toBe(0);
  });
});

/** A random lineage-like graph: ranks around a focus, edges mostly rightwards, some skipping columns, some backwards (cycles), some within a rank. */
const graphs = fc
  .record({
    ranks: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 2, maxLength: 45 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 90 }),
  })
  .map(({ ranks, edges }) => {
    const nodes: LayoutNode[] = ranks.map((rank, i) => ({ id: `n${i}`, rank: i === 0 ? 0 : rank, order: i }));
    const es: LayoutEdge[] = edges.map(([a, b]) => ({ source: `n${a % nodes.length}`, target: `n${b % nodes.length}` }));
    return { nodes, edges: es };
  });

describe("no edge passes under a card", () => {
  it("on random graphs, laid out afresh", () => {
    fc.assert(
      fc.property(graphs, ({ nodes, edges }) => {
        const { positions } = layoutLineage(nodes, edges, DEFAULT_LAYOUT);
        const boxes = cardBoxes(positions, NODE_W, NODE_H);
        const routes = routeEdges(
          boxes,
          edges.map((e, i) => ({ id: `e${i}`, ...e })),
        );
        expect(crossings(boxes, routes)).toEqual([]);
        for (const [id, r] of routes) {
          const e = edges[Number(id.slice(1))]!;
          expect(tipOnTarget(r, boxes.get(e.target)!)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("on random graphs grown by placing new nodes next to laid-out ones", () => {
    fc.assert(
      fc.property(graphs, graphs, ({ nodes, edges }, more) => {
        const first = layoutLineage(nodes, edges, DEFAULT_LAYOUT);
        const extra = more.nodes.map((n) => ({ ...n, id: `x${n.id}` }));
        const all = [...nodes, ...extra];
        const ids = all.map((n) => n.id);
        const extraEdges = more.edges.map((e, i) => ({
          source: ids[(Number(e.source.slice(1)) * 7 + i) % ids.length]!,
          target: ids[Number(e.target.slice(1)) % ids.length]!,
        }));
        const grown = layoutLineage(all, [...edges, ...extraEdges], DEFAULT_LAYOUT, first.positions);
        const boxes = cardBoxes(grown.positions, NODE_W, NODE_H);
        const routes = routeEdges(
          boxes,
          [...edges, ...extraEdges].map((e, i) => ({ id: `e${i}`, ...e })),
        );
        expect(crossings(boxes, routes)).toEqual([]);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it("on a wide fan with long edges skipping a full column", () => {
    // The focus feeds 9 children, each feeding a grandchild; the focus also links to every grandchild directly.
    const kids = Array.from({ length: 9 }, (_, i) => `k${i}`);
    const g: Graph = {
      focus: "f",
      nodes: [node("f", 0, null), ...kids.map((k) => node(k, 1, "DOWNSTREAM")), ...kids.map((k) => node(`g${k}`, 2, "DOWNSTREAM"))],
      edges: [
        ...kids.map((k) => ({ source: "f", target: k, type: "DownstreamOf" })),
        ...kids.map((k) => ({ source: k, target: `g${k}`, type: "DownstreamOf" })),
        ...kids.map((k) => ({ source: "f", target: `g${k}`, type: "DownstreamOf" })),
      ],
    };
    const { boxes, routes } = laid(g, 100);
    expect(routes.size).toBe(27);
    expect(crossings(boxes, routes)).toEqual([]);
  });
});
