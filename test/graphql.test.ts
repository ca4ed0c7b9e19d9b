/** GraphQL reads: batching, errors for bad input, search and lineage shapes. */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { startTestServer, type TestServer } from "./helpers";
import { ingestProposals } from "../server/ingest/proposals";

const GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,batching_group,PROD)";
const model = (i: number) => `urn:li:mlModel:(urn:li:dataPlatform:mlflow,batching_model_${i},PROD)`;
const j = (entityUrn: string, aspectName: string, json: unknown) => ({ entityUrn, changeType: "UPSERT", aspectName, aspect: { json } });

/** A model with n tags, n owners, n terms, n training runs, member of a group with n models. */
function modelWithFanOut(i: number, n: number) {
  const urn = model(i);
  const runs = Array.from({ length: n }, (_, k) => `urn:li:dataProcessInstance:batching_run_${i}_${k}`);
  return [
    j(GROUP, "mlModelGroupProperties", { name: "Batching group" }),
    ...runs.map((r, k) => j(r, "dataProcessInstanceProperties", { name: `run ${k}`, created: { time: 1, actor: "urn:li:corpuser:x" } })),
    j(urn, "mlModelProperties", { name: `Model ${i}`, groups: [GROUP], trainingJobs: runs }),
    j(urn, "globalTags", { tags: Array.from({ length: n }, (_, k) => ({ tag: `urn:li:tag:t${k}` })) }),
    j(urn, "glossaryTerms", {
      terms: Array.from({ length: n }, (_, k) => ({ urn: `urn:li:glossaryTerm:g${k}` })),
      auditStamp: { time: 1, actor: "urn:li:corpuser:x" },
    }),
    j(urn, "ownership", { owners: Array.from({ length: n }, (_, k) => ({ owner: `urn:li:corpuser:u${k}`, type: "TECHNICAL_OWNER" })) }),
    ...Array.from({ length: n }, (_, k) => j(`urn:li:tag:t${k}`, "tagProperties", { name: `Tag ${k}` })),
    ...Array.from({ length: n }, (_, k) => j(`urn:li:corpuser:u${k}`, "corpUserInfo", { active: true, displayName: `User ${k}` })),
  ];
}

const PAGE = `query($urn: String!) { mlModel(urn: $urn) { urn name
  properties { name groups { urn name properties { name } } mlModelLineageInfo { trainingJobs } }
  tags { tags { tag { urn name properties { name colorHex } } } }
  glossaryTerms { terms { term { urn name } } }
  ownership { owners { owner { ... on CorpUser { urn username properties { displayName } } } type } }
  upstream: lineage(input: { direction: UPSTREAM }) { total relationships { type entity { urn ... on DataProcessInstance { name } } } }
  downstream: lineage(input: { direction: DOWNSTREAM }) { total relationships { type entity { urn ... on MLModelGroup { name } } } }
  relationships(input: { types: ["TrainedBy"], direction: OUTGOING }) { total relationships { entity { urn } } } } }`;

