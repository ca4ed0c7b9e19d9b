/**
 * Every input field DataHub's search, scroll, aggregate and lineage inputs define, on the demo
 * catalog through GraphQL: orFilters (branches, negated, each FilterOperator), sortInput,
 * searchFlags, viewUrn, scrolling (with the exact query DataHub's Python SDK sends to list urns),
 * aggregateAcrossEntities, and lineage's time window, per-hop cap and ignoreAsHops.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers";
import { ingestProposals } from "../server/ingest/proposals";

const SEARCH = `query($input: SearchAcrossEntitiesInput!) { searchAcrossEntities(input: $input) {
  total searchResults { entity { urn type } matchedFields { name value } } facets { field aggregations { value count } } } }`;

/**
 * The query DataHub's Python SDK sends from DataHubGraph.get_urns_by_filter (metadata-ingestion,
 * src/datahub/ingestion/graph/client.py), with its variables' shape: the filter it builds for
 * RemovedStatusFilter.NOT_SOFT_DELETED is `removed` EQUAL "true", negated.
 */
const SDK_SCROLL = `
query scrollUrnsWithFilters(
    $types: [EntityType!],
    $query: String!,
    $orFilters: [AndFilterInput!],
    $batchSize: Int!,
    $scrollId: String,
    $skipCache: Boolean!,
    $sortInput: SearchSortInput,
    $includeSoftDeleted: Boolean) {

    scrollAcrossEntities(input: {
        query: $query,
        count: $batchSize,
        scrollId: $scrollId,
        types: $types,
        orFilters: $orFilters,
        sortInput: $sortInput,
        searchFlags: {
            skipHighlighting: true
            skipAggregates: true
            skipCache: $skipCache
            includeSoftDeleted: $includeSoftDeleted
        }
    }) {
        nextScrollId
        searchResults {
            entity {
                urn
            }
            extraProperties {
                name
                value
            }
        }
    }
}`;

const SCROLL = `query($input: ScrollAcrossEntitiesInput!) { scrollAcrossEntities(input: $input) {
  nextScrollId count total searchResults { entity { urn } } facets { field aggregations { value count } } } }`;

type Hit = { entity: { urn: string; type: string }; matchedFields: Array<{ name: string }> };

