/**
 * CPU time per request, by kind of request: the load benchmark's mix (bench/load-mix.ts), sent one
 * after another to the GraphQL endpoint in this process (yoga's `fetch`, reads on this thread, no
 * HTTP and no read workers), each request's CPU time taken with `process.cpuUsage`. On a shared
 * machine CPU time holds where wall-clock figures do not; run it before and after a change to the
 * request path. Works on a copy of the load benchmark's cached catalog (or `--db`), so its edits
 * never reach the cache.
 *
 * With `--server W` it measures the whole request path instead: the real server (`orrery serve`, a
 * child process with W read workers) answering over HTTP, one request at a time, each kind in a run
 * of its own, timed by the server process's CPU (Linux's /proc, in ticks of 10 ms: a run's mean is
 * what it gives, and the main thread's share of it).
 *
 *   npx tsx bench/request-cpu.ts [--db FILE] [--entities N] [--requests N] [--only kinds] [--seed N] [--server W]
 */
import fs from "node:fs";
import type http from "node:http";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { Store } from "../server/store/store";
import { createToken } from "../server/store/tokens";
import { principalOf } from "../server/http/identity";
import { createGraphQL } from "../server/graphql/index";
import { Client, ENTITY_PAGES, mixOf } from "./load-mix";
import { summarize } from "./stats";
import { serverCpuPerRequest } from "./request-cpu-server";

const opts = new Command()
  .option("--db <file>", "catalog to copy (default: the load benchmark's cached catalog of --entities)")
  .option("--entities <n>", "size of the load benchmark's cached catalog", (v) => Number(v), 100_000)
  .option("--requests <n>", "measured requests (after as many again to warm up)", (v) => Number(v), 1000)
  .option("--only <kinds>", "only these kinds of request, comma-separated")
  .option("--seed <n>", "seed of the clients' choices", (v) => Number(v), 7)
  .option("--cache-dir <dir>", "the load benchmark's catalog cache", path.join(os.tmpdir(), "orrery-bench-catalogs"))
  .option("--server <workers>", "measure the real server over HTTP with this many read workers (Linux)", (v) => Number(v))
  .parse()
  .opts<{ db?: string; entities: number; requests: number; only?: string; seed: number; cacheDir: string; server?: number }>();
if (opts.server !== undefined && (!Number.isInteger(opts.server) || opts.server < 0))
  throw new Error(`--server must be a number of read workers ≥ 0 (got ${opts.server})`);
if (!Number.isInteger(opts.requests) || opts.requests <= 0) throw new Error(`--requests must be a positive integer (got ${opts.requests})`);

function source(): string {
  if (opts.db) return opts.db;
  const cached = fs
    .readdirSync(opts.cacheDir)
    .filter((f) => f.startsWith(`catalog-${opts.entities}-seed`) && f.endsWith(".db"))
    .map((f) => path.join(opts.cacheDir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  if (!cached)
    throw new Error(`no cached ${opts.entities}-entity catalog in ${opts.cacheDir}: run npm run bench:load -- --entities ${opts.entities} first, or pass --db`);
  return cached;
}

async function main() {
  const from = source();
  const work = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "orrery-request-cpu-")), "catalog.db");
  fs.copyFileSync(from, work);
  const store = Store.open(work);
  try {
    const token = createToken(store, { role: "editor", name: "bench:request-cpu" }).token;
    const yoga = createGraphQL({ store, requireAuth: false, principalOf: (req) => principalOf(store, req), readWorkers: 0 });
    const sample = (type: string, n: number) =>
      store
        .all<{ urn: string }>(`SELECT urn FROM entities WHERE type = ? AND removed = 0 ORDER BY (id * 2654435761) % 1000003 LIMIT ?`, type, n)
        .map((r) => r.urn);
    const pages = new Map(ENTITY_PAGES.map((p) => [p.type, sample(p.type, 500)]));
    const lineageFoci = [...sample("dataset", 150), ...sample("mlModel", 100), ...sample("dataProcessInstance", 100)];
    const targets = [[...sample("mlModel", 20), ...sample("dataset", 20)]];
    const kinds = opts.only ? opts.only.split(",").map((k) => k.trim()) : null;
    if (opts.server !== undefined) {
      store.close();
      await serverCpuPerRequest({
        db: work,
        token,
        inputs: { pages, lineageFoci, targets },
        kinds,
        seed: opts.seed,
        requests: opts.requests,
        workers: opts.server,
      });
      return;
    }
    const client = new Client(0, { pages, lineageFoci, targets }, opts.seed, mixOf(kinds));
    const byOp = new Map<string, number[]>();
    let failures = 0;
    for (let i = 0; i < 2 * opts.requests; i++) {
      const req = client.next();
      const c0 = process.cpuUsage();
      // The caller is read from node's request (server/http/identity.ts): its headers are all it needs here.
      const headers = { "content-type": "application/json", ...(req.auth ? { authorization: `Bearer ${token}` } : {}) };
      const res = await yoga.fetch(
        "http://localhost/api/graphql",
        { method: "POST", headers, body: req.body },
        {
          req: { headers } as unknown as http.IncomingMessage,
          res: undefined as unknown as http.ServerResponse,
        },
      );
      const text = await res.text();
      const c = process.cpuUsage(c0);
      const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
      const problem = res.status !== 200 ? `HTTP ${res.status}` : body.errors?.length ? JSON.stringify(body.errors[0]) : req.check(body.data);
      if (problem) {
        if (failures++ < 5) console.error(`${req.op}: ${problem.slice(0, 300)}`);
      } else req.after?.();
      if (i < opts.requests) continue;
      let list = byOp.get(req.op);
      if (!list) byOp.set(req.op, (list = []));
      list.push((c.user + c.system) / 1000);
    }
    console.log(`CPU ms per request, ${opts.requests} requests after ${opts.requests} to warm up (${path.basename(from)}; load ${os.loadavg()[0].toFixed(1)})`);
    console.log("operation                        count   mean   p50    p95");
    const all: number[] = [];
    for (const [op, list] of [...byOp].sort(([a], [b]) => a.localeCompare(b))) {
      all.push(...list);
      const s = summarize(list);
      console.log(
        `${op.padEnd(30)} ${String(list.length).padStart(7)} ${s.mean.toFixed(2).padStart(6)} ${s.p50.toFixed(2).padStart(6)} ${s.p95.toFixed(2).padStart(6)}`,
      );
    }
    const s = summarize(all);
    console.log(
      `${"all".padEnd(30)} ${String(all.length).padStart(7)} ${s.mean.toFixed(2).padStart(6)} ${s.p50.toFixed(2).padStart(6)} ${s.p95.toFixed(2).padStart(6)}`,
    );
    if (failures) {
      console.error(`FAILED: ${failures} requests were refused or answered wrongly`);
      process.exitCode = 1;
    }
  } finally {
    store.close(); // closing twice is harmless
    fs.rmSync(path.dirname(work), { recursive: true, force: true });
  }
}

await main();
