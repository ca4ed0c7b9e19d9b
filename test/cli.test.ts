/** The CLI contract other tooling depends on: token create, ingest --server, help. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { startTestServer, tempDir, type TestServer } from "./helpers";

const cli = (args: string[], opts: { input?: string } = {}) => spawnSync("node", ["bin/orrery.js", ...args], { encoding: "utf8", input: opts.input });

describe("orrery CLI", () => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir("orrery-cli-");
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("documents the contract in --help", () => {
    const out = execFileSync("node", ["bin/orrery.js", "--help"], { encoding: "utf8" });
    for (const c of ["serve", "ingest", "token"]) expect(out).toContain(c);
    const serve = cli(["serve", "--help"]).stdout;
    for (const o of ["--db", "--port", "--host", "--no-demo"]) expect(serve).toContain(o);
    const ingest = cli(["ingest", "--help"]).stdout;
    for (const o of ["--db", "--server", "--token"]) expect(ingest).toContain(o);
  });

  it("`token create` prints a working token once, stored only as a hash", async () => {
    const db = path.join(dir, "tokens.db");
    const r = cli(["token", "create", "--role", "ingest", "--db", db]);
    expect(r.status).toBe(0);
    const token = r.stdout.trim();
    expect(token).toMatch(/^orr_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const raw = fs.readFileSync(db);
    expect(raw.includes(Buffer.from(token.split("_").slice(2).join("_")))).toBe(false);
    const bad = cli(["token", "create", "--role", "superuser", "--db", db]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/superuser.*reader, editor, ingest, admin|Allowed choices/);
  });

  it("`ingest --server --token` sends batches to a running server", async () => {
    const token = server.token("ingest");
    const file = path.join(dir, "remote.json");
    fs.writeFileSync(
      file,
      JSON.stringify([
        {
          entityUrn: "urn:li:mlModel:(urn:li:dataPlatform:mlflow,remote_model,PROD)",
          changeType: "UPSERT",
          aspectName: "mlModelProperties",
          aspect: { json: { name: "Remote" } },
        },
        { entityUrn: "urn:li:mlModel:(urn:li:dataPlatform:mlflow,remote_model,PROD)", changeType: "UPSERT", aspectName: "nope", aspect: { json: {} } },
      ]),
    );
    const child = spawn("node", ["bin/orrery.js", "ingest", file, "--server", server.url, "--token", token, "--quiet"]);
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
    expect(code).toBe(1);
    expect(out).toContain("1 of 2 proposals accepted, 1 rejected");
    expect(out).toMatch(/remote\.json#1: .*'nope' is not supported/);
    expect(server.store.getAspect("urn:li:mlModel:(urn:li:dataPlatform:mlflow,remote_model,PROD)", "mlModelProperties")?.value.name).toBe("Remote");
  });

  it("`ingest` refuses a file that is not JSON, naming it", () => {
    const file = path.join(dir, "broken.json");
    fs.writeFileSync(file, "{ this is not json");
    const r = cli(["ingest", file, "--db", path.join(dir, "x.db"), "--quiet"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("broken.json: not valid JSON");
    // Refused before the catalog was opened: none was created.
    expect(fs.existsSync(path.join(dir, "x.db"))).toBe(false);
  });

  it("`ingest --max-aspect-versions N` keeps N previous values per aspect, and refuses a count below 1", async () => {
    const db = path.join(dir, "versions.db");
    const urn = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,versioned_model,PROD)";
    const files = Array.from({ length: 5 }, (_, i) => {
      const f = path.join(dir, `v${i}.json`);
      fs.writeFileSync(f, JSON.stringify([{ entityUrn: urn, changeType: "UPSERT", aspectName: "mlModelProperties", aspect: { json: { name: `v${i}` } } }]));
      return f;
    });
    // One file is one transaction: five values, of which the current one and two before it are kept.
    const r = cli(["ingest", ...files, "--db", db, "--quiet", "--max-aspect-versions", "2"]);
    expect(r.status, r.stderr).toBe(0);
    const { Store } = await import("../server/store/store");
    const store = Store.open(db, { readonly: true });
    try {
      expect(store.getAspectHistory(urn).map((a) => a.value.name)).toEqual(["v2", "v3", "v4"]);
    } finally {
      store.close();
    }
    for (const bad of ["0", "two"]) {
      const b = cli(["ingest", files[0]!, "--db", db, "--max-aspect-versions", bad]);
      expect(b.status, bad).not.toBe(0);
      expect(b.stderr).toMatch(/--max-aspect-versions must be a whole number of versions, at least 1/);
    }
    expect(cli(["serve", "--help"]).stdout).toContain("--max-aspect-versions");
  }, 90_000);

  it("serves GraphiQL to a browser at /api/graphql", async () => {
    const res = await fetch(`${server.url}/api/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/graphiql/i);
  });
});
