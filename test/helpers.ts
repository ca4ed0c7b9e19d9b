/** Test helpers: a real server on a real SQLite file in a temporary directory. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer, type RunningServer } from "../server/main";
import { createToken, type Role } from "../server/store/tokens";

export interface TestServer extends RunningServer {
  dir: string;
  token(role: Role): string;
  graphql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ status: number; body: { data?: T; errors?: any } }>;
  post(pathname: string, body: unknown, token?: string, raw?: boolean): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

/** A fresh directory under the OS temp dir; tests never depend on folders another test made. */
export function tempDir(prefix = "orrery-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startTestServer(
  opts: { demo?: boolean; requireAuth?: boolean; upstream?: { url: string; token?: string; timeoutMs?: number }; schema?: "orrery" | "datahub" } = {},
): Promise<TestServer> {
  const dir = tempDir();
  const running = await startServer({
    db: path.join(dir, "catalog.db"),
    port: 0,
    host: "127.0.0.1",
    demo: opts.demo ?? false,
    requireAuth: opts.requireAuth,
    upstream: opts.upstream,
    schema: opts.schema,
    announce: false,
    handleSignals: false,
    staticDir: path.join(dir, "no-spa"),
  });
  const tokens = new Map<Role, string>();
  const server: TestServer = {
    ...running,
    dir,
    token(role) {
      let t = tokens.get(role);
      if (!t) {
        t = createToken(running.store, { role }).token;
        tokens.set(role, t);
      }
      return t;
    },
    async graphql(query, variables, token) {
      const res = await fetch(`${running.url}/api/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: await res.json() };
    },
    async post(pathname, body, token, raw) {
      const res = await fetch(`${running.url}${pathname}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: raw ? (body as string) : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        /* keep text */
      }
      return { status: res.status, body: parsed };
    },
    async stop() {
      await running.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

export function readJson<T = any>(rel: string): T {
  return JSON.parse(fs.readFileSync(path.resolve(process.cwd(), rel), "utf8"));
}

/** Deep copy of `v` with the given dotted paths removed. */
export function without(v: unknown, paths: readonly string[] = []): unknown {
  const copy = structuredClone(v);
  for (const p of paths) {
    const parts = p.split(".");
    let node: any = copy;
    for (const part of parts.slice(0, -1)) node = node?.[part];
    if (node && typeof node === "object") delete node[parts[parts.length - 1]];
  }
  return copy;
}