describe("GraphQL", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const r = ingestProposals(server.store, [...modelWithFanOut(1, 2), ...modelWithFanOut(2, 40)], "urn:li:corpuser:test");
    expect(r.rejected).toBe(0);
  });
  afterAll(() => server.stop());

  it("issues a bounded number of SQL statements for an entity page, however large its fan-out", async () => {
    const counts: number[] = [];
    for (const urn of [model(1), model(2)]) {
      // Once before counting: the store remembers the urn ids and names relationship reads met
      // (EdgePages), so both pages are counted alike, with those known.
      await server.graphql(PAGE, { urn });
      server.store.counter.reset();
      const { body } = await server.graphql(PAGE, { urn });
      expect(body.errors).toBeUndefined();
      counts.push(server.store.counter.count);
    }
    const [small, large] = counts;
    expect(large).toBe(small); // 2 vs 40 tags/owners/terms/runs: same number of statements
    expect(large).toBeLessThanOrEqual(12);
  });

  it("returns every related entity of a large fan-out", async () => {
    const { body } = await server.graphql(PAGE, { urn: model(2) });
    const m = body.data.mlModel;
    expect(m.tags.tags).toHaveLength(40);
    expect(m.tags.tags[5].tag.properties.name).toBe("Tag 5");
    expect(m.ownership.owners[3].owner.properties.displayName).toBe("User 3");
    expect(m.upstream.total).toBe(40);
    expect(m.downstream.relationships).toEqual([{ type: "MemberOf", entity: { urn: GROUP, name: "Batching group" } }]);
  });

  it("answers null for an unknown urn and a clear error for a malformed one", async () => {
    const unknown = await server.graphql(`{ mlModel(urn: "urn:li:mlModel:(urn:li:dataPlatform:mlflow,nope,PROD)") { urn } }`);
    expect(unknown.body).toEqual({ data: { mlModel: null } });
    const bad = await server.graphql(`{ mlModel(urn: "urn:li:mlModel:(oops") { urn } }`);
    expect(bad.body.data.mlModel).toBeNull();
    expect(bad.body.errors[0].message).toMatch(/invalid urn/);
    expect(bad.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const wrongKind = await server.graphql(`{ mlModel(urn: "${GROUP}") { urn } }`);
    expect(wrongKind.body.errors[0].message).toMatch(/is a mlModelGroup, expected mlModel/);
  });

  it("answers a model's hyperParameters as DataHub does: one entry (the map's last), its value boxed by kind", async () => {
    const withMap = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,hyper_map_model,PROD)";
    const without = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,hyper_none_model,PROD)";
    const own = await startTestServer();
    onTestFinished(() => own.stop());
    const r = ingestProposals(
      own.store,
      [
        j(withMap, "mlModelProperties", { name: "m", hyperParameters: { lr: 0.1, layers: 3, deep: true, optimizer: "adam" } }),
        j(without, "mlModelProperties", { name: "n" }),
      ],
      "urn:li:corpuser:test",
    );
    expect(r.rejected).toBe(0);
    const Q = `query($urn: String!) { mlModel(urn: $urn) { properties { hyperParameters { key value { __typename
      ... on StringBox { stringValue } ... on IntBox { intValue } ... on FloatBox { floatValue } ... on BooleanBox { booleanValue } } } } } }`;
    const { body } = await own.graphql(Q, { urn: withMap });
    expect(body.errors).toBeUndefined();
    expect(body.data.mlModel.properties.hyperParameters).toEqual({ key: "optimizer", value: { __typename: "StringBox", stringValue: "adam" } });
    expect((await own.graphql(Q, { urn: without })).body.data.mlModel.properties.hyperParameters).toBeNull();
  });

  it("rejects oversized pages and unsupported filters with BAD_USER_INPUT", async () => {
    const big = await server.graphql(`{ searchAcrossEntities(input: { query: "*", count: 5000 }) { total } }`);
    expect(big.body.errors[0].message).toMatch(/count must be an integer from 0 to 1000, got 5000/);
    const neg = await server.graphql(`{ searchAcrossEntities(input: { query: "*", start: -1 }) { total } }`);
    expect(neg.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("searches with DataHub's input and result shapes, facets included", async () => {
    const { body } = await server.graphql(`{ searchAcrossEntities(input: { types: [MLMODEL], query: "model", start: 0, count: 10,
        orFilters: [{ and: [{ field: "tags", values: ["urn:li:tag:t1"] }] }] }) {
      start count total searchResults { entity { urn type } matchedFields { name value } }
      facets { field displayName aggregations { value count entity { urn } } } } }`);
    expect(body.errors).toBeUndefined();
    const s = body.data.searchAcrossEntities;
    expect(s.total).toBe(2);
    expect(s.searchResults.map((r: any) => r.entity.type)).toEqual(["MLMODEL", "MLMODEL"]);
    const types = s.facets.find((f: any) => f.field === "_entityType");
    expect(types.aggregations).toEqual([{ value: "MLMODEL", count: 2, entity: null }]);
  });

  it("autocompletes across kinds", async () => {
    const { body } = await server.graphql(
      `{ autoCompleteForMultiple(input: { query: "batch", limit: 5 }) { suggestions { type suggestions entities { urn } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const types = body.data.autoCompleteForMultiple.suggestions.map((s: any) => s.type);
    expect(types).toEqual(expect.arrayContaining(["MLMODEL", "MLMODEL_GROUP"]));
  });

  it("counts entities per kind", async () => {
    const { body } = await server.graphql(`{ getEntityCounts(input: { types: [MLMODEL, MLMODEL_GROUP, DATASET] }) { counts { entityType count } } }`);
    expect(body.data.getEntityCounts.counts).toEqual([
      { entityType: "MLMODEL", count: 2 },
      { entityType: "MLMODEL_GROUP", count: 1 },
      { entityType: "DATASET", count: 0 },
    ]);
  });

  it("refuses writes without a token and from a reader, with codes the UI can act on", async () => {
    const m = `mutation { updateDescription(input: { description: "x", resourceUrn: "${GROUP}" }) }`;
    const anon = await server.graphql(m);
    expect(anon.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const reader = await server.graphql(m, undefined, server.token("reader"));
    expect(reader.body.errors[0].extensions.code).toBe("FORBIDDEN");
    const editor = await server.graphql(m, undefined, server.token("editor"));
    expect(editor.body).toEqual({ data: { updateDescription: true } });
  });
});
