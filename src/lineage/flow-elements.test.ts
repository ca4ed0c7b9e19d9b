import { describe, expect, it } from "vitest";
import type { Node } from "@xyflow/react";
import { EMPTY_VIEW, pathHighlight, selectionHighlight, visibleGraph } from "./model";
import { HANDLES, NO_FLOW, edgeClass, edgeRoutes, flowElements, nodeLook, type FlowInput } from "./flow-elements";
import { fan, infosOf, laidOut, node, seed, seedPositions } from "./fixtures.test-util";

const visible = visibleGraph(seed, EMPTY_VIEW, (u) => u);
const base: FlowInput = {
  visible,
  positions: seedPositions,
  routes: edgeRoutes(visible, seedPositions),
  infos: infosOf(seed),
  highlight: null,
  selected: undefined,
  ends: [],
  matches: [],
  focus: "run",
};
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
      handles: HANDLES,
      draggable: false,
      selectable: false,
      data: {
        urn: "run",
        kind: "run",
        name: "Name of run",
        subtitle: "Training run",
        result: "FAILURE",
        aliases: [],
        up: null,
        down: null,
        look: "plain",
        match: false,
        focus: true,
      },
    });
    // The focus folds neither side; the model folds its downstream; the group's downstream is still on the server.
    expect(nodes.find((n) => n.id === "arima_model")!.data).toMatchObject({ focus: false, up: null, down: "collapse" });
    expect(nodes.find((n) => n.id === "group")!.data).toMatchObject({ focus: false, up: null, down: "expand" });
    expect(nodes.find((n) => n.id === "arima_model")!.data.aliases).toEqual(["champion"]);
  });

  it("makes one edge per visible edge, along its route, named in plain words, plain until something is lit", () => {
    const { edges } = flowElements(base, NO_FLOW);
    expect(edges).toHaveLength(4);
    const e = edges.find((x) => x.source === "run" && x.target === "arima_model")!;
    const route = base.routes.get(e.id)!;
    expect(e).toEqual({
      id: e.id,
      type: "lineage",
      source: "run",
      target: "arima_model",
      className: undefined,
      focusable: false,
      selectable: false,
      ariaLabel: "Name of run trained Name of arima_model",
      data: {
        look: "plain",
        dash: null,
        types: ["TrainedBy"],
        d: route.d,
        arrowD: route.arrowD,
        phrase: "trained",
        sentence: "Name of run trained Name of arima_model",
      },
    });
    // From the run's right side to the model's left side, ending in an arrowhead whose tip touches the model.
    expect(route.arrow[0]).toEqual({ x: 660, y: 32 });
    expect(route.d.startsWith("M570,73 ")).toBe(true);
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
    expect(byEnds).toEqual({
      "iris_input>run": "lineage-edge-lit",
      "run>arima_model": "lineage-edge-lit",
      "arima_model>group": "lineage-edge-lit",
      "run>iris_output": "lineage-edge-dim",
    });
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
    const input: FlowInput = { ...base, visible: v, positions, routes: edgeRoutes(v, positions), infos: infosOf(g), focus: "f" };
    const more = flowElements(input, NO_FLOW).nodes.find((n) => n.type === "more")!;
    expect(more).toMatchObject({
      id: "more:down:f",
      type: "more",
      position: positions["more:down:f"],
      data: { parent: "f", side: "down", count: 2, look: "plain" },
    });
    const lit = flowElements({ ...input, highlight: selectionHighlight(v.edges, "f"), selected: "f" }, NO_FLOW);
    expect(lit.nodes.find((n) => n.type === "more")!.data.look).toBe("dim");
    const toMore = lit.edges.find((e) => e.target === "more:down:f")!;
    expect(toMore.className).toBe("lineage-edge-lit lineage-edge-more");
    // Drawn lit and dotted, and named by nothing (it is no relationship).
    expect(toMore.data).toMatchObject({ look: "lit", dash: "more", phrase: null, sentence: null });
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

describe("edge looks and words", () => {
  it("draw an edge lit, dimmed or plain with the highlight, dashed when indirect", () => {
    const highlight = selectionHighlight(visible.edges, "arima_model");
    const { edges } = flowElements({ ...base, highlight }, NO_FLOW);
    const look = Object.fromEntries(edges.map((e) => [`${e.source}>${e.target}`, e.data!.look]));
    expect(look).toEqual({ "iris_input>run": "lit", "run>arima_model": "lit", "arima_model>group": "lit", "run>iris_output": "dim" });
    // Runs filtered out of the view: the input leads to the model through them.
    const g = {
      focus: "iris_input",
      nodes: [node("iris_input", 0, null), node("arima_model", 1, "DOWNSTREAM")],
      edges: [{ source: "iris_input", target: "arima_model", type: "Indirect" }],
    };
    const indirect = visibleGraph(g, EMPTY_VIEW, (u) => u);
    const flow = flowElements({ ...base, focus: "iris_input", visible: indirect, routes: edgeRoutes(indirect, seedPositions) }, NO_FLOW);
    expect(flow.edges.find((e) => e.target === "arima_model")!.data).toMatchObject({ dash: "indirect", phrase: "leads to (through hidden kinds)" });
  });

  it("name every relationship between two assets in plain words", () => {
    const both = visibleGraph(
      { ...seed, edges: [...seed.edges, { source: "run", target: "arima_model", type: "DataProcessInstanceProduces" }] },
      EMPTY_VIEW,
      (u) => u,
    );
    const { edges } = flowElements({ ...base, visible: both, routes: edgeRoutes(both, seedPositions) }, NO_FLOW);
    const e = edges.find((x) => x.source === "run" && x.target === "arima_model")!;
    expect(e.data).toMatchObject({
      types: ["TrainedBy", "DataProcessInstanceProduces"],
      phrase: "trained and produced",
      sentence: "Name of run trained and produced Name of arima_model",
    });
    expect(e.ariaLabel).toBe("Name of run trained and produced Name of arima_model");
  });
});
