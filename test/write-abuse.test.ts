/**
 * No single write may freeze, bloat or poison the server. Each attack runs against the real server
 * process (test/abuse-env.ts): prototype pollution through JSON-Patch paths, patches and values that
 * amplify into huge aspects, batches that multiply stored versions, and a 500 that must say why.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { registerCatalogFunctions } from "../server/store/aspect-values";
import { mcp, patchMcp, startAbuseEnv, type AbuseEnv } from "./abuse-env";

const model = (name: string) => `urn:li:mlModel:(urn:li:dataPlatform:mlflow,${name},PROD)`;
const MODEL = model("abuse_model");
const PATCH_ENTITY = `mutation($i: PatchEntityInput!) { patchEntity(input: $i) { urn success error } }`;
const PATCH_ENTITIES = `mutation($i: [PatchEntityInput!]!) { patchEntities(input: $i) { urn success error } }`;
const MB = 1024 * 1024;

/** The stored value of one aspect, through DataHub's REST read. */
async function stored(env: AbuseEnv, urn: string, aspect: string): Promise<Record<string, unknown> | null> {
  const r = await env.get(`/aspects/${encodeURIComponent(urn)}?aspect=${aspect}`);
  if (r.status === 404) return null;
  expect(r.status).toBe(200);
  return Object.values(r.body.aspect)[0] as Record<string, unknown>;
}

/** Everyone else can still read and write, and a fresh value carries no key it was not given. */
async function expectUnpolluted(env: AbuseEnv, probe: string): Promise<void> {
  const anon = await env.gql(`{ __typename }`);
  expect(anon.status, `anonymous GraphQL after ${probe}`).toBe(200);
  expect(anon.body.data).toEqual({ __typename: "Query" });
  const read = await env.gql(`query($u: String!) { mlModel(urn: $u) { urn properties { name } } }`, { u: MODEL }, env.tokens.reader);
  expect(read.status).toBe(200);
  expect(read.body.data?.mlModel?.properties?.name).toBe("Abuse model");
  const tag = await env.gql(
    `mutation($i: TagAssociationInput!) { addTag(input: $i) }`,
    { i: { resourceUrn: MODEL, tagUrn: `urn:li:tag:${probe}` } },
    env.tokens.editor2,
  );
  expect(tag.status).toBe(200);
  expect(tag.body.errors).toBeUndefined();
  const fresh = model(`fresh_${probe}`);
  const w = await env.post("/aspects?action=ingestProposal", { proposal: mcp(fresh, "mlModelProperties", { name: "fresh" }) }, env.tokens.ingest2);
  expect(w.status, JSON.stringify(w.body)).toBe(200);
  expect(await stored(env, fresh, "mlModelProperties")).toEqual({ name: "fresh" });
  expect(JSON.stringify(await stored(env, MODEL, "mlModelProperties"))).not.toMatch(/polluted|authorization|copied|moved/);
}

