/** Change history from stored aspect versions: grouping, field diffs, OpenMetadata-style version numbers, the GraphQL extension. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Store } from "../server/store/store";
import { ingestProposals } from "../server/ingest/proposals";
import { buildHistory, diffAspect, nextVersion } from "../server/model/history";
import { startTestServer, type TestServer } from "./helpers";
import { toVersion8Layout } from "./legacy-catalog";

const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,history_model,PROD)";
const ALICE = "urn:li:corpuser:alice";
const BOB = "urn:li:corpuser:bob";

const mcp = (urn: string, aspectName: string, json: Record<string, unknown>) => ({
  entityType: urn.split(":")[2],
  entityUrn: urn,
  changeType: "UPSERT",
  aspectName,
  aspect: { json },
});

/**
 * The history as buildHistory computes it from every stored version, after checking that the store's
 * own numbering (recorded when each change was written, read a page at a time) says the same.
 */
function history(store: Store, entityType: string, urn: string) {
  const all = buildHistory(entityType, store.getAspectHistory(urn));
  const page = store.historyPage(urn, { start: 0, count: 200 });
  const strip = (c: { version: string; major: boolean; actor: string; timestampMillis: number; aspects: unknown[] }) => ({
    version: c.version,
    major: c.major,
    actor: c.actor,
    timestampMillis: c.timestampMillis,
    aspects: c.aspects,
  });
  expect(page.changes.map(strip).reverse()).toEqual(all.map(strip));
  expect(page.total).toBe(all.length);
  if (all.length) expect(page.version).toBe(all[all.length - 1]!.version);
  return all;
}

describe("version numbers", () => {
  it("follow OpenMetadata's arithmetic: +0.1 minor, +1.0 major keeping the decimal", () => {
    expect(nextVersion(0.1, false)).toBe(0.2);
    expect(nextVersion(0.2, true)).toBe(1.2);
    expect(nextVersion(1.2, false)).toBe(1.3);
    expect(nextVersion(0.9, false)).toBe(1);
    expect(nextVersion(1.3, true)).toBe(2.3);
  });
});

describe("field diffs", () => {
  it("names tags, terms and owners that came or went, and custom properties by key", () => {
    const tags = diffAspect(
      "globalTags",
      { tags: [{ tag: "urn:li:tag:a" }, { tag: "urn:li:tag:b" }] },
      { tags: [{ tag: "urn:li:tag:b" }, { tag: "urn:li:tag:c" }] },
    );
    expect(tags).toEqual([
      { field: "tags", change: "ADDED", before: null, after: '"urn:li:tag:c"' },
      { field: "tags", change: "REMOVED", before: '"urn:li:tag:a"', after: null },
    ]);
    const props = diffAspect(
      "mlModelProperties",
      { customProperties: { team: "a", old: "x" }, description: "d" },
      { customProperties: { team: "b", neu: "y" }, description: "d" },
    );
    expect(props).toEqual([
      { field: "customProperties.team", change: "UPDATED", before: '"a"', after: '"b"' },
      { field: "customProperties.old", change: "REMOVED", before: '"x"', after: null },
      { field: "customProperties.neu", change: "ADDED", before: null, after: '"y"' },
    ]);
    expect(diffAspect("ownership", { owners: [] }, { owners: [], ownerTypes: {} })).toEqual([]);
    expect(diffAspect("editableMlModelProperties", { description: "old" }, { description: "new", lastModified: { time: 1 } })).toEqual([
      { field: "description", change: "UPDATED", before: '"old"', after: '"new"' },
    ]);
  });
});

