import { describe, expect, it } from "vitest";
import type { ServerGraph } from "./merge";
import type { ServerNode } from "./graph-model";
import { entityInfo, graphId, graphModel, nodeInfo } from "./graph-model";

const platform = (name: string, displayName: string | null = null) => ({
  urn: `urn:li:dataPlatform:${name}`,
  name,
  properties: displayName ? { displayName } : null,
});

const RUN = {
  __typename: "DataProcessInstance",
  urn: "urn:li:dataProcessInstance:r",
  type: "DATA_PROCESS_INSTANCE",
  runPlatform: platform("mlflow", "MLflow"),
  properties: { name: "Simple Training Run" },
  runState: [{ status: "COMPLETE", timestampMillis: 1, result: { resultType: "FAILURE" } }],
};
const MODEL = {
  __typename: "MLModel",
  urn: "urn:li:mlModel:m",
  type: "MLMODEL",
  name: "arima_model",
  platform: platform("mlflow", "MLflow"),
  modelProperties: { name: "ARIMA Model", description: "Forecasts." },
  versionProperties: { version: { versionTag: "3" }, aliases: [{ versionTag: "champion" }, { versionTag: "latest" }, { versionTag: null }] },
};

const serverNode = (urn: string, entity: unknown): ServerNode =>
  ({
    urn,
    degree: 0,
    direction: null,
    upstreamCount: 0,
    downstreamCount: 0,
    upstreamExplored: true,
    downstreamExplored: true,
    entity,
  }) as unknown as ServerNode;

describe("entityInfo", () => {
  it("shows a run's name, kind and platform, and its result", () => {
    expect(entityInfo(RUN.urn, RUN as never)).toEqual({
      urn: RUN.urn,
      kind: "run",
      type: "DATA_PROCESS_INSTANCE",
      name: "Simple Training Run",
      subtitle: "Training run · MLflow",
      description: null,
      result: "FAILURE",
      aliases: [],
    });
    const started = { ...RUN, runState: [{ status: "STARTED", timestampMillis: 1, result: null }] };
    expect(entityInfo(RUN.urn, started as never).result).toBe("RUNNING");
  });

  it("shows a model's version and aliases (not 'latest')", () => {
    expect(entityInfo(MODEL.urn, MODEL as never)).toMatchObject({
      kind: "mlModel",
      name: "ARIMA Model",
      subtitle: "Model · MLflow · version 3",
      description: "Forecasts.",
      result: null,
      aliases: ["champion"],
    });
  });

  it("shows the urn of an entity the catalog does not hold", () => {
    expect(entityInfo("urn:li:dataset:x", null)).toEqual({
      urn: "urn:li:dataset:x",
      kind: null,
      name: "urn:li:dataset:x",
      subtitle: "",
      description: null,
      result: null,
      aliases: [],
      type: "UNKNOWN",
    });
  });
});

describe("graphModel", () => {
  const server = {
    focus: MODEL.urn,
    truncated: false,
    maxNodes: 2000,
    nodes: [serverNode(MODEL.urn, MODEL), serverNode(RUN.urn, RUN), serverNode("urn:li:dataset:gone", null)],
    edges: [{ source: RUN.urn, target: MODEL.urn, type: "TrainedBy" }],
  } as unknown as ServerGraph;

  it("gives every node its info and lists the kinds present, in order", () => {
    const m = graphModel(server);
    expect(m.graph).toEqual({ focus: MODEL.urn, nodes: server.nodes, edges: server.edges });
    expect([...m.infos.keys()]).toEqual([MODEL.urn, RUN.urn, "urn:li:dataset:gone"]);
    expect(m.infos.get(RUN.urn)!.name).toBe("Simple Training Run");
    expect(m.kinds).toEqual(["mlModel", "run"]);
    expect(graphModel(null)).toEqual({ graph: null, infos: new Map(), kinds: [] });
  });

  it("works a node's info out once per node object", () => {
    const n = server.nodes[0]!;
    expect(nodeInfo(n)).toBe(nodeInfo(n));
    expect(graphModel(server).infos.get(MODEL.urn)).toBe(nodeInfo(n));
    expect(nodeInfo({ ...n })).not.toBe(nodeInfo(n));
    expect(nodeInfo({ ...n })).toEqual(nodeInfo(n));
  });
});

describe("graphId", () => {
  it("numbers each graph object once", () => {
    const a = {};
    const b = {};
    expect(graphId(a)).toBe(graphId(a));
    expect(graphId(b)).not.toBe(graphId(a));
    expect(graphId(null)).toBe(0);
    expect(graphId(a)).toBeGreaterThan(0);
  });
});
