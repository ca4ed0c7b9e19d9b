/**
 * Security headers on every kind of response, GraphiQL's hash-based script policy, and a request log
 * that never holds a token, a sign-in code or a session secret, wherever the client put them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { parseSetCookie } from "cookie";
import { startServer, type RunningServer } from "../server/main";
import { tempDir } from "./helpers";
import { spawnServer, type ServerProcess } from "./server-process";
import { HEADERS_TIMEOUT_MS } from "../server/http-guard";
import { createToken } from "../server/store/tokens";
import { createSignInCode } from "../server/store/sessions";
import { APP_CSP, loggedPath } from "../server/http";

const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,security_model,PROD)";

let server: RunningServer;
let dir: string;
const log: string[] = [];

beforeAll(async () => {
  dir = tempDir("orrery-security-");
  fs.mkdirSync(path.join(dir, "dist", "assets"), { recursive: true });
  fs.writeFileSync(path.join(dir, "dist", "index.html"), `<!doctype html><title>Orrery</title><script src="/theme.js"></script><div id=root></div>`);
  fs.writeFileSync(path.join(dir, "dist", "theme.js"), "document.documentElement.dataset.theme = 'light';");
  fs.writeFileSync(path.join(dir, "dist", "assets", "app-abc123.js"), "console.log('orrery');");
  server = await startServer({
    db: path.join(dir, "c.db"),
    port: 0,
    host: "127.0.0.1",
    demo: false,
    announce: false,
    handleSignals: false,
    staticDir: path.join(dir, "dist"),
    log: (l) => log.push(l),
  });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? "";
/** What governs scripts under a policy: script-src, else default-src. */
const scriptSrc = (csp: string) => directive(csp, "script-src") || directive(csp, "default-src");

function expectSecurityHeaders(res: Response, what: string): string {
  const csp = res.headers.get("content-security-policy") ?? "";
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(scriptSrc(csp), what).not.toBe("");
  expect(scriptSrc(csp), what).not.toContain("'unsafe-inline'");
  expect(csp, what).not.toContain("'unsafe-eval'");
  expect(res.headers.get("x-content-type-options"), what).toBe("nosniff");
  expect(res.headers.get("x-frame-options"), what).toBe("DENY");
  expect(res.headers.get("referrer-policy"), what).toMatch(/^(same-origin|no-referrer)$/);
  return csp;
}

