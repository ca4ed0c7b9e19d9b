import http from "node:http";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import { Store } from "./store/store";
import { createSignInCode } from "./store/sessions";

export const ADMIN_ACTOR = "urn:li:corpuser:admin";
import { createApp, SECURITY_HEADERS } from "./http";
import {
  AccessPolicy,
  clientErrorHandler,
  guardSends,
  HEADERS_TIMEOUT_MS,
  REQUEST_TIMEOUT_MS,
  responseClassWith,
  TIMEOUT_CHECK_INTERVAL_MS,
  type SendGuardOptions,
} from "./http-guard";
import { ingestProposals } from "./ingest/proposals";
import { demoProposalSources } from "./demo/index";

export interface ServeOptions {
  db: string;
  /** previous values kept per aspect (default: $ORRERY_MAX_ASPECT_VERSIONS, else 20) */
  maxAspectVersions?: number;
  port: number;
  host: string;
  /** load the demo catalog when the database is new and empty */
  demo: boolean;
  requireAuth?: boolean;
  /** answer GraphQL from this upstream catalog instead of the store (the store then holds sign-in only) */
  upstream?: { url: string; token?: string; timeoutMs?: number };
  /** `datahub`: serve DataHub's schema without Orrery's extensions */
  schema?: "orrery" | "datahub";
  staticDir?: string;
  log?: (line: string) => void;
  /** where the causes of 500s go (default: stderr, also with `log` off) */
  errorLog?: (line: string) => void;
  /** more Host names to answer besides this machine's own (`*`: any) */
  allowHosts?: string[];
  /** origins whose pages may read the API (CORS without credentials) */
  allowOrigins?: string[];
  /** bounds on answers clients do not read (defaults in server/http-guard.ts) */
  sendGuard?: Omit<SendGuardOptions, "log">;
  /** print start-up messages (default true) */
  announce?: boolean;
  /** drain and exit on SIGTERM/SIGINT (default true; tests turn it off) */
  handleSignals?: boolean;
}

export interface RunningServer {
  url: string;
  store: Store;
  server: http.Server;
  /** stop accepting connections, finish in-flight requests, close the database */
  close(): Promise<void>;
}

/** Loads the demo catalog (tutorial, MLflow golden file, generated catalog) into an empty store. */
export function loadDemo(store: Store, say: (line: string) => void = () => {}): { accepted: number; rejected: number } {
  let accepted = 0;
  let rejected = 0;
  for (const source of demoProposalSources()) {
    const items = [...source.proposals()];
    const batch = source.batch ?? 2000;
    for (let i = 0; i < items.length; i += batch) {
      const r = ingestProposals(store, items.slice(i, i + batch), "urn:li:corpuser:datahub");
      accepted += r.accepted;
      rejected += r.rejected;
      for (const bad of r.results.filter((x) => !x.ok).slice(0, 5)) say(`  demo proposal rejected: ${bad.error}`);
    }
    say(`  loaded ${source.label}: ${items.length} proposals`);
  }
  return { accepted, rejected };
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const say = opts.announce === false ? () => {} : (l: string) => process.stdout.write(`${l}\n`);
  const isNew = opts.db === ":memory:" || !fs.existsSync(opts.db);
  // Checked before the catalog is opened, so a mistyped option changes nothing.
  const access = new AccessPolicy({ allowHosts: opts.allowHosts, allowOrigins: opts.allowOrigins });
  const store = Store.open(opts.db, { maxVersions: opts.maxAspectVersions });
  const empty = store.countByType().size === 0;
  if (opts.demo && !opts.upstream && (isNew || empty)) {
    say(`creating the demo catalog in ${opts.db} …`);
    const t0 = performance.now();
    const r = loadDemo(store, say);
    say(`demo catalog ready: ${r.accepted} aspects in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const app = createApp({
    store,
    staticDir: opts.staticDir,
    requireAuth: opts.requireAuth,
    log: opts.log,
    errorLog: opts.errorLog,
    upstream: opts.upstream,
    schema: opts.schema,
    access,
  });
  const server = http.createServer({
    // Every response object carries the security headers from the start, so the answers Node writes
    // by itself (400 without Host, 417) have them too.
    ServerResponse: responseClassWith(SECURITY_HEADERS),
    connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
  });
  // Parser errors (malformed requests, headers over 16 kB, too slow): Node's bare answer, plus the headers.
  server.on("clientError", clientErrorHandler(SECURITY_HEADERS));
  server.on("checkExpectation", (_req: http.IncomingMessage, res: http.ServerResponse) => {
    const body = JSON.stringify({ status: 417, message: "the only expectation this server meets is 100-continue" });
    res.writeHead(417, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), connection: "close" });
    res.end(body);
  });
  // Answers nobody reads: a send timeout and a ceiling on the bytes waiting to be sent.
  const sends = guardSends(server, { ...opts.sendGuard, log: opts.log });
  // Responses under way, so a shutdown can tell their clients not to reuse the connection.
  const underway = new Set<http.ServerResponse>();
  let draining = false;
  server.on("request", (_req: http.IncomingMessage, res: http.ServerResponse) => {
    if (draining) res.setHeader("connection", "close");
    underway.add(res);
    res.once("close", () => {
      underway.delete(res);
      // Its connection is idle now: close it rather than wait for the client's keep-alive to end.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });
  server.on("request", app);
  // Longer than clients' idle keep-alive (undici: 4 s, browsers: ~60 s), so the server never closes a
  // connection a client is just reusing (that race surfaces as ECONNRESET).
  server.keepAliveTimeout = 65_000;
  // A request's headers must arrive within 20 s of its first byte, the whole request within 2 min.
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  access.listeningOn(addr.address);
  const host = addr.family === "IPv6" ? `[${addr.address}]` : addr.address;
  const url = `http://${host}:${addr.port}`;
  // Like Jupyter's token URL: whoever runs the server can sign in as admin from the terminal. Written
  // before the server says it is serving, so that line means start-up has written all it writes.
  const code = opts.announce !== false ? createSignInCode(store, { role: "admin", actor: ADMIN_ACTOR }) : null;
  if (opts.upstream)
    say(`Orrery is serving the web app at ${url}/ in front of ${new URL(opts.upstream.url).origin} (GraphQL: ${url}/api/graphql; sign-in kept in ${opts.db})`);
  else say(`Orrery is serving ${opts.db} at ${url}/  (GraphQL: ${url}/api/graphql)`);
  say(`Answering the host names ${access.describeHosts()}${access.origins.size ? `; pages of ${[...access.origins].join(", ")} may read the API` : ""}`);
  if (code) say(`Sign in as admin (the link works once, for 24 hours): ${url}/auth/signin?code=${code}`);

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      draining = true;
      for (const res of underway) if (!res.headersSent) res.setHeader("connection", "close");
      server.close(() => {
        sends.stop();
        store.close();
        resolve();
      });
      server.closeIdleConnections();
      // Requests still running after 10 s are cut so a stuck client cannot hold shutdown forever.
      setTimeout(() => server.closeAllConnections(), 10_000).unref();
    });
    return closing;
  };
  const onSignal = (sig: NodeJS.Signals) => {
    // Stop listening first: once this line is printed, new connections are refused.
    const closed = close();
    say(`${sig}: finishing in-flight requests, then stopping`);
    void closed.then(() => process.exit(0));
  };
  if (opts.handleSignals !== false) {
    process.once("SIGTERM", onSignal);
    process.once("SIGINT", onSignal);
  }
  return { url, store, server, close };
}
