/**
 * `lineageGraph` (an Orrery extension): the lineage subgraph around a focus in one request — nodes
 * with degree, side and neighbour counts, every edge among them oriented upstream → downstream,
 * expansions, the type filter with indirect edges, caps, bad input, and a bounded number of SQL
 * statements however many nodes come back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readJson, startTestServer, type TestServer } from "./helpers";
import { ingestProposals } from "../server/ingest/proposals";
import { lineageGraph } from "../server/lineage/graph";
import { LOADER_BATCH } from "../server/graphql/context";

// The seed tutorial's entities.
const RUN = "urn:li:dataProcessInstance:simple_training_run";
const INPUT = "urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_input,PROD)";
const OUTPUT = "urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_output,PROD)";
const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)";
const GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,airline_forecast_models_group,PROD)";

const j = (entityUrn: string, aspectName: string, json: unknown) => ({ entityUrn, changeType: "UPSERT", aspectName, aspect: { json } });
const ds = (name: string) => `urn:li:dataset:(urn:li:dataPlatform:hive,${name},PROD)`;
const downstreamOf = (urn: string, ...parents: string[]) => j(urn, "upstreamLineage", { upstreams: parents.map((p) => ({ dataset: p, type: "TRANSFORMED" })) });

/** A tree of datasets below `<prefix>_root`: `fanOut` children per node, `levels` levels deep. */
function tree(prefix: string, fanOut: number, levels: number) {
  const root = ds(`${prefix}_root`);
  const proposals = [j(root, "datasetProperties", { name: `${prefix} root` })];
  let parents = [root];
  for (let level = 1; level <= levels; level++) {
    const next: string[] = [];
    parents.forEach((parent, p) => {
      for (let k = 0; k < fanOut; k++) {
        const urn = ds(`${prefix}_L${level}_${String(p * fanOut + k).padStart(4, "0")}`);
        proposals.push(downstreamOf(urn, parent));
        next.push(urn);
      }
    });
    parents = next;
  }
  return { root, proposals };
}

/** A chain c0 → c1 → … → c7 (each DownstreamOf the one before), and a soft-deleted c8 below c7. */
const chain = (i: number) => ds(`chain_${i}`);
const CHAIN = [
  j(chain(0), "datasetProperties", { name: "chain 0" }),
  ...Array.from({ length: 7 }, (_, i) => downstreamOf(chain(i + 1), chain(i))),
  downstreamOf(chain(8), chain(7)),
  j(chain(8), "status", { removed: true }),
];

/** Two datasets that are each other's upstream. */
const CYCLE = [downstreamOf(ds("cycle_a"), ds("cycle_b")), downstreamOf(ds("cycle_b"), ds("cycle_a"))];

/**
 * For the type filter: td_in → run → td_out (and td_out DownstreamOf td_in directly);
 * the run trains td_model, a member of td_group.
 */
const TD_IN = ds("td_in");
const TD_OUT = ds("td_out");
const TD_RUN = "urn:li:dataProcessInstance:td_run";
const TD_MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,td_model,PROD)";
const TD_GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,td_group,PROD)";
const TYPED = [
  j(TD_IN, "datasetProperties", { name: "td in" }),
  downstreamOf(TD_OUT, TD_IN),
  j(TD_RUN, "dataProcessInstanceInput", { inputs: [TD_IN] }),
  j(TD_RUN, "dataProcessInstanceOutput", { outputs: [TD_OUT] }),
  j(TD_GROUP, "mlModelGroupProperties", { name: "td group" }),
  j(TD_MODEL, "mlModelProperties", { name: "td model", trainingJobs: [TD_RUN], groups: [TD_GROUP] }),
];

/** For expansions through hidden nodes: dataset pt_a → run pt_run → model pt_model → group pt_group. */
const PT_A = ds("pt_a");
const PT_RUN = "urn:li:dataProcessInstance:pt_run";
const PT_MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,pt_model,PROD)";
const PT_GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,pt_group,PROD)";
const PASS_THROUGH = [
  j(PT_A, "datasetProperties", { name: "pt a" }),
  j(PT_RUN, "dataProcessInstanceInput", { inputs: [PT_A] }),
  j(PT_GROUP, "mlModelGroupProperties", { name: "pt group" }),
  j(PT_MODEL, "mlModelProperties", { name: "pt model", trainingJobs: [PT_RUN], groups: [PT_GROUP] }),
];

