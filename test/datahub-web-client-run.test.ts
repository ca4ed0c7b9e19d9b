/**
 * DataHub's own web app's search, lineage and generic mutation operations, run as DataHub's web app
 * sends them (the documents of server/schema/datahub/oss/web-client with their fragments, and the
 * variables its hooks pass: see the comments) against a real server in DataHub mode (`--schema
 * datahub`) with the demo catalog. Each must answer without errors, in DataHub's shape, with the
 * right answer for the tutorial's entities; a mutation by an editor changes what the next read
 * returns, and an anonymous one gets DataHub's error shape.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { print } from "graphql";
import { startTestServer, type TestServer } from "./helpers";
import { ALL_OPERATIONS, CLIENT_OPERATIONS } from "./datahub-web-client";

const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)";
const GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,airline_forecast_models_group,PROD)";
const RUN = "urn:li:dataProcessInstance:simple_training_run";
const INPUT = "urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_input,PROD)";
const OUTPUT = "urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_output,PROD)";
const TECHNICAL_OWNER = "urn:li:ownershipType:__system__technical_owner";

/** The degree filter DataHub's impact analysis sends (all hops). */
const ALL_DEGREES = [{ and: [{ field: "degree", condition: "EQUAL", values: ["1", "2", "3+"] }] }];

/** Variables of each read, as DataHub's web app passes them. */
const READS: Record<string, Record<string, unknown>> = {
  // useEntityLineage (lineageV2): the time window unset, siblings merged, columns shown.
  getEntityLineage: { urn: MODEL, separateSiblings: false, showColumns: false, excludeUpstream: false, excludeDownstream: false },
  getEntityLineageV2: { urn: MODEL, separateSiblings: false, showColumns: true, excludeUpstream: false, excludeDownstream: false },
  getBulkEntityLineageV2: { urns: [MODEL, RUN], separateSiblings: false, showColumns: true, excludeUpstream: false, excludeDownstream: false },
  getLineageCounts: { urn: MODEL, separateSiblings: false, excludeUpstream: false, excludeDownstream: false },
  getSearchAcrossLineageCounts: { urn: MODEL, startTimeMillis: null, endTimeMillis: null },
  searchAcrossLineageNames: { input: { urn: MODEL, direction: "UPSTREAM", query: "*", start: 0, count: 100, orFilters: ALL_DEGREES } },
  // The download of search results as CSV (DownloadAsCsvModal): pages of 200 by scroll id.
  getDownloadScrollResults: { input: { types: [], query: "*", count: 200, orFilters: [], scrollId: null, viewUrn: null } },
  getDownloadScrollAcrossLineageResults: {
    input: { urn: MODEL, direction: "UPSTREAM", types: [], query: "*", count: 200, orFilters: ALL_DEGREES, scrollId: null },
  },
  // The header's search box: one kind, then every kind.
  getAutoCompleteResults: { input: { type: "MLMODEL", query: "arima", limit: 10 } },
  getAutoCompleteMultipleResults: { input: { types: [], query: "arima", limit: 10, viewUrn: null, orFilters: [] } },
  // SelectDropdown's options, SetParentContainer: one kind.
  getSearchResults: { input: { type: "MLMODEL", query: "arima", filters: [], start: 0, count: 40 } },
  // The search page.
  getSearchResultsForMultiple: {
    input: {
      types: [],
      query: "arima",
      start: 0,
      count: 10,
      filters: [],
      orFilters: [],
      viewUrn: null,
      sortInput: null,
      searchFlags: { getSuggestions: true, includeStructuredPropertyFacets: true },
    },
  },
  // useGetSearchAssets: the first five with filters, sorted, aggregates skipped.
  getSearchResultsForMultipleTrimmed: {
    input: {
      types: ["MLMODEL"],
      query: "*",
      start: 0,
      count: 5,
      orFilters: [{ and: [{ field: "tags", values: ["urn:li:tag:forecasting"] }] }],
      sortInput: { sortCriterion: { field: "_entityName", sortOrder: "ASCENDING" } },
      viewUrn: null,
      searchFlags: { skipAggregates: true },
    },
  },
  getSearchCount: { input: { types: ["MLMODEL"], query: "*", start: 0, count: 0, orFilters: [], viewUrn: null } },
  // Impact analysis, with the health of upstreams (includeAssertions).
  searchAcrossLineage: {
    input: {
      urn: MODEL,
      direction: "UPSTREAM",
      types: [],
      query: "*",
      start: 0,
      count: 10,
      orFilters: ALL_DEGREES,
      searchFlags: { skipCache: true, fulltext: true },
    },
    includeAssertions: true,
  },
  searchAcrossLineageCount: { input: { urn: INPUT, direction: "DOWNSTREAM", query: "*", start: 0, count: 0, orFilters: ALL_DEGREES } },
  searchAcrossLineageStructure: { input: { urn: MODEL, direction: "UPSTREAM", query: "*", start: 0, count: 100, orFilters: ALL_DEGREES } },
  aggregateAcrossLineage: {
    input: { urn: MODEL, direction: "UPSTREAM", query: "*", start: 0, count: 0, orFilters: ALL_DEGREES, searchFlags: { skipCache: true } },
  },
  getEntityMentionNode: { urn: MODEL },
  getEntityDisplayName: { urn: RUN },
  aggregateAcrossEntities: {
    input: { types: [], query: "*", orFilters: [], viewUrn: null, facets: ["_entityType", "platform", "tags"], searchFlags: { maxAggValues: 20 } },
  },
  // A data product's assets: the catalog stores no data products, so the page is empty.
  listDataProductAssets: { urn: "urn:li:dataProduct:forecasting", input: { query: "*", start: 0, count: 10, filters: [] } },
  scrollAcrossEntities: {
    input: { types: ["MLMODEL", "MLMODEL_GROUP"], query: "*", count: 2, orFilters: [], scrollId: null, searchFlags: { skipCache: true } },
  },
};

