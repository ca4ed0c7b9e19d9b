/** Shared by the lineage unit tests: the seed tutorial's graph, what its nodes show, and its layout. */
import { DEFAULT_LAYOUT, layoutLineage } from "./layout";
import { EMPTY_VIEW, layoutInput, visibleGraph, type Graph, type GraphNode, type VisibleGraph } from "./model";
import type { NodeInfo } from "./graph-model";
import type { Positions } from "./flow-elements";

export const node = (urn: string, degree: number, direction: GraphNode["direction"], explored = true): GraphNode => ({
  urn,
  degree,
  direction,
  upstreamExplored: explored,
  downstreamExplored: explored,
  upstreamCount: 0,
  downstreamCount: 0,
});

/** The seed tutorial's run: iris_input → run → {arima_model → group, iris_output}; the group's downstream is unexplored. */
export const seed: Graph = {
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
export function fan(n: number): Graph {
  const kids = Array.from({ length: n }, (_, i) => `kid${String(i).padStart(2, "0")}`);
  return {
    focus: "f",
    nodes: [node("f", 0, null), ...kids.map((k) => node(k, 1, "DOWNSTREAM"))],
    edges: kids.map((k) => ({ source: "f", target: k, type: "DownstreamOf" })),
  };
}

const KIND_OF: Record<string, NodeInfo["kind"]> = { run: "run", iris_input: "dataset", iris_output: "dataset", arima_model: "mlModel", group: "mlModelGroup" };

/** What each node shows: its urn as name, a subtitle of kind and platform. */
export function infosOf(g: Graph): Map<string, NodeInfo> {
  return new Map(
    g.nodes.map((n) => [
      n.urn,
      {
        urn: n.urn,
        kind: KIND_OF[n.urn] ?? "dataset",
        type: "DATASET",
        name: `Name of ${n.urn}`,
        subtitle: n.urn === "run" ? "Training run" : "Dataset · Snowflake",
        description: null,
        result: n.urn === "run" ? "FAILURE" : null,
        aliases: n.urn === "arima_model" ? ["champion"] : [],
      },
    ]),
  );
}

/** The seed graph's places: four columns, 330 px apart; the run between its two outputs. */
export const seedPositions: Positions = {
  iris_input: { x: 0, y: 41 },
  run: { x: 330, y: 41 },
  arima_model: { x: 660, y: 0 },
  iris_output: { x: 660, y: 82 },
  group: { x: 990, y: 0 },
};

export function laidOut(g: Graph): { visible: VisibleGraph; positions: Positions } {
  const visible = visibleGraph(g, EMPTY_VIEW, (u) => u);
  const input = layoutInput(visible);
  return { visible, positions: layoutLineage(input.nodes, input.edges, DEFAULT_LAYOUT).positions };
}
