/**
 * The HTTP surface: DataHub-compatible ingestion (GMS REST paths), GraphQL at /api/graphql, and the
 * built single-page app with history fallback.
 */
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import type { Store } from "./store/store";
import { verifyToken } from "./store/tokens";
import { createSession, redeemSignInCode, revokeSession, SESSION_TTL_MS, verifySession } from "./store/sessions";
import { parseCookie, stringifySetCookie } from "cookie";
import { ANONYMOUS, can, type Permission, type Principal } from "./auth/roles";
import { ingestProposals, MAX_ASPECT_BYTES } from "./ingest/proposals";
import { isBusy, WriteBudget } from "./store/limits";
import { ASPECT_CLASS_NAMES, TIMESERIES_ASPECTS } from "./model/aspects";
import { normalizeUrn, UrnError } from "./model/urn";
import { proxyGraphQL } from "./upstream";
import type { SchemaFlavour } from "./graphql/index";
import { createGraphQL } from "./graphql/index";
import { GRAPHIQL_ASSET_PREFIX, GRAPHIQL_CSP, graphiqlAsset } from "./graphiql";
import { AccessPolicy, misdirectedMessage } from "./http-guard";

export const VERSION = "0.1.0";
/** Largest request body accepted (DataHub's emitter caps its payloads at ~15 MB). */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Largest GraphQL request body (a 100,000-character description and its expected text fit many times). */
export const MAX_GRAPHQL_BODY_BYTES = 2 * 1024 * 1024;
/** Most proposals in one ingestProposalBatch (or items of one OpenAPI upsert); DataHub's emitter sends 200. */
export const MAX_BATCH_PROPOSALS = 5000;

/** Content-Security-Policy of the web app's files (index.html and its assets, Web Workers included). */
export const APP_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
/** Content-Security-Policy of every other response (JSON, errors, sign-in pages): nothing may load or frame it. */
export const API_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** Set on every response; a route may replace the CSP (the app's files, GraphiQL) or the referrer policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": API_CSP,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "same-origin",
};

