/**
 * The ingestion pipeline (server/ingest/pipeline.ts) against ingestProposals: the same files give the
 * same results, proposal by proposal, and the same catalog, row by row, whatever the proposals are
 * (DataHub's golden files, the synthetic catalog, PATCH, CREATE, DELETE, bad proposals, aspects people
 * curated). A source that fails stops it with its error, keeping what was written before; the
 * background checkpointer copies the WAL into the file on its own thread.
 */
import { afterAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Store } from "../server/store/store";
import { ingestProposals, type ProposalResult } from "../server/ingest/proposals";
import { ingestPipelined, SourceError } from "../server/ingest/pipeline";
import { ingestFiles } from "../server/cli/ingest";
import { readProposalFile } from "../server/cli/proposal-files";
import { generateCatalog } from "../server/demo/generate";
import { tempDir } from "./helpers";

const GOLDEN = "test/fixtures/datahub-golden";
const dir = tempDir("orrery-pipeline-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,pipeline_model,PROD)";
const GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,pipeline_group,PROD)";
const DS = "urn:li:dataset:(urn:li:dataPlatform:hive,pipeline.table,PROD)";
const mcp = (entityUrn: string, aspectName: string, json: unknown, changeType = "UPSERT", extra: Record<string, unknown> = {}) => ({
  entityUrn,
  changeType,
  aspectName,
  aspect: { json },
  ...extra,
});
const rest = (entityUrn: string, aspectName: string, value: string, changeType = "UPSERT") => ({
  entityUrn,
  changeType,
  aspectName,
  aspect: { value, contentType: "application/json" },
});

/** Proposals of every kind the writer treats apart, good and bad, for an entity people have already curated. */
function mixedProposals(): unknown[] {
  let deep: unknown = "x";
  for (let i = 0; i < 80; i++) deep = { d: deep };
  return [
    mcp(MODEL, "mlModelProperties", { name: "m", description: "first", hyperParams: [{ name: "lr", value: "0.1" }] }, "UPSERT", {
      systemMetadata: { lastObserved: 1_700_000_000_000, runId: "pipeline-test" },
    }),
    // A curated aspect: the person's tag (written before) stays on top of ingestion's value.
    mcp(MODEL, "globalTags", { tags: [{ tag: "urn:li:tag:ingested" }] }),
    // A curated aspect whose value is refused as sent.
    mcp(MODEL, "ownership", { owners: "not a list" }),
    mcp(MODEL, "mlModelProperties", [{ op: "add", path: "/description", value: "patched" }], "PATCH"),
    rest(MODEL, "mlModelProperties", JSON.stringify([{ op: "add", path: "/groups", value: [GROUP] }]), "PATCH"),
    mcp(GROUP, "mlModelGroupProperties", { name: "g" }, "CREATE"),
    mcp(GROUP, "mlModelGroupProperties", { name: "g again" }, "CREATE"),
    mcp(GROUP, "status", { removed: false }, "CREATE_ENTITY"),
    mcp(DS, "datasetProperties", { name: "t", customProperties: { a: "1" } }),
    mcp(DS, "datasetProperties", { name: "t2", customProperties: { a: "2" } }),
    mcp(DS, "datasetProperties", null, "DELETE"),
    mcp(DS, "upstreamLineage", { upstreams: [{ dataset: "urn:li:dataset:(urn:li:dataPlatform:hive,up,PROD)", type: "TRANSFORMED" }] }),
    mcp(DS, "datasetKey", null, "DELETE"),
    mcp("urn:li:corpuser:pipeline", "corpUserInfo", { active: true, displayName: "Pipe Line" }),
    // Refused: each for its own reason.
    mcp("not a urn", "status", { removed: false }),
    mcp(MODEL, "noSuchAspect", {}),
    rest(MODEL, "mlModelProperties", "{not json"),
    mcp(MODEL, "mlModelProperties", { name: 5 }),
    mcp(MODEL, "mlModelProperties", deep),
    mcp(MODEL, "status", { removed: false }, "SHOUT"),
    { entityUrn: MODEL },
    "not an object",
    mcp("urn:li:dataProcessInstance:pipeline_run", "dataProcessInstanceRunEvent", { status: "COMPLETE" }),
    mcp("urn:li:dataProcessInstance:pipeline_run", "dataProcessInstanceRunEvent", { timestampMillis: 1_700_000_000_000, status: "COMPLETE" }),
  ];
}

