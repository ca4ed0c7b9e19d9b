/**
 * Search on match sets larger than it counts exactly (server/store/search.ts): past
 * FACETS_EXACT_UP_TO matches the total is an estimate from the newest and oldest matches (exact
 * when the two ends meet), facets are counted over the newest and say so; long prefixes are
 * searched as the terms they stand for (search-terms.ts) and find exactly what the prefix finds.
 * The catalog is written straight into the search index's tables: 60,000 entities through the
 * ingestion path would take a minute, and only the index is read here.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../server/store/store";
import { FACETS_EXACT_UP_TO } from "../server/store/search";
import { createTermsView, prefixTerms } from "../server/store/search-terms";
import { Connection } from "../server/store/connection";
import { tempDir } from "./helpers";

const N = 60_000;

describe("search past exact counting", () => {
  let dir: string;
  let store: Store;
  beforeAll(() => {
    dir = tempDir("search-scale-");
    store = Store.open(path.join(dir, "c.db"));
    const db = store.db;
    const entity = db.prepare(`INSERT INTO entities (id, urn, type, created_at, updated_at) VALUES (?, ?, 'mlModel', ?, ?)`);
    const row = db.prepare(`INSERT INTO search (rowid, name, description, kind) VALUES (?, ?, ?, 'mlmodel')`);
    const facet = db.prepare(`INSERT INTO facets (entity_id, field, value) VALUES (?, 'platform', ?)`);
    db.transaction(() => {
      for (let id = 1; id <= N; id++) {
        entity.run(id, `urn:li:mlModel:(urn:li:dataPlatform:mlflow,m${id},PROD)`, id, id);
        const words = ["alpha"];
        // beta: the oldest 30,000 and the newest 25,000; gamma: one in three; omegaNN: 60 terms of one prefix
        if (id <= 30_000 || id > N - 25_000) words.push("beta");
        if (id % 3 === 0) words.push("gamma");
        if (id % 1000 === 0) words.push(`omega${String(id / 1000).padStart(2, "0")}`, id % 2000 === 0 ? "alphabet" : "");
        row.run(id, `model ${id}`, words.join(" "));
        facet.run(id, id % 4 === 0 ? "sagemaker" : "mlflow");
      }
    })();
  }, 120_000);
  afterAll(() => {
    store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("counts exactly up to FACETS_EXACT_UP_TO matches", () => {
    expect(FACETS_EXACT_UP_TO).toBeLessThan(N);
    const r = store.search({ query: "gamma", count: 5, facets: ["platform"] });
    expect(r.total).toBe(N / 3);
    expect(r.facetsExact).toBe(true);
    expect(r.facets[0].aggregations).toEqual([
      { value: "mlflow", count: 15_000 },
      { value: "sagemaker", count: 5_000 },
    ]);
  });

  it("estimates a larger total, rounded, and counts facets over the newest matches", () => {
    const r = store.search({ query: "alpha", count: 5, facets: ["platform"] });
    expect(r.facetsExact).toBe(false);
    // evenly spread matches: the estimate is within 2 % of the true count, to two significant digits
    expect(Math.abs(r.total - N) / N).toBeLessThan(0.02);
    expect(r.total % 1000).toBe(0);
    const counted = r.facets[0].aggregations.reduce((n, a) => n + a.count, 0);
    expect(counted).toBe(FACETS_EXACT_UP_TO);
    expect(r.hits.map((h) => h.id)).toEqual([N, N - 1, N - 2, N - 3, N - 4]);
  });

  it("gives the exact total when the oldest and newest matches meet", () => {
    // beta: 55,000 matches, the newest 50,000 reach down to id 5,001 and the oldest 5,000 are ids 1–5,000
    const r = store.search({ query: "beta", count: 3 });
    expect(r.total).toBe(55_000);
    expect(r.facetsExact).toBe(false);
  });

  it("pages through the newest matches beyond the first window", () => {
    const r = store.search({ query: "alpha", start: 20_000, count: 3 });
    expect(r.hits.map((h) => h.id)).toEqual([N - 20_000, N - 20_001, N - 20_002]);
  });

  it("searches a long prefix as its terms, finding what the prefix finds", () => {
    const conn = Connection.open(path.join(dir, "c.db"), { readonly: true, busyTimeoutMs: 1000, now: Date.now, exclusive: false });
    createTermsView(conn);
    expect(prefixTerms(conn, "alph")).toEqual(["alpha", "alphabet"]);
    expect(prefixTerms(conn, "alp")).toBeNull(); // a prefix index answers prefixes of 3 or fewer
    expect(prefixTerms(conn, "zzzz")).toEqual([]);
    // 60 terms: more than a search spells out, so the prefix stays a prefix
    expect(prefixTerms(conn, "omeg")).toBeNull();
    expect(prefixTerms(conn, "omega0")).toEqual(["omega01", "omega02", "omega03", "omega04", "omega05", "omega06", "omega07", "omega08", "omega09"]);
    const ids = (query: string) => store.scroll({ query, count: 1000 }, null).hits.map((h) => h.id);
    const viaFts = (fts: string) => store.all<{ id: number }>(`SELECT rowid AS id FROM search WHERE search MATCH ? ORDER BY rowid`, fts).map((r) => r.id);
    expect(ids("omega0")).toEqual(viaFts(`"omega0"*`));
    expect(ids("omeg")).toEqual(viaFts(`"omeg"*`));
    expect(ids("omeg")).toHaveLength(60);
    expect(store.search({ query: "alphab" }).total).toBe(30);
    expect(store.search({ query: "gamm", count: 0 }).total).toBe(N / 3);
    conn.close();
  });
});
