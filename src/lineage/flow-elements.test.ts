import { describe, expect, it } from "vitest";
import type { Node } from "@xyflow/react";
import { EMPTY_VIEW, pathHighlight, selectionHighlight, visibleGraph } from "./model";
import { NO_FLOW, edgeClass, flowElements, nodeLook, type FlowInput } from "./flow-elements";
import { fan, infosOf, laidOut, seed, seedPositions } from "./fixtures.test-util";

const visible = visibleGraph(seed, EMPTY_VIEW, (u) => u);
const base: FlowInput = { visible, positions: seedPositions, infos: infosOf(seed), highlight: null, selected: undefined, ends: [], matches: [], focus: "run" };
const looks = (nodes: Node[]) => Object.fromEntries(nodes.map((n) => [n.id, n.data.look]));

describe("flowElements", () => {
  it("makes one card per visible node, at its place, with primitive data, sorted by id", () => {
    const { nodes } = flowElements(base, NO_FLOW);
    expect(nodes.map((n) => n.id)).toEqual(["arima_model", "group", "iris_input", "iris_output", "run"]);
    const run = nodes.find((n) => n.id === "run")!;
    expect(run).toEqual({
      id: "run",
      type: "entity",
      position: { x: 330, y: 41 },
      width: 240,
      height: 64,
      draggable: false,
      selectable: false,
      data: { urn: "run", kind: "run", name: "Name of run", subtitle: "Training run", result: "FAILURE", aliases: [], up: null, down: null, look: "plain", match: false, focus: true },
    });
    // The focus folds neither side; the model folds its downstream; the group's downstream is still on the server.
    expect(nodes.find((n) => n.id === "arima_model")!.data).toMatchObject({ focus: false, up: null, down: "collapse" });
    expect(nodes.find((n) => n.id === "group")!.data).toMatchObject({ focus: false, up: null, down: "expand" });
    expect(nodes.find((n) => n.id === "arima_model")!.data.aliases).toEqual(["champion"]);
  });

  it("makes one edge per visible edge, plain until something is lit", () => {
    const { edges } = flowElements(base, NO_FLOW);
    expect(edges).toHaveLength(4);
    const e = edges.find((x) => x.source === "run" && x.target === "arima_model")!;
    expect(e).toEqual({ id: e.id, source: "run", target: "arima_model", className: undefined, focusable: false, selectable: false, data: { type: "TrainedBy" } });
    expect(edges.map((x) => x.id)).toEqual([...edges.map((x) => x.id)].sort());
  });

  it("leaves out nodes the layout has not placed yet, and their edges", () => {
    const { group: _, ...placed } = seedPositions;
    const { nodes, edges } = flowElements({ ...base, positions: placed }, NO_FLOW);
    expect(nodes.map((n) => n.id)).not.toContain("group");
    expect(edges).toHaveLength(3);
    expect(edges.some((e) => e.target === "group")).toBe(false);
  });

  it("lights a selection's upstream and downstream and dims the rest", () => {
    const highlight = selectionHighlight(visible.edges, "arima_model");
    const { nodes, edges } = flowElements({ ...base, highlight, selected: "arima_model" }, NO_FLOW);
    expect(looks(nodes)).toEqual({ arima_model: "selected", group: "lit", iris_input: "lit", run: "lit", iris_output: "dim" });
    const byEnds = Object.fromEntries(edges.map((e) => [`${e.source}>${e.target}`, e.className]));
    expect(byEnds).toEqual({ "iris_input>run": "lineage-edge-lit", "run>arima_model": "lineage-edge-lit", "arima_model>group": "lineage-edge-lit", "run>iris_output": "lineage-edge-dim" });
  });

  it("marks a path's ends, lights the nodes between and flags search matches", () => {
    const highlight = pathHighlight(visible.edges, "iris_input", "group");
    const { nodes } = flowElements({ ...base, highlight, ends: ["iris_input", "group"], matches: ["iris_input", "iris_output"] }, NO_FLOW);
    expect(looks(nodes)).toEqual({ iris_input: "end", group: "end", run: "lit", arima_model: "lit", iris_output: "dim" });
    expect(nodes.filter((n) => n.data.match).map((n) => n.id)).toEqual(["iris_input", "iris_output"]);
  });

  it("draws a '+N more' placeholder with the number hidden, dimmed while something is lit", () => {
    const g = fan(12);
    const { visible: v, positions } = laidOut(g);
    const input: FlowInput = { ...base, visible: v, positions, infos: infosOf(g), focus: "f" };
    const more = flowElements(input, NO_FLOW).nodes.find((n) => n.type === "more")!;
    expect(more).toMatchObject({ id: "more:down:f", type: "more", position: positions["more:down:f"], data: { parent: "f", side: "down", count: 2, look: "plain" } });
    const lit = flowElements({ ...input, highlight: selectionHighlight(v.edges, "f"), selected: "f" }, NO_FLOW);
    expect(lit.nodes.find((n) => n.type === "more")!.data.look).toBe("dim");
    expect(lit.edges.find((e) => e.target === "more:down:f")!.className).toBe("lineage-edge-lit lineage-edge-more");
  });

  it("hands out the same objects, and the same arrays, while nothing they show changed", () => {
    const first = flowElements(base, NO_FLOW);
    const again = flowElements({ ...base, matches: [] }, first);
    expect(again.nodes).toBe(first.nodes);
    expect(again.edges).toBe(first.edges);

    const selected = flowElements({ ...base, highlight: selectionHighlight(visible.edges, "iris_output"), selected: "iris_output" }, again);
    expect(selected.nodes).not.toBe(again.nodes);
    const same = (id: string) => selected.nodes.find((n) => n.id === id) === again.nodes.find((n) => n.id === id);
    // iris_output becomes selected, the run and the input are lit, the model and the group dimmed: all change.
    expect(["iris_output", "run", "iris_input", "arima_model", "group"].map(same)).toEqual([false, false, false, false, false]);
    const match = flowElements({ ...base, matches: ["group"] }, first);
    expect(match.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id)).toEqual(["group"]);
    expect(match.edges).toBe(first.edges);
  });

  it("moves a node that moved, and keeps the others", () => {
    const first = flowElements(base, NO_FLOW);
    const next = flowElements({ ...base, positions: { ...seedPositions, group: { x: 990, y: 82 } } }, first);
    expect(next.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => [n.id, n.position])).toEqual([["group", { x: 990, y: 82 }]]);
  });

  it("has nothing to draw without a graph, and remembers what it drew", () => {
    const first = flowElements(base, NO_FLOW);
    const none = flowElements(null, first);
    expect(none.nodes).toEqual([]);
    expect(none.edges).toEqual([]);
    expect(flowElements(base, none).nodes.every((n, i) => n === first.nodes[i])).toBe(true);
  });
});

describe("nodeLook and edgeClass", () => {
  it("ranks path end over selection over highlight", () => {
    const highlight = { nodes: new Set(["a", "b"]), edges: new Set<string>() };
    expect(nodeLook("a", { ends: ["a"], selected: "a", highlight })).toBe("end");
    expect(nodeLook("a", { ends: [], selected: "a", highlight })).toBe("selected");
    expect(nodeLook("b", { ends: [], selected: "a", highlight })).toBe("lit");
    expect(nodeLook("c", { ends: [], selected: "a", highlight })).toBe("dim");
    expect(nodeLook("c", { ends: [], selected: undefined, highlight: null })).toBe("plain");
  });

  it("dashes indirect edges and links to '+N more'", () => {
    expect(edgeClass({ id: "e", type: "Indirect" }, null)).toBe("lineage-edge-indirect");
    expect(edgeClass({ id: "e", type: "Indirect" }, { nodes: new Set(), edges: new Set(["e"]) })).toBe("lineage-edge-lit lineage-edge-indirect");
    expect(edgeClass({ id: "e", type: "TrainedBy" }, null)).toBe("");
  });
});