/** A dataset `<prefix>_hub` read by `n` runs, each training one model: hub → run_i → model_i. */
function fan(prefix: string, n: number) {
  const hub = ds(`${prefix}_hub`);
  const run = (i: number) => `urn:li:dataProcessInstance:${prefix}_run_${String(i).padStart(2, "0")}`;
  const model = (i: number) => `urn:li:mlModel:(urn:li:dataPlatform:mlflow,${prefix}_model_${String(i).padStart(2, "0")},PROD)`;
  const proposals = [
    j(hub, "datasetProperties", { name: `${prefix} hub` }),
    ...Array.from({ length: n }, (_, i) => [
      j(run(i), "dataProcessInstanceInput", { inputs: [hub] }),
      j(model(i), "mlModelProperties", { name: `${prefix} model ${i}`, trainingJobs: [run(i)] }),
    ]).flat(),
  ];
  return { hub, run, model, proposals };
}
const FAN3 = fan("fan3", 3);
const FAN40 = fan("fan40", 40);

/** A chain of datasets long_0 → long_1 → … → long_13, longer than an expansion may walk. */
const long = (i: number) => ds(`long_${String(i).padStart(2, "0")}`);
const LONG = [j(long(0), "datasetProperties", { name: "long 0" }), ...Array.from({ length: 13 }, (_, i) => downstreamOf(long(i + 1), long(i)))];

const SMALL = tree("small", 2, 4); // 2 + 4 + 8 + 16 below the root
const BIG = tree("big", 7, 3); // 7 + 49 + 343 below the root

const GRAPH = `query($input: OrreryLineageGraphInput!) { lineageGraph(input: $input) {
  focus truncated maxNodes
  nodes { urn degree direction upstreamCount downstreamCount upstreamExplored downstreamExplored }
  edges { source target type } } }`;

interface Node {
  urn: string;
  degree: number;
  direction: string | null;
  upstreamCount: number;
  downstreamCount: number;
  upstreamExplored: boolean;
  downstreamExplored: boolean;
}
interface Graph {
  focus: string;
  truncated: boolean;
  maxNodes: number;
  nodes: Node[];
  edges: Array<{ source: string; target: string; type: string }>;
}

