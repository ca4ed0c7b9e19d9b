import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Store } from "./store";
import { ingestProposals } from "../ingest/proposals";
import { Rng } from "../demo/generate/rng";
import type { SearchQuery, SearchResult } from "./types";
import { FACETS_EXACT_UP_TO } from "./search";

/**
 * Kept search results (search-cache.ts) against the same searches read afresh (skipCache), on the
 * writer's connection and on a second, read-only one, through rounds of every kind of change a
 * catalog sees: tags, descriptions, renames, new entities, soft and hard deletes.
 */
const ACTOR = "urn:li:corpuser:test";
const model = (i: number) => `urn:li:mlModel:(urn:li:dataPlatform:mlflow,m${i},PROD)`;
const dataset = (i: number) => `urn:li:dataset:(urn:li:dataPlatform:${i % 3 === 0 ? "s3" : "hive"},d${i},PROD)`;
const WORDS = ["alpha", "beta", "gamma", "delta", "omega"];
/** Names and descriptions drawn from WORDS, so each word matches about a thousand entities. */
const nameOf = (i: number) => `${WORDS[i % 5]} ${WORDS[(i * 7) % 5]} item${i}`;
const proposal = (urn: string, aspectName: string, json: unknown) => ({ entityUrn: urn, changeType: "UPSERT", aspectName, aspect: { json } });
const propsOf = (urn: string, name: string, description: string) =>
  urn.startsWith("urn:li:mlModel") ? proposal(urn, "mlModelProperties", { name, description }) : proposal(urn, "datasetProperties", { name, description });

const statsOf = (store: Store) => (store as unknown as { searcher: { cache: { stats: Record<string, number> } } }).searcher.cache.stats;

/** What a search answers, without the aspects a hit carries for the caller's reuse (read lazily). */
const answer = (r: SearchResult) => JSON.parse(JSON.stringify({ ...r, hits: r.hits.map(({ aspects: _aspects, ...h }) => h) })) as unknown;

const FACETS = ["_entityType", "platform", "tags", "owners"];
const QUERIES: SearchQuery[] = [
  // Every entity's description says "common": past 2,000 matches the facet columns are read, and then
  // searches of 500 matches or more are kept too.
  { query: "common", start: 0, count: 20, facets: FACETS },
  ...WORDS.flatMap((query) => [
    { query, start: 0, count: 20, facets: FACETS },
    { query, start: 20, count: 20, facets: FACETS },
    { query, start: 480, count: 40, facets: FACETS },
    { query, start: 0, count: 10, facets: ["tags"], filters: { _entityType: ["dataset"] } },
    { query, start: 0, count: 10, facets: FACETS, where: [[{ field: "platform", values: ["urn:li:dataPlatform:hive"] }]] },
    { query, start: 0, count: 10, facets: FACETS, sort: { field: "name", order: "ASCENDING" } },
  ]),
  { query: "alp", start: 0, count: 20, facets: FACETS },
  { query: "alpah", start: 0, count: 20, facets: FACETS },
  { query: '"alpha gamma"', start: 0, count: 20, facets: FACETS },
  { query: "alpha -beta", start: 0, count: 20, facets: FACETS },
] as SearchQuery[];

