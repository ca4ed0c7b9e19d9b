/** `orrery import-mlflow`: an MLflow file store → catalog, checked through GraphQL; and the reader alone. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { startTestServer, tempDir, type TestServer } from "./helpers";
import { IDS, writeRealisticStore } from "../server/demo/mlflow-sample";
import { appendMetric, runId, writeExperiment, writeModel, writeRun } from "../server/demo/mlflow-file-store";
import { importMlflow } from "../server/cli";
import { buildSchema, parse, validate } from "graphql";
import { buildReferenceSchema } from "../server/schema/reference";
import { datahubTypeDefs } from "../server/schema";
import { CATALOG_QUERY, findCollisions, type CatalogEntity } from "../server/import/mlflow-merge";
import {
  readMlflowStore,
  platformInstanceUrn,
  experimentUrn,
  runUrn,
  modelGroupUrn,
  modelVersionUrn,
  versionSetUrn,
  userUrn,
  datasetUrn,
  pythonFloatRepr,
  evenIndices,
  batchItems,
  NotAnMlflowStoreError,
} from "../server/import/mlflow";
import { validateAspect, MAX_METRIC_POINTS } from "../server/model/aspects";
import { Store } from "../server/store/store";

const EXP = experimentUrn("churn-prediction");
const GROUP = modelGroupUrn("churn-model");
const V = (n: number) => modelVersionUrn("churn-model", n);
const RUN = {
  baseline: runUrn(IDS.baseline),
  tuned: runUrn(IDS.tuned),
  failed: runUrn(IDS.failed),
  running: runUrn(IDS.running),
  killed: runUrn(IDS.killed),
  trashed: runUrn(IDS.trashed),
};

function capture() {
  let out = "";
  let err = "";
  return {
    opts: { out: (t: string) => void (out += t), err: (t: string) => void (err += t), quiet: true },
    get out() {
      return out;
    },
    get err() {
      return err;
    },
  };
}

/** Rows in the store's tables, to prove a re-import wrote nothing. */
function counts(store: Store) {
  const n = (sql: string) => store.get<{ n: number }>(sql)?.n ?? -1;
  return {
    aspects: n(`SELECT count(*) AS n FROM aspects`),
    versions: n(`SELECT count(*) AS n FROM aspects WHERE version > 0`),
    events: n(`SELECT count(*) AS n FROM timeseries`),
    entities: n(`SELECT count(*) AS n FROM entities`),
  };
}

