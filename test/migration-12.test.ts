/**
 * Migration 12 (urns, aspect names and relationship types as integer ids) on a catalog of schema
 * version 11: the demo catalog is loaded, put back into the version-11 layout (test/legacy-catalog.ts)
 * and opened, which migrates it; it must then hold the same rows, answer the same entity pages,
 * searches and three-hop lineage graphs, pass its consistency check, and have the layout a new
 * catalog gets. Writes after the migration go on from the migrated rows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { loadDemo } from "../server/main";
import { Store } from "../server/store/store";
import { ingestProposals } from "../server/ingest/proposals";
import { compactCatalog } from "../server/store/compact";
import { registerCatalogFunctions } from "../server/store/aspect-values";
import { MIGRATIONS } from "../server/store/migrations";
import { layoutAtVersion, layoutOf, toVersion11Layout } from "./legacy-catalog";
import { tempDir } from "./helpers";
import { answersOf, sampleUrns, storedIn } from "./catalog-answers";

const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));

describe("migration 12: urns and names interned", () => {
  let dir: string;
  let file: string;
  let urns: string[];
  let before: { answers: unknown[]; dump: unknown; records: unknown[] };

  beforeAll(async () => {
    dir = tempDir("orrery-migration-12-");
    file = path.join(dir, "catalog.db");
    const store = Store.open(file);
    loadDemo(store);
    urns = sampleUrns(store);
    store.close();
    before = { answers: await answersOf(file, dir, urns, { graphs: true }), ...storedIn(file, urns) };
    const db = new Database(file);
    toVersion11Layout(db);
    db.close();
  }, 300_000);

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is given a catalog with data in the layout of schema version 11", () => {
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma("user_version", { simple: true })).toBe(11);
      expect(layoutOf(db)).toEqual(layoutAtVersion(11));
      expect(db.prepare(`SELECT count(*) FROM aspects`).pluck().get()).toBeGreaterThan(1000);
      expect(db.prepare(`SELECT count(*) FROM edges`).pluck().get()).toBeGreaterThan(500);
      expect(db.prepare(`SELECT count(*) FROM timeseries`).pluck().get()).toBeGreaterThan(10);
    } finally {
      db.close();
    }
    expect(urns.length).toBeGreaterThan(20);
  });

  it("migrates it to the current layout, holding and answering exactly what it did, consistently", async () => {
    const store = Store.open(file);
    try {
      expect(store.schemaVersion).toBe(LATEST);
      expect(store.consistencyCheck().problems).toEqual([]);
    } finally {
      store.close();
    }
    const db = new Database(file, { readonly: true });
    try {
      expect(layoutOf(db)).toEqual(layoutAtVersion(LATEST));
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      // Each urn and name once; rows refer to them by id.
      expect(db.prepare(`SELECT count(*) FROM urns`).pluck().get()).toBe(db.prepare(`SELECT count(DISTINCT urn) FROM urns`).pluck().get());
      expect(db.prepare(`SELECT count(*) FROM entities WHERE urn NOT IN (SELECT urn FROM urns)`).pluck().get()).toBe(0);
      // Values of 512 bytes or more are stored deflated (the views give them as JSON text, compared below).
      expect(db.prepare(`SELECT count(*) FROM aspect_rows WHERE typeof(value) = 'blob'`).pluck().get()).toBeGreaterThan(100);
      expect(db.prepare(`SELECT count(*) FROM aspect_rows WHERE typeof(value) = 'text' AND length(value) >= 512`).pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    expect(storedIn(file, urns)).toEqual({ dump: before.dump, records: before.records });
    expect(await answersOf(file, dir, urns, { graphs: true })).toEqual(before.answers);
  }, 300_000);

  it("goes on writing after the migration: versions, edges and History continue from the migrated rows", () => {
    const store = Store.open(file);
    try {
      const urn = urns.find((u) => u.startsWith("urn:li:mlModel:"))!;
      const history = store.getAspectHistory(urn, ["globalTags"]);
      const tag = "urn:li:tag:after_migration_12";
      const r = ingestProposals(
        store,
        [{ entityUrn: urn, changeType: "UPSERT", aspectName: "globalTags", aspect: { json: { tags: [{ tag }] } } }],
        "urn:li:corpuser:test",
      );
      expect(r.rejected).toBe(0);
      const after = store.getAspectHistory(urn, ["globalTags"]);
      expect(after.length).toBe(history.length + 1);
      expect(after.find((a) => a.version === 0)?.value).toEqual({ tags: [{ tag }] });
      expect(store.getEdges([tag], "INCOMING").map((e) => [e.src, e.type, e.viaAspect])).toEqual([[urn, "TaggedWith", "globalTags"]]);
      expect(store.consistencyCheck().problems).toEqual([]);
    } finally {
      store.close();
    }
  });

  it("compact drops the urns of hard-deleted entities that nothing refers to any more, and only those", () => {
    const store = Store.open(file);
    let gone: string;
    try {
      // An entity no relationship points at: once deleted, its urn is referred to by nothing.
      gone = store.get<{ urn: string }>(
        `SELECT urn FROM entities e WHERE NOT EXISTS (SELECT 1 FROM edges WHERE dst = e.urn) AND NOT EXISTS (SELECT 1 FROM changes WHERE actor = e.urn) ORDER BY urn LIMIT 1`,
      )!.urn;
      expect(store.deleteEntity(gone)).toBe(true);
    } finally {
      store.close();
    }
    const urnList = () => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare(`SELECT urn FROM urns ORDER BY urn`).pluck().all() as string[];
      } finally {
        db.close();
      }
    };
    // What nothing refers to, read through the views (by text), apart from how compact finds them.
    const db = new Database(file, { readonly: true });
    registerCatalogFunctions(db);
    const unreferenced = db
      .prepare(
        `SELECT urn FROM urns WHERE urn NOT IN (SELECT urn FROM aspects UNION SELECT created_by FROM aspects UNION SELECT src FROM edges
           UNION SELECT dst FROM edges UNION SELECT urn FROM timeseries UNION SELECT urn FROM changes UNION SELECT actor FROM changes) ORDER BY urn`,
      )
      .pluck()
      .all() as string[];
    db.close();
    expect(unreferenced).toContain(gone);
    const before = urnList();
    compactCatalog(file);
    expect(urnList()).toEqual(before.filter((u) => !unreferenced.includes(u)));
    const after = Store.open(file);
    try {
      expect(after.consistencyCheck().problems).toEqual([]);
    } finally {
      after.close();
    }
  });
});
