/**
 * The HTTP surface: one route table (server/http/), answered in this order: GraphQL at /api/graphql
 * and GraphiQL's files, sign-in under /auth/, /health, DataHub-compatible ingestion (GMS REST paths),
 * and the built single-page app with history fallback. Routes throw HttpError; `answerError` turns
 * what they throw into the answer.
 */
import type http from "node:http";
import type { SchemaFlavour } from "./graphql/index";
import type { Store } from "./store/store";
import { AccessPolicy, misdirectedMessage } from "./http-guard";
import { authRoutes } from "./http/auth";
import { crossOrigin } from "./http/cors";
import { answerError, HttpError } from "./http/errors";
import { gmsRoute } from "./http/gms";
import { graphqlRoutes } from "./http/graphql";
import { healthRoute } from "./http/health";
import { SECURITY_HEADERS } from "./http/respond";
import { dispatch, findRoute, type Route } from "./http/router";
import { DEFAULT_STATIC_DIR, staticRoute } from "./http/static";

export { VERSION } from "./version";
export { MAX_ASPECT_BYTES } from "./ingest/proposals";
export { MAX_BODY_BYTES, MAX_GRAPHQL_BODY_BYTES, readBody } from "./http/body";
export { HttpError } from "./http/errors";
export { MAX_BATCH_PROPOSALS } from "./http/gms";
export { principalOf, sameOrigin, SESSION_COOKIE } from "./http/identity";
export { API_CSP, APP_CSP, SECURITY_HEADERS } from "./http/respond";
export { DEFAULT_STATIC_DIR } from "./http/static";

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

export function createApp(opts: AppOptions): http.RequestListener {
  const { store } = opts;
  const errorLog = opts.errorLog ?? ((line: string) => process.stderr.write(`${line}\n`));
  const access = opts.access ?? new AccessPolicy();
  const auth = authRoutes(store);
  const routes: Route[] = [
    ...graphqlRoutes({ store, requireAuth: opts.requireAuth === true, schema: opts.schema, upstream: opts.upstream, log: opts.log, errorLog }),
    { path: /^\/auth\//, cors: false, handle: (r) => dispatch(auth, r) },
    healthRoute(store, opts.upstream?.url),
    gmsRoute(store, { requireAuth: opts.requireAuth, upstreamUrl: opts.upstream?.url }),
    staticRoute(opts.staticDir ?? DEFAULT_STATIC_DIR, errorLog),
  ];

  return (req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? "/", "http://localhost");
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    res.on("finish", () => opts.log?.(`${req.method} ${loggedPath(url)} ${res.statusCode} ${(performance.now() - started).toFixed(1)}ms`));
    const r = { req, res, url, path: url.pathname };
    // The last route answers every path.
    const { route, params } = findRoute(routes, req.method ?? "", r)!;
    const answer = async () => {
      // A Host this server does not serve (a DNS-rebinding page) gets nothing else.
      if (!access.hostAllowed(req.headers.host)) throw new HttpError(421, misdirectedMessage(req.headers.host));
      if (crossOrigin(access, req, res, route.cors !== false)) return;
      await route.handle(r, params);
    };
    answer().catch((e: unknown) => answerError(res, e, route.errors ?? "rest", `${req.method} ${loggedPath(url)}`, errorLog));
  };
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