describe("DataHub's input fields", () => {
  let server: TestServer;
  const search = async (input: Record<string, unknown>) => {
    const { body } = await server.graphql(SEARCH, { input: { query: "*", count: 1000, ...input } });
    expect(body.errors).toBeUndefined();
    return body.data.searchAcrossEntities as {
      total: number;
      searchResults: Hit[];
      facets: Array<{ field: string; aggregations: Array<{ value: string; count: number }> }>;
    };
  };
  const searchError = async (input: Record<string, unknown>) => {
    const { body } = await server.graphql(SEARCH, { input: { query: "*", ...input } });
    expect(body.errors?.length).toBeGreaterThan(0);
    return String(body.errors[0].message);
  };
  const urnsOf = (r: { searchResults: Array<{ entity: { urn: string } }> }) => r.searchResults.map((h) => h.entity.urn);
  beforeAll(async () => {
    server = await startTestServer({ demo: true });
  }, 120_000);
  afterAll(() => server.stop());

  it("orFilters: branches are OR-ed, criteria AND-ed, negated inverts", async () => {
    const all = await search({});
    const models = await search({ orFilters: [{ and: [{ field: "_entityType", values: ["MLMODEL"] }] }] });
    const groups = await search({ orFilters: [{ and: [{ field: "_entityType", values: ["MLMODEL_GROUP"] }] }] });
    expect(models.total).toBeGreaterThan(0);
    expect(groups.total).toBeGreaterThan(0);
    const either = await search({
      orFilters: [{ and: [{ field: "_entityType", values: ["MLMODEL"] }] }, { and: [{ field: "_entityType", values: ["MLMODEL_GROUP"] }] }],
    });
    expect(either.total).toBe(models.total + groups.total);
    const notModels = await search({ orFilters: [{ and: [{ field: "_entityType", values: ["MLMODEL"], negated: true }] }] });
    expect(notModels.total).toBe(all.total - models.total);
    expect(notModels.searchResults.some((h) => h.entity.type === "MLMODEL")).toBe(false);
    // `filters` (the older form) applies to every branch.
    const tagged = await search({ filters: [{ field: "tags", values: [all.facets.find((f) => f.field === "tags")!.aggregations[0]!.value] }] });
    const taggedModels = await search({
      filters: [{ field: "tags", values: [all.facets.find((f) => f.field === "tags")!.aggregations[0]!.value] }],
      orFilters: [{ and: [{ field: "_entityType", values: ["MLMODEL"] }] }],
    });
    expect(taggedModels.total).toBeLessThanOrEqual(tagged.total);
    expect(taggedModels.searchResults.every((h) => h.entity.type === "MLMODEL")).toBe(true);
  });

  it("an _entityType filter reaches the kinds a listing shows but the full-text index leaves out (groups), as a types argument does", async () => {
    const group = "urn:li:corpGroup:inputs-test-group";
    const r = ingestProposals(
      server.store,
      [
        {
          entityType: "corpGroup",
          entityUrn: group,
          changeType: "UPSERT",
          aspectName: "corpGroupInfo",
          aspect: { json: { displayName: "Inputs Test Group", admins: [], members: [], groups: [] } },
        },
      ],
      "urn:li:corpuser:datahub",
    );
    expect(r.rejected).toBe(0);
    const byFilter = await search({ orFilters: [{ and: [{ field: "_entityType", values: ["CORP_GROUP"] }] }] });
    const byTypes = await search({ types: ["CORP_GROUP"] });
    expect(urnsOf(byFilter)).toEqual([group]);
    expect(urnsOf(byTypes)).toEqual([group]);
    expect(byFilter.facets.find((f) => f.field === "_entityType")?.aggregations).toEqual([{ value: "CORP_GROUP", count: 1 }]);
    // With other kinds named too, the filter still decides; a kind in neither matches nothing.
    const both = await search({ orFilters: [{ and: [{ field: "_entityType", values: ["CORP_GROUP", "MLMODEL"] }] }] });
    expect(both.total).toBe(1 + (await search({ types: ["MLMODEL"] })).total);
    expect((await search({ types: ["MLMODEL"], orFilters: [{ and: [{ field: "_entityType", values: ["CORP_GROUP"] }] }] })).total).toBe(0);
  });

  it("a text search filtered by kinds in one branch finds what the same kinds as types find, the kinds of every criterion", async () => {
    const text = { query: "model" };
    const byTypes = await search({ ...text, types: ["MLMODEL"] });
    expect(byTypes.total).toBeGreaterThan(0);
    const byFilter = await search({ ...text, orFilters: [{ and: [{ field: "_entityType", values: ["MLMODEL"] }] }] });
    expect(urnsOf(byFilter)).toEqual(urnsOf(byTypes));
    expect(byFilter.total).toBe(byTypes.total);
    // Two criteria on the kind in one branch: the kinds both name.
    const twoCriteria = await search({
      ...text,
      orFilters: [
        {
          and: [
            { field: "_entityType", values: ["MLMODEL", "DATASET"] },
            { field: "_entityType", values: ["MLMODEL"] },
          ],
        },
      ],
    });
    expect(urnsOf(twoCriteria)).toEqual(urnsOf(byTypes));
    // Another criterion of the branch still applies.
    const tagged = await search({
      ...text,
      orFilters: [
        {
          and: [
            { field: "_entityType", values: ["MLMODEL"] },
            { field: "tags", values: ["urn:li:tag:no-such-tag"] },
          ],
        },
      ],
    });
    expect(tagged.total).toBe(0);
    // Two branches: each kind with its own criteria.
    const branches = await search({
      ...text,
      orFilters: [{ and: [{ field: "_entityType", values: ["MLMODEL"] }] }, { and: [{ field: "_entityType", values: ["DATASET"] }] }],
    });
    expect(branches.total).toBe(byTypes.total + (await search({ ...text, types: ["DATASET"] })).total);
  });

  it("every FilterOperator that applies: EQUAL, IEQUAL, IN, CONTAIN, START_WITH, END_WITH, EXISTS, ranges", async () => {
    const all = await search({});
    const platforms = all.facets.find((f) => f.field === "platform")!.aggregations;
    const p = platforms[0]!;
    const f = (condition: string, values: string[], field = "platform", negated = false) =>
      search({ orFilters: [{ and: [{ field, values, condition, negated }] }] });
    expect((await f("EQUAL", [p.value])).total).toBe(p.count);
    expect((await f("IN", [p.value])).total).toBe(p.count);
    expect((await f("IEQUAL", [p.value.toUpperCase()])).total).toBe(p.count);
    const name = p.value.slice("urn:li:dataPlatform:".length);
    expect((await f("CONTAIN", [name])).total).toBe(p.count);
    expect((await f("START_WITH", ["urn:li:dataPlatform:"])).total).toBe(platforms.reduce((n, a) => n + a.count, 0));
    expect((await f("END_WITH", [`:${name}`])).total).toBe(p.count);
    const withPlatform = await f("EXISTS", []);
    expect(withPlatform.total).toBe(platforms.reduce((n, a) => n + a.count, 0));
    expect((await f("EXISTS", [], "platform", true)).total).toBe(all.total - withPlatform.total);
    // Ranges on the last change (epoch milliseconds).
    const newest = await search({ count: 1, sortInput: { sortCriteria: [{ field: "lastModifiedAt", sortOrder: "DESCENDING" }] } });
    expect(newest.total).toBe(all.total);
    const future = String(Date.now() + 86_400_000);
    expect((await f("GREATER_THAN", [future], "lastModifiedAt")).total).toBe(0);
    expect((await f("LESS_THAN_OR_EQUAL_TO", [future], "lastModifiedAt")).total).toBe(all.total);
    // What cannot be answered is refused, naming it.
    expect(await searchError({ orFilters: [{ and: [{ field: "platform", values: [p.value], condition: "DESCENDANTS_INCL" }] }] })).toMatch(
      /DESCENDANTS_INCL is not supported/,
    );
    expect(await searchError({ orFilters: [{ and: [{ field: "nosuchfield", values: ["x"] }] }] })).toMatch(/filter field "nosuchfield" is not supported/);
    expect(await searchError({ orFilters: [{ and: [{ field: "lastModifiedAt", values: ["soon"], condition: "GREATER_THAN" }] }] })).toMatch(/compares numbers/);
  });

  it("sortInput: sortCriteria and the older sortCriterion sort alike; a field it cannot sort by is refused", async () => {
    const byCriteria = await search({ sortInput: { sortCriteria: [{ field: "name", sortOrder: "DESCENDING" }] } });
    const byCriterion = await search({ sortInput: { sortCriterion: { field: "name", sortOrder: "DESCENDING" } } });
    expect(urnsOf(byCriteria)).toEqual(urnsOf(byCriterion));
    const ascending = await search({ sortInput: { sortCriteria: [{ field: "name", sortOrder: "ASCENDING" }] } });
    expect(urnsOf(ascending)).not.toEqual(urnsOf(byCriteria));
    expect(
      await searchError({
        sortInput: {
          sortCriteria: [
            { field: "name", sortOrder: "ASCENDING" },
            { field: "colour", sortOrder: "ASCENDING" },
          ],
        },
      }),
    ).toMatch(/sort field "colour" is not supported/);
  });

  it("searchFlags act: skipAggregates, maxAggValues, skipHighlighting, customHighlightingFields, fulltext", async () => {
    expect((await search({ searchFlags: { skipAggregates: true } })).facets).toEqual([]);
    const capped = await search({ searchFlags: { maxAggValues: 1 } });
    expect(capped.facets.length).toBeGreaterThan(0);
    expect(capped.facets.every((f) => f.aggregations.length <= 1)).toBe(true);
    const highlighted = await search({ query: "forecast" });
    expect(highlighted.searchResults.some((h) => h.matchedFields.length > 0)).toBe(true);
    const plain = await search({ query: "forecast", searchFlags: { skipHighlighting: true } });
    expect(plain.total).toBe(highlighted.total);
    expect(plain.searchResults.every((h) => h.matchedFields.length === 0)).toBe(true);
    const onlyNames = await search({ query: "forecast", searchFlags: { customHighlightingFields: ["name"] } });
    expect(onlyNames.searchResults.flatMap((h) => h.matchedFields.map((m) => m.name)).every((n) => n === "name")).toBe(true);
    // fulltext false: words as written, no typo corrections.
    expect((await search({ query: "forcast" })).total).toBeGreaterThan(0);
    expect((await search({ query: "forcast", searchFlags: { fulltext: false } })).total).toBe(0);
    expect(await searchError({ searchFlags: { maxAggValues: -1 } })).toMatch(/maxAggValues/);
  });

  it("includeSoftDeleted lists soft-deleted entities; the `removed` filter picks them", async () => {
    const urn = (await search({ count: 1 })).searchResults[0]!.entity.urn;
    const before = await search({});
    const beforeAll = await search({ searchFlags: { includeSoftDeleted: true } });
    const removedBefore = await search({ searchFlags: { includeSoftDeleted: true }, orFilters: [{ and: [{ field: "removed", values: ["true"] }] }] });
    expect(beforeAll.total).toBe(before.total + removedBefore.total);
    const { body } = await server.graphql(
      `mutation($input: [PatchEntityInput!]!) { patchEntities(input: $input) { success error } }`,
      { input: [{ urn, aspectName: "status", patch: [{ op: "ADD", path: "/removed", value: "true" }] }] },
      server.token("admin"),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.patchEntities[0].success).toBe(true);
    try {
      expect((await search({})).total).toBe(before.total - 1);
      const all = await search({ searchFlags: { includeSoftDeleted: true } });
      expect(all.total).toBe(beforeAll.total);
      const removed = await search({ searchFlags: { includeSoftDeleted: true }, orFilters: [{ and: [{ field: "removed", values: ["true"] }] }] });
      expect(urnsOf(removed).sort()).toEqual([...urnsOf(removedBefore), urn].sort());
    } finally {
      await server.graphql(
        `mutation($input: [PatchEntityInput!]!) { patchEntities(input: $input) { success } }`,
        { input: [{ urn, aspectName: "status", patch: [{ op: "ADD", path: "/removed", value: "false" }] }] },
        server.token("admin"),
      );
    }
  });

  it("viewUrn: null is accepted, a view is refused clearly", async () => {
    expect((await search({ viewUrn: null })).total).toBeGreaterThan(0);
    expect(await searchError({ viewUrn: "urn:li:dataHubView:mine" })).toMatch(/views are not supported/);
  });

  it("scrollAcrossEntities walks the whole catalog once, with the exact query DataHub's SDK sends", async () => {
    const total = (await search({})).total;
    const seen: string[] = [];
    let scrollId: string | null = null;
    let pages = 0;
    do {
      const { body }: { body: any } = await server.graphql(SDK_SCROLL, {
        types: null,
        query: "*",
        orFilters: [{ and: [{ field: "removed", values: ["true"], condition: "EQUAL", negated: true }] }],
        batchSize: 37,
        scrollId,
        skipCache: false,
        sortInput: null,
        includeSoftDeleted: false,
      });
      expect(body.errors).toBeUndefined();
      const page: any = body.data.scrollAcrossEntities;
      seen.push(...page.searchResults.map((r: { entity: { urn: string } }) => r.entity.urn));
      scrollId = page.nextScrollId;
      pages++;
    } while (scrollId && pages < 1000);
    expect(scrollId).toBeNull();
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 37));
  });

  it("scrolls with a text and a sort, stable when entities change between pages, and refuses a foreign scrollId", async () => {
    const walk = async (input: Record<string, unknown>, between?: () => Promise<void>) => {
      const seen: string[] = [];
      let scrollId: string | null = null;
      let total = 0;
      do {
        const { body }: { body: any } = await server.graphql(SCROLL, { input: { ...input, count: 5, scrollId, keepAlive: "5m" } });
        expect(body.errors).toBeUndefined();
        const page: any = body.data.scrollAcrossEntities;
        total = page.total;
        seen.push(...page.searchResults.map((r: { entity: { urn: string } }) => r.entity.urn));
        scrollId = page.nextScrollId;
        await between?.();
      } while (scrollId);
      return { seen, total };
    };
    const text = await walk({ query: "forecast" });
    expect(text.seen.length).toBe(text.total);
    expect(new Set(text.seen).size).toBe(text.total);
    expect(text.total).toBe((await search({ query: "forecast" })).total);
    const sorted = await walk({ query: "*", sortInput: { sortCriteria: [{ field: "name", sortOrder: "ASCENDING" }] }, types: ["MLMODEL"] });
    expect(sorted.seen).toEqual(urnsOf(await search({ sortInput: { sortCriteria: [{ field: "name", sortOrder: "ASCENDING" }] }, types: ["MLMODEL"] })));
    // Writes between pages (an edited description) neither repeat nor skip anything.
    let edits = 0;
    const changing = await walk({ query: "*", types: ["MLMODEL"] }, async () => {
      const urn = sorted.seen[edits++ % sorted.seen.length]!;
      const { body } = await server.graphql(
        `mutation($input: DescriptionUpdateInput!) { updateDescription(input: $input) }`,
        { input: { resourceUrn: urn, description: `edited while scrolling ${edits}` } },
        server.token("editor"),
      );
      expect(body.errors).toBeUndefined();
    });
    expect(new Set(changing.seen)).toEqual(new Set(sorted.seen));
    expect(changing.seen.length).toBe(sorted.seen.length);
    const first = await server.graphql(SCROLL, { input: { query: "*", count: 2 } });
    const other = await server.graphql(SCROLL, { input: { query: "forecast", count: 2, scrollId: first.body.data.scrollAcrossEntities.nextScrollId } });
    expect(other.body.errors[0].message).toMatch(/scrollId belongs to another scroll/);
    const bad = await server.graphql(SCROLL, { input: { query: "*", count: 2, scrollId: "not-a-scroll-id" } });
    expect(bad.body.errors[0].message).toMatch(/scrollId is not one this server gave/);
  });

  it("aggregateAcrossEntities answers the search's facets, exactly, for the facets asked and the filters given", async () => {
    const AGG = `query($input: AggregateAcrossEntitiesInput!) { aggregateAcrossEntities(input: $input) { facets { field aggregations { value count } } } }`;
    const filters = [{ and: [{ field: "_entityType", values: ["MLMODEL"] }] }];
    const searched = await search({ orFilters: filters, searchFlags: { maxAggValues: 1000 } });
    const { body } = await server.graphql(AGG, {
      input: { query: "*", orFilters: filters, facets: ["tags", "platform"], searchFlags: { maxAggValues: 1000 } },
    });
    expect(body.errors).toBeUndefined();
    const facets = body.data.aggregateAcrossEntities.facets;
    expect(facets.map((f: { field: string }) => f.field)).toEqual(["tags", "platform"]);
    for (const f of facets) expect(f).toEqual(searched.facets.find((s) => s.field === f.field));
    const nested = await server.graphql(AGG, { input: { query: "*", facets: ["_entityType\u241eowners"] } });
    expect(nested.body.errors[0].message).toMatch(/nested facets/);
  });
});