/** The catalog's content, without the times writes were made at (each way writes at its own moment). */
function contentOf(file: string): Record<string, unknown[]> {
  const store = Store.open(file, { readonly: true });
  try {
    const q = (sql: string) => store.all(sql);
    return {
      entities: q(`SELECT urn, type, removed FROM entities ORDER BY urn`),
      aspects: q(
        `SELECT a.urn, a.aspect, a.version, a.value, a.created_by, m.json AS metadata, a.last_observed FROM aspects a
           LEFT JOIN system_metadata m ON m.id = a.system_metadata_id ORDER BY a.urn, a.aspect, a.version`,
      ),
      edges: q(`SELECT src, via, type, dst FROM edges ORDER BY src, via, type, dst`),
      timeseries: q(`SELECT urn, aspect, ts, value FROM timeseries ORDER BY urn, aspect, ts`),
      changes: q(`SELECT urn, actor, version, major, person, aspects, fields FROM changes ORDER BY urn, at, actor`),
      search: q(
        `SELECT e.urn, s.name, s.description, s.text, s.tags, s.terms, s.owners, s.platform, s.kind FROM search s JOIN entities e ON e.id = s.rowid ORDER BY e.urn`,
      ),
      facets: q(`SELECT e.urn, f.field, f.value FROM facets f JOIN entities e ON e.id = f.entity_id ORDER BY e.urn, f.field, f.value`),
      curations: q(`SELECT urn, aspect, key, op, value, actor FROM curations ORDER BY urn, aspect, key`),
      metrics: q(`SELECT urn, name, ord, series FROM metric_series ORDER BY urn, name, ord`),
      vocabulary: q(`SELECT word FROM search_vocab ORDER BY word`),
    };
  } finally {
    store.close();
  }
}

/** A catalog where a person has tagged MODEL (a curation ingestion must keep). */
function curatedCatalog(file: string): Store {
  const store = Store.open(file);
  ingestProposals(store, [mcp(MODEL, "mlModelProperties", { name: "m" })], "urn:li:corpuser:datahub");
  const person = ingestProposals(store, [mcp(MODEL, "globalTags", { tags: [{ tag: "urn:li:tag:curated" }] })], "urn:li:corpuser:alice", undefined, "person");
  expect(person.accepted).toBe(1);
  return store;
}

type Rejected = Array<{ file: string; result: ProposalResult }>;

/** What ingestProposals makes of the files, a chunk of `chunk` at a time, as `orrery ingest` wrote them before the pipeline. */
function ingestInChunks(store: Store, files: string[], chunk: number): { accepted: number; rejected: Rejected } {
  let accepted = 0;
  const rejected: Rejected = [];
  for (const file of files) {
    const items = readProposalFile(file);
    for (let i = 0; i < items.length; i += chunk) {
      const r = ingestProposals(store, items.slice(i, i + chunk), "urn:li:corpuser:ingestion");
      accepted += r.accepted;
      for (const x of r.results) if (!x.ok) rejected.push({ file, result: { ...x, index: x.index + i } });
    }
  }
  return { accepted, rejected };
}

