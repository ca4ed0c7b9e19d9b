/** The CLI contract other tooling depends on: token create, ingest --server, help. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { startTestServer, tempDir, type TestServer } from "./helpers";

const cli = (args: string[], opts: { input?: string } = {}) =>
  spawnSync("node", ["bin/orrery.js", ...args], { encoding: "utf8", input: opts.input });

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
        { entityUrn: "urn:li:mlModel:(urn:li:dataPlatform:mlflow,remote_model,PROD)", changeType: "UPSERT", aspectName: "mlModelProperties", aspect: { json: { name: "Remote" } } },
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
  });

  it("serves GraphiQL to a browser at /api/graphql", async () => {
    const res = await fetch(`${server.url}/api/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/graphiql/i);
  });
});
