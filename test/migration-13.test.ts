/**
 * Migration 13 (the search index rebuilt with prefix indexes of 1 to 3 characters) on a catalog of
 * schema version 12: the demo catalog is loaded, its search index put back as version 12 had it
 * (test/legacy-catalog.ts) and opened, which migrates it; it must then answer the same entity pages
 * and searches (short prefixes included, which the new indexes answer), pass its consistency check,
 * and keep indexing what is written after.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { loadDemo } from "../server/main";
import { Store } from "../server/store/store";
import { ingestProposals } from "../server/ingest/proposals";
import { MIGRATIONS } from "../server/store/migrations";
import { SEARCH_PREFIX_SIZES } from "../server/store/migration-13";
import { toVersion12Layout } from "./legacy-catalog";
import { tempDir } from "./helpers";
import { answersOf, sampleUrns } from "./catalog-answers";

const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));
const PREFIXES = ["c", "ch", "chu", "cust", "m", "xg", "fra", "pipe", "*"];

describe("migration 13: prefix indexes", () => {
  let dir: string;
  let file: string;
  let urns: string[];
  let answers: unknown[];
  let searches: unknown[];
  const searchAll = (store: Store) =>
    PREFIXES.map((query) => {
      const r = store.search({ query, count: 50, facets: ["_entityType", "platform"] });
      return { query, total: r.total, hits: r.hits.map((h) => h.urn), facets: r.facets };
    });

  beforeAll(async () => {
    dir = tempDir("orrery-migration-13-");
    file = path.join(dir, "catalog.db");
    const store = Store.open(file);
    loadDemo(store);
    urns = sampleUrns(store);
    searches = searchAll(store);
    store.close();
    answers = await answersOf(file, dir, urns);
    const db = new Database(file);
    toVersion12Layout(db);
    db.close();
  }, 300_000);

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const searchSql = () => {
    const db = new Database(file, { readonly: true });
    try {
      return {
        version: db.pragma("user_version", { simple: true }),
        sql: db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'search'`).pluck().get() as string,
      };
    } finally {
      db.close();
    }
  };

  it("is given a catalog whose search index has no prefix index", () => {
    const { version, sql } = searchSql();
    expect(version).toBe(12);
    expect(sql).not.toMatch(/prefix/);
    expect(urns.length).toBeGreaterThan(20);
  });

  it("rebuilds the index with prefix indexes, answering exactly what it did, consistently", async () => {
    const store = Store.open(file);
    try {
      expect(store.schemaVersion).toBe(LATEST);
      expect(store.consistencyCheck().problems).toEqual([]);
      expect(searchAll(store)).toEqual(searches);
    } finally {
      store.close();
    }
    const { sql } = searchSql();
    expect(sql).toContain(`prefix = '${SEARCH_PREFIX_SIZES}'`);
    expect(await answersOf(file, dir, urns)).toEqual(answers);
  });

  it("indexes what is written after", () => {
    const store = Store.open(file);
    try {
      const urn = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,quetzal-ranker,PROD)";
      const r = ingestProposals(
        store,
        [{ entityUrn: urn, changeType: "UPSERT", aspectName: "mlModelProperties", aspect: { json: { name: "Quetzal ranker" } } }],
        "urn:li:corpuser:test",
      );
      expect(r.rejected).toBe(0);
      for (const query of ["q", "qu", "que", "quetz", "quetzal"]) expect(store.search({ query, count: 100 }).hits.map((h) => h.urn)).toContain(urn);
    } finally {
      store.close();
    }
  });
});
