import { describe, expect, it } from "vitest";
import { layoutLineage, DEFAULT_LAYOUT } from "./layout";
import { mergeExpansion, type ServerGraph } from "./merge";
import {
  EMPTY_VIEW,
  findInGraph,
  layoutInput,
  moreKey,
  moveSelection,
  pathHighlight,
  selectionHighlight,
  truncationNote,
  visibleGraph,
  type Graph,
  type GraphNode,
} from "./model";

const node = (urn: string, degree: number, direction: GraphNode["direction"], explored = true): GraphNode => ({
  urn,
  degree,
  direction,
  upstreamExplored: explored,
  downstreamExplored: explored,
  upstreamCount: 0,
  downstreamCount: 0,
});
const label = (u: string) => u;

/** The seed tutorial's run: iris_input → run → {arima_model → group, iris_output}. */
const seed: Graph = {
  focus: "run",
  nodes: [
    node("run", 0, null),
    node("iris_input", 1, "UPSTREAM"),
    node("arima_model", 1, "DOWNSTREAM"),
    node("iris_output", 1, "DOWNSTREAM"),
    node("group", 2, "DOWNSTREAM", false),
  ],
  edges: [
    { source: "iris_input", target: "run", type: "DataProcessInstanceConsumes" },
    { source: "run", target: "arima_model", type: "TrainedBy" },
    { source: "run", target: "iris_output", type: "DataProcessInstanceProduces" },
    { source: "arima_model", target: "group", type: "MemberOf" },
  ],
};

/** A focus with `n` downstream children. */
function fan(n: number): Graph {
  const kids = Array.from({ length: n }, (_, i) => `kid${String(i).padStart(2, "0")}`);
  return {
    focus: "f",
    nodes: [node("f", 0, null), ...kids.map((k) => node(k, 1, "DOWNSTREAM"))],
    edges: kids.map((k) => ({ source: "f", target: k, type: "DownstreamOf" })),
  };
}

describe("visibleGraph", () => {
  it("shows the whole small graph with ranks by side and every edge", () => {
    const v = visibleGraph(seed, EMPTY_VIEW, label);
    expect(Object.fromEntries(v.nodes.map((n) => [n.urn, n.rank]))).toEqual({ run: 0, iris_input: -1, arima_model: 1, iris_output: 1, group: 2 });
    expect(v.edges.map((e) => e.id).sort()).toHaveLength(4);
    expect(v.more).toEqual([]);
  });

  it("offers expand where the server says neighbours are missing, collapse where children are shown", () => {
    const v = visibleGraph(seed, EMPTY_VIEW, label);
    expect(v.controls.get("group")).toEqual({ up: null, down: "expand" });
    expect(v.controls.get("arima_model")).toEqual({ up: null, down: "collapse" });
    expect(v.controls.get("iris_input")!.down).toBeNull(); // grows only away from the focus
  });

  it("collapsing a node hides what is only reachable through it, and offers to show it again", () => {
    const v = visibleGraph(seed, { ...EMPTY_VIEW, collapsedDown: new Set(["arima_model"]) }, label);
    expect(v.nodes.map((n) => n.urn)).not.toContain("group");
    expect(v.controls.get("arima_model")!.down).toBe("uncollapse");
  });

  it("fans out 10 children at a time with a +N more placeholder, more pages and pinned children", () => {
    const g = fan(25);
    const v = visibleGraph(g, EMPTY_VIEW, label);
    expect(v.nodes).toHaveLength(11);
    expect(v.more).toHaveLength(1);
    expect(v.more[0]!.hidden).toHaveLength(15);
    expect(v.edges.filter((e) => e.type === "More")).toHaveLength(1);

    const page2 = visibleGraph(g, { ...EMPTY_VIEW, more: new Map([[moreKey("down", "f"), 1]]) }, label);
    expect(page2.nodes).toHaveLength(21);
    expect(page2.more[0]!.hidden).toHaveLength(5);

    const pinned = visibleGraph(g, { ...EMPTY_VIEW, pinned: new Set(["kid24"]) }, label);
    expect(pinned.nodes.map((n) => n.urn)).toContain("kid24");
    expect(pinned.more[0]!.hidden).toHaveLength(14);
  });

  it("does not count a child as hidden when another parent shows it", () => {
    const g = fan(12);
    const extra: Graph = {
      ...g,
      nodes: [...g.nodes, node("other", 1, "DOWNSTREAM")],
      edges: [...g.edges, { source: "f", target: "other", type: "DownstreamOf" }, { source: "kid00", target: "kid11", type: "DownstreamOf" }],
    };
    // kid11 sorts after the first 10, but kid00 (shown) also leads to it — at degree 1 it is still f's child.
    const v = visibleGraph(extra, EMPTY_VIEW, label);
    expect(v.more[0]!.hidden.length).toBe(13 - 10);
  });
});