describe("JSON-Patch paths through __proto__, constructor or prototype", () => {
  let env: AbuseEnv;
  beforeAll(async () => {
    env = await startAbuseEnv([
      mcp(MODEL, "mlModelProperties", { name: "Abuse model", customProperties: { team: "a" }, tags: ["x"] }),
      mcp(MODEL, "globalTags", { tags: [{ tag: "urn:li:tag:seed" }] }),
    ]);
  }, 60_000);
  afterAll(() => env?.stop());

  const ATTACKS: Array<Record<string, unknown>> = [
    { op: "add", path: "/__proto__/authorization/x", value: "1" },
    { op: "add", path: "/__proto__/polluted", value: "yes" },
    { op: "replace", path: "/__proto__/polluted", value: "yes" },
    { op: "add", path: "/__proto__", value: { polluted: "yes" } },
    { op: "add", path: "/constructor/prototype/polluted", value: "yes" },
    { op: "add", path: "/customProperties/constructor/prototype/polluted", value: "yes" },
    { op: "add", path: "/tags/constructor/prototype/polluted", value: "yes" },
    { op: "add", path: "/customProperties/__proto__/polluted", value: "yes" },
    { op: "add", path: "/prototype/polluted", value: "yes" },
    { op: "add", path: "/a~1b/__proto__/polluted", value: "yes" },
    { op: "remove", path: "/constructor/prototype/hasOwnProperty" },
    { op: "copy", from: "/__proto__", path: "/copied" },
    { op: "copy", from: "/constructor/prototype", path: "/copied" },
    { op: "move", from: "/constructor/prototype/toString", path: "/moved" },
    { op: "test", path: "/__proto__/polluted", value: "yes" },
  ];

  it("is refused over REST, naming the segment, and leaves every other request working", async () => {
    for (const op of ATTACKS) {
      const r = await env.post("/aspects?action=ingestProposal", { proposal: patchMcp(MODEL, "mlModelProperties", [op]) }, env.tokens.ingest);
      expect(r.status, JSON.stringify(op)).toBe(422);
      expect(r.body.message, JSON.stringify(op)).toMatch(/'(__proto__|constructor|prototype)'/);
    }
    // The same path spelled with JSON escapes, and as DataHub's OpenAPI form ({patch: [...]}).
    const escaped = `{"proposal": {"entityUrn": ${JSON.stringify(MODEL)}, "changeType": "PATCH", "aspectName": "mlModelProperties", "aspect": {"json": [{"op": "add", "path": "/\\u005f\\u005fproto\\u005f\\u005f/authorization/x", "value": 1}]}}}`;
    const r1 = await env.post("/aspects?action=ingestProposal", escaped, env.tokens.ingest);
    expect(r1.status).toBe(422);
    expect(r1.body.message).toMatch(/'__proto__'/);
    const r2 = await env.post(
      "/aspects?action=ingestProposal",
      { proposal: mcp(MODEL, "mlModelProperties", { patch: [ATTACKS[0]] }, "PATCH") },
      env.tokens.ingest,
    );
    expect(r2.status).toBe(422);
    await expectUnpolluted(env, "rest");
  });

  it("in a batch, reports the refused proposal and keeps the others", async () => {
    const r = await env.post(
      "/aspects?action=ingestProposalBatch",
      {
        proposals: [
          patchMcp(MODEL, "mlModelProperties", [{ op: "add", path: "/customProperties/before", value: "1" }]),
          patchMcp(MODEL, "mlModelProperties", [{ op: "add", path: "/__proto__/authorization/x", value: "1" }]),
          patchMcp(MODEL, "mlModelProperties", [{ op: "add", path: "/customProperties/after", value: "2" }]),
        ],
      },
      env.tokens.ingest,
    );
    expect(r.status).toBe(422);
    expect(r.body.value.accepted).toBe(2);
    expect(r.body.value.results.map((x: any) => x.ok)).toEqual([true, false, true]);
    expect(r.body.value.results[1].error).toMatch(/'__proto__'/);
    expect((await stored(env, MODEL, "mlModelProperties"))?.customProperties).toMatchObject({ before: "1", after: "2" });
    await expectUnpolluted(env, "batch");
  });

  it("is refused through patchEntity and patchEntities", async () => {
    for (const path of ["/__proto__/authorization/x", "/tags/0/__proto__/polluted", "/constructor/prototype/polluted"]) {
      const r = await env.gql(PATCH_ENTITY, { i: { urn: MODEL, aspectName: "globalTags", patch: [{ op: "ADD", path, value: '"1"' }] } }, env.tokens.editor);
      expect(r.status).toBe(200);
      expect(r.body.data?.patchEntity?.success, path).toBe(false);
      expect(r.body.data?.patchEntity?.error, path).toMatch(/'(__proto__|constructor|prototype)'/);
    }
    const many = await env.gql(
      PATCH_ENTITIES,
      {
        i: [
          { urn: MODEL, aspectName: "globalTags", patch: [{ op: "ADD", path: "/__proto__/authorization/x", value: '"1"' }] },
          { urn: MODEL, aspectName: "globalTags", patch: [{ op: "ADD", path: "/tags/-", value: '{"tag": "urn:li:tag:kept"}' }] },
        ],
      },
      env.tokens.editor,
    );
    expect(many.body.errors).toBeUndefined();
    expect(many.body.data?.patchEntities.map((x: any) => x.success)).toEqual([false, true]);
    expect(JSON.stringify(await stored(env, MODEL, "globalTags"))).toContain("urn:li:tag:kept");
    await expectUnpolluted(env, "graphql");
  });
});

