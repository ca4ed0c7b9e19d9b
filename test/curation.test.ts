/**
 * People's tags, terms, owners and custom properties survive re-ingestion: each item a person set or
 * removed is remembered and re-applied over what the pipeline sends (server/model/curation.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyCurations, curationsFromChange, isCurated } from "../server/model/curation";
import { readJson, startTestServer, type TestServer } from "./helpers";

describe("curation rules", () => {
  it("records only the items a person changed", () => {
    const before = { tags: [{ tag: "urn:li:tag:a" }, { tag: "urn:li:tag:b" }] };
    const after = { tags: [{ tag: "urn:li:tag:b" }, { tag: "urn:li:tag:c" }] };
    expect(curationsFromChange("globalTags", before, after)).toEqual([
      { key: "urn:li:tag:c", op: "set", value: { tag: "urn:li:tag:c" } },
      { key: "urn:li:tag:a", op: "remove", value: null },
    ]);
    expect(curationsFromChange("globalTags", before, before)).toEqual([]);
    expect(
      curationsFromChange(
        "ownership",
        { owners: [{ owner: "urn:li:corpuser:x", type: "TECHNICAL_OWNER" }] },
        { owners: [{ owner: "urn:li:corpuser:x", type: "BUSINESS_OWNER" }] },
      ),
    ).toEqual([{ key: "urn:li:corpuser:x", op: "set", value: { owner: "urn:li:corpuser:x", type: "BUSINESS_OWNER" } }]);
    expect(
      curationsFromChange("mlModelProperties", { customProperties: { a: "1", b: "2" } }, { customProperties: { a: "1", b: "3", c: "4" }, name: "n" }),
    ).toEqual([
      { key: "b", op: "set", value: "3" },
      { key: "c", op: "set", value: "4" },
    ]);
    expect(curationsFromChange("mlModelProperties", { customProperties: { a: "1" } }, { customProperties: {} })).toEqual([
      { key: "a", op: "remove", value: null },
    ]);
  });

  it("re-applies curations over an ingested value, keeping ingestion's order and the person's values", () => {
    const ingested = { tags: [{ tag: "urn:li:tag:a" }, { tag: "urn:li:tag:b" }, { tag: "urn:li:tag:d" }] };
    const out = applyCurations("globalTags", ingested, [
      { key: "urn:li:tag:a", op: "remove", value: null },
      { key: "urn:li:tag:c", op: "set", value: { tag: "urn:li:tag:c" } },
      { key: "urn:li:tag:d", op: "set", value: { tag: "urn:li:tag:d", context: "person" } },
    ]);
    expect(out.tags).toEqual([{ tag: "urn:li:tag:b" }, { tag: "urn:li:tag:d", context: "person" }, { tag: "urn:li:tag:c" }]);
    expect(ingested.tags).toHaveLength(3); // not mutated
    expect(
      applyCurations("mlModelProperties", { name: "m", customProperties: { a: "1", b: "2" } }, [
        { key: "a", op: "remove", value: null },
        { key: "c", op: "set", value: "3" },
      ]),
    ).toEqual({ name: "m", customProperties: { b: "2", c: "3" } });
    expect(applyCurations("mlModelProperties", { name: "m" }, [{ key: "c", op: "remove", value: null }])).toEqual({ name: "m" });
  });

  it("covers the shared aspects and nothing else", () => {
    for (const a of ["globalTags", "glossaryTerms", "ownership", "mlModelProperties", "datasetProperties", "containerProperties"])
      expect(isCurated(a)).toBe(true);
    for (const a of ["editableMlModelProperties", "status", "subTypes", "mlTrainingRunProperties"]) expect(isCurated(a)).toBe(false);
  });
});

const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)";
const READ = `query($urn: String!) { mlModel(urn: $urn) {
  tags { tags { tag { urn } } }
  glossaryTerms { terms { term { urn } } }
  ownership { owners { owner { ... on CorpUser { urn } } type } }
  properties { customProperties { key value } }
} }`;
const SEARCH = `query($q: String!) { searchAcrossEntities(input: { query: $q, types: [MLMODEL], start: 0, count: 10 }) { total searchResults { entity { urn } } } }`;

describe("re-ingesting the tutorial after people edited tags, terms, owners and custom properties", () => {
  let server: TestServer;
  const proposals = readJson<unknown[]>("server/demo/tutorial/proposals.json");
  const reingest = async () => {
    const r = await server.post("/aspects?action=ingestProposalBatch", { proposals }, server.token("ingest"));
    expect(r.status).toBe(200);
  };
  const edit = async (query: string, variables: Record<string, unknown>) => {
    const r = await server.graphql(query, variables, server.token("editor"));
    expect(r.body.errors).toBeUndefined();
    return r.body.data;
  };
  const read = async () => (await server.graphql(READ, { urn: MODEL })).body.data.mlModel;
  const tagsOf = (m: any) => m.tags.tags.map((t: any) => t.tag.urn).sort();
  const propsOf = (m: any) => Object.fromEntries(m.properties.customProperties.map((p: any) => [p.key, p.value]));

  beforeAll(async () => {
    server = await startTestServer();
    await reingest();
    await edit(`mutation { createTag(input: { id: "curated", name: "curated" }) }`, {});
    await edit(`mutation($i: TagAssociationInput!) { addTag(input: $i) }`, { i: { resourceUrn: MODEL, tagUrn: "urn:li:tag:curated" } });
    await edit(`mutation($i: TagAssociationInput!) { removeTag(input: $i) }`, { i: { resourceUrn: MODEL, tagUrn: "urn:li:tag:arima" } });
    await edit(`mutation($i: TermAssociationInput!) { addTerm(input: $i) }`, { i: { resourceUrn: MODEL, termUrn: "urn:li:glossaryTerm:Curated" } });
    await edit(`mutation($i: AddOwnerInput!) { addOwner(input: $i) }`, {
      i: { resourceUrn: MODEL, ownerUrn: "urn:li:corpuser:alice", ownerEntityType: "CORP_USER", type: "BUSINESS_OWNER" },
    });
    await edit(`mutation($i: RemoveOwnerInput!) { removeOwner(input: $i) }`, { i: { resourceUrn: MODEL, ownerUrn: "urn:li:corpuser:datahub" } });
    const patch = await edit(`mutation($i: PatchEntityInput!) { patchEntity(input: $i) { success error } }`, {
      i: {
        urn: MODEL,
        aspectName: "mlModelProperties",
        patch: [
          { op: "ADD", path: "/customProperties/reviewed_by", value: '"alice"' },
          { op: "REPLACE", path: "/customProperties/team", value: '"ml-platform"' },
        ],
      },
    });
    expect(patch.patchEntity).toEqual({ success: true, error: null });
  });
  afterAll(() => server.stop());

  it("shows the edits before re-ingestion", async () => {
    const m = await read();
    expect(tagsOf(m)).toEqual(["urn:li:tag:curated", "urn:li:tag:forecasting", "urn:li:tag:marketing"]);
    expect(propsOf(m)).toEqual({ team: "ml-platform", reviewed_by: "alice" });
  });

  it("keeps every edit, and the removals, after the pipeline re-sends its originals", async () => {
    await reingest();
    const m = await read();
    expect(tagsOf(m)).toEqual(["urn:li:tag:curated", "urn:li:tag:forecasting", "urn:li:tag:marketing"]);
    expect(m.glossaryTerms.terms.map((t: any) => t.term.urn)).toContain("urn:li:glossaryTerm:Curated");
    expect(m.ownership.owners).toEqual([{ owner: { urn: "urn:li:corpuser:alice" }, type: "BUSINESS_OWNER" }]);
    expect(propsOf(m)).toEqual({ team: "ml-platform", reviewed_by: "alice" });
  });

  it("keeps edges and the search index in step with the curated value", async () => {
    const hits = (await server.graphql(SEARCH, { q: "curated" })).body.data.searchAcrossEntities.searchResults.map((r: any) => r.entity.urn);
    expect(hits).toContain(MODEL);
    const tagged = `query { tag(urn: "urn:li:tag:arima") { relationships(input: { types: ["TaggedWith"], direction: INCOMING, start: 0, count: 50 }) { relationships { entity { urn } } } } }`;
    const r = await server.graphql(tagged);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.tag.relationships.relationships.map((x: any) => x.entity.urn)).not.toContain(MODEL);
  });

  it("still takes the pipeline's other changes: a new ingested tag and property arrive", async () => {
    const changed = [
      {
        entityUrn: MODEL,
        entityType: "mlModel",
        changeType: "UPSERT",
        aspectName: "globalTags",
        aspect: { json: { tags: [{ tag: "urn:li:tag:forecasting" }, { tag: "urn:li:tag:arima" }, { tag: "urn:li:tag:nightly" }] } },
      },
      {
        entityUrn: MODEL,
        entityType: "mlModel",
        changeType: "UPSERT",
        aspectName: "mlModelProperties",
        aspect: { json: { name: "ARIMA Model", customProperties: { team: "forecasting", region: "eu" } } },
      },
    ];
    expect((await server.post("/aspects?action=ingestProposalBatch", { proposals: changed }, server.token("ingest"))).status).toBe(200);
    const m = await read();
    expect(tagsOf(m)).toEqual(["urn:li:tag:curated", "urn:li:tag:forecasting", "urn:li:tag:nightly"]);
    expect(propsOf(m)).toEqual({ team: "ml-platform", region: "eu", reviewed_by: "alice" });
  });

  it("lets a person change their mind: re-adding a removed tag sticks through re-ingestion", async () => {
    await edit(`mutation($i: TagAssociationInput!) { addTag(input: $i) }`, { i: { resourceUrn: MODEL, tagUrn: "urn:li:tag:arima" } });
    await reingest();
    expect(tagsOf(await read())).toContain("urn:li:tag:arima");
  });

  it("records nothing for refused edits", async () => {
    const before = server.store.dump().curations;
    const r = await server.graphql(
      `mutation($i: TagAssociationInput!) { addTag(input: $i) }`,
      { i: { resourceUrn: MODEL, tagUrn: "urn:li:tag:x" } },
      server.token("reader"),
    );
    expect(r.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = await server.graphql(
      `mutation($i: PatchEntityInput!) { patchEntity(input: $i) { success error } }`,
      {
        i: { urn: MODEL, aspectName: "mlModelProperties", patch: [{ op: "ADD", path: "/customProperties/n", value: "5" }] },
      },
      server.token("editor"),
    );
    expect(bad.body.data?.patchEntity?.success ?? false).toBe(false);
    expect(server.store.dump().curations).toEqual(before);
  });
});
