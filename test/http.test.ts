/** The web app's HTTP surface: history fallback, security headers, compression, health. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { startServer, type RunningServer } from "../server/main";
import { tempDir } from "./helpers";
import { MIGRATIONS } from "../server/store/migrations";

describe("serving the web app", () => {
  let server: RunningServer;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir("orrery-http-");
    fs.mkdirSync(path.join(dir, "dist", "assets"), { recursive: true });
    fs.writeFileSync(path.join(dir, "dist", "index.html"), "<!doctype html><title>Orrery</title><div id=root></div>");
    fs.writeFileSync(path.join(dir, "dist", "assets", "app-abc123.js"), "console.log('orrery');".repeat(200));
    server = await startServer({
      db: path.join(dir, "c.db"),
      port: 0,
      host: "127.0.0.1",
      demo: false,
      announce: false,
      handleSignals: false,
      staticDir: path.resolve(dir, "dist"),
    });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("answers client-side routes with the app (history fallback) and security headers", async () => {
    const res = await fetch(`${server.url}/mlModel/${encodeURIComponent("urn:li:mlModel:(urn:li:dataPlatform:mlflow,m,PROD)")}/summary`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<div id=root>");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
  });

  it("serves hashed assets gzipped and cacheable, and 404s missing ones instead of falling back", async () => {
    const res = await fetch(`${server.url}/assets/app-abc123.js`, { headers: { "accept-encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(await res.text()).toContain("console.log('orrery')"); // fetch decodes gzip transparently
    const raw = await new Promise<{ enc?: string; len: number }>((resolve) => {
      import("node:http").then((http) =>
        http.get(`${server.url}/assets/app-abc123.js`, { headers: { "accept-encoding": "gzip" } }, (r) => {
          const chunks: Buffer[] = [];
          r.on("data", (c) => chunks.push(c));
          r.on("end", () => resolve({ enc: r.headers["content-encoding"], len: zlib.gunzipSync(Buffer.concat(chunks)).length }));
        }),
      );
    });
    expect(raw.enc).toBe("gzip");
    expect(raw.len).toBe("console.log('orrery');".length * 200);
    const missing = await fetch(`${server.url}/assets/nope.js`);
    expect(missing.status).toBe(404);
  });

  it("refuses paths that try to leave the app folder", async () => {
    const res = await fetch(`${server.url}/..%2f..%2fpackage.json`);
    expect(await res.text()).not.toContain('"name"');
  });

  it("reports health", async () => {
    const res = await fetch(`${server.url}/health`);
    expect(await res.json()).toMatchObject({ status: "ok", schemaVersion: MIGRATIONS[MIGRATIONS.length - 1]!.version });
  });
});