export interface AppOptions {
  store: Store;
  /** directory of the built SPA (index.html + assets) */
  staticDir?: string;
  /** reads need a token too */
  requireAuth?: boolean;
  /** log one line per request */
  log?: (line: string) => void;
  /** where the cause of every 5xx goes, whether or not requests are logged (default: stderr) */
  errorLog?: (line: string) => void;
  /** which Host names are answered and which other origins may read (default: this machine's own names, no other origin) */
  access?: AccessPolicy;
  /** GraphQL is answered by this upstream instead of the store (which then only holds sign-in) */
  upstream?: { url: string; token?: string; timeoutMs?: number };
  /** which schema the embedded GraphQL serves (default `orrery`; `datahub` leaves the extensions out) */
  schema?: SchemaFlavour;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_STATIC_DIR = path.resolve(here, "..", "dist");

export function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) {
      reject(new HttpError(413, `request body of ${declared} bytes exceeds the limit of ${limit} bytes`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        // Answer 413 at once and discard the rest; the connection closes after the answer.
        req.off("data", onData);
        chunks.length = 0;
        req.resume();
        reject(new HttpError(413, `request body exceeds the limit of ${limit} bytes`));
        return;
      }
      chunks.push(c);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

export const SESSION_COOKIE = "orrery_session";

/**
 * Whether a request comes from a page of this server (so it may use the session cookie): its Origin
 * names this host, or, without an Origin, the browser says Sec-Fetch-Site: same-origin. SameSite=Strict
 * already keeps the cookie off cross-site requests; this also covers older browsers and other sites
 * on the same registrable domain.
 */
export function sameOrigin(req: http.IncomingMessage): boolean {
  const host = req.headers.host;
  const origin = req.headers.origin;
  if (typeof origin === "string" && origin !== "null") {
    try {
      return !!host && new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  const site = req.headers["sec-fetch-site"];
  if (typeof site === "string") return site === "same-origin" || site === "none";
  // No browser markers at all: a top-level GET typed by a person, or a non-browser client.
  return req.method === "GET" || req.method === "HEAD";
}

/** The identity of a request: a Bearer token, else the session cookie (same-origin requests only), else anonymous. */
export function principalOf(store: Store, req: http.IncomingMessage): Principal {
  const auth = req.headers.authorization;
  if (auth) {
    const m = /^Bearer\s+(.+)$/i.exec(auth);
    if (!m) throw new HttpError(401, "Authorization header must be 'Bearer <token>'");
    const info = verifyToken(store, m[1]);
    if (!info) throw new HttpError(401, "the token is not valid (unknown, malformed or revoked)");
    return { role: info.role, actor: info.actor, tokenId: info.id };
  }
  const cookie = req.headers.cookie ? parseCookie(req.headers.cookie)[SESSION_COOKIE] : undefined;
  if (cookie && sameOrigin(req)) {
    const s = verifySession(store, cookie);
    if (s) return { role: s.role, actor: s.actor, tokenId: s.tokenId, sessionId: s.id };
  }
  return ANONYMOUS;
}

function sessionCookie(req: http.IncomingMessage, value: string, maxAgeSeconds: number): string {
  const secure = (req.socket as { encrypted?: boolean }).encrypted === true || req.headers["x-forwarded-proto"] === "https";
  return stringifySetCookie({ name: SESSION_COOKIE, value, httpOnly: true, sameSite: "strict", path: "/", maxAge: maxAgeSeconds, secure });
}

function signInPage(res: http.ServerResponse, status: number, title: string, text: string): void {
  const esc = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(
    `<!doctype html><meta charset="utf-8"><title>${esc(title)} · Orrery</title><body style="font:16px system-ui;margin:3rem auto;max-width:36rem;padding:0 1rem"><h1>${esc(title)}</h1><p>${esc(text)}</p><p><a href="/">Open Orrery</a></p>`,
  );
}

function require(principal: Principal, permission: Permission): void {
  if (!principal.role) throw new HttpError(401, `this request needs a token with the '${permission}' permission: send 'Authorization: Bearer <token>'`);
  if (!can(principal.role, permission)) throw new HttpError(403, `role '${principal.role}' may not ${permission}`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HttpError(400, `request body is not valid JSON: ${(e as Error).message}`);
  }
}

/** GMS paths are served both at the root (as GMS does) and under /api/gms (as DataHub's frontend proxies them). */
function gmsPath(pathname: string): string | null {
  if (pathname.startsWith("/api/gms/")) return pathname.slice("/api/gms".length);
  if (pathname === "/config" || pathname.startsWith("/aspects") || pathname.startsWith("/entities") || pathname.startsWith("/openapi/")) return pathname;
  return null;
}

export function createApp(opts: AppOptions): http.RequestListener {
  const { store } = opts;
  const staticDir = opts.staticDir ?? DEFAULT_STATIC_DIR;
  const errorLog = opts.errorLog ?? ((line: string) => process.stderr.write(`${line}\n`));
  const yoga = createGraphQL({
    store,
    requireAuth: opts.requireAuth === true,
    principalOf: (req) => principalOf(store, req),
    onError: (e) => errorLog(`graphql: unexpected error: ${e.stack ?? e.message}`),
    schema: opts.schema,
  });
  const upstream = opts.upstream;
  /** In upstream mode a Bearer token this server does not know is the caller's own token for the upstream. */
  const upstreamPrincipal = (req: http.IncomingMessage): Principal | null => {
    try {
      return principalOf(store, req);
    } catch (e) {
      if (e instanceof HttpError && e.status === 401 && req.headers.authorization) return null;
      throw e;
    }
  };

  async function handleGms(req: http.IncomingMessage, res: http.ServerResponse, p: string, url: URL): Promise<void> {
    const principal = principalOf(store, req);
    if (p === "/config" && req.method === "GET") {
      sendJson(res, 200, {
        noCode: "true",
        // Below 1.0.1 so DataHub's Python SDK keeps to the Rest.li ingestion endpoints we implement.
        versions: { "acryldata/datahub": { version: "v0.15.0", commit: `orrery-${VERSION}` } },
        datahub: { serverType: "orrery", serverEnv: "core" },
        statefulIngestionCapable: false,
        patchCapable: true,
        supportsImpactAnalysis: false,
        managedIngestion: { enabled: false },
      });
      return;
    }
    if (p === "/aspects" && req.method === "POST") {
      const action = url.searchParams.get("action");
      if (action !== "ingestProposal" && action !== "ingestProposalBatch")
        throw new HttpError(400, `unknown action '${action}' (expected ingestProposal or ingestProposalBatch)`);
      require(principal, "ingest");
      const body = parseJson(await readBody(req)) as Record<string, unknown> | null;
      if (!body || typeof body !== "object") throw new HttpError(400, "request body must be a JSON object");
      if (action === "ingestProposal") {
        if (!body.proposal || typeof body.proposal !== "object") throw new HttpError(400, "body.proposal is required");
        const report = await store.whenWritable(() =>
          ingestProposals(store, [body.proposal], principal.actor ?? "urn:li:corpuser:unknown", undefined, "ingestion", new WriteBudget()),
        );
        const r = report.results[0];
        if (!r.ok) throw new HttpError(422, r.error ?? "proposal rejected");
        sendJson(res, 200, { value: r.urn });
        return;
      }
      if (!Array.isArray(body.proposals)) throw new HttpError(400, "body.proposals must be an array");
      if (body.proposals.length > MAX_BATCH_PROPOSALS)
        throw new HttpError(413, `a batch may hold at most ${MAX_BATCH_PROPOSALS} proposals, got ${body.proposals.length}; send smaller batches`);
      const proposals = body.proposals;
      const report = await store.whenWritable(() =>
        ingestProposals(store, proposals, principal.actor ?? "urn:li:corpuser:unknown", undefined, "ingestion", new WriteBudget()),
      );
      // Rest.li answers a batch with {} on success; we add per-proposal results so a client can see
      // which ones were rejected. A batch with any rejection answers 422 (the good ones are kept).
      sendJson(res, report.rejected ? 422 : 200, {
        value: { accepted: report.accepted, rejected: report.rejected, results: report.results },
      });
      return;
    }
    if (p === "/entities" && req.method === "POST" && url.searchParams.get("action") === "ingest") {
      require(principal, "ingest");
      const body = parseJson(await readBody(req)) as { entity?: { value?: unknown }; systemMetadata?: unknown } | null;
      const snapshot = body?.entity?.value;
      if (!snapshot || typeof snapshot !== "object") throw new HttpError(400, "body.entity.value must be a snapshot object");
      const report = await store.whenWritable(() =>
        ingestProposals(
          store,
          [{ proposedSnapshot: snapshot, systemMetadata: body?.systemMetadata }],
          principal.actor ?? "urn:li:corpuser:unknown",
          undefined,
          "ingestion",
          new WriteBudget(),
        ),
      );
      if (report.rejected)
        throw new HttpError(
          422,
          report.results
            .filter((r) => !r.ok)
            .map((r) => r.error)
            .join("; "),
        );
      sendJson(res, 200, {});
      return;
    }
    const aspectGet = /^\/aspects\/([^/]+)$/.exec(p);
    if (aspectGet && req.method === "GET") {
      if (opts.requireAuth) require(principal, "read");
      let urn: string;
      try {
        urn = normalizeUrn(decodeURIComponent(aspectGet[1]));
      } catch (e) {
        throw new HttpError(400, e instanceof UrnError ? `invalid urn: ${e.message}` : "invalid urn");
      }
      const aspect = url.searchParams.get("aspect");
      if (!aspect) throw new HttpError(400, "query parameter 'aspect' is required");
      if (TIMESERIES_ASPECTS.has(aspect)) throw new HttpError(400, `'${aspect}' is a timeseries aspect and cannot be read this way`);
      const version = Number(url.searchParams.get("version") ?? 0);
      if (!Number.isInteger(version) || version < 0) throw new HttpError(400, "version must be a non-negative integer");
      const rec = store.getAspect(urn, aspect, version);
      if (!rec) throw new HttpError(404, `no aspect '${aspect}' version ${version} for ${urn}`);
      const cls = ASPECT_CLASS_NAMES[aspect] ?? aspect;
      sendJson(res, 200, { aspect: { [cls]: rec.value }, systemMetadata: rec.systemMetadata ?? undefined });
      return;
    }
    const openapi = /^\/openapi\/v3\/entity\/([A-Za-z]+)$/.exec(p);
    if (openapi && req.method === "POST") {
      require(principal, "ingest");
      const body = parseJson(await readBody(req));
      if (!Array.isArray(body)) throw new HttpError(400, "body must be a JSON array of {urn, <aspectName>: {value}}");
      if (body.length > MAX_BATCH_PROPOSALS)
        throw new HttpError(413, `a request may hold at most ${MAX_BATCH_PROPOSALS} entities, got ${body.length}; send smaller requests`);
      const proposals = body.flatMap((item: Record<string, unknown>) => {
        if (!item || typeof item !== "object") return [{}];
        const { urn, ...aspects } = item;
        return Object.entries(aspects).map(([aspectName, a]) => ({
          entityType: openapi[1],
          entityUrn: urn,
          changeType: "UPSERT",
          aspectName,
          aspect: { json: (a as { value?: unknown })?.value },
          systemMetadata: (a as { systemMetadata?: unknown })?.systemMetadata ?? null,
        }));
      });
      const report = await store.whenWritable(() =>
        ingestProposals(store, proposals, principal.actor ?? "urn:li:corpuser:unknown", undefined, "ingestion", new WriteBudget()),
      );
      sendJson(
        res,
        report.rejected ? 422 : 200,
        report.results.map((r) => (r.ok ? { urn: r.urn, aspect: r.aspect } : { urn: r.urn, aspect: r.aspect, error: r.error })),
      );
      return;
    }
    throw new HttpError(404, `no such endpoint: ${req.method} ${p}`);
  }

  /** Sign-in with the one-time link, with a token (a form in the app), and sign-out. */
  async function handleAuth(req: http.IncomingMessage, res: http.ServerResponse, p: string, url: URL): Promise<void> {
    if (p === "/auth/signin" && req.method === "GET") {
      const code = url.searchParams.get("code") ?? "";
      const opened = await store.whenWritable(() => redeemSignInCode(store, code));
      if (!opened) {
        signInPage(
          res,
          400,
          "This sign-in link does not work",
          "It has been used already, has expired, or is incomplete. Ask for a new one: npx orrery signin-link.",
        );
        return;
      }
      res.writeHead(303, {
        location: "/",
        "set-cookie": sessionCookie(req, opened.cookie, SESSION_TTL_MS / 1000),
        "cache-control": "no-store",
        "referrer-policy": "no-referrer",
      });
      res.end();
      return;
    }
    if (p === "/auth/session" && req.method === "POST") {
      if (!sameOrigin(req)) throw new HttpError(403, "sign-in must come from this server's own pages");
      const body = parseJson(await readBody(req, 64 * 1024)) as { token?: unknown } | null;
      const info = typeof body?.token === "string" ? verifyToken(store, body.token) : null;
      if (!info) throw new HttpError(401, "the token is not valid (unknown, malformed or revoked)");
      const opened = await store.whenWritable(() => createSession(store, { role: info.role, actor: info.actor, tokenId: info.id }));
      res.setHeader("set-cookie", sessionCookie(req, opened.cookie, SESSION_TTL_MS / 1000));
      sendJson(res, 200, { actor: info.actor, role: info.role });
      return;
    }
    if (p === "/auth/signout" && req.method === "POST") {
      if (!sameOrigin(req)) throw new HttpError(403, "sign-out must come from this server's own pages");
      const principal = principalOf(store, req);
      const sessionId = principal.sessionId;
      if (sessionId) await store.whenWritable(() => revokeSession(store, sessionId));
      res.setHeader("set-cookie", sessionCookie(req, "", 0));
      sendJson(res, 200, { signedOut: true });
      return;
    }
    throw new HttpError(404, `no such endpoint: ${req.method} ${p}`);
  }

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (req.method !== "GET" && req.method !== "HEAD") throw new HttpError(405, "method not allowed");
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      throw new HttpError(400, "the path is not valid percent-encoding");
    }
    const index = path.join(staticDir, "index.html");
    if (!fs.existsSync(index)) {
      if (pathname.startsWith("/assets/")) throw new HttpError(404, "not found");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        `<!doctype html><meta charset="utf-8"><title>Orrery</title><h1>Orrery</h1><p>The web app is not built. Run <code>npm run build</code>; the GraphQL API is at <a href="/api/graphql">/api/graphql</a>.</p>`,
      );
      return;
    }
    let file = path.normalize(path.join(staticDir, decoded));
    if (!file.startsWith(staticDir + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      if (pathname.startsWith("/assets/")) throw new HttpError(404, "not found");
      file = index; // history fallback: the SPA routes it
    }
    const ext = path.extname(file);
    const compressible = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    // Every file of the app gets the app's policy: a Web Worker's script is governed by its own response's CSP.
    const headers: Record<string, string> = { "content-type": MIME[ext] ?? "application/octet-stream", "content-security-policy": APP_CSP };
    if (file === index) {
      headers["cache-control"] = "no-cache";
    } else if (pathname.startsWith("/assets/")) {
      headers["cache-control"] = "public, max-age=31536000, immutable";
    }
    headers.vary = "accept-encoding";
    if (compressible) {
      const body = gzipped(file);
      headers["content-encoding"] = "gzip";
      headers["content-length"] = String(body.length);
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    res.writeHead(200, headers);
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    pipeline(fs.createReadStream(file), res, (e) => {
      if (e && !res.destroyed) errorLog(`error: reading ${path.relative(staticDir, file)}: ${e.message}`);
    });
  }

  async function sendGraphiQLAsset(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    const file = await graphiqlAsset(name);
    if (!file) throw new HttpError(404, "not found");
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const body = gzip ? file.gzipped : file.body;
    res.writeHead(200, {
      "content-type": file.contentType,
      "content-length": String(body.length),
      "cache-control": "public, max-age=31536000, immutable", // the name is the content's hash
      vary: "accept-encoding",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  const access = opts.access ?? new AccessPolicy();

  return (req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? "/", "http://localhost");
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    res.on("finish", () => opts.log?.(`${req.method} ${loggedPath(url)} ${res.statusCode} ${(performance.now() - started).toFixed(1)}ms`));
    const isGraphQL = url.pathname === "/api/graphql" || url.pathname.startsWith("/api/graphql/");
    const handle = async () => {
      const pathname = url.pathname;
      // A Host this server does not serve (a DNS-rebinding page) gets nothing else.
      if (!access.hostAllowed(req.headers.host)) throw new HttpError(421, misdirectedMessage(req.headers.host));
      if (crossOrigin(req, res, pathname)) return;
      if (isGraphQL) {
        if (req.method === "GET" && /text\/html/.test(String(req.headers.accept ?? ""))) res.setHeader("content-security-policy", GRAPHIQL_CSP);
        if (req.method === "POST") {
          const type = String(req.headers["content-type"] ?? "")
            .split(";")[0]!
            .trim()
            .toLowerCase();
          if (type !== "application/json" && type !== "application/graphql")
            throw new HttpError(415, `Content-Type must be application/json${type ? `, not ${type}` : " (none was sent)"}`);
          // Read here, with a limit; yoga takes a body already read from `req.body`.
          (req as { body?: unknown }).body = await readBody(req, MAX_GRAPHQL_BODY_BYTES);
        }
        if (upstream) {
          await proxyGraphQL(req, res, (req as { body?: string }).body, {
            url: upstream.url,
            token: upstream.token,
            timeoutMs: upstream.timeoutMs,
            requireAuth: opts.requireAuth === true,
            principalOf: upstreamPrincipal,
            local: yoga,
            log: opts.log,
          });
          return;
        }
        await yoga(req, res);
        return;
      }
      if (pathname.startsWith(GRAPHIQL_ASSET_PREFIX) && (req.method === "GET" || req.method === "HEAD")) {
        await sendGraphiQLAsset(req, res, pathname.slice(GRAPHIQL_ASSET_PREFIX.length));
        return;
      }
      if (pathname.startsWith("/auth/")) {
        await handleAuth(req, res, pathname, url);
        return;
      }
      if (pathname === "/health") {
        sendJson(res, 200, {
          status: "ok",
          version: VERSION,
          schemaVersion: store.schemaVersion,
          ...(upstream ? { upstream: new URL(upstream.url).origin } : {}),
        });
        return;
      }
      const gms = gmsPath(pathname);
      if (gms) {
        if (upstream) throw new HttpError(404, `this server fronts ${new URL(upstream.url).host}: send ingestion to that catalog directly`);
        await handleGms(req, res, gms, url);
        return;
      }
      serveStatic(req, res, pathname);
    };
    handle().catch((e: unknown) => {
      if (res.headersSent) {
        errorLog(`error: ${req.method} ${loggedPath(url)} failed after its answer began (connection closed): ${(e as Error)?.stack ?? e}`);
        res.destroy();
        return;
      }
      if (e instanceof HttpError) {
        if (e.status === 413) res.setHeader("connection", "close");
        // GraphQL clients read `errors`; DataHub's REST clients read `message`.
        if (isGraphQL)
          sendJson(res, e.status, {
            errors: [{ message: e.message, extensions: { code: e.status === 401 ? "UNAUTHENTICATED" : "BAD_REQUEST", http: { status: e.status } } }],
          });
        else sendJson(res, e.status, { status: e.status, message: e.message });
        return;
      }
      // Every 5xx logs its cause, whether or not requests are logged.
      errorLog(`error: ${req.method} ${loggedPath(url)}: ${(e as Error)?.stack ?? e}`);
      if (isBusy(e)) {
        // Another process (an `orrery ingest --db`) held the catalog's write lock past the busy timeout.
        res.setHeader("retry-after", "1");
        const message = "the catalog is busy: another process is writing it; try again";
        if (isGraphQL) sendJson(res, 503, { errors: [{ message, extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } } }] });
        else sendJson(res, 503, { status: 503, message });
        return;
      }
      sendJson(res, 500, { status: 500, message: "internal error" });
    });
  };

  /**
   * CORS, for the origins `--allow-origin` names (none by default): their requests get
   * Access-Control-Allow-Origin (never credentials), their preflights an answer. A preflight from any
   * other origin is refused with no Access-Control header. Sign-in stays same-origin only. True when
   * the request has been answered.
   */
  function crossOrigin(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): boolean {
    const allowed = pathname.startsWith("/auth/") ? null : access.corsOrigin(req.headers.origin);
    if (access.origins.size) res.setHeader("vary", "Origin");
    if (allowed) res.setHeader("access-control-allow-origin", allowed);
    if (req.method !== "OPTIONS") return false;
    const method = req.headers["access-control-request-method"];
    if (typeof req.headers.origin === "string" && typeof method === "string") {
      if (!allowed)
        throw new HttpError(403, "this server does not let pages of other origins read it; an operator can allow an origin with --allow-origin ORIGIN");
      res.writeHead(204, {
        "access-control-allow-methods": "GET, POST",
        "access-control-allow-headers": "authorization, content-type, accept, x-restli-protocol-version",
        "access-control-max-age": "600",
        "content-length": "0",
      });
      res.end();
      return true;
    }
    res.writeHead(204, { allow: "GET, HEAD, POST, OPTIONS", "content-length": "0" });
    res.end();
    return true;
  }
}

/**
 * The path as the request log shows it: query-string values are replaced by "…" (a sign-in code or a
 * token pasted into a URL must not reach the log), and so are names that could be one.
 */
export function loggedPath(url: URL): string {
  if (!url.search) return url.pathname;
  const names = [...url.searchParams.keys()].map((k) => (/^[A-Za-z][A-Za-z0-9_.-]{0,31}$/.test(k) ? k : "…"));
  return `${url.pathname}?${names.map((k) => `${k}=…`).join("&")}`;
}

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt", ".webmanifest"]);

/** Built assets are immutable, so each is compressed once and kept (keyed by path and mtime). */
const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();
function gzipped(file: string): Buffer {
  const mtimeMs = fs.statSync(file).mtimeMs;
  const hit = gzipCache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const body = zlib.gzipSync(fs.readFileSync(file), { level: 9 });
  gzipCache.set(file, { mtimeMs, body });
  return body;
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

export { MAX_ASPECT_BYTES };