describe("lineageGraph", () => {
  let server: TestServer;

  async function graph(input: Record<string, unknown>, query = GRAPH): Promise<Graph> {
    const { body } = await server.graphql(query, { input });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data.lineageGraph;
  }

  async function badInput(input: Record<string, unknown>): Promise<string> {
    const { body } = await server.graphql(GRAPH, { input });
    expect(body.data?.lineageGraph ?? null).toBeNull();
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    return body.errors[0].message;
  }

  const place = (g: Graph) => g.nodes.map((n) => [n.urn, n.degree, n.direction]);
  const urns = (g: Graph) => g.nodes.map((n) => n.urn);
  const node = (g: Graph, urn: string) => g.nodes.find((n) => n.urn === urn)!;

  beforeAll(async () => {
    server = await startTestServer();
    const seed = ingestProposals(server.store, readJson<unknown[]>("server/demo/tutorial/proposals.json"), "urn:li:corpuser:test");
    expect(seed.rejected).toBe(0);
    const r = ingestProposals(
      server.store,
      [...CHAIN, ...CYCLE, ...TYPED, ...PASS_THROUGH, ...FAN3.proposals, ...FAN40.proposals, ...LONG, ...SMALL.proposals, ...BIG.proposals],
      "urn:li:corpuser:test",
    );
    expect(r.results.filter((x) => !x.ok).map((x) => x.error)).toEqual([]);
  });
  afterAll(() => server.stop());

  describe("on the seed tutorial", () => {
    it("returns the run's inputs, outputs, model and group one hop away, with edges from upstream to downstream", async () => {
      const g = await graph({ urn: RUN });
      expect(g.focus).toBe(RUN);
      expect(g.truncated).toBe(false);
      expect(g.maxNodes).toBe(2000);
      expect(place(g)).toEqual([
        [RUN, 0, null],
        [INPUT, 1, "UPSTREAM"],
        [OUTPUT, 1, "DOWNSTREAM"],
        [MODEL, 1, "DOWNSTREAM"],
        [GROUP, 1, "DOWNSTREAM"],
      ]);
      // model -TrainedBy-> run is stored on the model; the run is its upstream. The model→group edge
      // joins two nodes of the same hop: it is drawn although the walk never followed it.
      expect(g.edges).toEqual([
        { source: RUN, target: OUTPUT, type: "DataProcessInstanceProduces" },
        { source: RUN, target: MODEL, type: "TrainedBy" },
        { source: RUN, target: GROUP, type: "TrainedBy" },
        { source: INPUT, target: RUN, type: "DataProcessInstanceConsumes" },
        { source: MODEL, target: GROUP, type: "MemberOf" },
      ]);
    });

    it("counts every node's neighbours in the catalog and says whether they are all in the graph", async () => {
      const g = await graph({ urn: RUN });
      const counts = (u: string) => {
        const n = node(g, u);
        return [n.upstreamCount, n.downstreamCount, n.upstreamExplored, n.downstreamExplored];
      };
      expect(counts(RUN)).toEqual([1, 3, true, true]);
      expect(counts(INPUT)).toEqual([0, 1, true, true]);
      expect(counts(MODEL)).toEqual([1, 1, true, true]);
      expect(counts(GROUP)).toEqual([2, 0, true, true]);

      const upOnly = await graph({ urn: RUN, downstreamHops: 0 });
      expect(urns(upOnly)).toEqual([RUN, INPUT]);
      expect(upOnly.edges).toEqual([{ source: INPUT, target: RUN, type: "DataProcessInstanceConsumes" }]);
      expect(node(upOnly, RUN)).toMatchObject({ downstreamCount: 3, downstreamExplored: false, upstreamExplored: true });
    });

    it("walks the given number of hops: the model→group edge appears two hops below the input", async () => {
      const one = await graph({ urn: INPUT, upstreamHops: 0, downstreamHops: 1 });
      expect(place(one)).toEqual([
        [INPUT, 0, null],
        [RUN, 1, "DOWNSTREAM"],
      ]);
      expect(node(one, RUN).downstreamExplored).toBe(false);
      const two = await graph({ urn: INPUT, upstreamHops: 0, downstreamHops: 2 });
      expect(place(two)).toEqual([
        [INPUT, 0, null],
        [RUN, 1, "DOWNSTREAM"],
        [OUTPUT, 2, "DOWNSTREAM"],
        [MODEL, 2, "DOWNSTREAM"],
        [GROUP, 2, "DOWNSTREAM"],
      ]);
      expect(two.edges).toContainEqual({ source: MODEL, target: GROUP, type: "MemberOf" });
      expect(two.edges).toHaveLength(5);
      // From the focus run, two hops downstream add nothing: the group is one hop away already.
      const fromRun = await graph({ urn: RUN, downstreamHops: 2 });
      expect(fromRun.nodes).toHaveLength(5);
      expect(fromRun.edges).toContainEqual({ source: MODEL, target: GROUP, type: "MemberOf" });
    });

    it("resolves each node's entity through the entity resolvers", async () => {
      const g = await graph(
        { urn: RUN },
        `query($input: OrreryLineageGraphInput!) { lineageGraph(input: $input) { nodes { urn entity { urn type
          ... on MLModel { name } ... on MLModelGroup { name } ... on Dataset { name } ... on DataProcessInstance { runName: name } } } } }`,
      );
      expect(g.nodes.map((n: any) => [n.urn === n.entity.urn, n.entity.type, n.entity.name ?? n.entity.runName])).toEqual([
        [true, "DATA_PROCESS_INSTANCE", "Simple Training Run"],
        [true, "DATASET", "iris_input"],
        [true, "DATASET", "iris_output"],
        [true, "MLMODEL", "ARIMA Model"],
        [true, "MLMODEL_GROUP", "Airline Forecast Models Group"],
      ]);
    });

    it("filters by type, drawing an Indirect edge through the hidden nodes", async () => {
      const g = await graph({ urn: INPUT, upstreamHops: 0, downstreamHops: 3, types: ["DATASET", "MLMODEL_GROUP"] });
      expect(place(g)).toEqual([
        [INPUT, 0, null],
        [OUTPUT, 2, "DOWNSTREAM"],
        [GROUP, 2, "DOWNSTREAM"],
      ]);
      // input → run → output, and input → run (→ model) → group: the run and the model are hidden.
      expect(g.edges).toEqual([
        { source: INPUT, target: OUTPUT, type: "Indirect" },
        { source: INPUT, target: GROUP, type: "Indirect" },
      ]);
      // Counts are over the whole catalog, all types. The hidden run and model were walked, and so
      // was everything beyond them: expanding would reveal nothing, so both sides are explored.
      expect(node(g, INPUT)).toMatchObject({ downstreamCount: 1, downstreamExplored: true });
      expect(node(g, GROUP)).toMatchObject({ upstreamCount: 2, upstreamExplored: true });
      // One hop down only the run is walked; what lies below it is not, so the input is unexplored.
      const near = await graph({ urn: INPUT, upstreamHops: 0, downstreamHops: 1, types: ["DATASET", "MLMODEL_GROUP"] });
      expect(place(near)).toEqual([[INPUT, 0, null]]);
      expect(node(near, INPUT)).toMatchObject({ downstreamCount: 1, downstreamExplored: false });
      // The focus is kept whatever its type.
      const run = await graph({ urn: RUN, types: ["MLMODEL"] });
      expect(place(run)).toEqual([
        [RUN, 0, null],
        [MODEL, 1, "DOWNSTREAM"],
      ]);
      expect(run.edges).toEqual([{ source: RUN, target: MODEL, type: "TrainedBy" }]);
    });
  });

  describe("on synthetic graphs", () => {
    it("draws no Indirect edge where a direct one joins the same nodes, and follows chains of hidden nodes", async () => {
      const g = await graph({ urn: TD_IN, downstreamHops: 3, types: ["DATASET", "MLMODEL_GROUP"] });
      expect(place(g)).toEqual([
        [TD_IN, 0, null],
        [TD_OUT, 1, "DOWNSTREAM"],
        [TD_GROUP, 3, "DOWNSTREAM"],
      ]);
      expect(g.edges).toEqual([
        { source: TD_IN, target: TD_OUT, type: "DownstreamOf" },
        { source: TD_IN, target: TD_GROUP, type: "Indirect" },
      ]);
      const all = await graph({ urn: TD_IN, downstreamHops: 3 });
      expect(all.edges.map((e) => e.type).sort()).toEqual([
        "DataProcessInstanceConsumes",
        "DataProcessInstanceProduces",
        "DownstreamOf",
        "MemberOf",
        "TrainedBy",
      ]);
    });

    it("honours the hop limits and reports unexplored neighbours beyond them", async () => {
      const three = await graph({ urn: SMALL.root, downstreamHops: 3 });
      expect(three.nodes).toHaveLength(1 + 2 + 4 + 8);
      expect(three.truncated).toBe(false);
      expect(three.nodes.map((n) => n.degree)).toEqual([0, 1, 1, 2, 2, 2, 2, ...Array(8).fill(3)]);
      for (const n of three.nodes.filter((n) => n.degree === 3)) expect(n).toMatchObject({ downstreamCount: 2, downstreamExplored: false });
      for (const n of three.nodes.filter((n) => n.degree < 3)) expect(n.downstreamExplored).toBe(true);
      expect(three.edges).toHaveLength(14);
      expect(three.edges.every((e) => e.type === "DownstreamOf")).toBe(true);
      expect(three.edges.filter((e) => e.source === SMALL.root).map((e) => e.target)).toEqual([ds("small_L1_0000"), ds("small_L1_0001")]);

      const five = await graph({ urn: SMALL.root, downstreamHops: 5 });
      expect(five.nodes).toHaveLength(31);
      expect(five.nodes.filter((n) => n.degree === 4).every((n) => n.downstreamCount === 0 && n.downstreamExplored)).toBe(true);

      const none = await graph({ urn: chain(4), upstreamHops: 0, downstreamHops: 0 });
      expect(place(none)).toEqual([[chain(4), 0, null]]);
      expect(none.edges).toEqual([]);
      expect(none.nodes[0]).toMatchObject({ upstreamCount: 1, downstreamCount: 1, upstreamExplored: false, downstreamExplored: false });
    });

    it("stops at maxNodes (the focus counts) and says so", async () => {
      const g = await graph({ urn: SMALL.root, downstreamHops: 3, maxNodes: 10 });
      expect(g.truncated).toBe(true);
      expect(g.maxNodes).toBe(10);
      // The farthest hop is cut, keeping the first urns.
      expect(urns(g)).toEqual([
        SMALL.root,
        ds("small_L1_0000"),
        ds("small_L1_0001"),
        ...[0, 1, 2, 3].map((i) => ds(`small_L2_000${i}`)),
        ...[0, 1, 2].map((i) => ds(`small_L3_000${i}`)),
      ]);
      expect(g.edges).toHaveLength(9);
      const exact = await graph({ urn: SMALL.root, downstreamHops: 2, maxNodes: 7 });
      expect(exact.nodes).toHaveLength(7);
      expect(exact.truncated).toBe(false);
      const one = await graph({ urn: SMALL.root, maxNodes: 1 });
      expect(urns(one)).toEqual([SMALL.root]);
      expect(one.truncated).toBe(true);
    });

    it("expands listed nodes one hop further, in order, also nodes an earlier expansion added", async () => {
      const g = await graph({
        urn: chain(4),
        upstreamHops: 0,
        downstreamHops: 0,
        expand: [
          { urn: chain(6), direction: "DOWNSTREAM" }, // not in the graph (yet): ignored
          { urn: chain(4), direction: "UPSTREAM" },
          { urn: chain(3), direction: "UPSTREAM" },
          { urn: chain(4), direction: "DOWNSTREAM" },
          { urn: chain(5), direction: "DOWNSTREAM" },
          { urn: chain(3), direction: "UPSTREAM" }, // a repeat adds nothing
        ],
      });
      expect(place(g)).toEqual([
        [chain(4), 0, null],
        [chain(3), 1, "UPSTREAM"],
        [chain(5), 1, "DOWNSTREAM"],
        [chain(2), 2, "UPSTREAM"],
        [chain(6), 2, "DOWNSTREAM"],
      ]);
      expect(g.edges).toEqual([
        { source: chain(4), target: chain(5), type: "DownstreamOf" },
        { source: chain(3), target: chain(4), type: "DownstreamOf" },
        { source: chain(5), target: chain(6), type: "DownstreamOf" },
        { source: chain(2), target: chain(3), type: "DownstreamOf" },
      ]);

      // Expanding an upstream node downstream adds its other children, still on the upstream side.
      const child = ds("small_L1_0000");
      const sib = await graph({ urn: child, upstreamHops: 1, downstreamHops: 0, expand: [{ urn: SMALL.root, direction: "DOWNSTREAM" }] });
      expect(place(sib)).toEqual([
        [child, 0, null],
        [SMALL.root, 1, "UPSTREAM"],
        [ds("small_L1_0001"), 2, "UPSTREAM"],
      ]);

      // The node cap applies to expansions too.
      const capped = await graph({
        urn: chain(4),
        upstreamHops: 0,
        downstreamHops: 0,
        maxNodes: 2,
        expand: [
          { urn: chain(4), direction: "UPSTREAM" },
          { urn: chain(3), direction: "UPSTREAM" },
        ],
      });
      expect(urns(capped)).toEqual([chain(4), chain(3)]);
      expect(capped.truncated).toBe(true);
    });

    describe("expanding through nodes the type filter hides", () => {
      const types = ["DATASET", "MLMODEL", "MLMODEL_GROUP"];

      it("reports a kept node unexplored while a hidden neighbour's own neighbours are not walked", async () => {
        const g = await graph({ urn: PT_A, downstreamHops: 1, types });
        // The run was walked (hop 1) but is hidden; the model below it was not walked.
        expect(place(g)).toEqual([[PT_A, 0, null]]);
        expect(g.edges).toEqual([]);
        expect(node(g, PT_A)).toMatchObject({ upstreamCount: 0, downstreamCount: 1, upstreamExplored: true, downstreamExplored: false });
      });

      it("goes on through hidden nodes to the next kept ones, walked hidden ones included", async () => {
        // The run is walked by the hop already; the expansion passes through it to the model, two
        // hops from the focus. The group is one hop further and the expansion stops at the kept
        // model, so the group is not walked: the model is unexplored downstream, the focus explored.
        for (const downstreamHops of [1, 0]) {
          const g = await graph({ urn: PT_A, downstreamHops, types, expand: [{ urn: PT_A, direction: "DOWNSTREAM" }] });
          expect(place(g)).toEqual([
            [PT_A, 0, null],
            [PT_MODEL, 2, "DOWNSTREAM"],
          ]);
          expect(g.edges).toEqual([{ source: PT_A, target: PT_MODEL, type: "Indirect" }]);
          expect(g.truncated).toBe(false);
          expect(node(g, PT_A)).toMatchObject({ downstreamCount: 1, downstreamExplored: true });
          expect(node(g, PT_MODEL)).toMatchObject({
            upstreamCount: 1,
            downstreamCount: 1,
            upstreamExplored: true, // the hidden run, whose only upstream is the focus
            downstreamExplored: false, // the group, not walked
          });
        }
        // Expanding the model next adds the group directly; everything is explored.
        const g = await graph({
          urn: PT_A,
          types,
          expand: [
            { urn: PT_A, direction: "DOWNSTREAM" },
            { urn: PT_MODEL, direction: "DOWNSTREAM" },
          ],
        });
        expect(place(g)).toEqual([
          [PT_A, 0, null],
          [PT_MODEL, 2, "DOWNSTREAM"],
          [PT_GROUP, 3, "DOWNSTREAM"],
        ]);
        expect(g.edges).toEqual([
          { source: PT_A, target: PT_MODEL, type: "Indirect" },
          { source: PT_MODEL, target: PT_GROUP, type: "MemberOf" },
        ]);
        expect(g.nodes.every((n) => n.upstreamExplored && n.downstreamExplored)).toBe(true);
      });

      it("does so upstream too, and without a filter still adds one hop", async () => {
        const g = await graph({ urn: PT_GROUP, types: ["DATASET"], expand: [{ urn: PT_GROUP, direction: "UPSTREAM" }] });
        // The model (hop 1) and the run (hop 2) are hidden; the dataset is three hops up.
        expect(place(g)).toEqual([
          [PT_GROUP, 0, null],
          [PT_A, 3, "UPSTREAM"],
        ]);
        expect(g.edges).toEqual([{ source: PT_A, target: PT_GROUP, type: "Indirect" }]);
        expect(g.nodes.every((n) => n.upstreamExplored && n.downstreamExplored)).toBe(true);
        const plain = await graph({ urn: PT_GROUP, expand: [{ urn: PT_GROUP, direction: "UPSTREAM" }] });
        expect(place(plain)).toEqual([
          [PT_GROUP, 0, null],
          [PT_MODEL, 1, "UPSTREAM"],
        ]);
        expect(node(plain, PT_GROUP).upstreamExplored).toBe(true);
        expect(node(plain, PT_MODEL).upstreamExplored).toBe(false);
      });

      it("stops at dead ends (explored) and after ten hops (truncated, unexplored)", async () => {
        // chain_1 … chain_7 are hidden datasets; chain_8 below them is soft-deleted: a dead end.
        const dead = await graph({ urn: chain(0), downstreamHops: 0, types: ["MLMODEL"], expand: [{ urn: chain(0), direction: "DOWNSTREAM" }] });
        expect(place(dead)).toEqual([[chain(0), 0, null]]);
        expect(dead.truncated).toBe(false);
        expect(node(dead, chain(0))).toMatchObject({ downstreamCount: 1, downstreamExplored: true });
        // long_1 … long_10 walked; long_11 is beyond the ten hops an expansion may take.
        const far = await graph({ urn: long(0), downstreamHops: 0, types: ["MLMODEL"], expand: [{ urn: long(0), direction: "DOWNSTREAM" }] });
        expect(place(far)).toEqual([[long(0), 0, null]]);
        expect(far.truncated).toBe(true);
        expect(node(far, long(0)).downstreamExplored).toBe(false);
        const fewer = await graph({ urn: long(3), downstreamHops: 0, types: ["MLMODEL"], expand: [{ urn: long(3), direction: "DOWNSTREAM" }] });
        expect(fewer.truncated).toBe(false); // long_4 … long_13: exactly ten hops, then a dead end
        expect(node(fewer, long(3)).downstreamExplored).toBe(true);
      });

      it("respects maxNodes, hidden nodes included, and says so", async () => {
        const expand = [{ urn: FAN40.hub, direction: "DOWNSTREAM" }];
        const input = { urn: FAN40.hub, upstreamHops: 0, downstreamHops: 0, types: ["DATASET", "MLMODEL"], expand };
        const all = await graph(input);
        expect(all.truncated).toBe(false);
        expect(place(all)).toEqual([[FAN40.hub, 0, null], ...Array.from({ length: 40 }, (_, i) => [FAN40.model(i), 2, "DOWNSTREAM"])]);
        expect(all.edges.every((e) => e.type === "Indirect" && e.source === FAN40.hub)).toBe(true);
        expect(node(all, FAN40.hub).downstreamExplored).toBe(true);
        // The hub and its 40 runs take 41 of the 50 nodes; 9 models fit.
        const capped = await graph({ ...input, maxNodes: 50 });
        expect(capped.truncated).toBe(true);
        expect(urns(capped)).toEqual([FAN40.hub, ...Array.from({ length: 9 }, (_, i) => FAN40.model(i))]);
        expect(capped.edges).toHaveLength(9);
        expect(node(capped, FAN40.hub).downstreamExplored).toBe(false);
        // The runs alone fill the cap: the expansion returns no node, and says it was cut.
        const runsOnly = await graph({ ...input, maxNodes: 41 });
        expect(runsOnly.truncated).toBe(true);
        expect(urns(runsOnly)).toEqual([FAN40.hub]);
        expect(node(runsOnly, FAN40.hub).downstreamExplored).toBe(false);
      });

      it("caps the hops all expansions of a request walk together, and says the graph was cut", async () => {
        const opts = {
          upstreamHops: 0,
          downstreamHops: 0,
          maxNodes: 2000,
          types: new Set(["mlModel"]),
          expand: [0, 1, 2].map((i) => ({ urn: long(i), direction: "DOWNSTREAM" as const })),
        };
        // Without the total cap, long(0)'s expansion walks long_1 … long_10, the next ones go on.
        const free = await lineageGraph(server.store, long(0), opts);
        expect(free.truncated).toBe(true); // long(0) stops after its ten hops
        server.store.counter.reset();
        const capped = await lineageGraph(server.store, long(0), { ...opts, maxExpansionHops: 4 });
        expect(capped.truncated).toBe(true);
        // Focus check aside: at most three statements per allowed hop, plus edges and counts.
        expect(server.store.counter.count).toBeLessThanOrEqual(3 * 4 + 2);
      });

      it("issues a bounded number of SQL statements, however many nodes it passes through", async () => {
        const run = async (hub: string) => {
          const input = { urn: hub, upstreamHops: 0, downstreamHops: 0, types: ["DATASET", "MLMODEL"], expand: [{ urn: hub, direction: "DOWNSTREAM" }] };
          // Once before counting: the store remembers the urn ids a walk read (EdgePages.edgeOrder),
          // so both hubs are counted alike, with their ids known.
          await graph(input);
          server.store.counter.reset();
          const g = await graph(input);
          return { g, statements: server.store.counter.count };
        };
        const small = await run(FAN3.hub);
        const big = await run(FAN40.hub);
        expect(small.g.nodes).toHaveLength(4);
        expect(big.g.nodes).toHaveLength(41);
        expect(big.statements).toBe(small.statements);
        // Focus check, 3 per hop of the expansion (hub → runs, runs → models), edges, counts.
        expect(big.statements).toBeLessThanOrEqual(9);
        // Ten hops at most, however long the hidden chain.
        server.store.counter.reset();
        await graph({ urn: long(0), upstreamHops: 0, downstreamHops: 0, types: ["MLMODEL"], expand: [{ urn: long(0), direction: "DOWNSTREAM" }] });
        expect(server.store.counter.count).toBeLessThanOrEqual(1 + 3 * 10 + 2);
      });
    });

    it("keeps the first side found for a node reachable both ways, with the edges of both ways", async () => {
      const g = await graph({ urn: ds("cycle_a") });
      expect(place(g)).toEqual([
        [ds("cycle_a"), 0, null],
        [ds("cycle_b"), 1, "UPSTREAM"],
      ]);
      expect(g.edges).toEqual([
        { source: ds("cycle_a"), target: ds("cycle_b"), type: "DownstreamOf" },
        { source: ds("cycle_b"), target: ds("cycle_a"), type: "DownstreamOf" },
      ]);
    });

    it("leaves soft-deleted entities out: as the focus (null) and as neighbours", async () => {
      const { body } = await server.graphql(GRAPH, { input: { urn: chain(8) } });
      expect(body).toEqual({ data: { lineageGraph: null } });
      const g = await graph({ urn: chain(7), downstreamHops: 3 });
      expect(urns(g)).toEqual([chain(7), chain(6)]);
      expect(node(g, chain(7))).toMatchObject({ downstreamCount: 0, downstreamExplored: true });
    });

    it("issues a bounded number of SQL statements for a 3-hop graph, however many nodes it has", async () => {
      const query = `query($input: OrreryLineageGraphInput!) { lineageGraph(input: $input) {
        truncated nodes { urn degree upstreamCount downstreamExplored entity { urn type ... on Dataset { name platform { urn } } } }
        edges { source target type } } }`;
      const run = async (root: string) => {
        server.store.counter.reset();
        const g = await graph({ urn: root, upstreamHops: 3, downstreamHops: 3, maxNodes: 5000 }, query);
        return { g, statements: server.store.counter.count };
      };
      const small = await run(SMALL.root);
      const big = await run(BIG.root);
      expect(small.g.nodes).toHaveLength(15);
      expect(big.g.nodes).toHaveLength(400);
      expect(big.g.edges).toHaveLength(399);
      expect(big.g.truncated).toBe(false);
      // 15 vs 400 nodes: about the same statements; only the entities' aspects (LOADER_BATCH.aspects a
      // statement) and the pages of relationships (2,000 rows a statement) grow with the graph.
      expect(big.statements).toBeLessThanOrEqual(small.statements + Math.ceil(400 / LOADER_BATCH.aspects));
      // Focus check, the focus's relationships, per hop the new nodes' relationships and their
      // neighbours' existence, entity aspects; none for edges and counts.
      expect(big.statements).toBeLessThanOrEqual(15);
    });
  });

  describe("input", () => {
    it("answers null for an unknown focus", async () => {
      const { body } = await server.graphql(GRAPH, { input: { urn: ds("no_such_dataset") } });
      expect(body).toEqual({ data: { lineageGraph: null } });
    });

    it("rejects malformed urns, out-of-range hops and caps, and too many expansions with BAD_USER_INPUT", async () => {
      expect(await badInput({ urn: "urn:li:dataset:(oops" })).toMatch(/invalid urn/);
      expect(await badInput({ urn: "not a urn" })).toMatch(/invalid urn/);
      expect(await badInput({ urn: RUN, upstreamHops: 99 })).toMatch(/upstreamHops must be an integer from 0 to 5, got 99/);
      expect(await badInput({ urn: RUN, downstreamHops: -1 })).toMatch(/downstreamHops must be an integer from 0 to 5/);
      expect(await badInput({ urn: RUN, maxNodes: 0 })).toMatch(/maxNodes must be an integer from 1 to 5000, got 0/);
      expect(await badInput({ urn: RUN, maxNodes: 5001 })).toMatch(/maxNodes/);
      const many = Array.from({ length: 201 }, () => ({ urn: RUN, direction: "UPSTREAM" }));
      expect(await badInput({ urn: RUN, expand: many })).toMatch(/expand may list at most 200 nodes, got 201/);
      expect(
        await badInput({
          urn: RUN,
          expand: [
            { urn: RUN, direction: "UPSTREAM" },
            { urn: "urn:li:mlModel:(", direction: "UPSTREAM" },
          ],
        }),
      ).toMatch(/^expand\[1\]: invalid urn/);
      // Bad input is reported even when the focus does not exist.
      expect(await badInput({ urn: ds("no_such_dataset"), upstreamHops: 6 })).toMatch(/upstreamHops/);
    });

    it("accepts the limits themselves, and explicit nulls as the defaults", async () => {
      const g = await graph({ urn: RUN, upstreamHops: 5, downstreamHops: 5, maxNodes: 5000, expand: Array(200).fill({ urn: RUN, direction: "UPSTREAM" }) });
      expect(g.nodes).toHaveLength(5);
      expect(g.maxNodes).toBe(5000);
      const nulls = await graph({ urn: RUN, upstreamHops: null, downstreamHops: null, maxNodes: null, expand: null, types: null });
      expect(nulls.nodes).toHaveLength(5);
      expect(nulls.maxNodes).toBe(2000);
    });

    it("is listed among the server's extensions", async () => {
      const { body } = await server.graphql(`{ orreryInfo { extensions } }`);
      expect(body.data.orreryInfo.extensions).toContain("lineageGraph");
    });
  });
});