describe("security headers", () => {
  it("are on the app's HTML, its scripts and assets, with the app's policy", async () => {
    for (const p of ["/", "/mlModel/x/summary", "/theme.js", "/assets/app-abc123.js"]) {
      const res = await fetch(`${server.url}${p}`);
      expect(res.status).toBe(200);
      expect(expectSecurityHeaders(res, p)).toBe(APP_CSP);
    }
    expect(scriptSrc(APP_CSP)).toBe("script-src 'self'");
  });

  it("are on API answers and errors: GraphQL, a 404, ingestion errors, a 413, health, sign-in pages", async () => {
    const answers: Array<[string, Promise<Response>, number]> = [
      [
        "graphql",
        fetch(`${server.url}/api/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ __typename }" }),
        }),
        200,
      ],
      ["graphql error", fetch(`${server.url}/api/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" }), 400],
      ["graphql 415", fetch(`${server.url}/api/graphql`, { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" }), 415],
      ["missing asset", fetch(`${server.url}/assets/nope.js`), 404],
      ["unknown GMS path", fetch(`${server.url}/openapi/v3/nope`), 404],
      ["ingestion without a token", fetch(`${server.url}/aspects?action=ingestProposal`, { method: "POST", body: "{}" }), 401],
      [
        "ingestion 422",
        fetch(`${server.url}/aspects?action=ingestProposal`, {
          method: "POST",
          headers: { authorization: `Bearer ${createToken(server.store, { role: "ingest" }).token}` },
          body: JSON.stringify({ proposal: { entityUrn: "nope", changeType: "UPSERT", aspectName: "status", aspect: { json: {} } } }),
        }),
        422,
      ],
      [
        "ingestion 413",
        fetch(`${server.url}/aspects?action=ingestProposal`, {
          method: "POST",
          headers: { authorization: `Bearer ${createToken(server.store, { role: "ingest" }).token}` },
          body: "x".repeat(17 * 1024 * 1024),
        }),
        413,
      ],
      ["health", fetch(`${server.url}/health`), 200],
      ["sign-in page", fetch(`${server.url}/auth/signin?code=nope`), 400],
    ];
    for (const [what, pending, status] of answers) {
      const res = await pending;
      expect(res.status, what).toBe(status);
      expectSecurityHeaders(res, what);
      await res.arrayBuffer();
    }
  });

  it("serve GraphiQL with no inline script and nothing from other hosts", async () => {
    const res = await fetch(`${server.url}/api/graphql`, { headers: { accept: "text/html" } });
    expect(res.headers.get("content-type")).toContain("text/html");
    const csp = expectSecurityHeaders(res, "graphiql");
    expect(scriptSrc(csp)).toBe("script-src 'self'");
    expect(csp).not.toMatch(/https?:|unsafe-eval/);
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\/api\/graphiql\/[0-9a-f]{16}\.js"/);
      expect(body!.trim()).toBe("");
    }
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//); // no other host
    // The bundle is served from here, named by its hash, cacheable for good, gzipped on request.
    for (const [, ref] of html.matchAll(/(?:src|href)="(\/api\/graphiql\/[^"]+)"/g)) {
      const asset = await fetch(`${server.url}${ref}`, { headers: { "accept-encoding": "gzip" } });
      expect(asset.status, ref).toBe(200);
      expect(asset.headers.get("cache-control")).toContain("immutable");
      expect((await asset.arrayBuffer()).byteLength, ref).toBeGreaterThan(1000);
    }
    const missing = await fetch(`${server.url}/api/graphiql/0000000000000000.js`);
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing, "missing graphiql asset");
  });

  it("need no inline script in the app's own page: its scripts are files", () => {
    const page = fs.readFileSync(path.resolve("index.html"), "utf8");
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe("");
    }
    expect(page).not.toMatch(/\son[a-z]+=/i); // no inline event handlers either
  });
});

describe("the request log", () => {
  it("shows query-string names but never their values", () => {
    expect(loggedPath(new URL("http://x/auth/signin?code=abc123"))).toBe("/auth/signin?code=…");
    expect(loggedPath(new URL("http://x/aspects?action=ingestProposal&x=1"))).toBe("/aspects?action=…&x=…");
    expect(loggedPath(new URL(`http://x/p?orr_aaaaaaaaaaaa_${"s".repeat(43)}`))).toBe("/p?…=…");
    expect(loggedPath(new URL("http://x/health"))).toBe("/health");
  });

  it("never holds a token, sign-in code or session secret, whether sent in headers, query strings or bodies", async () => {
    log.length = 0;
    const secrets: string[] = [];
    const { token } = createToken(server.store, { role: "admin" });
    const reader = createToken(server.store, { role: "reader" }).token;
    const code = createSignInCode(server.store, { role: "editor", actor: "urn:li:corpuser:ed" });
    const unusedCode = "Q".repeat(43);
    secrets.push(token, reader, code, unusedCode);

    // a sign-in link: the code in the query string
    const signin = await fetch(`${server.url}/auth/signin?code=${code}`, { redirect: "manual" });
    expect(signin.status).toBe(303);
    const cookie = parseSetCookie(signin.headers.get("set-cookie")!).value!;
    secrets.push(cookie, cookie.split(".")[1]!);
    await (await fetch(`${server.url}/auth/signin?code=${unusedCode}`)).text();
    // tokens in headers, query strings, JSON bodies and GraphQL variables; the session cookie
    const requests: Array<[string, RequestInit]> = [
      [
        "/api/graphql",
        {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: "{ me { orreryRole } }" }),
        },
      ],
      [`/api/graphql?query=${encodeURIComponent("{ __typename }")}&token=${token}`, {}],
      [`/health?access_token=${token}&${reader}`, {}],
      ["/auth/session", { method: "POST", headers: { "content-type": "application/json", origin: server.url }, body: JSON.stringify({ token: reader }) }],
      ["/auth/session", { method: "POST", headers: { "content-type": "application/json", origin: server.url }, body: JSON.stringify({ token: `${token}x` }) }],
      [
        "/api/graphql",
        {
          method: "POST",
          headers: { "content-type": "application/json", cookie: `orrery_session=${cookie}`, origin: server.url },
          body: JSON.stringify({ query: "query($t: String!) { entityExists(urn: $t) }", variables: { t: token } }),
        },
      ],
      [
        "/api/graphql",
        {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}x` },
          body: JSON.stringify({ query: "{ __typename }" }),
        },
      ],
      [
        "/aspects?action=ingestProposal",
        { method: "POST", headers: { authorization: `Bearer ${reader}` }, body: JSON.stringify({ proposal: { entityUrn: MODEL, token } }) },
      ],
      [`/aspects/${encodeURIComponent(MODEL)}?aspect=status&token=${token}`, {}],
      [`/mlModel/x/summary?code=${code}`, {}],
    ];
    for (const [p, init] of requests) {
      const res = await fetch(`${server.url}${p}`, init);
      expect(res.status).toBeLessThan(500);
      await res.arrayBuffer();
    }
    await new Promise((r) => setTimeout(r, 50)); // the log line is written when the answer finishes
    expect(log.length).toBeGreaterThanOrEqual(requests.length + 2);
    expect(log.some((l) => l.startsWith("GET /auth/signin?code=… 303 "))).toBe(true);
    expect(log.some((l) => l.startsWith("GET /health?access_token=…&…=… 200 "))).toBe(true);
    const all = log.join("\n");
    for (const s of secrets) expect(all).not.toContain(s);
    // Nor any part of a token long enough to matter.
    expect(all).not.toMatch(/orr_[a-z0-9]{12}_/);
  });
});

/** What the server answers to raw bytes on a fresh connection (until it closes it or goes quiet). */
function raw(url: string, bytes: string): Promise<string> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = net.connect(Number(u.port), u.hostname);
    let text = "";
    const done = () => resolve(text);
    s.setEncoding("utf8").on("data", (d: string) => (text += d));
    s.on("close", done).on("error", done);
    s.setTimeout(5000, () => s.destroy());
    s.write(bytes);
  });
}

function expectRawSecurityHeaders(text: string, what: string): void {
  const head = text.split("\r\n\r\n")[0]!.toLowerCase();
  expect(head, what).toContain("x-content-type-options: nosniff");
  expect(head, what).toContain("x-frame-options: deny");
  expect(head, what).toContain("referrer-policy: same-origin");
  expect(head, what).toMatch(/content-security-policy: default-src 'none';.*frame-ancestors 'none'/);
}

describe("answers written outside the app (the server process)", () => {
  let proc: ServerProcess;
  let pdir: string;
  beforeAll(async () => {
    pdir = tempDir("orrery-security-proc-");
    proc = await spawnServer(path.join(pdir, "c.db"));
  });
  afterAll(async () => {
    await proc.stop();
    fs.rmSync(pdir, { recursive: true, force: true });
  });

  it("carry the security headers: Node's parser errors, a refused expectation, 404, 405", async () => {
    const host = new URL(proc.url).host;
    const cases: Array<[string, string, number]> = [
      ["malformed request line", "GET /health HTTP/9.9 nonsense\r\n\r\n", 400],
      ["header without a colon", `GET /health HTTP/1.1\r\nHost: ${host}\r\nBad Header\r\n\r\n`, 400],
      [
        "invalid chunked body",
        `POST /api/graphql HTTP/1.1\r\nHost: ${host}\r\nTransfer-Encoding: chunked\r\ncontent-type: application/json\r\n\r\nzz\r\n`,
        400,
      ],
      ["headers over 16 kB", `GET /health HTTP/1.1\r\nHost: ${host}\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`, 431],
      ["HTTP/1.1 without Host", "GET /health HTTP/1.1\r\n\r\n", 400],
      ["an expectation other than 100-continue", `POST /api/graphql HTTP/1.1\r\nHost: ${host}\r\nExpect: teapot\r\ncontent-length: 2\r\n\r\n{}`, 417],
      ["unknown path", `GET /assets/nope.js HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, 404],
      ["method not allowed", `DELETE / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, 405],
    ];
    for (const [what, bytes, status] of cases) {
      const text = await raw(proc.url, bytes);
      expect(text, what).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      expectRawSecurityHeaders(text, what);
    }
  });

  it("answers a client that never finishes its headers with 408 and the security headers, within the headers timeout", async () => {
    const port = Number(new URL(proc.url).port);
    const s = net.connect(port, "127.0.0.1");
    const t0 = Date.now();
    s.write(`GET /health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `);
    const trickle = setInterval(() => s.writable && s.write("a"), 1000);
    let text = "";
    s.setEncoding("utf8").on("data", (d: string) => (text += d));
    await new Promise<void>((resolve) => {
      s.on("close", () => resolve());
      s.on("error", () => resolve());
    });
    clearInterval(trickle);
    const took = Date.now() - t0;
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text.toLowerCase()).toContain("x-content-type-options: nosniff");
    expect(text.toLowerCase()).toContain("content-security-policy: default-src 'none'");
    expect(took).toBeLessThanOrEqual(HEADERS_TIMEOUT_MS + 4_000);
  }, 60_000);

  it("log the cause of every 5xx, even without a request log", async () => {
    // Another process holds the catalog's write lock longer than the server waits for it.
    const token = execFileSync(process.execPath, ["bin/orrery.js", "token", "create", "--role", "ingest", "--db", path.join(pdir, "c.db")], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    const db = new Database(path.join(pdir, "c.db"));
    db.pragma("busy_timeout = 100");
    db.exec("BEGIN IMMEDIATE");
    try {
      const res = await fetch(`${proc.url}/aspects?action=ingestProposal`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({
          proposal: { entityUrn: MODEL, entityType: "mlModel", changeType: "UPSERT", aspectName: "status", aspect: { json: { removed: false } } },
        }),
      });
      // Told apart from a bug: the catalog is busy (503, try again), and the answer names no internals.
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("1");
      const body = await res.json();
      expect(JSON.stringify(body)).not.toMatch(/sqlite|at /i);
      expectSecurityHeaders(res, "503");
    } finally {
      db.exec("ROLLBACK");
      db.close();
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(proc.stderr()).toMatch(/error: POST \/aspects\?action=…: .*database is locked/);
  });
});
