/**
 * Other web sites must not read the catalog: no CORS answer for foreign origins (unless an operator
 * allows one with --allow-origin), and no answer at all for a Host name the server does not serve (a
 * DNS-rebinding page reaches 127.0.0.1 under its own name). Against the real server process.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { spawn } from "node:child_process";
import { parseSetCookie } from "cookie";
import { spawnServer, type ServerProcess } from "./server-process";
import { tempDir } from "./helpers";

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with exactly these headers (fetch refuses to set Host). */
function request(url: string, opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, method: opts.method ?? "GET", path: opts.path ?? "/", headers: opts.headers, agent: false },
      (res) => {
        let body = "";
        res.setEncoding("utf8").on("data", (d: string) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

/** What the server answers to raw bytes (until it closes the connection). */
function raw(url: string, bytes: string): Promise<string> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = net.connect(Number(u.port), u.hostname);
    let text = "";
    s.setEncoding("utf8").on("data", (d: string) => (text += d));
    s.on("close", () => resolve(text)).on("error", () => resolve(text));
    s.setTimeout(5000, () => s.destroy());
    s.write(bytes);
  });
}

const GRAPHQL = JSON.stringify({ query: '{ me { orreryRole } searchAcrossEntities(input: {query: "*", start: 0, count: 1}) { total } }' });
const corsHeaders = (a: Answer) => Object.keys(a.headers).filter((h) => h.startsWith("access-control-"));

function expectSecurityHeaders(a: Answer, what: string): void {
  expect(a.headers["x-content-type-options"], what).toBe("nosniff");
  expect(a.headers["x-frame-options"], what).toBe("DENY");
  expect(String(a.headers["content-security-policy"]), what).toContain("frame-ancestors 'none'");
}

/** A preflight and the request itself, as a browser on `origin` would send them. */
async function crossOrigin(url: string, origin: string, extra: Record<string, string> = {}): Promise<{ preflight: Answer; post: Answer; get: Answer }> {
  const host = new URL(url).host;
  const preflight = await request(url, {
    method: "OPTIONS",
    path: "/api/graphql",
    headers: { host, origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization", ...extra },
  });
  const post = await request(url, {
    method: "POST",
    path: "/api/graphql",
    headers: { host, origin, "content-type": "application/json", ...extra },
    body: GRAPHQL,
  });
  const get = await request(url, { path: "/health", headers: { host, origin, ...extra } });
  return { preflight, post, get };
}

describe("by default", () => {
  let server: ServerProcess;
  let dir: string;
  let port: string;
  beforeAll(async () => {
    dir = tempDir("orrery-origin-");
    server = await spawnServer(path.join(dir, "c.db"));
    port = new URL(server.url).port;
  });
  afterAll(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("gives a page on another origin no CORS permission to read, however it asks", async () => {
    for (const origin of ["https://evil.example", "null", `http://127.0.0.1:${port}.evil.example`, `http://localhost:${Number(port) + 1}`, "file://"]) {
      const { preflight, post, get } = await crossOrigin(server.url, origin);
      expect(corsHeaders(preflight), `${origin} preflight`).toEqual([]);
      expect(preflight.status, `${origin} preflight`).toBeGreaterThanOrEqual(400);
      expectSecurityHeaders(preflight, `${origin} preflight`);
      expect(corsHeaders(post), `${origin} POST`).toEqual([]);
      expect(corsHeaders(get), `${origin} GET`).toEqual([]);
    }
  });

  it("refuses a Host it does not serve (DNS rebinding) with a 4xx and the security headers, on every path", async () => {
    for (const host of [
      `evil.example:${port}`,
      "evil.example",
      `127.0.0.1.nip.io:${port}`,
      `localhost.evil.example:${port}`,
      `192.168.1.20:${port}`,
      `[fe80::1]:${port}`,
      `localhost.:${port}`,
      `localhost:${port}.`,
      `localhost:${port}@evil.example`,
      "localhost:0",
    ]) {
      for (const [method, p, body] of [
        ["GET", "/health"],
        ["POST", "/api/graphql", GRAPHQL],
        ["GET", "/"],
        ["GET", "/auth/signin?code=x"],
      ] as const) {
        const a = await request(server.url, { method, path: p, headers: { host, "content-type": "application/json" }, body });
        expect(a.status, `${host} ${method} ${p}`).toBe(421);
        expect(a.body, `${host} ${p}`).not.toContain("searchAcrossEntities");
        const answer = JSON.parse(a.body);
        expect(answer.message ?? answer.errors[0].message, `${host}`).toMatch(/--allow-host/);
        expectSecurityHeaders(a, `${host} ${p}`);
      }
    }
    // No Host at all, or an empty one.
    for (const bytes of ["GET /health HTTP/1.0\r\n\r\n", "GET /health HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n"]) {
      const text = await raw(server.url, bytes);
      expect(text, JSON.stringify(bytes)).toMatch(/^HTTP\/1\.1 4\d\d /);
      expect(text.toLowerCase()).toContain("x-content-type-options: nosniff");
      expect(text).not.toContain('"status":"ok"');
    }
  });

  it("serves its own names: 127.0.0.1, localhost and [::1], with its port or behind a local proxy's", async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`, "localhost:5173", "127.0.0.1"]) {
      const a = await request(server.url, { path: "/health", headers: { host } });
      expect(a.status, host).toBe(200);
    }
  });

  it("keeps sign-in working from its own pages, under each of its names", async () => {
    const link = /(\/auth\/signin\?code=[A-Za-z0-9_-]+)/.exec(server.stdout())![1]!;
    const host = `localhost:${port}`;
    const signin = await request(server.url, { path: link, headers: { host } });
    expect(signin.status).toBe(303);
    const cookie = parseSetCookie(String(signin.headers["set-cookie"])).value!;
    const me = await request(server.url, {
      method: "POST",
      path: "/api/graphql",
      headers: { host, origin: `http://${host}`, "content-type": "application/json", cookie: `orrery_session=${cookie}` },
      body: GRAPHQL,
    });
    expect(JSON.parse(me.body).data.me.orreryRole).toBe("admin");
    // The same cookie from another origin counts for nothing.
    const foreign = await request(server.url, {
      method: "POST",
      path: "/api/graphql",
      headers: { host, origin: "https://evil.example", "content-type": "application/json", cookie: `orrery_session=${cookie}` },
      body: GRAPHQL,
    });
    expect(JSON.parse(foreign.body).data.me).toBeNull();
  });
});

