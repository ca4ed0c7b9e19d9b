/**
 * `patchEntity` by an editor edits what the docs say editors edit — descriptions, tags, glossary
 * terms, owners, custom properties and documentation links — and nothing else; every other aspect
 * (or another part of a properties aspect) needs the ingest or admin role.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers";

const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,scope_model,PROD)";
const DATASET = "urn:li:dataset:(urn:li:dataPlatform:hive,scope_table,PROD)";
const USER = "urn:li:corpuser:bob";
const PATCH = `mutation($i: PatchEntityInput!) { patchEntity(input: $i) { urn success error } }`;
const PATCH_MANY = `mutation($i: [PatchEntityInput!]!) { patchEntities(input: $i) { urn success error } }`;

const mcp = (urn: string, aspectName: string, json: unknown) => ({
  entityType: urn.split(":")[2],
  entityUrn: urn,
  changeType: "UPSERT",
  aspectName,
  aspect: { json },
});
const op = (o: string, path: string, value?: unknown) => ({ op: o, path, ...(value === undefined ? {} : { value: JSON.stringify(value) }) });

describe("patchEntity scope", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const r = await server.post(
      "/aspects?action=ingestProposalBatch",
      {
        proposals: [
          mcp(MODEL, "mlModelProperties", { name: "Scope model", externalUrl: "https://example.com/m", customProperties: { team: "a" }, trainingJobs: [] }),
          mcp(MODEL, "status", { removed: false }),
          mcp(DATASET, "datasetProperties", { name: "scope_table" }),
          mcp(DATASET, "upstreamLineage", { upstreams: [] }),
          mcp(USER, "corpUserInfo", { active: true, displayName: "Bob", fullName: "Bob B" }),
        ],
      },
      server.token("ingest"),
    );
    expect(r.status).toBe(200);
  });
  afterAll(() => server.stop());

  const patch = (urn: string, aspectName: string, ops: unknown[], role: "editor" | "ingest" | "admin" | "reader" = "editor") =>
    server.graphql(PATCH, { i: { urn, aspectName, patch: ops } }, server.token(role));

  const OUT_OF_SCOPE: Array<[string, string, string, unknown[]]> = [
    ["soft-delete", MODEL, "status", [op("REPLACE", "/removed", true)]],
    ["rename", MODEL, "mlModelProperties", [op("REPLACE", "/name", "Renamed")]],
    ["point externalUrl anywhere", MODEL, "mlModelProperties", [op("REPLACE", "/externalUrl", "javascript:alert(1)")]],
    ["rewrite lineage (training jobs)", MODEL, "mlModelProperties", [op("ADD", "/trainingJobs/-", "urn:li:dataProcessInstance:x")]],
    [
      "rewrite lineage (upstreams)",
      DATASET,
      "upstreamLineage",
      [op("ADD", "/upstreams/-", { dataset: "urn:li:dataset:(urn:li:dataPlatform:hive,x,PROD)", type: "TRANSFORMED" })],
    ],
    ["replace the whole properties aspect", MODEL, "mlModelProperties", [op("REPLACE", "", { name: "x", customProperties: {} })]],
    ["move a field into custom properties", MODEL, "mlModelProperties", [{ op: "MOVE", from: "/name", path: "/customProperties/name" }]],
    ["rename another user", USER, "corpUserInfo", [op("REPLACE", "/displayName", "Mallory")]],
    ["edit another user's profile", USER, "corpUserEditableInfo", [op("ADD", "/displayName", "Mallory")]],
    ["rename a dataset", DATASET, "editableDatasetProperties", [op("ADD", "/name", "Renamed")]],
  ];

  it("refuses an editor everything else with FORBIDDEN, and writes nothing", async () => {
    const before = server.store.dump();
    for (const [what, urn, aspect, ops] of OUT_OF_SCOPE) {
      const r = await patch(urn, aspect, ops);
      expect(r.body.errors?.[0]?.extensions?.code, what).toBe("FORBIDDEN");
      expect(r.body.errors?.[0]?.message, what).toMatch(/ingest or admin role/);
    }
    // patchEntities: one out-of-scope item refuses the whole call before anything is written.
    const many = await server.graphql(
      PATCH_MANY,
      {
        i: [
          { urn: MODEL, aspectName: "globalTags", patch: [op("ADD", "/tags/-", { tag: "urn:li:tag:ok" })] },
          { urn: MODEL, aspectName: "status", patch: [op("REPLACE", "/removed", true)] },
        ],
      },
      server.token("editor"),
    );
    expect(many.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(server.store.dump()).toEqual(before);
  });

  it("lets an editor patch descriptions, tags, terms, owners, custom properties and documentation links", async () => {
    const ALLOWED: Array<[string, string, unknown[]]> = [
      [MODEL, "globalTags", [op("ADD", "/tags", [{ tag: "urn:li:tag:scoped" }])]],
      [MODEL, "glossaryTerms", [op("ADD", "/terms", [{ urn: "urn:li:glossaryTerm:Scoped" }]), op("ADD", "/auditStamp", { time: 1 })]],
      [MODEL, "ownership", [op("ADD", "/owners", [{ owner: "urn:li:corpuser:alice", type: "TECHNICAL_OWNER" }])]],
      [MODEL, "mlModelProperties", [op("ADD", "/customProperties/reviewed", "yes"), op("REMOVE", "/customProperties/team")]],
      [
        MODEL,
        "institutionalMemory",
        [op("ADD", "/elements", [{ url: "https://wiki.example.com/m", description: "Runbook", createStamp: { time: 1, actor: "urn:li:corpuser:editor" } }])],
      ],
      [MODEL, "editableMlModelProperties", [op("ADD", "/description", "Edited.")]],
      [DATASET, "editableDatasetProperties", [op("ADD", "/description", "Edited.")]],
      [DATASET, "datasetProperties", [op("ADD", "/customProperties/owner_team", "data")]],
    ];
    for (const [urn, aspect, ops] of ALLOWED) {
      const r = await patch(urn, aspect, ops);
      expect(r.body.errors, `${aspect}`).toBeUndefined();
      expect(r.body.data.patchEntity, `${aspect}`).toMatchObject({ success: true, error: null });
    }
    expect(server.store.getAspect(MODEL, "mlModelProperties")?.value.customProperties).toEqual({ reviewed: "yes" });
  });

  it("lets the ingest and admin roles patch any aspect, and refuses readers", async () => {
    expect((await patch(MODEL, "status", [op("REPLACE", "/removed", false)], "ingest")).body.data?.patchEntity?.success).toBe(true);
    expect((await patch(MODEL, "mlModelProperties", [op("REPLACE", "/name", "Renamed by admin")], "admin")).body.data?.patchEntity?.success).toBe(true);
    expect((await patch(MODEL, "globalTags", [op("ADD", "/tags/-", { tag: "urn:li:tag:r" })], "reader")).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await server.graphql(PATCH, { i: { urn: MODEL, aspectName: "globalTags", patch: [] } })).body.errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
  });
});
