import { describe, expect, it, beforeEach, afterEach } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Store, toFtsQuery } from "./store";
import { MIGRATIONS } from "./migrations";
import type { AspectWrite } from "./types";
import { layoutAtVersion, layoutOf, toVersion8Layout } from "../../test/legacy-catalog";

const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn_model,PROD)";
const GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,churn_group,PROD)";
const RUN = "urn:li:dataProcessInstance:run_1";
const DS = "urn:li:dataset:(urn:li:dataPlatform:snowflake,events,PROD)";

function w(urn: string, aspect: string, value: Record<string, unknown>, extra: Partial<AspectWrite> = {}): AspectWrite {
  return { urn, entityType: urn.split(":")[2], aspect, value, actor: "urn:li:corpuser:test", ...extra };
}

describe("Store", () => {
  let dir: string;
  let store: Store;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-store-"));
    store = Store.open(path.join(dir, "c.db"));
  });
  afterEach(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("applies numbered migrations and uses WAL", () => {
    expect(store.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
  });

  it("gives an urn one id, whether it is new or a relationship of an earlier transaction named it first", () => {
    // The model's group is named (and interned) first as the end of a relationship, then written itself.
    store.writeAspects([w(MODEL, "mlModelProperties", { name: "m", groups: [GROUP] })]);
    const idOf = (urn: string) => store.all<{ id: number }>(`SELECT id FROM urns WHERE urn = ?`, urn);
    const before = idOf(GROUP);
    expect(before).toHaveLength(1);
    store.writeAspects([w(GROUP, "mlModelGroupProperties", { name: "g" }, { systemMetadata: { lastObserved: 5, runId: "r" } })]);
    expect(idOf(GROUP)).toEqual(before);
    expect(store.all(`SELECT urn FROM aspects WHERE aspect = 'mlModelGroupProperties'`)).toEqual([{ urn: GROUP }]);
    expect(store.all(`SELECT src, dst FROM edges WHERE type = 'MemberOf'`)).toEqual([{ src: MODEL, dst: GROUP }]);
    expect(store.getAspect(GROUP, "mlModelGroupProperties")?.systemMetadata).toEqual({ lastObserved: 5, runId: "r" });
    expect(store.all(`SELECT json FROM system_metadata`)).toEqual([{ json: '{"lastObserved":0,"runId":"r"}' }]);
  });

  it("keeps every previous value as a numbered version, DataHub style", () => {
    store.writeAspects([w(MODEL, "mlModelProperties", { name: "v1" })]);
    store.writeAspects([w(MODEL, "mlModelProperties", { name: "v2" })]);
    store.writeAspects([w(MODEL, "mlModelProperties", { name: "v3" })]);
    expect(store.getAspect(MODEL, "mlModelProperties")?.value).toEqual({ name: "v3" });
    expect(store.getAspect(MODEL, "mlModelProperties", 1)?.value).toEqual({ name: "v1" });
    expect(store.getAspect(MODEL, "mlModelProperties", 2)?.value).toEqual({ name: "v2" });
    expect(store.getAspectHistory(MODEL).map((r) => r.value.name)).toEqual(expect.arrayContaining(["v1", "v2", "v3"]));
  });

  it("records no change of an entity written and deleted in one transaction", () => {
    store.writeAspects([w(MODEL, "mlModelProperties", { name: "kept" })]);
    store.transaction(() => {
      store.writeAspects([w(MODEL, "mlModelProperties", { name: "gone" })]);
      store.deleteEntity(MODEL);
    });
    expect(store.db.prepare(`SELECT count(*) AS n FROM changes WHERE urn = ?`).get(MODEL)).toEqual({ n: 0 });
    // Created again later, it starts a history of its own.
    store.writeAspects([w(MODEL, "mlModelProperties", { name: "new" })]);
    expect(store.historyPage(MODEL, { start: 0, count: 10 }).changes.map((c) => c.version)).toEqual(["0.1"]);
  });

  it("does not write a version when the value is unchanged", () => {
    const [a] = store.writeAspects([w(MODEL, "mlModelProperties", { name: "same" })]);
    const [b] = store.writeAspects([w(MODEL, "mlModelProperties", { name: "same" })]);
    expect(a.changed).toBe(true);
    expect(b.changed).toBe(false);
    expect(store.getAspect(MODEL, "mlModelProperties", 1)).toBeNull();
  });

  it("derives edges from aspects in the same transaction and replaces them on rewrite", () => {
    store.writeAspects([w(MODEL, "mlModelProperties", { name: "m", groups: [GROUP], trainingJobs: [RUN] })]);
    expect(store.getEdges([MODEL], "OUTGOING").map((e) => [e.type, e.dst])).toEqual([
      ["MemberOf", GROUP],
      ["TrainedBy", RUN],
    ]);
    store.writeAspects([w(MODEL, "mlModelProperties", { name: "m", groups: [] })]);
    expect(store.getEdges([MODEL], "OUTGOING")).toEqual([]);
    expect(store.getEdges([GROUP], "INCOMING")).toEqual([]);
  });

  it("indexes names, descriptions, tags and custom properties for search, with facets", () => {
    store.writeAspects([
      w(MODEL, "mlModelProperties", { name: "Churn Predictor", description: "Predicts customer churn", customProperties: { team: "growth" } }),
      w(MODEL, "globalTags", { tags: [{ tag: "urn:li:tag:production" }] }),
      w(DS, "datasetProperties", { name: "events", description: "raw click events" }),
    ]);
    const r = store.search({ query: "churn", facets: ["_entityType", "tags", "platform"] });
    expect(r.total).toBe(1);
    expect(r.hits[0].urn).toBe(MODEL);
    expect(r.hits[0].matchedFields.map((m) => m.name)).toEqual(expect.arrayContaining(["name", "description"]));
    expect(r.facets.find((f) => f.field === "tags")?.aggregations).toEqual([{ value: "urn:li:tag:production", count: 1 }]);
    expect(store.search({ query: "growth" }).hits.map((h) => h.urn)).toEqual([MODEL]);
    expect(store.search({ query: "*", filters: { platforms: ["urn:li:dataPlatform:snowflake"] } }).hits.map((h) => h.urn)).toEqual([DS]);
    expect(store.search({ query: "produc" }).total).toBe(1); // prefix of a tag name
  });

  it("treats hostile search text as words, never as FTS syntax", () => {
    expect(toFtsQuery('" * ( ) - : ^')).toBeNull();
    expect(toFtsQuery('" OR * NEAR( AND -')).toBe('"OR" "NEAR" "AND"*'); // operators become quoted words
    expect(toFtsQuery('churn" OR name:*')).toBe('"churn" "OR" "name"*');
    store.writeAspects([w(MODEL, "mlModelProperties", { name: "churn" })]);
    expect(() => store.search({ query: '") OR 1=1 --' })).not.toThrow();
  });

  it("hides soft-deleted entities from search and existence checks", () => {
    store.writeAspects([w(MODEL, "mlModelProperties", { name: "gone soon" })]);
    expect(store.existing([MODEL]).has(MODEL)).toBe(true);
    store.writeAspects([w(MODEL, "status", { removed: true })]);
    expect(store.existing([MODEL]).has(MODEL)).toBe(false);
    expect(store.search({ query: "gone" }).total).toBe(0);
  });

  it("keeps timeseries points, newest first, per entity", () => {
    store.writeAspects([
      w(RUN, "dataProcessInstanceRunEvent", { timestampMillis: 1, status: "STARTED" }, { timestampMillis: 1 }),
      w(RUN, "dataProcessInstanceRunEvent", { timestampMillis: 2, status: "COMPLETE" }, { timestampMillis: 2 }),
    ]);
    expect(
      store
        .getTimeseries([RUN], "dataProcessInstanceRunEvent")
        .get(RUN)
        ?.map((e) => e.value.status),
    ).toEqual(["COMPLETE", "STARTED"]);
  });

  it("rolls a failed transaction back whole", () => {
    expect(() =>
      store.transaction(() => {
        store.applyWrites([w(MODEL, "mlModelProperties", { name: "half" })]);
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(store.getAspect(MODEL, "mlModelProperties")).toBeNull();
    expect(store.search({ query: "half" }).total).toBe(0);
    expect(store.integrityCheck()).toBe("ok");
  });

  it("upgrades a version-8 catalog to the smaller layout of migration 11, keeping every stored value", () => {
    const meta = { lastObserved: 1_750_000_000_123, runId: "run-1", properties: { clientId: "emitter" } };
    store.writeAspects([w(MODEL, "mlModelProperties", { name: "v1", groups: [GROUP] }, { systemMetadata: meta })]);
    store.writeAspects([w(MODEL, "mlModelProperties", { name: "v2", groups: [GROUP] }, { systemMetadata: { ...meta, lastObserved: 1.5 } })]);
    store.writeAspects([w(DS, "datasetProperties", { name: "events" })]);
    const before = { dump: store.dump(), history: store.getAspectHistory(MODEL), edges: store.getEdges([MODEL], "OUTGOING") };
    toVersion8Layout(store.db);
    expect(layoutOf(store.db)).toEqual(layoutAtVersion(8));
    const file = store.path;
    store.close();
    store = Store.open(file);
    expect(store.schemaVersion).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
    expect(layoutOf(store.db)).toEqual(layoutAtVersion(store.schemaVersion));
    expect({ dump: store.dump(), history: store.getAspectHistory(MODEL), edges: store.getEdges([MODEL], "OUTGOING") }).toEqual(before);
    expect(store.getAspect(MODEL, "mlModelProperties", 1)?.systemMetadata).toEqual(meta);
    expect(store.getAspect(MODEL, "mlModelProperties")?.systemMetadata).toEqual({ ...meta, lastObserved: 1.5 });
    expect(store.consistencyCheck().problems).toEqual([]);
  });

  it("stores systemMetadata once per distinct template, each aspect with its own lastObserved", () => {
    const meta = (lastObserved: unknown) => ({ lastObserved, runId: "r", properties: { a: "b" } });
    store.writeAspects([
      w(MODEL, "mlModelProperties", { name: "m" }, { systemMetadata: meta(1) }),
      w(GROUP, "mlModelGroupProperties", { name: "g" }, { systemMetadata: meta(2) }),
      w(DS, "datasetProperties", { name: "d" }, { systemMetadata: meta("not a number") }),
      w(RUN, "dataProcessInstanceProperties", { name: "r", created: { time: 1 } }, { systemMetadata: { runId: "r" } }),
    ]);
    expect(store.all(`SELECT json FROM system_metadata ORDER BY id`).map((r) => r.json)).toEqual([
      JSON.stringify(meta(0)),
      JSON.stringify(meta("not a number")),
      JSON.stringify({ runId: "r" }),
    ]);
    expect(Object.keys(store.getAspect(GROUP, "mlModelGroupProperties")!.systemMetadata!)).toEqual(["lastObserved", "runId", "properties"]);
    expect(store.getAspect(GROUP, "mlModelGroupProperties")?.systemMetadata).toEqual(meta(2));
    expect(store.getAspect(DS, "datasetProperties")?.systemMetadata).toEqual(meta("not a number"));
    expect(store.getAspect(RUN, "dataProcessInstanceProperties")?.systemMetadata).toEqual({ runId: "r" });
  });

  it("upgrades a version-1 database: migration 2 rebuilds the search index from the aspects", () => {
    store.writeAspects([w(MODEL, "mlModelProperties", { name: "Upgraded Model" })]);
    // A faithful version-1 database: the aspects and edges of then, the search table of then, and none of the tables added since.
    toVersion8Layout(store.db);
    store.db.exec(`DROP TABLE search; CREATE VIRTUAL TABLE search USING fts5(name, description, text, tags, terms, owners, platform);
      DROP TABLE sessions; DROP TABLE signin_codes; DROP TABLE curations; DROP TABLE metric_series; DROP TABLE changes; DROP TABLE history_horizons; PRAGMA user_version = 1;`);
    const file = store.path;
    store.close();
    store = Store.open(file);
    expect(store.schemaVersion).toBe(MIGRATIONS.length);
    expect(store.search({ query: "upgraded" }).hits.map((h) => h.urn)).toEqual([MODEL]);
    expect(store.search({ query: "upgraded", filters: { types: ["dataset"] } }).total).toBe(0);
  });
});