function document(name: string): string {
  const op = CLIENT_OPERATIONS.find((o) => o.name === name);
  if (!op) throw new Error(`DataHub's web client has no operation ${name}`);
  return print(op.document);
}

function urnsOf(results: Array<{ entity: { urn: string } }>): string[] {
  return results.map((r) => r.entity.urn);
}

describe("DataHub's web-client search, lineage and mutation operations, run against the demo catalog", () => {
  let server: TestServer;
  let editor: string;
  const run = async (name: string, variables: Record<string, unknown>, token?: string) => {
    const r = await server.graphql(document(name), variables, token);
    expect(r.status, `${name}: ${JSON.stringify(r.body)}`).toBe(200);
    expect(r.body.errors, `${name}: ${JSON.stringify(r.body.errors)}`).toBeUndefined();
    return r.body.data;
  };

  beforeAll(async () => {
    server = await startTestServer({ demo: true, schema: "datahub" });
    editor = server.token("editor");
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("every selected read has variables here", () => {
    const reads = CLIENT_OPERATIONS.filter((o) => o.kind === "search or lineage").map((o) => o.name);
    expect(Object.keys(READS).sort()).toEqual([...reads].sort());
  });

  for (const [name, variables] of Object.entries(READS))
    it(`${name} answers without errors`, async () => {
      const data = await run(name, variables);
      expect(
        Object.values(data).some((v) => v != null),
        name,
      ).toBe(true);
    });

  it("search: DataHub's larger page sizes (50 and 100 a page) pass the request limits", async () => {
    for (const count of [50, 100]) {
      const input = { ...(READS.getSearchResultsForMultiple!.input as Record<string, unknown>), query: "*", count };
      const page = (await run("getSearchResultsForMultiple", { input })).searchAcrossEntities;
      expect(page.searchResults).toHaveLength(count);
    }
  });

  it("search: the tutorial model is found by its name, by one kind and across kinds, filtered, sorted and counted", async () => {
    const one = (await run("getSearchResults", READS.getSearchResults!)).search;
    expect(urnsOf(one.searchResults)).toContain(MODEL);
    expect(new Set(one.searchResults.map((r: { entity: { type: string } }) => r.entity.type))).toEqual(new Set(["MLMODEL"]));
    expect(one.total).toBeGreaterThanOrEqual(one.searchResults.length);

    const many = (await run("getSearchResultsForMultiple", READS.getSearchResultsForMultiple!)).searchAcrossEntities;
    expect(urnsOf(many.searchResults)[0]).toBe(MODEL);
    expect(many.facets.map((f: { field: string }) => f.field)).toContain("_entityType");
    // The single-kind search is the same search restricted to the kind.
    const models = (await run("getSearchCount", { input: { types: ["MLMODEL"], query: "arima", start: 0, count: 0 } })).searchAcrossEntities.total;
    expect(one.total).toBe(models);

    const trimmed = (await run("getSearchResultsForMultipleTrimmed", READS.getSearchResultsForMultipleTrimmed!)).searchAcrossEntities;
    const names = trimmed.searchResults.map((r: { entity: { name: string } }) => r.entity.name);
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));

    const count = (await run("getSearchCount", READS.getSearchCount!)).searchAcrossEntities.total;
    const facets = (await run("aggregateAcrossEntities", READS.aggregateAcrossEntities!)).aggregateAcrossEntities.facets;
    expect(facets.map((f: { field: string }) => f.field)).toEqual(["_entityType", "platform", "tags"]);
    const kinds = facets[0].aggregations as Array<{ value: string; count: number }>;
    expect(kinds.find((a) => a.value === "MLMODEL")?.count).toBe(count);
    expect(facets[2].aggregations.map((a: { value: string }) => a.value)).toContain("urn:li:tag:forecasting");
  });

  it("autocomplete suggests the tutorial model for part of its name, for one kind and for every kind", async () => {
    const one = (await run("getAutoCompleteResults", READS.getAutoCompleteResults!)).autoComplete;
    expect(one.suggestions).toContain("ARIMA Model");
    expect(urnsOf(one.entities.map((e: { urn: string }) => ({ entity: e })))).toContain(MODEL);
    const many = (await run("getAutoCompleteMultipleResults", READS.getAutoCompleteMultipleResults!)).autoCompleteForMultiple;
    const models = many.suggestions.find((s: { type: string }) => s.type === "MLMODEL");
    expect(models.entities.map((e: { urn: string }) => e.urn)).toContain(MODEL);
  });

  it("scrollAcrossEntities walks every model and group once, page by page, to a null scroll id", async () => {
    const input = (READS.scrollAcrossEntities as { input: Record<string, unknown> }).input;
    const seen: string[] = [];
    let scrollId: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page++) {
      const r: { total: number; nextScrollId: string | null; searchResults: Array<{ entity: { urn: string } }> } = (
        await run("scrollAcrossEntities", { input: { ...input, count: 50, scrollId } })
      ).scrollAcrossEntities;
      total = r.total;
      seen.push(...urnsOf(r.searchResults));
      scrollId = r.nextScrollId;
      if (!scrollId) break;
    }
    expect(scrollId).toBeNull();
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toContain(MODEL);
    expect(seen).toContain(GROUP);
    const download = (await run("getDownloadScrollResults", READS.getDownloadScrollResults!)).scrollAcrossEntities;
    expect(download.count).toBe(200);
    expect(download.nextScrollId).toEqual(expect.any(String));
  });

  it("lineage: the tutorial model's upstream holds its training run (1 hop) and the run's input (2 hops), in every form DataHub asks it", async () => {
    const search = (await run("searchAcrossLineage", READS.searchAcrossLineage!)).searchAcrossLineage;
    const byUrn = new Map(search.searchResults.map((r: { entity: { urn: string }; degree: number }) => [r.entity.urn, r.degree]));
    expect(byUrn.get(RUN)).toBe(1);
    expect(byUrn.get(INPUT)).toBe(2);

    const structure = (await run("searchAcrossLineageStructure", READS.searchAcrossLineageStructure!)).searchAcrossLineage;
    const input = structure.searchResults.find((r: { entity: { urn: string } }) => r.entity.urn === INPUT);
    expect(input.paths[0].path.map((p: { urn: string }) => p.urn)).toEqual([MODEL, RUN, INPUT]);
    expect(input.explored).toBe(true);

    const names = (await run("searchAcrossLineageNames", READS.searchAcrossLineageNames!)).searchAcrossLineage;
    expect(names.searchResults.find((r: { entity: { urn: string } }) => r.entity.urn === INPUT).entity.properties.name).toBe("Iris Training Input Data");

    const facets = (await run("aggregateAcrossLineage", READS.aggregateAcrossLineage!)).searchAcrossLineage.facets;
    const degree = facets.find((f: { field: string }) => f.field === "degree").aggregations;
    expect(degree.map((a: { value: string; count: number }) => [a.value, a.count])).toEqual([
      ["1", 1],
      ["2", 1],
    ]);

    // Downstream of the run's input: the run, what it produced and the model it trained.
    const downstream = (await run("searchAcrossLineageCount", READS.searchAcrossLineageCount!)).searchAcrossLineage.total;
    expect(downstream).toBeGreaterThanOrEqual(3);

    const counts = await run("getSearchAcrossLineageCounts", READS.getSearchAcrossLineageCounts!);
    expect(counts.upstreams.total).toBe(1);
    expect(counts.upstreams.facets[0].aggregations).toEqual([{ value: "DATA_PROCESS_INSTANCE", count: 1, entity: null }]);
    expect(counts.downstreams.facets[0].aggregations[0].value).toBe("MLMODEL_GROUP");

    const scroll = (await run("getDownloadScrollAcrossLineageResults", READS.getDownloadScrollAcrossLineageResults!)).scrollAcrossLineage;
    expect(urnsOf(scroll.searchResults)).toEqual([RUN, INPUT]);
    expect(scroll.nextScrollId).toBeNull();

    const v2 = (await run("getEntityLineageV2", READS.getEntityLineageV2!)).entity;
    expect(v2.upstream.relationships.map((r: { entity: { urn: string }; type: string }) => [r.type, r.entity.urn])).toEqual([["TrainedBy", RUN]]);
    const v1 = (await run("getEntityLineage", READS.getEntityLineage!)).entity;
    expect(v1.upstream.relationships.map((r: { entity: { urn: string } }) => r.entity.urn)).toEqual([RUN]);
    const bulk = (await run("getBulkEntityLineageV2", READS.getBulkEntityLineageV2!)).entities;
    expect(bulk.map((e: { urn: string }) => e.urn)).toEqual([MODEL, RUN]);
    expect(bulk[1].upstream.relationships.map((r: { entity: { urn: string } }) => r.entity.urn)).toContain(INPUT);
    expect(bulk[1].downstream.relationships.map((r: { entity: { urn: string } }) => r.entity.urn)).toEqual(expect.arrayContaining([MODEL, OUTPUT]));
    const lineageCounts = (await run("getLineageCounts", READS.getLineageCounts!)).entity;
    expect(lineageCounts.upstream).toEqual({ filtered: 0, total: 1 });
  });

  it("an entity's display name and mention node; a data product's assets (none stored) are an empty page", async () => {
    const mention = (await run("getEntityMentionNode", READS.getEntityMentionNode!)).entity;
    expect(mention).toMatchObject({ urn: MODEL, type: "MLMODEL", name: "ARIMA Model" });
    const input = (await run("getEntityDisplayName", { urn: INPUT })).entity;
    expect(input).toMatchObject({ urn: INPUT, type: "DATASET", properties: { name: "Iris Training Input Data" } });
    const assets = (await run("listDataProductAssets", READS.listDataProductAssets!)).listDataProductAssets;
    expect(assets).toMatchObject({ start: 0, count: 0, total: 0, searchResults: [] });
  });

  // What an entity carries that the generic mutations change, read back after each one.
  const READ_BACK = `query($urn: String!) {
    entity(urn: $urn) {
      ... on MLModel { editableProperties { description } }
      ... on EntityWithRelationships { urn }
      ... on MLModel { globalTags { tags { tag { urn } } } glossaryTerms { terms { term { urn } } } ownership { owners { owner { ... on CorpUser { urn } ... on CorpGroup { urn } } ownershipType { urn } } } }
      ... on MLModelGroup { globalTags: tags { tags { tag { urn } } } glossaryTerms { terms { term { urn } } } ownership { owners { owner { ... on CorpUser { urn } ... on CorpGroup { urn } } ownershipType { urn } } } }
    }
  }`;
  async function readBack(urn: string) {
    const r = await server.graphql(READ_BACK, { urn });
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    const e = r.body.data.entity;
    return {
      description: e.editableProperties?.description ?? null,
      tags: (e.globalTags?.tags ?? []).map((t: { tag: { urn: string } }) => t.tag.urn) as string[],
      terms: (e.glossaryTerms?.terms ?? []).map((t: { term: { urn: string } }) => t.term.urn) as string[],
      owners: (e.ownership?.owners ?? []).map((o: { owner: { urn: string } }) => o.owner.urn) as string[],
    };
  }
  const mutated = new Set<string>();
  const mutate = async (name: string, input: Record<string, unknown>) => {
    mutated.add(name);
    const data = await run(name, { input }, editor);
    expect(Object.values(data), name).toEqual([true]);
  };
  const TAG = (n: string) => `urn:li:tag:webclient_${n}`;
  const TERM = (n: string) => `urn:li:glossaryTerm:webclient_${n}`;
  const USER = (n: string) => `urn:li:corpuser:webclient_${n}`;

  it("updateDescription by a signed-in editor changes the description the next read returns", async () => {
    await mutate("updateDescription", { description: "ARIMA(2,1,2) on monthly passengers", resourceUrn: MODEL });
    expect((await readBack(MODEL)).description).toBe("ARIMA(2,1,2) on monthly passengers");
  });

  it("addTag, addTags, removeTag, batchAddTags and batchRemoveTags change the tags the next read returns", async () => {
    await mutate("addTag", { tagUrn: TAG("a"), resourceUrn: MODEL });
    expect((await readBack(MODEL)).tags).toContain(TAG("a"));
    await mutate("addTags", { tagUrns: [TAG("b"), TAG("c")], resourceUrn: MODEL });
    await mutate("removeTag", { tagUrn: TAG("b"), resourceUrn: MODEL });
    let tags = (await readBack(MODEL)).tags;
    expect(tags).toEqual(expect.arrayContaining([TAG("a"), TAG("c"), "urn:li:tag:forecasting"]));
    expect(tags).not.toContain(TAG("b"));
    await mutate("batchAddTags", { tagUrns: [TAG("d")], resources: [{ resourceUrn: MODEL }, { resourceUrn: GROUP }] });
    expect((await readBack(GROUP)).tags).toContain(TAG("d"));
    await mutate("batchRemoveTags", { tagUrns: [TAG("a"), TAG("d")], resources: [{ resourceUrn: MODEL }, { resourceUrn: GROUP }] });
    tags = (await readBack(MODEL)).tags;
    expect(tags).not.toContain(TAG("a"));
    expect(tags).not.toContain(TAG("d"));
    expect((await readBack(GROUP)).tags).not.toContain(TAG("d"));
    // The search finds the model by a tag a person added.
    const found = await run("getSearchResultsForMultipleTrimmed", {
      input: {
        types: ["MLMODEL"],
        query: "*",
        start: 0,
        count: 5,
        orFilters: [{ and: [{ field: "tags", values: [TAG("c")] }] }],
        searchFlags: { skipAggregates: true },
      },
    });
    expect(urnsOf(found.searchAcrossEntities.searchResults)).toEqual([MODEL]);
  });

  it("addTerm, addTerms, removeTerm, batchAddTerms and batchRemoveTerms change the terms the next read returns", async () => {
    await mutate("addTerm", { termUrn: TERM("a"), resourceUrn: MODEL });
    await mutate("addTerms", { termUrns: [TERM("b"), TERM("c")], resourceUrn: MODEL });
    await mutate("removeTerm", { termUrn: TERM("b"), resourceUrn: MODEL });
    let terms = (await readBack(MODEL)).terms;
    expect(terms).toEqual(expect.arrayContaining([TERM("a"), TERM("c"), "urn:li:glossaryTerm:forecasting"]));
    expect(terms).not.toContain(TERM("b"));
    await mutate("batchAddTerms", { termUrns: [TERM("d")], resources: [{ resourceUrn: MODEL }, { resourceUrn: GROUP }] });
    expect((await readBack(GROUP)).terms).toContain(TERM("d"));
    await mutate("batchRemoveTerms", { termUrns: [TERM("d")], resources: [{ resourceUrn: MODEL }, { resourceUrn: GROUP }] });
    terms = (await readBack(MODEL)).terms;
    expect(terms).not.toContain(TERM("d"));
    expect((await readBack(GROUP)).terms).not.toContain(TERM("d"));
  });

  it("addOwner, addOwners, removeOwner, batchAddOwners and batchRemoveOwners (with DataHub's ownership type urns) change the owners the next read returns", async () => {
    await mutate("addOwner", { ownerUrn: USER("alice"), ownerEntityType: "CORP_USER", ownershipTypeUrn: TECHNICAL_OWNER, resourceUrn: MODEL });
    await mutate("addOwners", {
      owners: [
        { ownerUrn: USER("bob"), ownerEntityType: "CORP_USER", ownershipTypeUrn: TECHNICAL_OWNER },
        { ownerUrn: "urn:li:corpGroup:webclient_team", ownerEntityType: "CORP_GROUP", ownershipTypeUrn: "urn:li:ownershipType:__system__business_owner" },
      ],
      resourceUrn: MODEL,
    });
    await mutate("removeOwner", { ownerUrn: USER("bob"), ownershipTypeUrn: TECHNICAL_OWNER, resourceUrn: MODEL });
    let owners = (await readBack(MODEL)).owners;
    expect(owners).toEqual(expect.arrayContaining([USER("alice"), "urn:li:corpGroup:webclient_team", "urn:li:corpuser:datahub"]));
    expect(owners).not.toContain(USER("bob"));
    await mutate("batchAddOwners", {
      owners: [{ ownerUrn: USER("carol"), ownerEntityType: "CORP_USER", ownershipTypeUrn: TECHNICAL_OWNER }],
      ownershipTypeUrn: TECHNICAL_OWNER,
      resources: [{ resourceUrn: MODEL }, { resourceUrn: GROUP }],
    });
    expect((await readBack(GROUP)).owners).toContain(USER("carol"));
    await mutate("batchRemoveOwners", {
      ownerUrns: [USER("carol")],
      ownershipTypeUrn: TECHNICAL_OWNER,
      resources: [{ resourceUrn: MODEL }, { resourceUrn: GROUP }],
    });
    owners = (await readBack(MODEL)).owners;
    expect(owners).not.toContain(USER("carol"));
    expect((await readBack(GROUP)).owners).not.toContain(USER("carol"));
  });

  it("a mutation by an anonymous caller or a reader is refused in DataHub's shape (HTTP 200, numeric code, type) and changes nothing", async () => {
    const before = await readBack(MODEL);
    for (const [name, input] of [
      ["addTag", { tagUrn: TAG("anon"), resourceUrn: MODEL }],
      ["updateDescription", { description: "anonymous", resourceUrn: MODEL }],
      ["batchAddOwners", { owners: [{ ownerUrn: USER("anon"), ownerEntityType: "CORP_USER" }], resources: [{ resourceUrn: MODEL }] }],
    ] as const) {
      // Anonymous: 401 (DataHub's filter would refuse the request before any resolver); a reader: 403 UNAUTHORIZED.
      for (const [token, extensions] of [
        [undefined, { code: 401, type: "UNAUTHENTICATED" }],
        [server.token("reader"), { code: 403, type: "UNAUTHORIZED" }],
      ] as const) {
        const r = await server.graphql(document(name), { input }, token);
        expect(r.status, name).toBe(200);
        expect(r.body.data?.[name] ?? null, name).toBeNull();
        expect(r.body.errors[0].extensions, name).toEqual(extensions);
        expect(r.body.errors[0].path, name).toEqual([name]);
      }
    }
    expect(await readBack(MODEL)).toEqual(before);
  });

  it("every generic mutation of DataHub's web client ran above", () => {
    expect([...mutated].sort()).toEqual(
      CLIENT_OPERATIONS.filter((o) => o.kind === "mutation")
        .map((o) => o.name)
        .sort(),
    );
  });

  it("entities(checkForExistence): true or left out gives null for an urn not stored; false gives an entity for every well-formed urn of a served kind (DataHub's getEntities)", async () => {
    const getEntities = print(ALL_OPERATIONS.find((o) => o.name === "getEntities")!.document);
    const MISSING = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,never_ingested,PROD)";
    const TABLE = "urn:li:dataset:(urn:li:dataPlatform:hive,never_ingested,PROD)";
    for (const checkForExistence of [true, undefined]) {
      const r = await server.graphql(getEntities, { urns: [MODEL, MISSING, TABLE], checkForExistence });
      expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
      expect(r.body.data.entities.map((e: { urn: string } | null) => e?.urn ?? null)).toEqual([MODEL, null, null]);
    }
    const r = await server.graphql(getEntities, { urns: [MODEL, MISSING, TABLE], checkForExistence: false });
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    const [model, missing, table] = r.body.data.entities;
    expect(model).toMatchObject({ urn: MODEL, type: "MLMODEL", name: "ARIMA Model" });
    // Not stored: the entity DataHub's unchecked read gives, every aspect missing.
    expect(missing).toMatchObject({ urn: MISSING, type: "MLMODEL", properties: null, ownership: null });
    expect(table).toMatchObject({ urn: TABLE, type: "DATASET", name: "never_ingested", platform: { urn: "urn:li:dataPlatform:hive" }, properties: null });
    const exists = await server.graphql(`query($urns: [String!]!) { entities(urns: $urns, checkForExistence: false) { urn ... on MLModel { exists } } }`, {
      urns: [MODEL, MISSING],
    });
    expect(exists.body.data.entities).toEqual([
      { urn: MODEL, exists: true },
      { urn: MISSING, exists: false },
    ]);
  });

  it("lineage results say whether they are partial, and how fresh they are", async () => {
    const q = `query($input: SearchAcrossLineageInput!, $scroll: ScrollAcrossLineageInput!) {
      searchAcrossLineage(input: $input) { total isPartial lineageSearchPath freshness { cached systemFreshness { systemName freshnessMillis } } }
      scrollAcrossLineage(input: $scroll) { total isPartial freshness { cached } }
    }`;
    const before = Date.now();
    const input = { urn: MODEL, direction: "UPSTREAM", query: "*", orFilters: ALL_DEGREES };
    const r = await server.graphql(q, { input, scroll: input });
    expect(r.body.errors).toBeUndefined();
    const { searchAcrossLineage: search, scrollAcrossLineage: scroll } = r.body.data;
    expect(search).toMatchObject({ total: 2, isPartial: false, lineageSearchPath: null, freshness: { cached: false } });
    expect(search.freshness.systemFreshness[0].freshnessMillis).toBeGreaterThanOrEqual(before);
    expect(scroll).toMatchObject({ total: 2, isPartial: false, freshness: { cached: false } });
  });
});