describe("buildHistory over a real store", () => {
  let clock = 1_700_000_000_000;
  const store = Store.open(":memory:", { now: () => clock });
  const write = (actor: string, ...proposals: ReturnType<typeof mcp>[]) => {
    clock += 60_000;
    const r = ingestProposals(store, proposals, actor);
    expect(r.results.filter((x) => !x.ok)).toEqual([]);
  };
  afterAll(() => store.close());

  it("numbers each write once, bumps the major version for the algorithm, and skips writes that change nothing", () => {
    write(ALICE, mcp(MODEL, "mlModelProperties", { name: "History model", type: "random_forest", customProperties: { team: "risk" } }));
    write(BOB, mcp(MODEL, "editableMlModelProperties", { description: "Scores churn." }));
    write(ALICE, mcp(MODEL, "mlModelProperties", { name: "History model", type: "xgboost", customProperties: { team: "risk" } }));
    write(BOB, mcp(MODEL, "globalTags", { tags: [{ tag: "urn:li:tag:churn" }] }), mcp(MODEL, "ownership", { owners: [{ owner: BOB, type: "DATAOWNER" }] }));
    write(BOB, mcp(MODEL, "globalTags", { tags: [{ tag: "urn:li:tag:churn" }] })); // the same again
    const h = history(store, "mlModel", MODEL);
    expect(h.map((c) => [c.version, c.major, c.actor])).toEqual([
      ["0.1", false, ALICE],
      ["0.2", false, BOB],
      ["1.2", true, ALICE],
      ["1.3", false, BOB],
    ]);
    expect(h[2]!.aspects).toEqual([
      { aspect: "mlModelProperties", storedVersion: 0, fields: [{ field: "type", change: "UPDATED", before: '"random_forest"', after: '"xgboost"' }] },
    ]);
    // Tags and owners written together are one change.
    expect(h[3]!.aspects.map((a) => a.aspect).sort()).toEqual(["globalTags", "ownership"]);
    expect(h[1]!.timestampMillis).toBeLessThan(h[2]!.timestampMillis);
  });

  it("does not bump the major version for other kinds of entity", () => {
    const ds = "urn:li:dataset:(urn:li:dataPlatform:hive,history_ds,PROD)";
    write(ALICE, mcp(ds, "datasetProperties", { name: "d", customProperties: { algorithm: "a" } }));
    write(ALICE, mcp(ds, "datasetProperties", { name: "d", customProperties: { algorithm: "b" } }));
    expect(history(store, "dataset", ds).map((c) => c.version)).toEqual(["0.1", "0.2"]);
  });
});

describe("OpenMetadata's session consolidation", () => {
  let clock = 1_700_000_000_000;
  const store = Store.open(":memory:", { now: () => clock });
  afterAll(() => store.close());
  /** a write `minutes` after the previous one, by a person (as the app's mutations write) or by ingestion */
  const at = (minutes: number, actor: string, origin: "person" | "ingestion", ...proposals: ReturnType<typeof mcp>[]) => {
    clock += minutes * 60_000;
    const r = ingestProposals(store, proposals, actor, undefined, origin);
    expect(r.results.filter((x) => !x.ok)).toEqual([]);
  };
  const versions = (urn: string) => history(store, "mlModel", urn).map((c) => [c.version, c.actor]);

  it("folds a person's edits within 10 minutes of each other into one version; others start a new one", () => {
    const m = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,session_model,PROD)";
    at(0, "urn:li:corpuser:ingestion", "ingestion", mcp(m, "mlModelProperties", { name: "s", type: "arima" }));
    at(1, ALICE, "person", mcp(m, "editableMlModelProperties", { description: "one" }));
    at(4, ALICE, "person", mcp(m, "editableMlModelProperties", { description: "two" }));
    at(9, ALICE, "person", mcp(m, "globalTags", { tags: [{ tag: "urn:li:tag:x" }] })); // 9 min after the last edit: same session
    at(1, BOB, "person", mcp(m, "editableMlModelProperties", { description: "bob" })); // another person
    at(11, BOB, "person", mcp(m, "editableMlModelProperties", { description: "bob again" })); // too late
    at(1, "urn:li:corpuser:ingestion", "ingestion", mcp(m, "mlModelProperties", { name: "s2", type: "arima" }));
    at(1, "urn:li:corpuser:ingestion", "ingestion", mcp(m, "mlModelProperties", { name: "s3", type: "arima" })); // ingestion never folds
    expect(versions(m)).toEqual([
      ["0.1", "urn:li:corpuser:ingestion"],
      ["0.2", ALICE],
      ["0.2", ALICE],
      ["0.2", ALICE],
      ["0.3", BOB],
      ["0.4", BOB],
      ["0.5", "urn:li:corpuser:ingestion"],
      ["0.6", "urn:li:corpuser:ingestion"],
    ]);
  });

  it("never folds into the first version, and a session that changes the algorithm is major", () => {
    const m = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,session_major,PROD)";
    at(0, ALICE, "person", mcp(m, "mlModelProperties", { name: "s", type: "arima" }));
    at(1, ALICE, "person", mcp(m, "editableMlModelProperties", { description: "d" }));
    at(1, ALICE, "person", mcp(m, "mlModelProperties", { name: "s", type: "prophet" }));
    expect(versions(m)).toEqual([
      ["0.1", ALICE],
      ["1.1", ALICE],
      ["1.1", ALICE],
    ]);
  });
});

