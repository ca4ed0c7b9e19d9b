/** Ingestion over HTTP and from files: DataHub's wire forms, per-proposal errors, limits, roles. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { startTestServer, tempDir, type TestServer } from "./helpers";

const GOLDEN_DIR = "test/fixtures/datahub-golden";
// Files whose every proposal this catalog stores (test/datahub-golden.test.ts covers them all).
const goldenFiles = [
  "feast_legacy_mces_golden.json",
  "feast_repository_mces_golden.json",
  "mlflow_mcps_golden.json",
  "sdk_v2_test_mlmodel_complex_golden.json",
];
const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,ingest_test_model,PROD)";

function rest(urn: string, aspectName: string, value: unknown, extra: Record<string, unknown> = {}) {
  return {
    entityType: urn.split(":")[2],
    entityUrn: urn,
    changeType: "UPSERT",
    aspectName,
    aspect: { value: JSON.stringify(value), contentType: "application/json" },
    systemMetadata: { lastObserved: 1700000000000, runId: "test" },
    ...extra,
  };
}

describe("golden files", () => {
  it("`orrery ingest` loads them all with a summary and exit code 0", () => {
    const dir = tempDir("orrery-cli-");
    try {
      const out = execFileSync(
        "node",
        ["bin/orrery.js", "ingest", ...goldenFiles.map((f) => path.join(GOLDEN_DIR, f)), "--db", path.join(dir, "c.db"), "--quiet"],
        {
          encoding: "utf8",
        },
      );
      expect(out).toMatch(/^(\d+) of \1 proposals accepted, 0 rejected/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("`orrery ingest` exits non-zero and names each rejected proposal and why", () => {
    const dir = tempDir("orrery-cli-");
    try {
      const file = path.join(dir, "bad.json");
      fs.writeFileSync(file, JSON.stringify([rest(MODEL, "mlModelProperties", { name: "ok" }), rest(MODEL, "noSuchAspect", {})]));
      const r = spawnSync("node", ["bin/orrery.js", "ingest", file, "--db", path.join(dir, "c.db"), "--quiet"], { encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain("1 of 2 proposals accepted, 1 rejected");
      expect(r.stdout).toMatch(/bad\.json#1: .*noSuchAspect/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("ingestion over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it("needs a token with the ingest role", async () => {
    const body = { proposal: rest(MODEL, "mlModelProperties", { name: "x" }) };
    const anon = await server.post("/aspects?action=ingestProposal", body);
    expect(anon.status).toBe(401);
    expect(anon.body.message).toMatch(/Bearer/);
    const reader = await server.post("/aspects?action=ingestProposal", body, server.token("reader"));
    expect(reader.status).toBe(403);
    const editor = await server.post("/aspects?action=ingestProposal", body, server.token("editor"));
    expect(editor.status).toBe(403);
    const bogus = await server.post("/aspects?action=ingestProposal", body, "orr_aaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
    expect(bogus.status).toBe(401);
    expect(server.store.getAspect(MODEL, "mlModelProperties")).toBeNull();
  });

  it("rejects invalid JSON, unknown actions and oversized bodies with clear 4xx errors", async () => {
    const t = server.token("ingest");
    const bad = await server.post("/aspects?action=ingestProposal", "{not json", t, true);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/not valid JSON/);
    const action = await server.post("/aspects?action=explode", {}, t);
    expect(action.status).toBe(400);
    const huge = await server.post("/aspects?action=ingestProposal", "x".repeat(17 * 1024 * 1024), t, true);
    expect(huge.status).toBe(413);
  });

  it("names the urn, the aspect and the field when a proposal is invalid", async () => {
    const t = server.token("ingest");
    const wrongType = await server.post("/aspects?action=ingestProposal", { proposal: rest(MODEL, "mlModelProperties", { name: 42 }) }, t);
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.message).toContain(MODEL);
    expect(wrongType.body.message).toContain("mlModelProperties.name");
    const unknown = await server.post("/aspects?action=ingestProposal", { proposal: rest(MODEL, "datasetProperties", { name: "x" }) }, t);
    expect(unknown.status).toBe(422);
    expect(unknown.body.message).toMatch(/datasetProperties.*not supported.*mlModel/);
    const badUrn = await server.post("/aspects?action=ingestProposal", { proposal: rest("urn:li:mlModel:(broken", "mlModelProperties", {}) }, t);
    expect(badUrn.status).toBe(422);
    expect(badUrn.body.message).toMatch(/invalid entityUrn/);
    const notJson = await server.post(
      "/aspects?action=ingestProposal",
      { proposal: { ...rest(MODEL, "mlModelProperties", {}), aspect: { value: "{oops", contentType: "application/json" } } },
      t,
    );
    expect(notJson.status).toBe(422);
    expect(notJson.body.message).toMatch(/aspect.value is not valid JSON/);
    const wrongEntity = await server.post("/aspects?action=ingestProposal", { proposal: rest(MODEL, "mlModelProperties", {}, { entityType: "dataset" }) }, t);
    expect(wrongEntity.status).toBe(422);
    expect(wrongEntity.body.message).toMatch(/does not match/);
    expect(server.store.getAspect(MODEL, "mlModelProperties")).toBeNull();
  });

  it("keeps the good proposals of a batch and reports the bad ones individually", async () => {
    const t = server.token("ingest");
    const res = await server.post(
      "/aspects?action=ingestProposalBatch",
      {
        proposals: [
          rest(MODEL, "mlModelProperties", { name: "Batch Model" }),
          rest(MODEL, "mlModelProperties", { name: ["not", "a", "string"] }),
          rest(MODEL, "globalTags", { tags: [{ tag: "urn:li:tag:batch" }] }),
          { nonsense: true },
        ],
        async: "false",
      },
      t,
    );
    expect(res.status).toBe(422);
    expect(res.body.value.accepted).toBe(2);
    expect(res.body.value.rejected).toBe(2);
    expect(res.body.value.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, false, true, false]);
    expect(server.store.getAspect(MODEL, "mlModelProperties")?.value).toEqual({ name: "Batch Model" });
  });

  it("applies JSON-Patch proposals the way DataHub's patch builders send them", async () => {
    const t = server.token("ingest");
    await server.post("/aspects?action=ingestProposal", { proposal: rest(MODEL, "mlModelProperties", { name: "Patched", customProperties: { a: "1" } }) }, t);
    const res = await server.post(
      "/aspects?action=ingestProposal",
      {
        proposal: {
          entityUrn: MODEL,
          changeType: "PATCH",
          aspectName: "mlModelProperties",
          aspect: { value: JSON.stringify([{ op: "add", path: "/customProperties/team", value: "ml" }]), contentType: "application/json-patch+json" },
        },
      },
      t,
    );
    expect(res.status).toBe(200);
    expect(server.store.getAspect(MODEL, "mlModelProperties")?.value.customProperties).toEqual({ a: "1", team: "ml" });
  });

  it("accepts the OpenAPI v3 form and legacy MCEs", async () => {
    const t = server.token("ingest");
    const urn = "urn:li:dataset:(urn:li:dataPlatform:hive,openapi_ds,PROD)";
    const res = await server.post(`/openapi/v3/entity/dataset`, [{ urn, datasetProperties: { value: { name: "openapi ds" } } }], t);
    expect(res.status).toBe(200);
    expect(server.store.getAspect(urn, "datasetProperties")?.value.name).toBe("openapi ds");
    const mce = await server.post(
      "/entities?action=ingest",
      { entity: { value: { "com.linkedin.metadata.snapshot.DatasetSnapshot": { urn, aspects: [{ "com.linkedin.common.Status": { removed: false } }] } } } },
      t,
    );
    expect(mce.status).toBe(200);
    expect(server.store.getAspect(urn, "status")?.value).toEqual({ removed: false });
  });
});