describe("kept search results", () => {
  let dir: string;
  let writer: Store;
  let reader: Store;
  let next = 0;
  const rng = new Rng(7);
  const rnd = (n: number) => rng.int(0, n - 1);

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-search-cache-"));
    writer = Store.open(path.join(dir, "c.db"));
    const proposals = [];
    for (; next < 3000; next++) {
      const urn = next % 4 === 0 ? model(next) : dataset(next);
      proposals.push(propsOf(urn, nameOf(next), `${WORDS[(next * 3) % 5]} common notes`));
      if (next % 2 === 0) proposals.push(proposal(urn, "globalTags", { tags: [{ tag: `urn:li:tag:t${next % 4}` }] }));
    }
    expect(ingestProposals(writer, proposals, ACTOR).rejected).toBe(0);
    reader = Store.open(path.join(dir, "c.db"), { readonly: true });
  });
  afterAll(() => {
    reader.close();
    writer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const urnOf = (id: number) => writer.get<{ urn: string }>(`SELECT urn FROM entities WHERE id = ?`, id)?.urn;
  const someEntity = () => {
    for (;;) {
      const urn = urnOf(1 + rnd(next));
      if (urn) return urn;
    }
  };

  /** Changes of every kind. */
  function changeSome(n: number): void {
    const proposals: unknown[] = [];
    for (let i = 0; i < n; i++) {
      const urn = someEntity();
      switch (rnd(8)) {
        case 0:
        case 1:
          proposals.push(proposal(urn, "globalTags", { tags: [{ tag: `urn:li:tag:t${rnd(6)}` }] }));
          break;
        case 2:
          proposals.push(propsOf(urn, nameOf(rnd(5000)), `${WORDS[rnd(5)]} changed`));
          break;
        case 3:
          proposals.push(proposal(urn, "ownership", { owners: [{ owner: `urn:li:corpuser:u${rnd(3)}`, type: "DATAOWNER" }] }));
          break;
        case 4:
          proposals.push(proposal(urn, "status", { removed: rnd(2) === 0 }));
          break;
        case 5:
          writer.deleteEntity(urn);
          break;
        default: {
          const id = next++;
          proposals.push(propsOf(id % 4 === 0 ? model(id) : dataset(id), nameOf(id), `${WORDS[rnd(5)]} new`));
        }
      }
    }
    expect(ingestProposals(writer, proposals as never, ACTOR).rejected).toBe(0);
  }

  function expectSameAsFresh(store: Store): void {
    for (const q of QUERIES) expect(answer(store.search(q)), JSON.stringify(q)).toEqual(answer(store.search({ ...q, skipCache: true })));
  }

  it("answers as a fresh search does, on the writer's connection and another, through changes of every kind", () => {
    expectSameAsFresh(writer);
    expectSameAsFresh(reader);
    for (let round = 0; round < 12; round++) {
      changeSome(1 + rnd(12));
      expectSameAsFresh(writer);
      expectSameAsFresh(reader);
    }
    for (const store of [writer, reader]) {
      const stats = statsOf(store);
      // The entries were patched, and some rankings read again (renames, new entities), not only dropped.
      expect(stats.hits).toBeGreaterThan(200);
      expect(stats.patched).toBeGreaterThan(100);
      expect(stats.reranked).toBeGreaterThan(0);
    }
  });

  it("reads the matches again whole past a few dozen changes, and patches the rest", () => {
    expectSameAsFresh(reader);
    const before = { ...statsOf(reader) };
    changeSome(60);
    expectSameAsFresh(reader);
    expect(statsOf(reader).patched).toBeGreaterThan(before.patched);
    expect(statsOf(reader).dropped).toBe(before.dropped);
  });

  it("reads afresh past a batch of changes too large to patch", () => {
    expectSameAsFresh(reader);
    const before = statsOf(reader).dropped;
    const proposals = [];
    for (let i = 0; i < 5_001; i++) {
      const id = next++;
      proposals.push(propsOf(dataset(id), nameOf(id), "common"));
    }
    expect(ingestProposals(writer, proposals, ACTOR).rejected).toBe(0);
    expectSameAsFresh(reader);
    expect(statsOf(reader).dropped).toBeGreaterThan(before);
  });

  it("sees a transaction's own writes, and keeps nothing of one rolled back", () => {
    const q = { query: "omega", start: 0, count: 50, facets: FACETS } as SearchQuery;
    const before = answer(writer.search(q));
    const urn = dataset(next++);
    expect(() =>
      writer.transaction(() => {
        ingestProposals(writer, [propsOf(urn, "omega newest", "")], ACTOR);
        const inside = writer.search(q);
        expect(inside.hits[0].urn).toBe(urn);
        throw new Error("roll back");
      }),
    ).toThrow("roll back");
    expect(answer(writer.search(q))).toEqual(before);
    expectSameAsFresh(writer);
  });
});

describe("kept search results past the exact count", () => {
  let dir: string;
  let store: Store;
  const ds = (i: number) => `urn:li:dataset:(urn:li:dataPlatform:hive,z${i},PROD)`;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-search-cache-many-"));
    store = Store.open(path.join(dir, "c.db"));
    // More matches than are read (FACETS_EXACT_UP_TO): the newest are kept, and the total estimated.
    const proposals = [];
    for (let i = 0; i < FACETS_EXACT_UP_TO + 2_000; i++) proposals.push(propsOf(ds(i), `zeta ${i % 7 === 0 ? "eta" : "theta"}`, ""));
    expect(ingestProposals(store, proposals, ACTOR).rejected).toBe(0);
  });
  afterAll(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("answers as a fresh search does while its matches stay, and reads afresh when one comes", () => {
    const qs = [
      { query: "zeta", start: 0, count: 20, facets: FACETS },
      { query: "zeta", start: 40, count: 20, facets: FACETS },
      { query: "zeta theta", start: 0, count: 20, facets: ["tags"] },
    ] as SearchQuery[];
    const same = () => {
      for (const q of qs) expect(answer(store.search(q)), JSON.stringify(q)).toEqual(answer(store.search({ ...q, skipCache: true })));
    };
    same();
    expect(store.search(qs[0]).facetsExact).toBe(false);
    // The first change after a connection starts also reads again every entity of the catalog's
    // last transaction (changes are read from the newest time seen, inclusive): here all of them.
    expect(ingestProposals(store, [proposal(ds(1), "globalTags", { tags: [{ tag: "urn:li:tag:first" }] })], ACTOR).rejected).toBe(0);
    same();
    // A tag on a kept match, an entity that does not match: patched (the total estimated again).
    expect(ingestProposals(store, [proposal(ds(FACETS_EXACT_UP_TO), "globalTags", { tags: [{ tag: "urn:li:tag:kept" }] })], ACTOR).rejected).toBe(0);
    expect(ingestProposals(store, [propsOf(ds(900_000), "unrelated", "")], ACTOR).rejected).toBe(0);
    const before = { ...statsOf(store) };
    same();
    expect(statsOf(store).patched).toBeGreaterThan(before.patched);
    expect(statsOf(store).dropped).toBe(before.dropped);
    // A new match moves the window of the newest: read afresh.
    expect(ingestProposals(store, [propsOf(ds(900_001), "zeta newest", "")], ACTOR).rejected).toBe(0);
    same();
    expect(statsOf(store).dropped).toBeGreaterThan(before.dropped);
  });
});