describe("highlights", () => {
  const v = visibleGraph(seed, EMPTY_VIEW, label);
  it("a selection lights its upstream and downstream only", () => {
    const h = selectionHighlight(v.edges, "arima_model");
    expect([...h.nodes].sort()).toEqual(["arima_model", "group", "iris_input", "run"]);
    expect(h.nodes.has("iris_output")).toBe(false);
    expect(h.edges.size).toBe(3);
  });
  it("path mode lights every path between two nodes, in either pick order", () => {
    const diamond = [
      { id: "a-b", source: "a", target: "b", type: "x" },
      { id: "a-c", source: "a", target: "c", type: "x" },
      { id: "b-d", source: "b", target: "d", type: "x" },
      { id: "c-d", source: "c", target: "d", type: "x" },
      { id: "d-e", source: "d", target: "e", type: "x" },
      { id: "z-d", source: "z", target: "d", type: "x" },
    ];
    const p = pathHighlight(diamond, "d", "a")!;
    expect(p.from).toBe("a");
    expect([...p.nodes].sort()).toEqual(["a", "b", "c", "d"]);
    expect([...p.edges].sort()).toEqual(["a-b", "a-c", "b-d", "c-d"]);
    expect(pathHighlight(diamond, "b", "c")).toBeNull();
  });
});

describe("keyboard and search", () => {
  const v = visibleGraph(seed, EMPTY_VIEW, label);
  const input = layoutInput(v);
  const { positions } = layoutLineage(input.nodes, input.edges);
  it("arrows follow lineage left and right and walk a column up and down", () => {
    expect(moveSelection("run", "left", positions, v.edges)).toBe("iris_input");
    expect(["arima_model", "iris_output"]).toContain(moveSelection("run", "right", positions, v.edges));
    const right = moveSelection("run", "right", positions, v.edges)!;
    const other = right === "arima_model" ? "iris_output" : "arima_model";
    expect(moveSelection(right, positions[other]!.y > positions[right]!.y ? "down" : "up", positions, v.edges)).toBe(other);
    expect(moveSelection("iris_input", "left", positions, v.edges)).toBeNull();
  });
  it("finds nodes by every word of the query", () => {
    expect(
      findInGraph(
        "iris put",
        v.nodes.map((n) => n.urn),
        label,
      ).sort(),
    ).toEqual(["iris_input", "iris_output"].filter((u) => u.includes("put")));
    expect(findInGraph("  ", ["a"], label)).toEqual([]);
  });
});

describe("layoutLineage", () => {
  it("places upstream left of the focus and downstream right, without overlaps in a column", () => {
    const v = visibleGraph(fan(30), { ...EMPTY_VIEW, more: new Map([[moreKey("down", "f"), 5]]) }, label);
    const input = layoutInput(v);
    const { positions, width, height } = layoutLineage(input.nodes, input.edges);
    const kids = v.nodes
      .filter((n) => n.rank === 1)
      .map((n) => positions[n.urn]!.y)
      .sort((a, b) => a - b);
    for (let i = 1; i < kids.length; i++) expect(kids[i]! - kids[i - 1]!).toBeGreaterThanOrEqual(DEFAULT_LAYOUT.nodeHeight);
    expect(positions["kid00"]!.x).toBeGreaterThan(positions["f"]!.x);
    expect(width).toBeGreaterThan(DEFAULT_LAYOUT.nodeWidth);
    expect(height).toBeGreaterThan(29 * DEFAULT_LAYOUT.nodeHeight);
  });

  it("repairs ranks so a downstream edge never points left, and is deterministic", () => {
    const nodes = [
      { id: "f", rank: 0 },
      { id: "a", rank: 1 },
      { id: "b", rank: 1 },
      { id: "u1", rank: -1 },
      { id: "u2", rank: -1 },
    ];
    const edges = [
      { source: "f", target: "a" },
      { source: "f", target: "b" },
      { source: "a", target: "b" },
      { source: "u1", target: "f" },
      { source: "u2", target: "f" },
      { source: "u2", target: "u1" },
    ];
    const one = layoutLineage(nodes, edges);
    expect(one.ranks).toMatchObject({ f: 0, a: 1, b: 2, u1: -1, u2: -2 });
    for (const e of edges) expect(one.positions[e.target]!.x).toBeGreaterThan(one.positions[e.source]!.x);
    expect(layoutLineage(nodes, edges)).toEqual(one);
  });

  it("terminates on cycles and on a 2,000-node graph", () => {
    const cyc = layoutLineage(
      [
        { id: "f", rank: 0 },
        { id: "a", rank: 1 },
        { id: "b", rank: 2 },
      ],
      [
        { source: "f", target: "a" },
        { source: "a", target: "b" },
        { source: "b", target: "a" },
      ],
    );
    expect(Object.keys(cyc.positions)).toHaveLength(3);
    const nodes = [{ id: "n0", rank: 0 }];
    const edges: Array<{ source: string; target: string }> = [];
    for (let i = 1; i < 2000; i++) {
      const parent = Math.floor((i - 1) / 10);
      nodes.push({ id: `n${i}`, rank: nodes[parent]!.rank + 1 });
      edges.push({ source: `n${parent}`, target: `n${i}` });
    }
    const big = layoutLineage(nodes, edges);
    expect(Object.keys(big.positions)).toHaveLength(2000);
  });
});

