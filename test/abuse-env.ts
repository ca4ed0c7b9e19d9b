/**
 * A real server process on a temp catalog with a token per role, for the tests (and the benchmark)
 * that attack it with abusive writes: a polluted prototype or a frozen event loop must hit the
 * server's process, never the test runner's.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Store } from "../server/store/store";
import { createToken, type Role } from "../server/store/tokens";
import { ingestProposals } from "../server/ingest/proposals";
import { tempDir } from "./helpers";
import { spawnServer, type ServerProcess } from "./server-process";

export interface AbuseEnv {
  dir: string;
  db: string;
  server: ServerProcess;
  url: string;
  /** a token per name: ingest, ingest2, editor, editor2 (actor alice), admin, reader */
  tokens: Record<"ingest" | "ingest2" | "editor" | "editor2" | "admin" | "reader", string>;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ status: number; body: { data?: T; errors?: any[] }; bytes: number }>;
  post(pathname: string, body: unknown, token?: string): Promise<{ status: number; body: any; bytes: number }>;
  get(pathname: string, token?: string): Promise<{ status: number; body: any }>;
  /** bytes of the catalog on disk: the database file and its WAL */
  diskBytes(): number;
  /** bytes of the database as of its last commit (page_count × page_size, read through the WAL) */
  storedBytes(): number;
  /** the server process's peak resident set size so far, in bytes (Linux) */
  peakRss(): number;
  stop(): Promise<void>;
}

export const mcp = (urn: string, aspectName: string, json: unknown, changeType = "UPSERT") => ({
  entityType: urn.split(":")[2],
  entityUrn: urn,
  changeType,
  aspectName,
  aspect: { json },
});

/** A JSON-Patch proposal in the REST emitter's wire form, as DataHub's SDK sends one. */
export const patchMcp = (urn: string, aspectName: string, ops: unknown[]) => ({
  entityType: urn.split(":")[2],
  entityUrn: urn,
  changeType: "PATCH",
  aspectName,
  aspect: { value: JSON.stringify(ops), contentType: "application/json-patch+json" },
});

export function fileBytes(db: string): number {
  let n = 0;
  for (const f of [db, `${db}-wal`]) if (fs.existsSync(f)) n += fs.statSync(f).size;
  return n;
}

export function storedBytesOf(db: string): number {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.pragma("page_count", { simple: true }) as number) * (conn.pragma("page_size", { simple: true }) as number);
  } finally {
    conn.close();
  }
}

export function peakRssOf(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export async function startAbuseEnv(seed: unknown[] = [], opts: { env?: Record<string, string>; args?: string[]; db?: string } = {}): Promise<AbuseEnv> {
  const dir = tempDir("orrery-abuse-");
  const db = opts.db ?? path.join(dir, "catalog.db");
  const store = Store.open(db);
  const make = (role: Role, actor?: string) => createToken(store, { role, name: "abuse test", actor }).token;
  const tokens = {
    ingest: make("ingest"),
    ingest2: make("ingest"),
    editor: make("editor", "urn:li:corpuser:editor"),
    editor2: make("editor", "urn:li:corpuser:alice"),
    admin: make("admin"),
    reader: make("reader"),
  };
  if (seed.length) {
    const r = ingestProposals(store, seed, "urn:li:corpuser:datahub");
    if (r.rejected) throw new Error(`seed rejected: ${JSON.stringify(r.results.filter((x) => !x.ok))}`);
  }
  store.close();
  const server = await spawnServer(db, { env: opts.env, args: opts.args });
  const url = server.url;
  const request = async (pathname: string, init: RequestInit) => {
    const res = await fetch(`${url}${pathname}`, init);
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: body as any, bytes: Buffer.byteLength(text) };
  };
  const auth = (token?: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
  return {
    dir,
    db,
    server,
    url,
    tokens,
    gql: (query, variables, token) =>
      request("/api/graphql", { method: "POST", headers: { "content-type": "application/json", ...auth(token) }, body: JSON.stringify({ query, variables }) }),
    post: (pathname, body, token) =>
      request(pathname, {
        method: "POST",
        headers: { "content-type": "application/json", ...auth(token) },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
    get: (pathname, token) => request(pathname, { headers: auth(token) }),
    diskBytes: () => fileBytes(db),
    storedBytes: () => storedBytesOf(db),
    peakRss: () => peakRssOf(server.pid),
    async stop() {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