describe("with --allow-origin and --allow-host", () => {
  let server: ServerProcess;
  let dir: string;
  let port: string;
  const TOOLS = "https://tools.example.com";
  beforeAll(async () => {
    dir = tempDir("orrery-origin-");
    server = await spawnServer(path.join(dir, "c.db"), {
      args: ["--allow-origin", TOOLS, "--allow-origin", "http://localhost:5173", "--allow-host", "catalog.internal"],
    });
    port = new URL(server.url).port;
  });
  afterAll(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("lets exactly the allowed origins read, without credentials", async () => {
    for (const origin of [TOOLS, "http://localhost:5173"]) {
      const { preflight, post, get } = await crossOrigin(server.url, origin);
      expect(preflight.status, origin).toBe(204);
      expect(preflight.headers["access-control-allow-origin"]).toBe(origin);
      expect(preflight.headers["access-control-allow-methods"]).toMatch(/POST/);
      expect(preflight.headers["access-control-allow-headers"]).toMatch(/content-type/);
      expect(preflight.headers["access-control-allow-headers"]).toMatch(/authorization/);
      expect(preflight.headers["access-control-allow-credentials"]).toBeUndefined();
      expect(String(preflight.headers.vary)).toMatch(/origin/i);
      expectSecurityHeaders(preflight, "preflight");
      expect(post.headers["access-control-allow-origin"]).toBe(origin);
      expect(post.headers["access-control-allow-credentials"]).toBeUndefined();
      expect(JSON.parse(post.body).data.searchAcrossEntities.total).toBe(0);
      expect(get.headers["access-control-allow-origin"]).toBe(origin);
    }
    for (const origin of ["https://evil.example", `${TOOLS}.evil.example`, "http://tools.example.com", "null", "https://TOOLS.example.com:444"]) {
      const { preflight, post } = await crossOrigin(server.url, origin);
      expect(corsHeaders(preflight), origin).toEqual([]);
      expect(corsHeaders(post), origin).toEqual([]);
    }
  });

  it("serves the allowed host names, on any port, and still refuses others", async () => {
    for (const host of [`catalog.internal:${port}`, "catalog.internal", "CATALOG.internal:443", `localhost:${port}`]) {
      expect((await request(server.url, { path: "/health", headers: { host } })).status, host).toBe(200);
    }
    for (const host of [`evil.example:${port}`, `catalog.internal.evil.example:${port}`, `x.catalog.internal:${port}`]) {
      expect((await request(server.url, { path: "/health", headers: { host } })).status, host).toBe(421);
    }
  });

  it("refuses a malformed --allow-origin or --allow-host at start", async () => {
    const bad = [
      ["--allow-origin", "*"],
      ["--allow-origin", "https://tools.example.com/path"],
      ["--allow-origin", "tools.example.com"],
      ["--allow-host", "http://x"],
      ["--allow-host", "a b"],
    ];
    await Promise.all(
      bad.map(async (args) => {
        const child = spawn(process.execPath, ["bin/orrery.js", "serve", "--db", path.join(dir, "bad.db"), "--port", "0", "--no-demo", ...args], {
          stdio: ["ignore", "pipe", "pipe"],
        });
        let err = "";
        child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
        const code = await new Promise((resolve) => child.on("close", resolve));
        expect(code, args.join(" ")).not.toBe(0);
        expect(err, args.join(" ")).toMatch(/--allow-(origin|host) '.*' (must be|is not)/);
      }),
    );
    expect(fs.existsSync(path.join(dir, "bad.db"))).toBe(false);
  }, 60_000);
});
