/**
 * Two writers on one catalog: `orrery ingest --db` (a CLI process) beside a serving server that
 * people are editing through. SQLite lets one process write at a time; each must wait for the other
 * (a busy timeout, and write transactions that take the write lock when they begin), so the server's
 * edits are slowed but none fails, and the CLI ingests everything and exits 0.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Store } from "../server/store/store";
import { createToken } from "../server/store/tokens";
import { ingestProposals } from "../server/ingest/proposals";
import { tempDir } from "./helpers";
import { spawnServer, type ServerProcess } from "./server-process";

const ROOT = path.resolve(import.meta.dirname, "..");
const TARGETS = 12;
const EDITORS = 4;
const ENTITIES = 8_000; // two aspects each: 16,000 proposals, 16 CLI transactions of 1,000
const target = (i: number) => `urn:li:dataset:(urn:li:dataPlatform:twowriters,target_${i},PROD)`;
const bulk = (i: number) => `urn:li:dataset:(urn:li:dataPlatform:twowriters,bulk_${i},PROD)`;

describe("a CLI ingest beside a serving server", () => {
  let dir: string;
  let db: string;
  let editor: string;
  let server: ServerProcess;
  let file: string;

  beforeAll(async () => {
    dir = tempDir("orrery-two-writers-");
    db = path.join(dir, "catalog.db");
    const store = Store.open(db);
    editor = createToken(store, { role: "editor", name: "two writers" }).token;
    ingestProposals(
      store,
      Array.from({ length: TARGETS }, (_, i) => ({
        entityUrn: target(i),
        changeType: "UPSERT",
        aspectName: "datasetProperties",
        aspect: { json: { name: `target ${i}` } },
      })),
      "urn:li:corpuser:seed",
    );
    store.close();
    const proposals: unknown[] = [];
    for (let i = 0; i < ENTITIES; i++) {
      proposals.push({
        entityUrn: bulk(i),
        changeType: "UPSERT",
        aspectName: "datasetProperties",
        aspect: { json: { name: `bulk ${i}`, description: `bulk entity ${i} `.repeat(20), customProperties: { i: String(i) } } },
      });
      proposals.push({
        entityUrn: bulk(i),
        changeType: "UPSERT",
        aspectName: "globalTags",
        aspect: { json: { tags: [{ tag: `urn:li:tag:bulk_${i % 50}` }] } },
      });
    }
    file = path.join(dir, "bulk.json");
    fs.writeFileSync(file, JSON.stringify(proposals));
    server = await spawnServer(db);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("keeps answering while an edit waits for another process's write lock", async () => {
    const other = new Database(db);
    other.exec("BEGIN IMMEDIATE");
    const gql = (query: string, variables?: Record<string, unknown>) =>
      fetch(`${server.url}/api/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
        body: JSON.stringify({ query, variables }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: unknown; errors?: unknown } }));
    let edit;
    const latencies: number[] = [];
    try {
      edit = gql(`mutation($i: DescriptionUpdateInput!) { updateDescription(input: $i) }`, { i: { resourceUrn: target(0), description: "waited" } });
      for (let k = 0; k < 10; k++) {
        await new Promise((r) => setTimeout(r, 100));
        const t0 = performance.now();
        expect((await gql(`{ __typename }`)).status).toBe(200);
        latencies.push(performance.now() - t0);
      }
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    // The lock was held about 1.5 s; an edit waiting inside SQLite would have held every answer that long.
    expect(Math.max(...latencies)).toBeLessThan(700);
    const done = await edit!;
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data).toEqual({ updateDescription: true });
  });

  it("slows the server's edits but fails none, and the CLI exits 0 having ingested everything", async () => {
    const cli = spawn(process.execPath, ["bin/orrery.js", "ingest", file, "--db", db, "--quiet"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    cli.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    cli.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    const exited = new Promise<number | null>((resolve) => cli.once("exit", (code) => resolve(code)));
    let done = false;
    void exited.then(() => (done = true));

    const failures: string[] = [];
    let edits = 0;
    const gql = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${server.url}/api/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { errors?: Array<{ message: string }> };
      edits++;
      if (res.status !== 200 || body.errors) failures.push(`${res.status} ${JSON.stringify(body.errors ?? body)}`);
    };
    const client = async (c: number) => {
      for (let k = 0; !done; k++) {
        const urn = target((c * 3 + k) % TARGETS);
        if (k % 3 === 0) await gql(`mutation($i: TagAssociationInput!) { addTag(input: $i) }`, { i: { resourceUrn: urn, tagUrn: `urn:li:tag:edit_${c}` } });
        else if (k % 3 === 1)
          await gql(`mutation($i: TagAssociationInput!) { removeTag(input: $i) }`, { i: { resourceUrn: urn, tagUrn: `urn:li:tag:edit_${c}` } });
        else await gql(`mutation($i: DescriptionUpdateInput!) { updateDescription(input: $i) }`, { i: { resourceUrn: urn, description: `edit ${c}.${k}` } });
      }
    };
    const [code] = await Promise.all([exited, ...Array.from({ length: EDITORS }, (_, c) => client(c))]);
    expect(err).not.toMatch(/database is locked/);
    expect(code, `${out}\n${err}`).toBe(0);
    expect(out).toContain(`${2 * ENTITIES} of ${2 * ENTITIES} proposals accepted`);
    expect(edits).toBeGreaterThan(20);
    expect(failures.length, `${failures.length} of ${edits} edits failed, e.g. ${failures.slice(0, 3).join("\n")}`).toBe(0);
    const store = Store.open(db, { readonly: true });
    try {
      expect(store.existing([bulk(0), bulk(ENTITIES - 1)]).size).toBe(2);
    } finally {
      store.close();
    }
  }, 180_000);
});