describe("readMlflowStore (the reader alone)", () => {
  let dir: string;
  beforeAll(() => {
    dir = path.join(tempDir("orrery-mlflow-"), "mlruns");
    writeRealisticStore(dir);
  });
  afterAll(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

  it("names entities as DataHub's MLflow source does (values from DataHub's golden file)", () => {
    expect(experimentUrn("Default")).toBe("urn:li:container:03d28ec52349332a202a252cb2388d83");
    expect(experimentUrn("test-experiment")).toBe("urn:li:container:e37dbaee9481246e0997d7d8fefd8815");
    expect(runUrn("02660a3bee9941ed983667f678ce5611")).toBe("urn:li:dataProcessInstance:2666299269d6ebea994d5ec0c29e3aca");
    expect(versionSetUrn("test-model")).toBe("urn:li:versionSet:(658730e7177b283e4f94410fe4b41519,mlModel)");
    expect(userUrn("unknown")).toBe("urn:li:platformResource:1bbe5a4af9f91bbd2b4dd90c552008e1");
    expect(modelVersionUrn("test-model", 1)).toBe("urn:li:mlModel:(urn:li:dataPlatform:mlflow,test-model_1,PROD)");
    // Python's json.dumps escapes non-ASCII; the guid must too.
    expect(experimentUrn("Prévisions 📈")).toBe("urn:li:container:93f4f4579858591bfedddf4d4181de23"); // computed with Python's json.dumps
  });

  it("reads every item of a realistic store, deleted ones included, and every proposal is valid", () => {
    const { report, proposals, items } = readMlflowStore(dir);
    expect(report.experiments).toEqual({ imported: 3, deleted: 1, skipped: 0 });
    expect(report.runs).toEqual({ imported: 7, deleted: 2, skipped: 0 });
    expect(report.models).toEqual({ imported: 1, deleted: 0, skipped: 0 });
    expect(report.versions).toEqual({ imported: 3, deleted: 0, skipped: 0 });
    expect(report.datasets).toBe(2);
    expect(report.problems).toEqual([]);
    expect(report.warnings.map((w) => `${w.label}: ${w.message}`)).toEqual([
      `version 3 of churn-model: its run ${IDS.missing} is not in this store; imported without a training run, parameters or metrics`,
    ]);
    for (const p of proposals) expect(validateAspect(p.entityUrn, p.aspectName, p.aspect.json)).toMatchObject({ ok: true });
    expect(items.flatMap((i) => i.proposals)).toEqual(proposals);
    // Same files, same proposals: what makes a second import change nothing.
    expect(readMlflowStore(dir).proposals).toEqual(proposals);
  });

  it("keeps each metric's last value by step, then time, written as Python writes floats", () => {
    const { proposals } = readMlflowStore(dir);
    const tuned = proposals.find((p) => p.entityUrn === RUN.tuned && p.aspectName === "mlTrainingRunProperties")!.aspect.json;
    expect(tuned.trainingMetrics).toEqual([
      { name: "lr", value: "5e-05" },
      { name: "train/loss", value: "0.21" }, // step 3 was logged twice; the later point wins
      { name: "val/auc", value: "0.91" },
    ]);
    expect(tuned.hyperParams).toEqual([
      { name: "learning_rate", value: "0.05" },
      { name: "max_depth", value: "6" },
      { name: "n_estimators", value: "400" },
    ]);
    const history = proposals.find((p) => p.entityUrn === RUN.tuned && p.aspectName === "orreryMetricHistory")!.aspect.json as any;
    expect(history.metrics.find((m: any) => m.name === "train/loss").points.map((p: any) => [p.step, p.value])).toEqual([
      [0, 0.52],
      [1, 0.37],
      [2, 0.29],
      [3, 0.22],
      [3, 0.21],
    ]);
    for (const [x, s] of [
      [0.1 + 0.2, "0.30000000000000004"],
      [1, "1.0"],
      [1e-5, "1e-05"],
      [1.5e-7, "1.5e-07"],
      [0.0001, "0.0001"],
      [1e16, "1e+16"],
      [123456789012345.6, "123456789012345.6"],
      [-2.5, "-2.5"],
      [NaN, "nan"],
      [-Infinity, "-inf"],
      [1e22, "1e+22"],
    ] as const)
      expect(pythonFloatRepr(x)).toBe(s);
  });

  it("down-samples a long history evenly, keeping the first and last points, and says so", () => {
    const root = path.join(tempDir("orrery-mlflow-long-"), "mlruns");
    try {
      writeExperiment(root, { id: "1", name: "long" });
      const n = 25_000;
      writeRun(root, {
        id: runId("long"),
        experimentId: "1",
        name: "long",
        status: 3,
        start: 1,
        end: 2,
        metrics: {
          loss: Array.from({ length: n }, (_, s) => [1000 + s, String(s / 1000), s] as [number, string, number]),
          "grad/nan": [
            [1, "nan", 0],
            [2, "0.5", 1],
            [3, "inf", 2],
          ],
        },
      });
      const { proposals, report } = readMlflowStore(root);
      const h = proposals.find((p) => p.aspectName === "orreryMetricHistory")!.aspect.json as any;
      const loss = h.metrics.find((m: any) => m.name === "loss");
      expect(loss.points).toHaveLength(MAX_METRIC_POINTS);
      expect(loss.totalPoints).toBe(n);
      expect(loss.points[0].step).toBe(0);
      expect(loss.points.at(-1).step).toBe(n - 1);
      const gaps = new Set(loss.points.slice(1).map((p: any, i: number) => p.step - loss.points[i].step));
      expect([...gaps].every((g) => g === 2 || g === 3)).toBe(true); // 24,999 / 9,999 ≈ 2.5: even spacing
      expect(h.metrics.find((m: any) => m.name === "grad/nan")).toEqual({
        name: "grad/nan",
        points: [{ step: 1, timestampMillis: 2, value: 0.5 }],
        totalPoints: 1,
      });
      expect(report.warnings.map((w) => w.message)).toEqual([
        "metric 'grad/nan': 2 NaN or infinite point(s) left out of the history (JSON has no such numbers)",
        "metric 'loss': 25000 points down-sampled evenly to 10000 (first and last kept)",
      ]);
      const last = proposals.find((p) => p.aspectName === "mlTrainingRunProperties")!.aspect.json as any;
      expect(last.trainingMetrics).toEqual([
        { name: "grad/nan", value: "inf" },
        { name: "loss", value: "24.999" },
      ]);
      expect(evenIndices(5, 3)).toEqual([0, 2, 4]);
      expect(evenIndices(3, 10)).toEqual([0, 1, 2]);
    } finally {
      fs.rmSync(path.dirname(root), { recursive: true, force: true });
    }
  });

  it("reads meta.yaml the way PyYAML does: an experiment named 1e5 or y stays a string", () => {
    const root = path.join(tempDir("orrery-mlflow-yaml-"), "mlruns");
    try {
      writeExperiment(root, { id: "1", name: "1e5" });
      writeExperiment(root, { id: "2", name: "y" });
      const names = readMlflowStore(root)
        .proposals.filter((p) => p.aspectName === "containerProperties")
        .map((p) => p.aspect.json.name);
      expect(names).toEqual(["1e5", "y"]);
    } finally {
      fs.rmSync(path.dirname(root), { recursive: true, force: true });
    }
  });

  it("batches whole items only", () => {
    const { items } = readMlflowStore(dir);
    const batches = batchItems(items, 12);
    expect(batches.flat()).toEqual(items.flatMap((i) => i.proposals));
    const starts = new Set<number>();
    let k = 0;
    for (const b of batches) {
      starts.add(k);
      k += b.length;
    }
    // Every batch boundary is an item boundary.
    let offset = 0;
    const itemStarts = new Set(items.map((i) => ((offset += i.proposals.length), offset - i.proposals.length)));
    for (const s of starts) expect(itemStarts.has(s)).toBe(true);
  });

  it("refuses a directory that is not an MLflow store, clearly", () => {
    const empty = tempDir("orrery-not-mlflow-");
    try {
      expect(() => readMlflowStore(empty)).toThrow(NotAnMlflowStoreError);
      expect(() => readMlflowStore(empty)).toThrow(/is not an MLflow file store: it has no experiment folders/);
      fs.mkdirSync(path.join(empty, "mlruns", "0"), { recursive: true });
      fs.writeFileSync(path.join(empty, "mlruns", "0", "meta.yaml"), "name: Default\nexperiment_id: '0'\n");
      expect(() => readMlflowStore(empty)).toThrow(`try ${path.join(empty, "mlruns")}`);
      expect(() => readMlflowStore(path.join(empty, "nope"))).toThrow(/no such directory/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe("orrery import-mlflow", () => {
  let server: TestServer;
  let work: string;
  let dir: string;
  let db: string;
  let first: ReturnType<typeof capture>;
  let firstCode: number;
  beforeAll(async () => {
    server = await startTestServer();
    work = tempDir("orrery-mlflow-cli-");
    dir = path.join(work, "mlruns");
    writeRealisticStore(dir);
    db = path.join(server.dir, "catalog.db"); // the running server's catalog, written beside it as `orrery import-mlflow --db` does
    first = capture();
    firstCode = (await importMlflow(dir, { db, ...first.opts })).exitCode;
  });
  afterAll(async () => {
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });
  const q = async (query: string, variables?: Record<string, unknown>) => {
    const { body } = await server.graphql(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  it("imports the store and prints a summary", () => {
    expect(firstCode).toBe(0);
    expect(first.out).toContain(`read ${dir}: 3 experiments (1 deleted), 7 runs (2 deleted), 1 registered model, 3 model versions, 2 datasets`);
    expect(first.out).toMatch(/^(\d+) proposals: \1 accepted \(\1 changed, 0 unchanged\), 0 rejected$/m);
    expect(first.out).toContain(`version 3 of churn-model: its run ${IDS.missing} is not in this store`);
  });

  it("experiments become ML Experiment containers with their runs", async () => {
    const d = await q(
      `query($u: String!) { container(urn: $u) { urn subTypes { typeNames } platform { urn }
         properties { name description customProperties { key value } }
         entities(input: { start: 0, count: 20 }) { total searchResults { entity { urn } } } } }`,
      { u: EXP },
    );
    expect(d.container.subTypes.typeNames).toEqual(["ML Experiment"]);
    expect(d.container.platform.urn).toBe("urn:li:dataPlatform:mlflow");
    expect(d.container.properties.name).toBe("churn-prediction");
    expect(d.container.properties.description).toBe("Predict which customers cancel in the next 30 days.");
    expect(Object.fromEntries(d.container.properties.customProperties.map((e: any) => [e.key, e.value]))).toMatchObject({
      id: "churn-prediction",
      team: "growth",
      experiment_id: IDS.churnExperiment,
      artifacts_location: `file://${path.resolve(dir)}/${IDS.churnExperiment}`,
    });
    // The deleted run is soft-deleted, so the experiment lists four.
    expect(d.container.entities.searchResults.map((r: any) => r.entity.urn).sort()).toEqual([RUN.baseline, RUN.failed, RUN.running, RUN.tuned].sort());
    expect(await q(`{ container(urn: "${experimentUrn("old-sweeps")}") { urn } }`)).toEqual({ container: null });
    expect(server.store.getAspect(experimentUrn("old-sweeps"), "status")?.value).toEqual({ removed: true });
  });

  const RUN_QUERY = `query($u: String!) { dataProcessInstance(urn: $u) { urn name subTypes { typeNames } container { urn }
      properties { name created { time actor } customProperties { key value } }
      mlTrainingRunProperties { id outputUrls hyperParams { name value } trainingMetrics { name value } }
      state(limit: 10) { status result { resultType nativeResultType } timestampMillis durationMillis }
      orreryMetricHistory { name totalPoints points { step timestampMillis value } }
      upstream: lineage(input: { direction: UPSTREAM }) { relationships { type entity { urn } } }
      downstream: lineage(input: { direction: DOWNSTREAM }) { relationships { type entity { urn } } } } }`;

  it("runs carry params, last metric values, result, metric history and dataset lineage", async () => {
    const { dataProcessInstance: r } = await q(RUN_QUERY, { u: RUN.baseline });
    expect(r.name).toBe("baseline-logreg");
    expect(r.subTypes.typeNames).toEqual(["ML Training Run"]);
    expect(r.container.urn).toBe(EXP);
    expect(r.properties.created).toEqual({ time: 1_717_200_000_000, actor: userUrn("alice") });
    expect(r.properties.customProperties).toContainEqual({ key: "mlflow.note.content", value: "First baseline: plain logistic regression." });
    expect(r.mlTrainingRunProperties.id).toBe(IDS.baseline);
    expect(r.mlTrainingRunProperties.outputUrls).toEqual([`file://${path.resolve(dir)}/${IDS.churnExperiment}/${IDS.baseline}/artifacts`]);
    expect(r.mlTrainingRunProperties.hyperParams).toEqual([
      { name: "C", value: "1.0" },
      { name: "model/max_iter", value: "200" },
      { name: "penalty", value: "l2" },
    ]);
    expect(r.mlTrainingRunProperties.trainingMetrics).toEqual([
      { name: "accuracy", value: "0.81" },
      { name: "train/loss", value: "0.41" },
      { name: "val/auc", value: "0.78" },
    ]);
    expect(r.state).toEqual([
      { status: "COMPLETE", result: { resultType: "SUCCESS", nativeResultType: "FINISHED" }, timestampMillis: 1_717_200_600_000, durationMillis: 600_000 },
      { status: "STARTED", result: null, timestampMillis: 1_717_200_000_000, durationMillis: null },
    ]);
    expect(r.orreryMetricHistory.map((m: any) => [m.name, m.totalPoints, m.points.length])).toEqual([
      ["accuracy", 1, 1],
      ["train/loss", 5, 5],
      ["val/auc", 5, 5],
    ]);
    expect(r.orreryMetricHistory[1].points[0]).toEqual({ step: 0, timestampMillis: 1_717_200_000_000, value: 0.69 });
    expect(r.orreryMetricHistory[1].points.map((p: any) => p.value)).toEqual([0.69, 0.62, 0.55, 0.48, 0.41]);
    expect(r.upstream.relationships).toEqual([{ type: "DataProcessInstanceConsumes", entity: { urn: datasetUrn("churn-train") } }]);
    expect(r.downstream.relationships).toContainEqual({ type: "DataProcessInstanceProduces", entity: { urn: V(1) } });
    const ds = await q(`{ dataset(urn: "${datasetUrn("churn-train")}") { name schemaMetadata { fields { fieldPath nativeDataType type } } } }`);
    expect(ds.dataset.schemaMetadata.fields).toEqual([
      { fieldPath: "tenure", nativeDataType: "long", type: "NUMBER" },
      { fieldPath: "monthly_charges", nativeDataType: "double", type: "NUMBER" },
      { fieldPath: "contract", nativeDataType: "string", type: "STRING" },
      { fieldPath: "churned", nativeDataType: "boolean", type: "BOOLEAN" },
    ]);
  });

  it("failed and running runs show their state; a deleted run is soft-deleted", async () => {
    const failed = (await q(RUN_QUERY, { u: RUN.failed })).dataProcessInstance;
    expect(failed.state[0]).toEqual({
      status: "COMPLETE",
      result: { resultType: "FAILURE", nativeResultType: "FAILED" },
      timestampMillis: 1_717_207_260_000,
      durationMillis: 60_000,
    });
    const running = (await q(RUN_QUERY, { u: RUN.running })).dataProcessInstance;
    expect(running.state).toEqual([{ status: "STARTED", result: null, timestampMillis: 1_717_209_000_000, durationMillis: null }]);
    expect(running.orreryMetricHistory[0].points).toHaveLength(3);
    expect((await q(RUN_QUERY, { u: RUN.killed })).dataProcessInstance).toBeNull();
    expect(server.store.getAspect(RUN.killed, "status")?.value).toEqual({ removed: true });
    expect(server.store.getAspect(RUN.trashed, "status")?.value).toEqual({ removed: true });
  });

  it("filters metric history by name and advertises the extension", async () => {
    const d = await q(
      `query($u: String!) { dataProcessInstance(urn: $u) { orreryMetricHistory(names: ["val/auc", "nope"]) { name points { step value } } } orreryInfo { extensions } }`,
      { u: RUN.tuned },
    );
    expect(d.dataProcessInstance.orreryMetricHistory).toEqual([
      {
        name: "val/auc",
        points: [
          { step: 0, value: 0.8 },
          { step: 3, value: 0.91 },
        ],
      },
    ]);
    expect(d.orreryInfo.extensions).toContain("orreryMetricHistory");
  });

  it("loads the metric history of many runs in one statement with their other aspects", async () => {
    const query = `{ a: dataProcessInstance(urn: "${RUN.baseline}") { name orreryMetricHistory { name } }
      b: dataProcessInstance(urn: "${RUN.tuned}") { name orreryMetricHistory { name } }
      c: dataProcessInstance(urn: "${RUN.failed}") { name orreryMetricHistory { name } } }`;
    server.store.counter.reset();
    await q(query);
    const three = server.store.counter.count;
    server.store.counter.reset();
    await q(`{ a: dataProcessInstance(urn: "${RUN.baseline}") { name orreryMetricHistory { name } } }`);
    expect(three).toBe(server.store.counter.count);
  });

  it("registered models become groups, versions models with stage tags, aliases and their run", async () => {
    const g = await q(`{ mlModelGroup(urn: "${GROUP}") { name properties { description created { time } customProperties { key value } } } }`);
    expect(g.mlModelGroup.name).toBe("churn-model");
    // PyYAML folded the long description over two lines; it reads back as one.
    expect(g.mlModelGroup.properties.description).toBe(
      "Customer churn classifier served by the retention service; retrained every week from the warehouse snapshot.",
    );
    expect(g.mlModelGroup.properties.customProperties).toEqual([
      { key: "owner", value: "growth" },
      { key: "task", value: "classification" },
    ]);
    const MODEL = `query($u: String!) { mlModel(urn: $u) { name
        versionProperties { version { versionTag } aliases { versionTag } isLatest }
        properties { groups { urn } mlModelLineageInfo { trainingJobs } hyperParams { name value } trainingMetrics { name value } customProperties { key value } }
        tags { tags { tag { urn } } } } }`;
    const v1 = (await q(MODEL, { u: V(1) })).mlModel;
    const v2 = (await q(MODEL, { u: V(2) })).mlModel;
    const v3 = (await q(MODEL, { u: V(3) })).mlModel;
    expect(v1.name).toBe("churn-model_1");
    expect(v1.properties.groups).toEqual([{ urn: GROUP }]);
    expect(v1.properties.mlModelLineageInfo.trainingJobs).toEqual([RUN.baseline]);
    expect(v1.properties.hyperParams).toContainEqual({ name: "C", value: "1.0" });
    expect(v1.tags.tags).toEqual([{ tag: { urn: "urn:li:tag:mlflow_archived" } }]);
    expect(v2.versionProperties).toEqual({ version: { versionTag: "2" }, aliases: [{ versionTag: "champion" }], isLatest: false });
    expect(v2.properties.mlModelLineageInfo.trainingJobs).toEqual([RUN.tuned]);
    expect(v2.properties.trainingMetrics).toContainEqual({ name: "val/auc", value: "0.91" });
    expect(v2.properties.customProperties).toContainEqual({ key: "validated", value: "true" });
    expect(v2.tags.tags).toEqual([{ tag: { urn: "urn:li:tag:mlflow_production" } }]);
    expect(v3.versionProperties).toEqual({ version: { versionTag: "3" }, aliases: [{ versionTag: "challenger" }], isLatest: true });
    expect(v3.properties.mlModelLineageInfo.trainingJobs).toEqual([]); // its run is not in the store
    expect(v3.properties.hyperParams).toBeNull();
    expect(v3.properties.customProperties).toContainEqual({ key: "mlflow.run_id", value: IDS.missing });
    expect(v3.tags.tags).toEqual([{ tag: { urn: "urn:li:tag:mlflow_staging" } }]);
    const tag = await q(`{ tag(urn: "urn:li:tag:mlflow_production") { properties { name colorHex } } }`);
    expect(tag.tag.properties).toEqual({ name: "mlflow_production", colorHex: "#308613" });
  });

  it("links dataset → run → model version → group as lineage", async () => {
    const d = await q(
      `query($u: String!) { searchAcrossLineage(input: { urn: $u, direction: DOWNSTREAM, query: "*", count: 50 }) { total searchResults { degree entity { urn } } } }`,
      { u: datasetUrn("churn-train") },
    );
    const got = Object.fromEntries(d.searchAcrossLineage.searchResults.map((r: any) => [r.entity.urn, r.degree]));
    expect(got).toMatchObject({ [RUN.baseline]: 1, [RUN.tuned]: 1, [V(1)]: 2, [V(2)]: 2, [GROUP]: 3 });
  });

  it("a second import of the same store changes nothing", async () => {
    const before = counts(server.store);
    const again = capture();
    expect((await importMlflow(dir, { db, ...again.opts })).exitCode).toBe(0);
    expect(again.out).toMatch(/^(\d+) proposals: \1 accepted \(0 changed, \1 unchanged\), 0 rejected$/m);
    expect(counts(server.store)).toEqual(before);
    const running = (await q(RUN_QUERY, { u: RUN.running })).dataProcessInstance;
    expect(running.state).toHaveLength(1); // no duplicate run event
  });

  it("a later import picks up new runs, new metric points and a run that finished", async () => {
    const before = counts(server.store);
    const newRun = runId("later");
    writeRun(dir, {
      id: newRun,
      experimentId: IDS.churnExperiment,
      name: "xgb-retrain",
      status: 3,
      start: 1_717_300_000_000,
      end: 1_717_300_100_000,
      params: { max_depth: "7" },
      metrics: { "val/auc": [[1_717_300_050_000, "0.93", 0]] },
    });
    const runningDir = path.join(dir, IDS.churnExperiment, IDS.running);
    appendMetric(runningDir, "train/loss", [
      [1_717_209_180_000, "0.47", 3],
      [1_717_209_240_000, "0.45", 4],
    ]);
    const meta = path.join(runningDir, "meta.yaml");
    fs.writeFileSync(meta, fs.readFileSync(meta, "utf8").replace("end_time: null", "end_time: 1717209300000").replace("status: 1", "status: 3"));
    const later = capture();
    expect((await importMlflow(dir, { db, ...later.opts })).exitCode).toBe(0);
    expect(later.out).toContain("8 runs (2 deleted)");
    const added = (await q(RUN_QUERY, { u: runUrn(newRun) })).dataProcessInstance;
    expect(added.name).toBe("xgb-retrain");
    expect(added.container.urn).toBe(EXP);
    expect(added.mlTrainingRunProperties.trainingMetrics).toEqual([{ name: "val/auc", value: "0.93" }]);
    const finished = (await q(RUN_QUERY, { u: RUN.running })).dataProcessInstance;
    expect(finished.state.map((s: any) => s.status)).toEqual(["COMPLETE", "STARTED"]);
    expect(finished.state[0].result).toEqual({ resultType: "SUCCESS", nativeResultType: "FINISHED" });
    expect(finished.orreryMetricHistory[0].points.map((p: any) => p.step)).toEqual([0, 1, 2, 3, 4]);
    expect(finished.mlTrainingRunProperties.trainingMetrics).toEqual([{ name: "train/loss", value: "0.45" }]);
    const after = counts(server.store);
    expect(after.events).toBe(before.events + 3); // the new run's two events and the finished run's COMPLETE
    expect(after.versions).toBe(before.versions + 2); // the finished run's history and training properties
  });

  it("reports corrupt files per item, imports the rest and half-writes nothing", async () => {
    const root = path.join(tempDir("orrery-mlflow-corrupt-"), "mlruns");
    const cdb = path.join(path.dirname(root), "c.db");
    try {
      writeRealisticStore(root);
      const ok = capture();
      expect((await importMlflow(root, { db: cdb, ...ok.opts })).exitCode).toBe(0);
      const store = Store.open(cdb);
      const historyBefore = store.getAspect(RUN.baseline, "orreryMetricHistory")?.value;
      const v1Before = store.getAspect(V(1), "mlModelProperties")?.value;
      store.close();
      // A metric line that cannot be read (in a run imported before), a new run whose meta.yaml is not
      // YAML, and a model version whose meta.yaml lacks a field.
      appendMetric(path.join(root, IDS.churnExperiment, IDS.baseline), "train/loss", [[1_717_200_300_000, "0.4", 5]]);
      fs.appendFileSync(path.join(root, IDS.churnExperiment, IDS.baseline, "metrics", "train", "loss"), "1717200360000 not-a-number 6\n");
      const broken = writeRun(root, {
        id: runId("broken"),
        experimentId: IDS.churnExperiment,
        name: "broken",
        status: 3,
        start: 5,
        end: 6,
        params: { a: "1" },
      });
      fs.writeFileSync(path.join(broken, "meta.yaml"), "run_id: [unterminated\nstatus: 3\n");
      const vmeta = path.join(root, "models", "churn-model", "version-2", "meta.yaml");
      fs.writeFileSync(vmeta, fs.readFileSync(vmeta, "utf8").replace(/^name: .*\n/m, ""));
      const bad = capture();
      const r = await importMlflow(root, { db: cdb, ...bad.opts });
      expect(r.exitCode).toBe(1);
      expect(bad.out).toContain("4 items left out:");
      const metricFile = path.join(root, IDS.churnExperiment, IDS.baseline, "metrics", "train", "loss");
      expect(bad.out).toContain(
        `run ${IDS.baseline}: ${metricFile}:7 metric 'train/loss': value 'not-a-number' is not a number in "1717200360000 not-a-number 6"`,
      );
      expect(bad.out).toContain(`run ${runId("broken")}: ${path.join(broken, "meta.yaml")} is not valid YAML:`);
      expect(bad.out).toContain(`version 2 of churn-model: ${vmeta} is not a valid MLflow meta.yaml: name:`);
      expect(bad.out).not.toContain("alias champion"); // its version is reported already
      // Version 1's run could not be read, so version 1 is left out too rather than written without it.
      expect(r.read!.report.problems.map((p) => p.label)).toEqual([
        `version 2 of churn-model`,
        `run ${IDS.baseline}`,
        `run ${runId("broken")}`,
        `version 1 of churn-model`,
      ]);
      const after = Store.open(cdb);
      try {
        expect(after.getAspect(RUN.baseline, "orreryMetricHistory")?.value).toEqual(historyBefore); // not the 6-point history
        expect(after.getAspect(V(1), "mlModelProperties")?.value).toEqual(v1Before);
        expect(after.entityRows([runUrn(runId("broken"))]).size).toBe(0);
        expect(after.getAspect(RUN.tuned, "mlTrainingRunProperties")).not.toBeNull(); // the rest is there
      } finally {
        after.close();
      }
    } finally {
      fs.rmSync(path.dirname(root), { recursive: true, force: true });
    }
  });

  it("sends to a running server with --server, and leaves history out with --no-history", async () => {
    const other = await startTestServer();
    try {
      const c = capture();
      const r = await importMlflow(dir, { server: other.url, token: other.token("ingest"), ...c.opts });
      expect(r.exitCode).toBe(0);
      expect(c.out).toMatch(/proposals: \d+ accepted \(\d+ changed, 0 unchanged\), 0 rejected/);
      expect(other.store.getAspect(RUN.tuned, "orreryMetricHistory")).not.toBeNull();
      const denied = capture();
      expect((await importMlflow(dir, { server: other.url, token: other.token("reader"), ...denied.opts })).exitCode).toBe(1);
      expect(denied.out + denied.err).toMatch(/403|Forbidden|ingest/);
    } finally {
      await other.stop();
    }
    const plainDb = path.join(work, "plain.db");
    const c = capture();
    expect((await importMlflow(dir, { db: plainDb, history: false, ...c.opts })).exitCode).toBe(0);
    const s = Store.open(plainDb);
    try {
      expect(s.getAspect(RUN.tuned, "orreryMetricHistory")).toBeNull();
      expect(s.getAspect(RUN.tuned, "mlTrainingRunProperties")).not.toBeNull();
    } finally {
      s.close();
    }
  });

  it("the command line: help, a summary, and a clear error for a directory that is not a store", () => {
    const help = spawnSync("node", ["bin/orrery.js", "import-mlflow", "--help"], { encoding: "utf8" });
    for (const o of ["--db", "--server", "--token", "--no-history", "--platform-instance <name>", "--merge", "--quiet"]) expect(help.stdout).toContain(o);
    const cdb = path.join(work, "cli.db");
    const ok = spawnSync("node", ["bin/orrery.js", "import-mlflow", dir, "--db", cdb, "--quiet"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("registered model");
    const notStore = path.join(work, "empty");
    fs.mkdirSync(notStore);
    const bad = spawnSync("node", ["bin/orrery.js", "import-mlflow", notStore, "--db", path.join(work, "never.db")], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`error: ${notStore} is not an MLflow file store`);
    expect(fs.existsSync(path.join(work, "never.db"))).toBe(false);
  });
});

describe("metric series kept in step with the history aspect", () => {
  it("replaces a run's series on re-write and passes the consistency check", async () => {
    const { Store } = await import("../server/store/store");
    const { ingestProposals } = await import("../server/ingest/proposals");
    const store = Store.open(":memory:");
    const run = "urn:li:dataProcessInstance:series_check";
    const write = (metrics: unknown[]) =>
      ingestProposals(
        store,
        [{ entityUrn: run, entityType: "dataProcessInstance", changeType: "UPSERT", aspectName: "orreryMetricHistory", aspect: { json: { metrics } } }],
        "urn:li:corpuser:test",
      );
    expect(
      write([
        { name: "loss", points: [{ step: 0, timestampMillis: 1, value: 1e-5 }] },
        { name: "acc", points: [] },
      ]).accepted,
    ).toBe(1);
    expect(
      write([
        {
          name: "loss",
          points: [
            { step: 0, timestampMillis: 1, value: 0.5 },
            { step: 1, timestampMillis: 2, value: 0.25 },
          ],
        },
      ]).accepted,
    ).toBe(1);
    const got = store.metricHistories([run, "urn:li:dataProcessInstance:none"], ["loss", "acc"]);
    expect(got.get(run)).toEqual([
      {
        name: "loss",
        points: [
          { step: 0, timestampMillis: 1, value: 0.5 },
          { step: 1, timestampMillis: 2, value: 0.25 },
        ],
      },
    ]);
    expect(got.has("urn:li:dataProcessInstance:none")).toBe(false);
    const report = store.consistencyCheck();
    expect(report.problems).toEqual([]);
    store.run(`DELETE FROM metric_series WHERE urn = ?`, run);
    expect(store.consistencyCheck().problems).toEqual([`metric series: missing ${run} loss`]);
    store.close();
  });
});

/**
 * DataHub's MLflow source has no platform_instance option (its MLflowConfig: env, tracking_uri,
 * registry_uri, model_name_separator, base_external_url, materialize_dataset_inputs,
 * source_mapping_to_platform, username, password, stateful_ingestion), so no golden file of it with
 * one exists. These tests hold the rules DataHub's own builders apply to a platform instance, named
 * in each test; the guids were computed with Python's json.dumps(sort_keys=True) and md5. One choice
 * is ours: DataHub's SDK MLModel and MLModelGroup keep their urns under an instance, which would leave
 * two stores' models of one name merged, so they take the name rule of datasets.
 */
describe("--platform-instance: urns and aspects by DataHub's platform-instance rules", () => {
  let dir: string;
  beforeAll(() => {
    dir = path.join(tempDir("orrery-mlflow-instance-"), "mlruns");
    writeRealisticStore(dir);
  });
  afterAll(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

  it("ContainerKey.guid_dict: the instance is a field of an experiment's key, so its container guid is of {platform, instance, id}", () => {
    expect(experimentUrn("Default", "prod")).toBe("urn:li:container:9de1e8709f912bbae956f155145494b8");
    expect(experimentUrn("test-experiment", "prod")).toBe("urn:li:container:4fd19b31d716a2a3bd9097226214f129");
    // exclude_none: without an instance the key, and so the urn of DataHub's golden file, is unchanged
    expect(experimentUrn("Default", undefined)).toBe("urn:li:container:03d28ec52349332a202a252cb2388d83");
  });

  it("DatasetUrn.create_from_ids: a name-keyed urn gets '<instance>.' before its name (model groups, model versions, datasets)", () => {
    expect(modelGroupUrn("test-model", "prod")).toBe("urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,prod.test-model,PROD)");
    expect(modelVersionUrn("test-model", 1, "prod")).toBe("urn:li:mlModel:(urn:li:dataPlatform:mlflow,prod.test-model_1,PROD)");
    expect(datasetUrn("churn-train", "prod")).toBe("urn:li:dataset:(urn:li:dataPlatform:mlflow,prod.churn-train,PROD)");
  });

  it("version sets: the instance joins the guid key as in ContainerKey ({platform, instance, name}), so each store's versions have their own latest", () => {
    expect(versionSetUrn("test-model", "prod")).toBe("urn:li:versionSet:(e260343688008d5f717c6f31bc0d0791,mlModel)");
    expect(versionSetUrn("test-model")).toBe("urn:li:versionSet:(658730e7177b283e4f94410fe4b41519,mlModel)");
  });

  it("DataProcessInstanceKey has no instance field: run urns stay as they are (so do users and the stage tags)", () => {
    const plain = new Set(readMlflowStore(dir).proposals.map((p) => p.entityUrn));
    const inst = new Set(readMlflowStore(dir, { platformInstance: "prod" }).proposals.map((p) => p.entityUrn));
    const kept = [...inst].filter((u) => plain.has(u)).map((u) => u.split(":")[2]);
    expect(new Set(kept)).toEqual(new Set(["dataProcessInstance", "platformResource", "tag"]));
    expect(inst.has(runUrn(IDS.tuned))).toBe(true);
  });

  it("make_dataplatform_instance_urn in every dataPlatformInstance aspect (HasPlatformInstance, gen_containers), the instance in an experiment's custom properties (ContainerKey.property_dict) and as its browse path (auto_browse_path_v2); nothing else differs", () => {
    const { proposals, report } = readMlflowStore(dir, { platformInstance: "prod" });
    expect(report.problems).toEqual([]);
    for (const p of proposals) expect(validateAspect(p.entityUrn, p.aspectName, p.aspect.json)).toMatchObject({ ok: true });
    const instanceUrn = "urn:li:dataPlatformInstance:(urn:li:dataPlatform:mlflow,prod)";
    expect(platformInstanceUrn("prod")).toBe(instanceUrn);
    const dpi = proposals.filter((p) => p.aspectName === "dataPlatformInstance");
    expect(dpi.length).toBe(3 + 7 + 1 + 3 + 2); // experiments, runs, model, versions, datasets
    for (const p of dpi) expect(p.aspect.json).toEqual({ platform: "urn:li:dataPlatform:mlflow", instance: instanceUrn });
    const def = experimentUrn("Default", "prod");
    expect(proposals.find((p) => p.entityUrn === def && p.aspectName === "browsePathsV2")!.aspect.json).toEqual({
      path: [{ id: instanceUrn, urn: instanceUrn }],
    });
    expect((proposals.find((p) => p.entityUrn === def && p.aspectName === "containerProperties")!.aspect.json as any).customProperties).toMatchObject({
      platform: "urn:li:dataPlatform:mlflow",
      instance: "prod",
      id: "Default",
      experiment_id: "0",
    });
    // Undo exactly those differences and the urns above: what is left is the read without an instance.
    let text = JSON.stringify(proposals)
      .replaceAll(`,"instance":"${instanceUrn}"`, "")
      .replaceAll(`"instance":"prod",`, "")
      .replaceAll(`{"id":"${instanceUrn}","urn":"${instanceUrn}"}`, "")
      .replaceAll("urn:li:dataPlatform:mlflow,prod.", "urn:li:dataPlatform:mlflow,")
      .replaceAll(versionSetUrn("churn-model", "prod"), versionSetUrn("churn-model"));
    for (const name of ["Default", "churn-prediction", "old-sweeps"]) text = text.replaceAll(experimentUrn(name, "prod"), experimentUrn(name));
    expect(JSON.parse(text)).toEqual(readMlflowStore(dir).proposals);
  });

  it("refuses an instance name that cannot be part of an urn", async () => {
    for (const bad of ["", "a,b", "team (a)", "my store", "urn:li:dataPlatformInstance:x"]) {
      const c = capture();
      const r = await importMlflow(dir, { db: path.join(path.dirname(dir), "never.db"), platformInstance: bad, ...c.opts });
      expect(r.exitCode).toBe(2);
      expect(c.err).toMatch(/^error: --platform-instance '.*' (must|is a name)/);
    }
    expect(fs.existsSync(path.join(path.dirname(dir), "never.db"))).toBe(false);
    expect(() => readMlflowStore(dir, { platformInstance: "a,b" })).toThrow(/platform instance 'a,b' must not contain/);
  });
});

/** Another MLflow store that shares the realistic store's names: its own Default and churn-prediction experiments and a churn-model with two versions (the realistic one has three). */
const OTHER_EXPERIMENT = "884213093337461952";
function writeOtherStore(root: string): void {
  const T = 1_720_000_000_000;
  writeExperiment(root, { id: "0", name: "Default", creationTime: T - 86_400_000 });
  writeRun(root, {
    id: runId("other-default"),
    experimentId: "0",
    name: "other-smoke",
    status: 3,
    start: T - 3_600_000,
    end: T - 3_500_000,
    params: { seed: "7" },
  });
  writeExperiment(root, { id: OTHER_EXPERIMENT, name: "churn-prediction", creationTime: T - 5 * 86_400_000 });
  writeRun(root, {
    id: runId("other-a"),
    experimentId: OTHER_EXPERIMENT,
    name: "rf-a",
    status: 3,
    start: T,
    end: T + 60_000,
    metrics: { "val/auc": [[T + 30_000, "0.7", 0]] },
  });
  writeRun(root, { id: runId("other-b"), experimentId: OTHER_EXPERIMENT, name: "rf-b", status: 3, start: T + 100_000, end: T + 160_000 });
  writeModel(root, {
    name: "churn-model",
    created: T + 200_000,
    versions: [
      { version: 1, runId: runId("other-a"), stage: "Staging", created: T + 200_000 },
      { version: 2, runId: runId("other-b"), stage: "Production", created: T + 300_000 },
    ],
  });
}

describe("two MLflow stores in one catalog", () => {
  let server: TestServer;
  let work: string;
  let dirA: string;
  let dirB: string;
  beforeAll(async () => {
    server = await startTestServer();
    work = tempDir("orrery-mlflow-two-");
    dirA = path.join(work, "a", "mlruns");
    dirB = path.join(work, "b", "mlruns");
    writeRealisticStore(dirA);
    writeOtherStore(dirB);
  });
  afterAll(async () => {
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });
  const open = (db: string) => Store.open(db);
  const countsOf = (db: string) => {
    const s = open(db);
    try {
      return counts(s);
    } finally {
      s.close();
    }
  };

  it("imported with two platform instances, they stay apart: each group reports its own latest version, each store's entities are all there", async () => {
    const db = path.join(server.dir, "catalog.db");
    const a = capture();
    const b = capture();
    expect((await importMlflow(dirA, { db, platformInstance: "laptop", ...a.opts })).exitCode).toBe(0);
    expect((await importMlflow(dirB, { db, platformInstance: "ci", ...b.opts })).exitCode).toBe(0);
    expect(a.err + b.err).toBe("");
    const group = `{ name properties { version { versionTag } } dataPlatformInstance { urn instanceId }
      members: relationships(input: { types: ["MemberOf"], direction: INCOMING, start: 0, count: 10 }) { total relationships { entity { urn } } } }`;
    const { body } = await server.graphql(
      `query($a: String!, $b: String!, $va: String!, $vb: String!, $ea: String!, $eb: String!, $da: String!, $db: String!) {
      a: mlModelGroup(urn: $a) ${group}  b: mlModelGroup(urn: $b) ${group}
      va: mlModel(urn: $va) { versionProperties { isLatest } }  vb: mlModel(urn: $vb) { versionProperties { isLatest } }
      ea: container(urn: $ea) { entities(input: { start: 0, count: 20 }) { total } }  eb: container(urn: $eb) { entities(input: { start: 0, count: 20 }) { total } }
      da: container(urn: $da) { entities(input: { start: 0, count: 20 }) { total } }  db: container(urn: $db) { entities(input: { start: 0, count: 20 }) { total } } }`,
      {
        a: modelGroupUrn("churn-model", "laptop"),
        b: modelGroupUrn("churn-model", "ci"),
        va: modelVersionUrn("churn-model", 3, "laptop"),
        vb: modelVersionUrn("churn-model", 2, "ci"),
        ea: experimentUrn("churn-prediction", "laptop"),
        eb: experimentUrn("churn-prediction", "ci"),
        da: experimentUrn("Default", "laptop"),
        db: experimentUrn("Default", "ci"),
      },
    );
    expect(body.errors).toBeUndefined();
    const d = body.data;
    expect(d.a.name).toBe("laptop.churn-model");
    expect(d.a.properties.version).toEqual({ versionTag: "3" });
    expect(d.b.properties.version).toEqual({ versionTag: "2" });
    expect(d.a.dataPlatformInstance).toEqual({ urn: "urn:li:dataPlatformInstance:(urn:li:dataPlatform:mlflow,laptop)", instanceId: "laptop" });
    expect(d.b.dataPlatformInstance.instanceId).toBe("ci");
    expect(d.a.members.relationships.map((r: any) => r.entity.urn).sort()).toEqual([1, 2, 3].map((n) => modelVersionUrn("churn-model", n, "laptop")));
    expect(d.b.members.relationships.map((r: any) => r.entity.urn).sort()).toEqual([1, 2].map((n) => modelVersionUrn("churn-model", n, "ci")));
    expect([d.va.versionProperties.isLatest, d.vb.versionProperties.isLatest]).toEqual([true, true]);
    expect([d.ea.entities.total, d.eb.entities.total, d.da.entities.total, d.db.entities.total]).toEqual([4, 2, 1, 1]);
    // Every entity of each store, by its instance: experiments, runs, models, versions, datasets.
    const byInstance = (instance: string) =>
      Object.fromEntries(
        server.store
          .all<{ type: string; n: number }>(
            `SELECT e.type AS type, count(*) AS n FROM aspects a JOIN entities e ON e.urn = a.urn
              WHERE a.aspect = 'dataPlatformInstance' AND a.version = 0 AND json_extract(a.value, '$.instance') = ? GROUP BY e.type`,
            platformInstanceUrn(instance),
          )
          .map((r) => [r.type, r.n]),
      );
    expect(byInstance("laptop")).toEqual({ container: 3, dataProcessInstance: 7, mlModelGroup: 1, mlModel: 3, dataset: 2 });
    expect(byInstance("ci")).toEqual({ container: 2, dataProcessInstance: 3, mlModelGroup: 1, mlModel: 2 });
  });

  it("without platform instances the second store is refused: a warning names what would merge and the remedies, and nothing is written", async () => {
    const db = path.join(work, "refused.db");
    expect((await importMlflow(dirA, { db, ...capture().opts })).exitCode).toBe(0);
    const before = countsOf(db);
    const b = capture();
    const r = await importMlflow(dirB, { db, ...b.opts });
    expect(r.exitCode).toBe(3);
    expect(r.collisions!.map((c) => `${c.kind} ${c.name}`)).toEqual(["experiment Default", "experiment churn-prediction", "registered model churn-model"]);
    expect(b.err).toBe(
      [
        "warning: the catalog already holds experiments and registered models of these names from another MLflow store; importing this store would merge them:",
        "  experiment 'Default': its 1 run(s) in the catalog and this store's 1 have none in common",
        "  experiment 'churn-prediction': its 4 run(s) in the catalog and this store's 2 have none in common",
        "  registered model 'churn-model': created 2024-06-01T00:11:40.000Z in the catalog, 2024-07-03T09:50:00.000Z in this store",
        "nothing was imported. To keep the two stores apart, import this one with --platform-instance NAME (a name of your choice for this MLflow store, e.g. its host; its experiments, models and datasets then get urns of their own); to merge them anyway, add --merge.",
        "",
      ].join("\n"),
    );
    expect(b.out).not.toMatch(/proposals:/);
    expect(countsOf(db)).toEqual(before);

    // With --merge it merges, as before this check: the group then reports version 2 while the first
    // store's version 3 is still one of its versions.
    const m = capture();
    expect((await importMlflow(dirB, { db, merge: true, ...m.opts })).exitCode).toBe(0);
    expect(m.err).toContain("merging them, as --merge asks.");
    const s = open(db);
    try {
      expect((s.getAspect(GROUP, "mlModelGroupProperties")?.value as any)?.version).toEqual({ versionTag: "2" });
      expect(s.existing([V(1), V(2), V(3)]).size).toBe(3);
      expect(s.search({ query: "*", filters: { container: [experimentUrn("Default")] }, count: 10 }).total).toBe(2);
    } finally {
      s.close();
    }
  });

  it("re-importing the same store is silent and writes nothing, also from a copy in another folder, and after it grew", async () => {
    const db = path.join(work, "same.db");
    expect((await importMlflow(dirA, { db, ...capture().opts })).exitCode).toBe(0);
    const before = countsOf(db);
    const copy = path.join(work, "copied", "mlruns");
    fs.cpSync(dirA, copy, { recursive: true });
    for (const d of [dirA, copy]) {
      const again = capture();
      expect((await importMlflow(d, { db, ...again.opts })).exitCode).toBe(0);
      expect(again.err).toBe("");
      expect(again.out).toMatch(/^(\d+) proposals: \1 accepted \(0 changed, \1 unchanged\), 0 rejected$/m);
    }
    expect(countsOf(db)).toEqual(before);
    writeRun(copy, { id: runId("copy-later"), experimentId: "0", name: "later", status: 3, start: 1_717_400_000_000, end: 1_717_400_060_000 });
    const grown = capture();
    expect((await importMlflow(copy, { db, ...grown.opts })).exitCode).toBe(0);
    expect(grown.err).toBe("");
    expect(grown.out).toContain("8 runs (2 deleted)");
  });

  it("another store imported under the same platform instance is refused too, and the warning says so", async () => {
    const db = path.join(work, "same-instance.db");
    expect((await importMlflow(dirA, { db, platformInstance: "shared", ...capture().opts })).exitCode).toBe(0);
    const b = capture();
    const r = await importMlflow(dirB, { db, platformInstance: "shared", ...b.opts });
    expect(r.exitCode).toBe(3);
    expect(b.err).toContain("from another MLflow store imported with --platform-instance shared;");
    expect(b.err).toContain("To keep the two stores apart, give this one another --platform-instance; to merge them anyway, add --merge.");
  });

  it("with --server the catalog is read through its GraphQL API: the same refusal, and an instance keeps the stores apart", async () => {
    const other = await startTestServer();
    try {
      const token = other.token("ingest");
      expect((await importMlflow(dirA, { server: other.url, token, ...capture().opts })).exitCode).toBe(0);
      const before = counts(other.store);
      const again = capture();
      expect((await importMlflow(dirA, { server: other.url, token, ...again.opts })).exitCode).toBe(0);
      expect(again.err).toBe("");
      const b = capture();
      const r = await importMlflow(dirB, { server: other.url, token, ...b.opts });
      expect(r.exitCode).toBe(3);
      expect(r.collisions!.map((c) => `${c.kind} ${c.name}`)).toEqual(["experiment Default", "experiment churn-prediction", "registered model churn-model"]);
      expect(b.err).toContain("  experiment 'churn-prediction': its 4 run(s) in the catalog and this store's 2 have none in common");
      expect(counts(other.store)).toEqual(before);
      expect((await importMlflow(dirB, { server: other.url, token, platformInstance: "ci", ...capture().opts })).exitCode).toBe(0);
      expect((other.store.getAspect(GROUP, "mlModelGroupProperties")?.value as any)?.version).toEqual({ versionTag: "3" });
      expect((other.store.getAspect(modelGroupUrn("churn-model", "ci"), "mlModelGroupProperties")?.value as any)?.version).toEqual({ versionTag: "2" });
      // A server the check cannot read: refused, unless --merge.
      const down = capture();
      expect((await importMlflow(dirB, { server: "http://127.0.0.1:9", token, history: false, ...down.opts })).exitCode).toBe(2);
      expect(down.err).toMatch(
        /^error: could not read what http:\/\/127\.0\.0\.1:9 holds, to check it for another MLflow store's experiments and models: .*; nothing was imported \(--merge imports without this check\)$/m,
      );
    } finally {
      await other.stop();
    }
  });

  it("the catalog query is DataHub's GraphQL: valid against DataHub's own schema and Orrery's DataHub schema", () => {
    const doc = parse(CATALOG_QUERY);
    expect(validate(buildReferenceSchema(), doc).map((e) => e.message)).toEqual([]);
    expect(validate(buildSchema(datahubTypeDefs.join("\n")), doc).map((e) => e.message)).toEqual([]);
  });

  it("tells stores apart by MLflow's own identities: shared run ids, then experiment id and artifact location, and creation times", async () => {
    const E = "urn:li:container:e";
    const G = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,m,PROD)";
    const M = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,m_1,PROD)";
    const identity = (runs: string[], extra: Partial<{ experimentId: string; artifactLocation: string; created: number; versionCreated: number }> = {}) => ({
      experiments: [{ urn: E, name: "e", experimentId: extra.experimentId ?? "0", artifactLocation: extra.artifactLocation ?? "file:///s/0", runs }],
      models: [{ urn: G, name: "m", created: extra.created ?? 10, versions: [{ urn: M, version: 1, created: extra.versionCreated ?? 20 }] }],
    });
    const catalog = (entries: Record<string, CatalogEntity>) => async (urns: string[]) => new Map(urns.filter((u) => entries[u]).map((u) => [u, entries[u]]));
    const held = (children: number, props: Record<string, string> = { experiment_id: "0", artifacts_location: "file:///s/0" }) => ({
      [E]: { customProperties: props, children },
      [G]: { created: 10 },
      [M]: { created: 20 },
      "urn:li:dataProcessInstance:r1": { container: E },
    });
    const found = async (id: ReturnType<typeof identity>, c: Record<string, CatalogEntity>) =>
      (await findCollisions(id, catalog(c))).map((x) => `${x.kind} ${x.name}: ${x.why}`);
    expect(await found(identity(["urn:li:dataProcessInstance:r1", "urn:li:dataProcessInstance:r2"]), held(1))).toEqual([]); // a run in common
    expect(await found(identity(["urn:li:dataProcessInstance:r2"]), held(1))).toEqual([
      "experiment e: its 1 run(s) in the catalog and this store's 1 have none in common",
    ]);
    expect(await found(identity([]), held(1))).toEqual([]); // no run on one side: the recorded facts agree
    expect(await found(identity([], { experimentId: "7" }), held(1))).toEqual(["experiment e: experiment id 0 in the catalog, 7 in this store"]);
    expect(await found(identity([], { artifactLocation: "file:///t/0" }), held(0))).toEqual([
      "experiment e: artifact location file:///s/0 in the catalog, file:///t/0 in this store",
    ]);
    expect(await found(identity([], { experimentId: "7" }), held(0, {}))).toEqual([]); // the catalog recorded neither (e.g. ingested from elsewhere)
    expect(await found(identity([], { created: 11 }), held(0))).toEqual([
      "registered model m: created 1970-01-01T00:00:00.010Z in the catalog, 1970-01-01T00:00:00.011Z in this store",
    ]);
    expect(await found(identity([], { versionCreated: 21 }), held(0))).toEqual([
      "model version m version 1: created 1970-01-01T00:00:00.020Z in the catalog, 1970-01-01T00:00:00.021Z in this store",
    ]);
    expect(await found(identity(["urn:li:dataProcessInstance:r2"]), {})).toEqual([]); // nothing held: nothing to merge
  });
});
