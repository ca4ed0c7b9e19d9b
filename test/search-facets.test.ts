/**
 * Facet counts are exact: on a generated catalog, for words, prefixes, `*`, with and without filters,
 * each facet's counts equal those counted directly from the facet rows of every match (all pages of
 * a scroll), and the kind counts add up to the total. FacetColumns (the in-memory counting broad
 * searches use) agrees with SQL before and after writes, and after a full reindex.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../server/store/store";
import { ingestInto } from "../bench/catalog";
import { generateCatalog } from "../server/demo/generate";
import { FacetColumns } from "../server/store/search-facets";
import { Connection } from "../server/store/connection";
import { ingestProposals } from "../server/ingest/proposals";
import type { SearchQuery } from "../server/store/types";
import { tempDir } from "./helpers";

const FIELDS = ["_entityType", "platform", "typeNames", "tags", "glossaryTerms", "owners", "domains", "container"];

describe("exact facet counts", () => {
  let dir: string;
  let store: Store;
  beforeAll(() => {
    dir = tempDir("facets-");
    const db = path.join(dir, "catalog.db");
    ingestInto(db, generateCatalog({ entities: 3_000, seed: 11 }), { progress: false });
    store = Store.open(db);
  }, 300_000);
  afterAll(() => {
    store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Every match's id, from a scroll (its own statements, not the search's). */
  const matchIds = (q: SearchQuery): number[] => {
    const ids: number[] = [];
    let after = null;
    for (;;) {
      const page = store.scroll({ ...q, count: 1000 }, after);
      ids.push(...page.hits.map((h) => h.id));
      if (page.hits.length < 1000) return ids;
      const last = page.hits[page.hits.length - 1];
      after = { id: last.id, key: last.key };
    }
  };
  /** Counts of each field's values over these entities, straight from the facet rows and entity kinds. */
  const countedFromRows = (ids: number[], fields: readonly string[]) => {
    const json = JSON.stringify(ids);
    const rows = store.all<{ field: string; value: string; n: number }>(
      `SELECT field, value, count(*) AS n FROM facets WHERE entity_id IN (SELECT value FROM json_each(?)) GROUP BY field, value
       UNION ALL SELECT '_entityType', type, count(*) FROM entities WHERE id IN (SELECT value FROM json_each(?)) GROUP BY type`,
      json,
      json,
    );
    return new Map(fields.map((f) => [f, new Map(rows.filter((r) => r.field === f).map((r) => [r.value, r.n]))]));
  };
  const asMap = (r: ReturnType<Store["search"]>) => new Map(r.facets.map((f) => [f.field, new Map(f.aggregations.map((a) => [a.value, a.count]))]));

  it("equal the counts of every match's facet rows, with and without filters", () => {
    const common = store.search({ query: "*", facets: ["platform", "tags", "_entityType", "owners", "glossaryTerms"], maxAggValues: 2, count: 0 });
    const top = (f: string) => common.facets.find((x) => x.field === f)!.aggregations.map((a) => a.value);
    expect(top("platform").length).toBe(2);
    expect(top("tags").length).toBe(2);
    const filters = [
      undefined,
      [[{ field: "platform", values: [top("platform")[0]] }]],
      [[{ field: "tags", values: top("tags") }]],
      [[{ field: "_entityType", values: [top("_entityType")[0]] }], [{ field: "platform", values: [top("platform")[1]] }]],
      [[{ field: "owners", values: ["urn:li:corpuser:nobody"], negated: true }]],
      // platform, tags, terms and owners are also narrowed through the full-text index (ftsPrefilter)
      [
        [
          { field: "owners", values: top("owners") },
          { field: "glossaryTerms.keyword", values: [top("glossaryTerms")[0]], condition: "EQUAL" },
        ],
      ],
    ];
    let broad = 0;
    for (const query of ["*", "customer", "churn", "dat", "model", "daily revenue", "pro"])
      for (const where of filters) {
        const q: SearchQuery = { query, where, facets: FIELDS, maxAggValues: 1000, count: 5 };
        const r = store.search(q);
        const ids = matchIds(q);
        expect(ids.length, `${query} ${JSON.stringify(where)}`).toBe(r.total);
        expect(r.facetsExact).toBe(true);
        expect(asMap(r), `${query} ${JSON.stringify(where)}`).toEqual(countedFromRows(ids, FIELDS));
        const kinds = r.facets.find((f) => f.field === "_entityType")!.aggregations.reduce((n, a) => n + a.count, 0);
        expect(kinds).toBe(r.total);
        if (r.total > 2_000) broad++;
      }
    // Some searches were broad enough to be counted in memory (search.ts SQL_FACETS_UP_TO).
    expect(broad).toBeGreaterThan(0);
  });

  it("count in memory as SQL does, after writes and after a full reindex", () => {
    const columns = new FacetColumns(Connection.open(store.path, { readonly: true, busyTimeoutMs: 5_000, now: Date.now }));
    const sample = (every: number) => store.all<{ id: number }>(`SELECT id FROM entities WHERE id % ? = 0`, every).map((r) => r.id);
    const ids = sample(3);
    expect(columns.count(ids, FIELDS)).toEqual(countedFromRows(ids, FIELDS));
    // Retag some of them: the columns read the changed entities again.
    const urns = store.all<{ urn: string }>(`SELECT urn FROM entities WHERE type = 'mlModel' ORDER BY id LIMIT 20`).map((r) => r.urn);
    expect(urns.length).toBe(20);
    const r = ingestProposals(
      store,
      urns.map((urn) => ({
        entityUrn: urn,
        changeType: "UPSERT",
        aspectName: "globalTags",
        aspect: { json: { tags: [{ tag: "urn:li:tag:freshly-retagged" }] } },
      })),
      "urn:li:corpuser:test",
    );
    expect(r.rejected).toBe(0);
    const after = countedFromRows(ids, FIELDS);
    expect(columns.count(ids, FIELDS)).toEqual(after);
    expect([...after.get("tags")!.keys()]).toContain("urn:li:tag:freshly-retagged");
    expect(columns.pending).toBeGreaterThanOrEqual(20);
    // A full reindex keeps updated_at: the store's own columns (a broad filtered listing counts with
    // them) are read afresh.
    const q: SearchQuery = {
      query: "*",
      where: [[{ field: "owners", values: ["urn:li:corpuser:nobody"], negated: true }]],
      facets: FIELDS,
      maxAggValues: 1000,
      count: 0,
    };
    expect(store.search(q).total).toBeGreaterThan(2_000);
    store.reindexAll();
    expect(asMap(store.search(q))).toEqual(countedFromRows(matchIds(q), FIELDS));
  });

  it("fold the changed entities into the arrays: retagged, untagged and new ones count as SQL does", () => {
    const columns = new FacetColumns(Connection.open(store.path, { readonly: true, busyTimeoutMs: 5_000, now: Date.now }), 40);
    const every = () => store.all<{ id: number }>(`SELECT id FROM entities WHERE removed = 0`).map((r) => r.id);
    expect(columns.count(every(), FIELDS)).toEqual(countedFromRows(every(), FIELDS));
    const tagged = (urns: string[], tags: string[]) =>
      ingestProposals(
        store,
        urns.map((urn) => ({ entityUrn: urn, changeType: "UPSERT", aspectName: "globalTags", aspect: { json: { tags: tags.map((tag) => ({ tag })) } } })),
        "urn:li:corpuser:test",
      );
    const models = store.all<{ urn: string }>(`SELECT urn FROM entities WHERE type = 'mlModel' ORDER BY id DESC LIMIT 50`).map((r) => r.urn);
    // Below the fold: the overlay holds them.
    expect(tagged(models.slice(0, 10), ["urn:li:tag:fold-a", "urn:li:tag:fold-b"]).rejected).toBe(0);
    expect(columns.count(every(), FIELDS)).toEqual(countedFromRows(every(), FIELDS));
    expect(columns.pending).toBeGreaterThanOrEqual(10);
    expect(columns.pending).toBeLessThanOrEqual(40);
    // Past it, with tags taken away and entities the arrays never had: folded, and counted alike.
    expect(tagged(models.slice(10, 50), []).rejected).toBe(0);
    const fresh = Array.from({ length: 12 }, (_, i) => `urn:li:mlModel:(urn:li:dataPlatform:mlflow,folded_model_${i},PROD)`);
    expect(tagged(fresh, ["urn:li:tag:fold-new"]).rejected).toBe(0);
    const ids = every();
    const counted = columns.count(ids, FIELDS);
    expect(columns.pending).toBe(0);
    const expected = countedFromRows(ids, FIELDS);
    expect(counted).toEqual(expected);
    expect(expected.get("tags")!.get("urn:li:tag:fold-new")).toBe(12);
    expect(expected.get("tags")!.get("urn:li:tag:fold-a")).toBe(10);
    // And after the fold, further changes go to the overlay again.
    expect(tagged(models.slice(0, 5), []).rejected).toBe(0);
    expect(columns.count(ids, FIELDS)).toEqual(countedFromRows(ids, FIELDS));
    expect(columns.pending).toBeGreaterThanOrEqual(5);
  });
});
