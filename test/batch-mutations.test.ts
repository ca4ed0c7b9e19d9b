/**
 * DataHub's batch owner and deprecation mutations: the single mutations' permissions and History,
 * and all or nothing (a bad resource refuses the whole batch and nothing is written).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers";
import { ingestProposals } from "../server/ingest/proposals";

const MODEL = (n: string) => `urn:li:mlModel:(urn:li:dataPlatform:mlflow,batch_${n},PROD)`;
const ALICE = "urn:li:corpuser:alice";
const BOB = "urn:li:corpuser:bob";
const up = (entityUrn: string, aspectName: string, json: unknown) => ({ entityUrn, changeType: "UPSERT", aspectName, aspect: { json } });

const OWNERS = `query($urn: String!) { mlModel(urn: $urn) { ownership { owners { owner { ... on CorpUser { urn } } type } } deprecation { deprecated note replacement { urn } } } }`;
const HISTORY = `query($urn: String!) { entityHistory(urn: $urn) { total changes { actor aspects { aspect } } } }`;
const ADD = `mutation($input: BatchAddOwnersInput!) { batchAddOwners(input: $input) }`;
const REMOVE = `mutation($input: BatchRemoveOwnersInput!) { batchRemoveOwners(input: $input) }`;
const DEPRECATE = `mutation($input: BatchUpdateDeprecationInput!) { batchUpdateDeprecation(input: $input) }`;

describe("batch mutations", () => {
  let server: TestServer;
  const owners = async (urn: string) => {
    const { body } = await server.graphql(OWNERS, { urn });
    expect(body.errors).toBeUndefined();
    return (body.data.mlModel.ownership?.owners ?? []).map((o: { owner: { urn: string }; type: string }) => `${o.owner.urn}:${o.type}`).sort();
  };
  beforeAll(async () => {
    server = await startTestServer();
    const r = ingestProposals(
      server.store,
      ["a", "b", "c"].map((n) => up(MODEL(n), "mlModelProperties", { name: `batch ${n}` })),
      "urn:li:corpuser:datahub",
    );
    expect(r.results.filter((x) => !x.ok)).toEqual([]);
  });
  afterAll(() => server.stop());

  it("batchAddOwners and batchRemoveOwners change every resource, recorded in History as the editor's", async () => {
    const input = {
      owners: [
        { ownerUrn: ALICE, ownerEntityType: "CORP_USER", type: "TECHNICAL_OWNER" },
        { ownerUrn: BOB, ownerEntityType: "CORP_USER", ownershipTypeUrn: "urn:li:ownershipType:__system__business_owner" },
      ],
      resources: [{ resourceUrn: MODEL("a") }, { resourceUrn: MODEL("b") }],
    };
    const { body } = await server.graphql(ADD, { input }, server.token("editor"));
    expect(body.errors).toBeUndefined();
    expect(body.data.batchAddOwners).toBe(true);
    for (const m of [MODEL("a"), MODEL("b")]) expect(await owners(m)).toEqual([`${ALICE}:TECHNICAL_OWNER`, `${BOB}:BUSINESS_OWNER`]);
    expect(await owners(MODEL("c"))).toEqual([]);
    const history = await server.graphql(HISTORY, { urn: MODEL("a") });
    const change = history.body.data.entityHistory.changes[0];
    expect(change.aspects.map((a: { aspect: string }) => a.aspect)).toContain("ownership");
    expect(change.actor).toMatch(/^urn:li:corpuser:/);
    const removed = await server.graphql(
      REMOVE,
      { input: { ownerUrns: [BOB], resources: [{ resourceUrn: MODEL("a") }, { resourceUrn: MODEL("b") }] } },
      server.token("editor"),
    );
    expect(removed.body.errors).toBeUndefined();
    for (const m of [MODEL("a"), MODEL("b")]) expect(await owners(m)).toEqual([`${ALICE}:TECHNICAL_OWNER`]);
  });

  it("a bad resource refuses the whole batch and writes nothing", async () => {
    const before = await owners(MODEL("c"));
    for (const bad of ["not-an-urn", MODEL("missing")]) {
      const { body } = await server.graphql(
        ADD,
        {
          input: {
            owners: [{ ownerUrn: BOB, ownerEntityType: "CORP_USER", type: "DATA_STEWARD" }],
            resources: [{ resourceUrn: MODEL("c") }, { resourceUrn: bad }],
          },
        },
        server.token("editor"),
      );
      expect(body.errors[0].message).toMatch(bad === "not-an-urn" ? /urn/ : /no entity/);
      expect(await owners(MODEL("c"))).toEqual(before);
    }
    const badOwner = await server.graphql(
      ADD,
      { input: { owners: [{ ownerUrn: "urn:li:tag:x", ownerEntityType: "CORP_USER" }], resources: [{ resourceUrn: MODEL("c") }] } },
      server.token("editor"),
    );
    expect(badOwner.body.errors[0].message).toMatch(/corpuser|corpGroup/);
  });

  it("needs the edit permission, like the single mutations", async () => {
    const input = { ownerUrns: [ALICE], resources: [{ resourceUrn: MODEL("a") }] };
    const anonymous = await server.graphql(REMOVE, { input });
    expect(anonymous.body.errors[0].message).toMatch(/sign in|Unauthenticated/i);
    const viewer = await server.graphql(REMOVE, { input }, server.token("reader"));
    expect(viewer.body.errors[0].message).toMatch(/Forbidden/);
    expect(await owners(MODEL("a"))).toEqual([`${ALICE}:TECHNICAL_OWNER`]);
  });

  it("batchUpdateDeprecation sets and clears deprecation on every resource", async () => {
    const resources = [{ resourceUrn: MODEL("b") }, { resourceUrn: MODEL("c") }];
    const set = await server.graphql(DEPRECATE, { input: { deprecated: true, note: "use a", replacement: MODEL("a"), resources } }, server.token("editor"));
    expect(set.body.errors).toBeUndefined();
    for (const m of [MODEL("b"), MODEL("c")]) {
      const { body } = await server.graphql(OWNERS, { urn: m });
      expect(body.data.mlModel.deprecation).toMatchObject({ deprecated: true, note: "use a" });
    }
    const cleared = await server.graphql(DEPRECATE, { input: { deprecated: false, resources } }, server.token("editor"));
    expect(cleared.body.errors).toBeUndefined();
    const { body } = await server.graphql(OWNERS, { urn: MODEL("c") });
    expect(body.data.mlModel.deprecation.deprecated).toBe(false);
  });
});