describe("the ingestion pipeline", () => {
  it("gives every proposal the result ingestProposals gives it, and writes the same catalog", async () => {
    const mixed = path.join(dir, "mixed.json");
    fs.writeFileSync(mixed, JSON.stringify(mixedProposals()));
    const synthetic = path.join(dir, "synthetic.json");
    fs.writeFileSync(synthetic, JSON.stringify([...generateCatalog({ entities: 600, seed: 3 })]));
    const files = [
      ...["feast_legacy_mces_golden.json", "mlflow_mcps_golden.json", "sagemaker_mces_golden.json", "vertexai_mcps_golden.json", "bootstrap_mce.json"].map(
        (f) => path.join(GOLDEN, f),
      ),
      synthetic,
      mixed,
    ];

    const before = curatedCatalog(path.join(dir, "before.db"));
    const expected = ingestInChunks(before, files, 1000);
    before.close();
    const piped = curatedCatalog(path.join(dir, "piped.db"));
    const summary = await ingestFiles(piped, files, "urn:li:corpuser:ingestion", true);
    piped.close();

    expect(summary.accepted).toBe(expected.accepted);
    expect(summary.rejected).toEqual(expected.rejected);
    // Every kind of refusal is among them, and most of the files went in.
    expect(expected.rejected.length).toBeGreaterThanOrEqual(10);
    expect(expected.accepted).toBeGreaterThan(4000);

    const want = contentOf(path.join(dir, "before.db"));
    const got = contentOf(path.join(dir, "piped.db"));
    for (const table of Object.keys(want)) expect({ table, rows: got[table] }).toEqual({ table, rows: want[table] });
    // The person's tag stayed on top of ingestion's.
    const tags = want.aspects.find((a: any) => a.urn === MODEL && a.aspect === "globalTags" && a.version === 0) as { value: string };
    expect(
      JSON.parse(tags.value)
        .tags.map((t: { tag: string }) => t.tag)
        .sort(),
    ).toEqual(["urn:li:tag:curated", "urn:li:tag:ingested"]);
  });

  it("stops at a file it cannot read before writing anything, naming it", async () => {
    const bad = path.join(dir, "broken.json");
    fs.writeFileSync(bad, "[{");
    const store = Store.open(path.join(dir, "broken.db"));
    try {
      await expect(ingestFiles(store, [path.join(GOLDEN, "mlflow_mcps_golden.json"), bad], "urn:li:corpuser:ingestion", true)).rejects.toThrow(
        /broken\.json: not valid JSON/,
      );
      await expect(ingestFiles(store, [path.join(dir, "absent.json")], "urn:li:corpuser:ingestion", true)).rejects.toThrow(/absent\.json: ENOENT/);
      expect(store.get<{ n: number }>(`SELECT count(*) AS n FROM entities`)!.n).toBe(0);
    } finally {
      store.close();
    }
  });

  it("keeps the chunks written before a source that fails, and says why it failed", async () => {
    const store = Store.open(path.join(dir, "failing.db"));
    try {
      let written = 0;
      const failure = ingestPipelined(
        store,
        { module: pathToFileURL(path.resolve("test/fixtures/pipeline-sources.ts")).href, export: "failingAfter", args: [2_500] },
        { actor: "urn:li:corpuser:ingestion", chunk: 1000, afterChunk: ({ report }) => void (written += report.accepted) },
      );
      await expect(failure).rejects.toThrow(SourceError);
      await expect(failure).rejects.toThrow(/the source broke after 2500 proposals/);
      // Whole chunks only: the one under way when the source broke was never sent.
      expect(written).toBe(2000);
      expect(
        store.get<{ n: number }>(`SELECT count(*) AS n FROM aspects WHERE version = 0`)!.n +
          store.get<{ n: number }>(`SELECT count(*) AS n FROM timeseries`)!.n,
      ).toBe(2000);
      expect(store.consistencyCheck().ok).toBe(true);
    } finally {
      store.close();
    }
  });
});

describe("the background checkpointer", () => {
  const proposals = [...generateCatalog({ entities: 300, seed: 9 })];
  /** The catalog file's size once `proposals` are written in a few transactions, with or without a checkpointer. */
  async function fileGrowth(name: string, background: boolean): Promise<{ grew: number; wal: number }> {
    const file = path.join(dir, name);
    const store = Store.open(file);
    try {
      const checkpointer = background ? store.checkpointInBackground(20) : null;
      if (background) expect(checkpointer).not.toBeNull();
      const empty = fs.statSync(file).size;
      for (let i = 0; i < proposals.length; i += 500) ingestProposals(store, proposals.slice(i, i + 500), "urn:li:corpuser:ingestion");
      const wal = fs.statSync(`${file}-wal`).size;
      // Far below the writer's own checkpoint (10,000 pages): only the worker copies pages meanwhile.
      expect(wal).toBeLessThan(10_000 * 4096);
      const deadline = Date.now() + 5_000;
      while (background && fs.statSync(file).size < empty + wal / 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const grew = fs.statSync(file).size - empty;
      checkpointer?.stop();
      return { grew, wal };
    } finally {
      store.close();
    }
  }

  it("copies what the writer committed into the catalog file from its own thread, which the writer alone does not yet", async () => {
    const alone = await fileGrowth("alone.db", false);
    const helped = await fileGrowth("helped.db", true);
    expect(alone.wal).toBeGreaterThan(1_000_000);
    expect(alone.grew).toBe(0);
    expect(helped.grew).toBeGreaterThan(helped.wal / 4);
    // Closed cleanly: the catalog reads back whole.
    const store = Store.open(path.join(dir, "helped.db"), { readonly: true });
    try {
      expect(store.consistencyCheck().ok).toBe(true);
    } finally {
      store.close();
    }
  });

  it("has nothing to do for a catalog without a WAL", () => {
    const store = Store.open(":memory:");
    try {
      expect(store.checkpointInBackground()).toBeNull();
    } finally {
      store.close();
    }
  });
});