describe("entityHistory over GraphQL", () => {
  let server: TestServer;
  const Q = `query($urn: String!, $start: Int, $count: Int, $field: String) {
    entityHistory(urn: $urn, start: $start, count: $count, field: $field) {
      urn version total changes { version major timestampMillis actor aspects { aspect storedVersion fields { field change before after } } }
    }
  }`;
  beforeAll(async () => {
    server = await startTestServer();
    const token = server.token("ingest");
    const send = async (...proposals: ReturnType<typeof mcp>[]) => {
      const r = await server.post("/aspects?action=ingestProposalBatch", { proposals }, token);
      expect(r.status).toBe(200);
      await new Promise((res) => setTimeout(res, 5)); // distinct moments
    };
    await send(mcp(MODEL, "mlModelProperties", { name: "History model", type: "rf" }));
    await send(mcp(MODEL, "editableMlModelProperties", { description: "First." }));
    await send(mcp(MODEL, "editableMlModelProperties", { description: "Second." }));
    await send(mcp(MODEL, "globalTags", { tags: [{ tag: "urn:li:tag:x" }] }));
  });
  afterAll(() => server.stop());

  it("lists changes newest first with the current version, actor and field diffs", async () => {
    const r = await server.graphql(Q, { urn: MODEL });
    expect(r.body.errors).toBeUndefined();
    const h = r.body.data.entityHistory;
    expect(h.version).toBe("0.4");
    expect(h.total).toBe(4);
    expect(h.changes.map((c: { version: string }) => c.version)).toEqual(["0.4", "0.3", "0.2", "0.1"]);
    expect(h.changes[1].aspects[0].fields).toEqual([{ field: "description", change: "UPDATED", before: '"First."', after: '"Second."' }]);
    expect(h.changes[0].actor).toMatch(/^urn:li:corpuser:/);
  });

  it("filters by field and pages", async () => {
    const d = (await server.graphql(Q, { urn: MODEL, field: "description" })).body.data.entityHistory;
    expect(d.total).toBe(2);
    expect(
      d.changes.every((c: { aspects: { fields: { field: string }[] }[] }) => c.aspects.every((a) => a.fields.every((f) => f.field === "description"))),
    ).toBe(true);
    const page = (await server.graphql(Q, { urn: MODEL, start: 1, count: 2 })).body.data.entityHistory;
    expect(page.changes.map((c: { version: string }) => c.version)).toEqual(["0.3", "0.2"]);
    expect(page.total).toBe(4);
  });

  it("answers null for an unknown entity and a clear error for bad arguments", async () => {
    expect((await server.graphql(Q, { urn: "urn:li:mlModel:(urn:li:dataPlatform:mlflow,nope,PROD)" })).body.data.entityHistory).toBeNull();
    for (const [vars, message] of [
      [{ urn: "urn:li:mlModel:(broken" }, /urn/i],
      [{ urn: MODEL, count: 500 }, /count must be an integer from 0 to 200, got 500/],
      [{ urn: MODEL, start: -1 }, /start must be/],
      [{ urn: MODEL, field: "x".repeat(300) }, /longer than 200/],
    ] as const) {
      const r = await server.graphql(Q, vars);
      expect(r.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(r.body.errors?.[0]?.message).toMatch(message);
    }
  });

  it("is listed among the server's extensions", async () => {
    const r = await server.graphql(`{ orreryInfo { extensions } }`);
    expect(r.body.data.orreryInfo.extensions).toContain("entityHistory");
  });
});

describe("metric history in the change history", () => {
  it("is summarised per metric as point counts, not listed point by point", () => {
    const before = {
      metrics: [
        { name: "loss", points: [{ step: 0, value: 1 }] },
        { name: "acc", points: [{ step: 0, value: 0.5 }] },
      ],
    };
    const after = {
      metrics: [
        {
          name: "loss",
          points: [
            { step: 0, value: 1 },
            { step: 1, value: 0.8 },
          ],
        },
        { name: "acc", points: [{ step: 0, value: 0.5 }] },
        { name: "f1", points: [], totalPoints: 0 },
      ],
    };
    expect(diffAspect("orreryMetricHistory", before, after)).toEqual([
      { field: "metrics.loss", change: "UPDATED", before: '"1 points"', after: '"2 points"' },
      { field: "metrics.f1", change: "ADDED", before: null, after: '"0 points"' },
    ]);
  });
});

describe("one write that sets an aspect several times", () => {
  it("is one change with one net diff per aspect", () => {
    let clock = 1_700_000_000_000;
    const store = Store.open(":memory:", { now: () => clock });
    const m = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,batch_model,PROD)";
    ingestProposals(store, [mcp(m, "mlModelProperties", { name: "b", description: "first" })], ALICE);
    clock += 60_000;
    // A batch that writes the same aspect twice, as the tutorial's script does.
    const r = ingestProposals(
      store,
      [
        mcp(m, "mlModelProperties", { name: "b", description: "second" }),
        mcp(m, "globalTags", { tags: [{ tag: "urn:li:tag:x" }] }),
        mcp(m, "mlModelProperties", { name: "b", description: "third" }),
      ],
      BOB,
    );
    expect(r.rejected).toBe(0);
    const h = history(store, "mlModel", m);
    const last = h[h.length - 1]!;
    expect(last.aspects.map((a) => a.aspect).sort()).toEqual(["globalTags", "mlModelProperties"]);
    expect(last.aspects.find((a) => a.aspect === "mlModelProperties")!.fields).toEqual([
      { field: "description", change: "UPDATED", before: '"first"', after: '"third"' },
    ]);
    store.close();
  });
});