describe("mergeExpansion", () => {
  type N = ServerGraph["nodes"][number];
  const n = (urn: string, degree: number, direction: N["direction"], down = true): N => ({
    __typename: "OrreryLineageGraphNode",
    urn,
    degree,
    direction,
    upstreamCount: 1,
    downstreamCount: 1,
    upstreamExplored: true,
    downstreamExplored: down,
    entity: null,
  });
  const e = (source: string, target: string, type = "DownstreamOf") => ({ __typename: "OrreryLineageGraphEdge" as const, source, target, type });
  const g = (focus: string, nodes: N[], edges: ReturnType<typeof e>[]): ServerGraph => ({
    __typename: "OrreryLineageGraph",
    focus,
    truncated: false,
    truncatedBy: [],
    maxNodes: 2000,
    maxEdges: 10_000,
    nodes,
    edges,
  });

  it("adds the neighbours one hop further on the expanded node's side, with their edges, and marks it explored", () => {
    const view = g("f", [n("f", 0, null), n("a", 1, "DOWNSTREAM", false), n("u", 1, "UPSTREAM")], [e("f", "a"), e("u", "f")]);
    const hood = g("a", [n("a", 0, null, true), n("b", 1, "DOWNSTREAM", false), n("f", 1, "UPSTREAM")], [e("a", "b"), e("f", "a")]);
    const merged = mergeExpansion(view, "a", "DOWNSTREAM", hood);
    expect(merged.nodes.map((x) => [x.urn, x.degree, x.direction])).toEqual([
      ["f", 0, null],
      ["a", 1, "DOWNSTREAM"],
      ["u", 1, "UPSTREAM"],
      ["b", 2, "DOWNSTREAM"],
    ]);
    expect(merged.nodes.find((x) => x.urn === "a")!.downstreamExplored).toBe(true);
    expect(merged.edges).toEqual([e("f", "a"), e("u", "f"), e("a", "b")]); // no duplicate f→a
    // Nodes the expansion did not touch keep their objects (so what they show is not worked out again).
    expect(merged.nodes[2]).toBe(view.nodes[2]);
  });

  it("leaves the graph as it is when the expanded node is not in it", () => {
    const view = g("f", [n("f", 0, null)], []);
    expect(mergeExpansion(view, "zz", "DOWNSTREAM", g("zz", [n("zz", 0, null)], []))).toBe(view);
  });
});

describe("layoutLineage with earlier positions", () => {
  it("keeps every placed node where it was and puts new ones in free slots next to their neighbours", () => {
    const nodes = [
      { id: "f", rank: 0 },
      { id: "a", rank: 1 },
      { id: "b", rank: 1 },
    ];
    const edges = [
      { source: "f", target: "a" },
      { source: "f", target: "b" },
    ];
    const first = layoutLineage(nodes, edges);
    const grown = layoutLineage(
      [...nodes, { id: "a1", rank: 2 }, { id: "a2", rank: 2 }, { id: "c", rank: 1 }],
      [...edges, { source: "a", target: "a1" }, { source: "a", target: "a2" }, { source: "f", target: "c" }],
      DEFAULT_LAYOUT,
      first.positions,
    );
    for (const id of ["f", "a", "b"]) expect(grown.positions[id]).toEqual(first.positions[id]);
    const col = (x: number) =>
      Object.values(grown.positions)
        .filter((p) => p.x === x)
        .map((p) => p.y)
        .sort((p, q) => p - q);
    for (const x of new Set(Object.values(grown.positions).map((p) => p.x))) {
      const ys = col(x);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(DEFAULT_LAYOUT.nodeHeight);
    }
    // The new children sit in the next column, near their parent.
    expect(grown.positions["a1"]!.x).toBeGreaterThan(grown.positions["a"]!.x);
    expect(Math.abs(grown.positions["a1"]!.y - grown.positions["a"]!.y)).toBeLessThanOrEqual(2 * (DEFAULT_LAYOUT.nodeHeight + DEFAULT_LAYOUT.nodeGap));
  });
});

describe("truncationNote", () => {
  const note = (truncatedBy: string[]) => truncationNote({ truncatedBy, maxNodes: 2000, maxEdges: 10_000 });
  it("names the caps that cut the graph", () => {
    expect(note(["MAX_NODES"])).toBe("This view reached the limit of 2,000 nodes; some lineage is left out. Use fewer hops or fewer kinds to see the rest.");
    expect(note(["MAX_EDGES"])).toMatch(/^This view reached the limit of 10,000 edges;/);
    expect(note(["MAX_NODES", "MAX_READ"])).toMatch(/^This view reached the limit of 2,000 nodes and the most lineage the server reads for one view;/);
    expect(note(["EXPANSION_HOPS"])).toMatch(/^This view reached the hops an expansion may walk;/);
    expect(note([])).toMatch(/^This view reached a limit of the server;/);
  });
});