describe("amplification: a write's result is checked against the aspect size limit", () => {
  let env: AbuseEnv;
  const AMP = model("amplified");
  beforeAll(async () => {
    env = await startAbuseEnv([
      mcp(MODEL, "mlModelProperties", { name: "Abuse model" }),
      mcp(AMP, "mlModelProperties", { name: "amp", blob: { s: "x".repeat(1024) }, customProperties: { seed: "x".repeat(1024) } }),
    ]);
  }, 60_000);
  afterAll(() => env?.stop());

  /** 18 copies of a subtree into itself: 1 kB doubled 18 times is 256 MB, from a 2 kB request. */
  const doubling = (root: string) => Array.from({ length: 18 }, (_, i) => ({ op: "copy", from: root, path: `${root}/c${i}` }));

  it("refuses a JSON-Patch that copies a subtree into itself, naming the limit, and stores nothing", async () => {
    const disk = env.storedBytes();
    const t0 = performance.now();
    const r = await env.post("/aspects?action=ingestProposal", { proposal: patchMcp(AMP, "mlModelProperties", doubling("/blob")) }, env.tokens.ingest);
    const ms = performance.now() - t0;
    expect(r.status, JSON.stringify(r.body).slice(0, 500)).toBe(422);
    expect(r.body.message).toMatch(/4194304 bytes|4 MB/);
    expect(env.storedBytes() - disk).toBeLessThan(8 * MB);
    expect(env.peakRss()).toBeLessThan(600 * MB);
    expect(ms).toBeLessThan(5_000);
    expect(JSON.stringify(await stored(env, AMP, "mlModelProperties")).length).toBeLessThan(4 * 1024);
  });

  it("refuses the same through patchEntity, by an admin and by an editor on custom properties", async () => {
    const admin = await env.gql(
      PATCH_ENTITY,
      { i: { urn: AMP, aspectName: "mlModelProperties", patch: doubling("/blob").map((o) => ({ ...o, op: "COPY" })) } },
      env.tokens.admin,
    );
    expect(admin.body.data?.patchEntity).toMatchObject({ success: false });
    expect(admin.body.data?.patchEntity.error).toMatch(/4194304 bytes|4 MB/);
    const editor = await env.gql(
      PATCH_ENTITY,
      { i: { urn: AMP, aspectName: "mlModelProperties", patch: doubling("/customProperties").map((o) => ({ ...o, op: "COPY" })) } },
      env.tokens.editor,
    );
    expect(editor.body.data?.patchEntity).toMatchObject({ success: false });
    expect(editor.body.data?.patchEntity.error).toMatch(/4194304 bytes|4 MB/);
    expect(env.peakRss()).toBeLessThan(600 * MB);
  });

  it("refuses an upserted value over the limit in the golden-file form (aspect.json), naming the limit", async () => {
    const disk = env.storedBytes();
    const r = await env.post(
      "/aspects?action=ingestProposal",
      { proposal: mcp(AMP, "mlModelProperties", { name: "amp", blob: "z".repeat(5 * MB) }) },
      env.tokens.ingest,
    );
    expect(r.status).toBe(422);
    expect(r.body.message).toMatch(/4194304 bytes|4 MB/);
    expect(env.storedBytes() - disk).toBeLessThan(2 * MB);
  });

  it("counts systemMetadata in what one write stores", async () => {
    const disk = env.storedBytes();
    const proposal = { ...mcp(AMP, "status", { removed: false }), systemMetadata: { properties: { note: "m".repeat(5 * MB) } } };
    const r = await env.post("/aspects?action=ingestProposal", { proposal }, env.tokens.ingest);
    expect(r.status).toBe(422);
    expect(r.body.message).toMatch(/systemMetadata is \d+ bytes; the limit is 4194304 bytes/);
    expect(env.storedBytes() - disk).toBeLessThan(2 * MB);
  });

  it("refuses a GraphQL edit whose result would pass the limit, naming it", async () => {
    const ADD_TAGS = `mutation($i: AddTagsInput!) { addTags(input: $i) }`;
    const tags = (k: number) => Array.from({ length: 1000 }, (_, i) => `urn:li:tag:${String(k * 1000 + i).padStart(6, "0")}${"t".repeat(1500)}`);
    for (const k of [0, 1]) {
      const ok = await env.gql(ADD_TAGS, { i: { resourceUrn: AMP, tagUrns: tags(k) } }, env.tokens.editor);
      expect(ok.body.errors, `call ${k}`).toBeUndefined();
    }
    const third = await env.gql(ADD_TAGS, { i: { resourceUrn: AMP, tagUrns: tags(2) } }, env.tokens.editor);
    expect(third.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(third.body.errors?.[0]?.message).toMatch(/4194304 bytes|4 MB/);
    expect(JSON.stringify(await stored(env, AMP, "globalTags")).length).toBeLessThan(4 * MB);
  });

  it("bounds the work of a patch that inserts at the front of a long array, naming the limit", async () => {
    const LONG = model("long_array");
    const seeded = await env.post(
      "/aspects?action=ingestProposal",
      { proposal: mcp(LONG, "mlModelProperties", { name: "long", arr: new Array(1_500_000).fill(0) }) },
      env.tokens.ingest,
    );
    expect(seeded.status).toBe(200);
    const ops = Array.from({ length: 10_000 }, () => ({ op: "add", path: "/arr/0", value: 1 }));
    const t0 = performance.now();
    const r = await env.post("/aspects?action=ingestProposal", { proposal: patchMcp(LONG, "mlModelProperties", ops) }, env.tokens.ingest);
    const ms = performance.now() - t0;
    expect(r.status).toBe(422);
    expect(r.body.message).toMatch(/limit/);
    expect(ms).toBeLessThan(5_000);
  }, 120_000);
});

describe("version amplification: storage per request and per aspect is bounded", () => {
  let env: AbuseEnv;
  const BIG = model("big_versions");
  const KEEP = 5;
  beforeAll(async () => {
    env = await startAbuseEnv([mcp(BIG, "mlModelProperties", { name: "big", blob: "y".repeat(MB), customProperties: { n: "0" } })], {
      env: { ORRERY_MAX_ASPECT_VERSIONS: String(KEEP) },
    });
  }, 60_000);
  afterAll(() => env?.stop());

  const versionsOf = (urn: string, aspect: string) => {
    const db = new Database(env.db, { readonly: true });
    registerCatalogFunctions(db);
    try {
      return (db.prepare(`SELECT count(*) AS n FROM aspects WHERE urn = ? AND aspect = ?`).get(urn, aspect) as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it("150 one-operation patches of a 1 MB aspect in one 32 kB batch store a bounded amount, the rest refused naming the limit", async () => {
    const disk = env.storedBytes();
    const proposals = Array.from({ length: 150 }, (_, i) =>
      patchMcp(BIG, "mlModelProperties", [{ op: "add", path: `/customProperties/k${i}`, value: String(i) }]),
    );
    const r = await env.post("/aspects?action=ingestProposalBatch", { proposals }, env.tokens.ingest);
    const results: Array<{ ok: boolean; error?: string }> = r.body.value.results;
    const refused = results.filter((x) => !x.ok);
    expect(refused.length).toBeGreaterThan(0);
    for (const x of refused) expect(x.error).toMatch(/67108864 bytes|64 MB/);
    expect(env.storedBytes() - disk).toBeLessThan(80 * MB);
    expect(versionsOf(BIG, "mlModelProperties")).toBeLessThanOrEqual(KEEP + 1);
  });

  it("keeps at most the configured number of versions per aspect, however many requests", async () => {
    for (let i = 0; i < 12; i++) {
      const r = await env.post(
        "/aspects?action=ingestProposal",
        { proposal: patchMcp(BIG, "mlModelProperties", [{ op: "replace", path: "/customProperties/n", value: String(i + 1) }]) },
        env.tokens.ingest,
      );
      expect(r.status).toBe(200);
    }
    expect(versionsOf(BIG, "mlModelProperties")).toBe(KEEP + 1);
    expect(env.storedBytes()).toBeLessThan(16 * MB);
  });

  it("History keeps its version numbers when old versions are pruned, and lists what is kept", async () => {
    const H = `query($u: String!, $c: Int!) { entityHistory(urn: $u, count: $c) { version total changes { version actor aspects { aspect storedVersion fields { field change before after } } } } }`;
    const r = await env.gql(H, { u: BIG, c: 50 }, env.tokens.reader);
    expect(r.body.errors).toBeUndefined();
    const h = r.body.data.entityHistory;
    // The seed is 0.1, the accepted batch one change (0.2), then 12 single patches: 1.4.
    expect(h.version).toBe("1.4");
    expect(h.total).toBeLessThanOrEqual(KEEP);
    expect(h.changes.map((c: any) => c.version)).toEqual(["1.4", "1.3", "1.2", "1.1", "1.0"].slice(0, h.total));
    expect(h.changes[0].aspects[0].fields).toEqual([{ field: "customProperties.n", change: "UPDATED", before: '"11"', after: '"12"' }]);
    expect(h.changes[0].aspects[0].storedVersion).toBe(0);
  });
});

describe("a write that fails for a reason of the server's answers 5xx and logs the cause", () => {
  let env: AbuseEnv;
  beforeAll(async () => {
    env = await startAbuseEnv([mcp(MODEL, "mlModelProperties", { name: "Abuse model" })], { env: { ORRERY_BUSY_TIMEOUT_MS: "300" } });
  }, 60_000);
  afterAll(() => env?.stop());

  it("logs why, even with the request log off", async () => {
    // Another process holds the write lock past the server's busy timeout (300 ms here).
    const other = new Database(env.db);
    other.exec("BEGIN IMMEDIATE");
    let rest, gql;
    try {
      rest = await env.post("/aspects?action=ingestProposal", { proposal: mcp(MODEL, "mlModelProperties", { name: "blocked" }) }, env.tokens.ingest);
      gql = await env.gql(
        `mutation($i: TagAssociationInput!) { addTag(input: $i) }`,
        { i: { resourceUrn: MODEL, tagUrn: "urn:li:tag:blocked" } },
        env.tokens.editor,
      );
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect(rest.status).toBeGreaterThanOrEqual(500);
    expect(gql.body.errors?.[0]?.extensions?.code).not.toBe("BAD_USER_INPUT");
    await new Promise((res) => setTimeout(res, 200));
    const log = env.server.stderr();
    expect(log).toMatch(/error: POST \/aspects\?action=…: .*(database is locked|SQLITE_BUSY)/);
    expect(log).toMatch(/graphql: unexpected error: .*(database is locked|SQLITE_BUSY)/);
    // Told apart from a bug: the catalog is busy, try again.
    expect(rest.status).toBe(503);
    expect(gql.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    // And the server writes again once the lock is gone.
    const after = await env.post("/aspects?action=ingestProposal", { proposal: mcp(MODEL, "mlModelProperties", { name: "unblocked" }) }, env.tokens.ingest);
    expect(after.status).toBe(200);
  });
});