describe("entityHistory reads only the page it answers", () => {
  it("reads a bounded amount of stored values for count: 1, however many versions are kept", async () => {
    const server = await startTestServer();
    try {
      const m = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,paged_model,PROD)";
      const blob = "p".repeat(300_000);
      for (let i = 0; i < 25; i++) {
        const r = await server.post(
          "/aspects?action=ingestProposal",
          { proposal: mcp(m, "mlModelProperties", { name: "paged", blob, customProperties: { n: String(i) } }) },
          server.token("ingest"),
        );
        expect(r.status).toBe(200);
      }
      // Count the text of every row the store hands back while answering (values are most of it).
      let bytes = 0;
      const store = server.store as unknown as { all: (...a: unknown[]) => unknown[]; get: (...a: unknown[]) => unknown };
      const { all, get } = store;
      const measure = (row: unknown) => {
        if (row && typeof row === "object") for (const v of Object.values(row)) if (typeof v === "string") bytes += v.length;
      };
      store.all = (...a) => {
        const rows = all.apply(server.store, a);
        rows.forEach(measure);
        return rows;
      };
      store.get = (...a) => {
        const row = get.apply(server.store, a);
        measure(row);
        return row;
      };
      let r;
      try {
        r = await server.graphql(
          `query($u: String!) { entityHistory(urn: $u, count: 1) { version total changes { version aspects { fields { field change before after } } } } }`,
          { u: m },
        );
      } finally {
        store.all = all;
        store.get = get;
      }
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.entityHistory.version).toBe("2.5");
      expect(r.body.data.entityHistory.changes[0].aspects[0].fields).toEqual([
        { field: "customProperties.n", change: "UPDATED", before: '"23"', after: '"24"' },
      ]);
      expect(bytes).toBeLessThan(3 * blob.length);
    } finally {
      await server.stop();
    }
  });
});

describe("a catalog written before history was numbered when written", () => {
  it("is numbered on upgrade as History numbered it before", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-history-upgrade-"));
    const file = path.join(dir, "c.db");
    let clock = 1_700_000_000_000;
    let store = Store.open(file, { now: () => clock });
    const m = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,upgraded_model,PROD)";
    const at = (minutes: number, actor: string, origin: "person" | "ingestion", ...proposals: ReturnType<typeof mcp>[]) => {
      clock += minutes * 60_000;
      expect(ingestProposals(store, proposals, actor, undefined, origin).rejected).toBe(0);
    };
    at(0, "urn:li:corpuser:ingestion", "ingestion", mcp(m, "mlModelProperties", { name: "u", type: "arima" }));
    at(1, ALICE, "person", mcp(m, "editableMlModelProperties", { description: "one" }));
    at(2, ALICE, "person", mcp(m, "mlModelProperties", { name: "u", type: "prophet" }));
    at(30, BOB, "person", mcp(m, "globalTags", { tags: [{ tag: "urn:li:tag:x" }] }));
    const expected = store.historyPage(m, { start: 0, count: 200 });
    expect(expected.changes.map((c) => c.version)).toEqual(["1.2", "1.1", "1.1", "0.1"]);
    // As the catalog was before: the aspects table of then, no numbering table (the versions alone).
    toVersion8Layout(store.db);
    store.db.exec(`DROP TABLE changes; DROP TABLE history_horizons; PRAGMA user_version = 6;`);
    store.close();
    store = Store.open(file, { now: () => clock });
    try {
      expect(store.historyPage(m, { start: 0, count: 200 })).toEqual(expected);
      history(store, "mlModel", m);
    } finally {
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
