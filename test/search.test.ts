/** Search through GraphQL on the demo catalog: typo tolerance, query syntax, owners by name, sort, exact facets. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestServer, type TestServer } from "./helpers";
import { ingestProposals } from "../server/ingest/proposals";

const SEARCH = `query($q: String!, $sort: SearchSortInput, $count: Int) { searchAcrossEntities(input: { query: $q, count: $count, sortInput: $sort }) {
  total searchResults { entity { urn type ... on MLModel { name } ... on MLModelGroup { name } ... on Dataset { name } } matchedFields { name value } }
  facets { field aggregations { value count } } } }`;

describe("search", () => {
  let server: TestServer;
  const search = async (q: string, extra: Record<string, unknown> = {}) => {
    const { body } = await server.graphql(SEARCH, { q, count: 50, ...extra });
    expect(body.errors).toBeUndefined();
    return body.data.searchAcrossEntities as { total: number; searchResults: Array<{ entity: { urn: string; type: string; name?: string } }>; facets: any[] };
  };
  const urns = (r: { searchResults: Array<{ entity: { urn: string } }> }) => r.searchResults.map((x) => x.entity.urn);
  beforeAll(async () => {
    server = await startTestServer({ demo: true });
  }, 120_000);
  afterAll(() => server.stop());

  it("finds through typos, exact and prefix matches first", async () => {
    const arima = await search("arimma");
    expect(urns(arima)[0]).toContain("arima_model");
    const airline = await search("airline forcast");
    expect(airline.total).toBeGreaterThan(0);
    expect(urns(airline).every((u) => u.includes("airline") || u.includes("forecast"))).toBe(true);
    // An exact word ranks its matches before those of its corrections.
    const exact = await search("arima");
    expect(urns(exact)[0]).toContain("arima_model");
  });

  it("suggests through typos in the search box, exact and prefix matches first; quotes are not words", async () => {
    const suggest = async (q: string, types?: string[]) => {
      const { body } = await server.graphql(
        `query($q: String!, $types: [EntityType!]) { autoCompleteForMultiple(input: { query: $q, types: $types, limit: 5 }) { suggestions { type suggestions entities { urn } } } }`,
        { q, types },
      );
      expect(body.errors).toBeUndefined();
      return body.data.autoCompleteForMultiple.suggestions as Array<{ type: string; suggestions: string[]; entities: Array<{ urn: string }> }>;
    };
    const models = (s: Awaited<ReturnType<typeof suggest>>) => s.find((g) => g.type === "MLMODEL")?.suggestions ?? [];
    expect(models(await suggest("arimma"))).toContain("ARIMA Model");
    expect(models(await suggest('"arima'))).toEqual(models(await suggest("arima")));
    const airline = (await suggest("airline forcast")).flatMap((g) => g.suggestions);
    expect(airline.length).toBeGreaterThan(0);
    expect(airline.every((n) => /airline forecast/i.test(n))).toBe(true);
    // An exact prefix ranks before a correction: "churn" names come first, not "chunk" ones.
    const churn = (await suggest("churn", ["MLMODEL_GROUP"]))[0].suggestions;
    expect(churn.length).toBe(5);
    expect(churn.every((n) => n.toLowerCase().includes("churn"))).toBe(true);
    // Nothing near: no suggestion (rather than everything).
    expect(await suggest("zzqxwv")).toEqual([]);
    expect(await suggest('" ( )')).toEqual([]);
  });

  it("reads AND, OR, NOT, -word, phrases, parentheses and field:value", async () => {
    const all = (await search("*")).total;
    const tagged = await search("tags:forecasting");
    expect(tagged.total).toBeGreaterThan(0);
    expect(tagged.total).toBeLessThan(all);
    const notSage = await search("tags:forecasting AND NOT platform:sagemaker");
    const minus = await search("tags:forecasting -platform:sagemaker");
    expect(notSage.total).toBe(minus.total);
    expect(notSage.total).toBeLessThanOrEqual(tagged.total);
    const either = await search("arima OR prophet");
    expect(either.total).toBeGreaterThanOrEqual(Math.max((await search("arima")).total, (await search("prophet")).total));
    const grouped = await search("(arima OR prophet) AND type:model");
    expect(grouped.searchResults.every((r) => r.entity.type === "MLMODEL")).toBe(true);
    expect(grouped.total).toBeGreaterThan(0);
    const phrase = await search('"airline forecast"');
    expect(phrase.total).toBeGreaterThan(0);
    const reversed = await search('"forecast airline"');
    expect(reversed.total).toBeLessThan(phrase.total);
  });

  it("never returns the whole catalog for stray punctuation, and never errors", async () => {
    const all = (await search("*")).total;
    for (const q of ["(", ")", '"', "%", "(((", '"arima', "(arima", "arima)", "AND", "NOT", "-", "name:", '""']) {
      const r = await search(q);
      expect(r.total, q).toBeLessThan(all);
    }
    expect((await search('"arima')).total).toBe((await search("arima")).total);
    expect((await search("%")).total).toBe(0);
  });

  it("finds the assets a person owns by their display name, and follows renames", async () => {
    const r = await search("Alice Chen");
    expect(r.total).toBeGreaterThan(0);
    const owned = await search("owners:alice");
    expect(urns(r)).toEqual(expect.arrayContaining(urns(owned).slice(0, 5)));
    ingestProposals(
      server.store,
      [
        {
          entityUrn: "urn:li:corpuser:alice",
          changeType: "UPSERT",
          aspectName: "corpUserInfo",
          aspect: { json: { active: true, displayName: "Alice Zhou", fullName: "Alice Zhou" } },
        },
      ],
      "urn:li:corpuser:test",
    );
    expect((await search("owners:zhou")).total).toBe(owned.total);
    expect((await search("owners:chen")).total).toBeLessThan(owned.total);
    expect(server.store.consistencyCheck().ok).toBe(true);
  });

  it("sorts by name and by last change, and refuses unknown sort fields", async () => {
    const asc = await search("*", { sort: { sortCriteria: [{ field: "name", sortOrder: "ASCENDING" }] } });
    const names = asc.searchResults.map((x) => (x.entity.name ?? "").toLowerCase()).filter(Boolean);
    expect(names.length).toBeGreaterThan(5);
    const desc = await search("type:model", { sort: { sortCriteria: [{ field: "name", sortOrder: "DESCENDING" }] } });
    const dn = desc.searchResults.map((x) => (x.entity.name ?? "").toLowerCase()).filter(Boolean);
    expect(dn).toEqual([...dn].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    const recent = await search("type:model", { sort: { sortCriteria: [{ field: "lastModified", sortOrder: "DESCENDING" }] } });
    expect(recent.total).toBe(desc.total);
    const { body } = await server.graphql(SEARCH, { q: "*", sort: { sortCriteria: [{ field: "bogus", sortOrder: "ASCENDING" }] } });
    expect(body.errors?.[0].message).toMatch(/sort field "bogus" is not supported/);
  });

  it("counts facets over every match", async () => {
    for (const q of ["*", "model", "forecast"]) {
      const r = await search(q);
      const types = r.facets.find((f) => f.field === "_entityType");
      expect(
        types.aggregations.reduce((n: number, a: { count: number }) => n + a.count, 0),
        q,
      ).toBe(r.total);
    }
  });

  it("reads the aspects of hits matched in their other text once: the search's read serves their fields", async () => {
    // A hyper-parameter name is in the other text of every model that has it.
    const reads: string[][] = [];
    const real = server.store.getCurrentAspects.bind(server.store);
    const spy = vi.spyOn(server.store, "getCurrentAspects").mockImplementation((urns, aspects) => {
      reads.push([...urns]);
      return real(urns, aspects);
    });
    try {
      const { body } = await server.graphql(
        `query($q: String!) { searchAcrossEntities(input: { query: $q, count: 10, types: [MLMODEL] }) {
          searchResults { entity { urn ... on MLModel { name properties { name hyperParams { name } } } } matchedFields { name value } } } }`,
        { q: "learning_rate" },
      );
      expect(body.errors).toBeUndefined();
      const results = body.data.searchAcrossEntities.searchResults as Array<{
        entity: { urn: string; properties: { hyperParams: Array<{ name: string }> } };
        matchedFields: Array<{ name: string }>;
      }>;
      const inText = results.filter((r) => r.matchedFields.some((m) => m.name === "hyperParams"));
      expect(inText.length).toBeGreaterThan(0);
      for (const r of inText) expect(r.entity.properties.hyperParams.map((p) => p.name)).toContain("learning_rate");
      const readAgain = reads.flat().filter((u) => inText.some((r) => r.entity.urn === u));
      expect(readAgain).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});
