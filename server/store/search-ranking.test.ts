import { afterEach, beforeEach, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Store } from "./store";
import { RANK_ALL_UP_TO } from "./search";
import { mayBeInNames } from "./search-fuzzy";
import { ingestProposals } from "../ingest/proposals";

const model = (id: string) => `urn:li:mlModel:(urn:li:dataPlatform:mlflow,${id},PROD)`;
const props = (id: string, name: string, description = "") => ({
  entityUrn: model(id),
  changeType: "UPSERT",
  aspectName: "mlModelProperties",
  aspect: { json: { name, description } },
});

describe("search ranking", () => {
  let dir: string;
  let store: Store;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-rank-"));
    store = Store.open(path.join(dir, "c.db"));
    const r = ingestProposals(
      store,
      [
        props("a", "Arima baseline"),
        props("b", "Arimax seasonal"),
        props("c", "Prophet", "compared against an arima"),
        props("d", "Arina forecaster"),
        props("e", "Unrelated"),
      ],
      "urn:li:corpuser:test",
    );
    expect(r.rejected).toBe(0);
  });
  afterEach(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const names = (query: string) => store.search({ query, count: 10 }).hits.map((h) => h.urn.match(/,(\w+),PROD/)![1]);

  it("puts exact and prefix matches first (name before description), typo corrections after", () => {
    // "arima": exact/prefix hits a (name), b (name, prefix), c (description); "arina" is one edit away.
    const ranked = names("arima");
    expect(ranked.slice(0, 3).sort()).toEqual(["a", "b", "c"]);
    expect(ranked.indexOf("c")).toBeGreaterThan(ranked.indexOf("a"));
    expect(ranked[3]).toBe("d");
    expect(ranked).not.toContain("e");
  });

  it("finds through a typo when nothing matches exactly", () => {
    expect(names("arimma")).toContain("a");
    expect(names("profet")).toEqual([]); // two edits from "prophet": too far for a 6-letter word
    expect(names("prophett")).toEqual(["c"]);
  });

  it("sorts by name over every match", () => {
    const hits = store.search({ query: "*", count: 10, sort: { field: "name", order: "ASCENDING" } }).hits;
    expect(hits.map((h) => h.urn.match(/,(\w+),PROD/)![1])).toEqual(["a", "b", "d", "c", "e"]);
  });

  it("ranks a name match first among more matches than it scores, with a kind filter too", () => {
    // The name match is the oldest of RANK_ALL_UP_TO + 100 matches; the others mention the word in
    // their description only. Beyond RANK_ALL_UP_TO, ranking scores the newest name matches: a kind
    // filter must not empty that set (FTS5 intersects nested column filters).
    const many = [props("zz_named", "Zebra classifier")];
    for (let i = 0; i < RANK_ALL_UP_TO + 100; i++) many.push(props(`zz_${i}`, `Model ${i}`, "trained against zebra crossings"));
    expect(ingestProposals(store, many, "urn:li:corpuser:test").rejected).toBe(0);
    for (const types of [undefined, ["mlModel"]]) {
      const r = store.search({ query: "zebra", count: 3, filters: { types } });
      expect(r.total).toBe(RANK_ALL_UP_TO + 101);
      expect(r.hits[0].urn).toBe(model("zz_named"));
    }
    // A kind the matches are not: nothing, rather than an error.
    expect(store.search({ query: "zebra", count: 3, filters: { types: ["dataset"] } }).total).toBe(0);
  });

  it("ranks the names of a large match set: whole words before prefixes, the closest names first", () => {
    // The three name matches are the oldest; the others mention the word in their description only.
    const many = [props("zz_fish", "Zebrafish counter"), props("zz_long", "Zebra crossing detector"), props("zz_bare", "Zebra")];
    for (let i = 0; i < RANK_ALL_UP_TO + 100; i++) many.push(props(`zz_${i}`, `Model ${i}`, "trained against zebra crossings"));
    expect(ingestProposals(store, many, "urn:li:corpuser:test").rejected).toBe(0);
    const r = store.search({ query: "zebra", count: 5 });
    expect(r.hits.slice(0, 3).map((h) => h.urn)).toEqual([model("zz_bare"), model("zz_long"), model("zz_fish")]);
    // then the rest, newest first
    expect(r.hits[3].urn).toBe(model(`zz_${RANK_ALL_UP_TO + 99}`));
  });

  it("ranks only matches: a name matching an excluded word's query in its name alone is not a hit", () => {
    // Beyond RANK_ALL_UP_TO the names are ranked by a names-only statement, `{name} : (zebra NOT
    // crossing)`, which the newest model passes by its name while its description says "crossing".
    const many = [];
    for (let i = 0; i < RANK_ALL_UP_TO + 100; i++) many.push(props(`zz_${i}`, `Zebra ${i}`, "striped"));
    many.push(props("zz_excluded", "Zebra newest", "seen at a crossing"));
    expect(ingestProposals(store, many, "urn:li:corpuser:test").rejected).toBe(0);
    const r = store.search({ query: "zebra -crossing", count: 20, skipCache: true });
    expect(r.total).toBe(RANK_ALL_UP_TO + 100);
    expect(r.hits.map((h) => h.urn)).not.toContain(model("zz_excluded"));
    expect(r.hits[0].urn).toBe(model(`zz_${RANK_ALL_UP_TO + 99}`));
  });

  it("orders a large match set newest first when no name holds the word", () => {
    const many = [];
    for (let i = 0; i < RANK_ALL_UP_TO + 100; i++) many.push(props(`q_${i}`, `Model ${i}`, "fed on quokka sightings"));
    expect(ingestProposals(store, many, "urn:li:corpuser:test").rejected).toBe(0);
    expect(mayBeInNames(store, "quokka", false)).toBe(false);
    expect(mayBeInNames(store, "quok", true)).toBe(false);
    expect(mayBeInNames(store, "model", false)).toBe(true);
    expect(mayBeInNames(store, "mod", true)).toBe(true);
    const r = store.search({ query: "quokka", count: 3 });
    expect(r.hits.map((h) => h.urn)).toEqual([99, 98, 97].map((k) => model(`q_${RANK_ALL_UP_TO + k}`)));
  });
});

describe("typo corrections", () => {
  it("are kept per connection until the vocabulary gains a word", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-fix-"));
    const store = Store.open(path.join(dir, "c.db"));
    // A second connection, as a read worker has: it sees the vocabulary the writer adds to.
    const reader = Store.open(path.join(dir, "c.db"), { readonly: true });
    try {
      const names = (s: Store, q: string) => s.search({ query: q, count: 10 }).hits.map((h) => h.urn);
      expect(ingestProposals(store, [props("l", "Orders ledger")], "urn:li:corpuser:test").rejected).toBe(0);
      for (const s of [store, reader]) {
        expect(names(s, "ledgr")).toEqual([model("l")]);
        expect(names(s, "quokkas")).toEqual([]);
      }
      expect(ingestProposals(store, [props("q", "Quokka sightings")], "urn:li:corpuser:test").rejected).toBe(0);
      for (const s of [store, reader]) {
        expect(names(s, "quokkas")).toEqual([model("q")]);
        expect(names(s, "ledgr")).toEqual([model("l")]);
      }
    } finally {
      reader.close();
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
