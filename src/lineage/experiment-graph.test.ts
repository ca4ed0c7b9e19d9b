import { describe, expect, it } from "vitest";
import { experimentGraph, type ExperimentRunLineage } from "./experiment-graph";
import { EMPTY_VIEW, layoutInput, visibleGraph } from "./model";
import { DEFAULT_LAYOUT, layoutLineage } from "./layout";
import { NODE_H, NODE_W, edgeRoutes, flowElements, NO_FLOW } from "./flow-elements";
import { cardBoxes } from "./routing";
import { crossings } from "./routing.test-util";
import { infosOf } from "./fixtures.test-util";

const ref = (urn: string, type: string) => ({ __typename: "Dataset", urn, type }) as never;
const run = (urn: string, inputs: string[], outputs: Array<[string, string]>, totals?: [number, number]): ExperimentRunLineage => ({
  urn,
  entity: ref(urn, "DATA_PROCESS_INSTANCE"),
  inputs: inputs.map((u) => ({ type: "DataProcessInstanceConsumes", urn: u, entity: ref(u, "DATASET") })),
  outputs: outputs.map(([u, t]) => ({ type: "DataProcessInstanceProduces", urn: u, entity: ref(u, t) })),
  inputsTotal: totals?.[0] ?? inputs.length,
  outputsTotal: totals?.[1] ?? outputs.length,
});

// Two runs read one dataset; run 1 writes a dataset that run 2 also reads; each trains a model.
const runs = [
  run(
    "r1",
    ["raw"],
    [
      ["clean", "DATASET"],
      ["m1", "MLMODEL"],
    ],
  ),
  run("r2", ["raw", "clean"], [["m2", "MLMODEL"]], [2, 5]),
];

describe("experimentGraph", () => {
  const g = experimentGraph("exp", runs);

  it("starts from the runs, with what they read upstream and what they produced downstream", () => {
    expect(g.focus).toBe("exp");
    expect(g.roots).toEqual(["r1", "r2"]);
    const place = Object.fromEntries(g.nodes.map((n) => [n.urn, [n.degree, n.direction]]));
    expect(place).toEqual({ r1: [0, null], r2: [0, null], raw: [1, "UPSTREAM"], clean: [1, "DOWNSTREAM"], m1: [1, "DOWNSTREAM"], m2: [1, "DOWNSTREAM"] });
    expect(g.edges.map((e) => `${e.source}>${e.target}:${e.type}`).sort()).toEqual(
      [
        "r1>clean:DataProcessInstanceProduces",
        "r1>m1:DataProcessInstanceProduces",
        "r2>m2:DataProcessInstanceProduces",
        "raw>r1:DataProcessInstanceConsumes",
        "raw>r2:DataProcessInstanceConsumes",
        "clean>r2:DataProcessInstanceConsumes",
      ].sort(),
    );
    // Nothing to expand: the graph is one hop around the runs; "Focus graph here" goes further.
    expect(g.nodes.every((n) => n.upstreamExplored && n.downstreamExplored)).toBe(true);
    expect(g.nodes.find((n) => n.urn === "raw")!.downstreamCount).toBe(2);
    expect(g.cutShort).toBe(1);
  });

  it("keeps only the kinds asked for, and always the runs", () => {
    const models = experimentGraph("exp", runs, ["MLMODEL"]);
    expect(models.nodes.map((n) => n.urn).sort()).toEqual(["m1", "m2", "r1", "r2"]);
  });

  it("is shown from its runs: every run and asset visible, the runs drawn as the focus, no edge under a card", () => {
    const v = visibleGraph(g, EMPTY_VIEW, (u) => u);
    expect(v.starts).toEqual(["r1", "r2"]);
    expect(v.nodes.map((n) => [n.urn, n.rank])).toEqual(
      expect.arrayContaining([
        ["r1", 0],
        ["r2", 0],
        ["raw", -1],
        ["clean", 1],
        ["m1", 1],
        ["m2", 1],
      ]),
    );
    // No run folds a side (a run is where the graph starts).
    expect(v.controls.get("r1")).toEqual({ up: null, down: null });
    const input = layoutInput(v);
    const { positions } = layoutLineage(input.nodes, input.edges, DEFAULT_LAYOUT);
    const routes = edgeRoutes(v, positions);
    expect(routes.size).toBe(6);
    expect(crossings(cardBoxes(positions, NODE_W, NODE_H), routes)).toEqual([]);
    const infos = infosOf({ focus: "exp", nodes: g.nodes, edges: g.edges });
    const { nodes } = flowElements(
      { visible: v, positions, routes, infos, highlight: null, selected: undefined, ends: [], matches: [], focus: "exp" },
      NO_FLOW,
    );
    expect(nodes.filter((n) => n.data.focus).map((n) => n.id)).toEqual(["r1", "r2"]);
  });
});
