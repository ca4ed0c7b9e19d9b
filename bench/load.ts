/**
 * Load benchmark: the real server (`orrery serve`, a child process) on a synthetic catalog, and N
 * concurrent clients on loopback for S seconds doing what people and tools do at once: entity pages
 * (the web app's own page queries), search (the app's search page query), lineage (DataHub's
 * `searchAcrossLineage` and the app's `lineageGraph`), and edits (addTag/removeTag and
 * updateDescription with an editor token).
 *
 *   npm run bench:load -- [--entities N] [--clients N] [--seconds S] [--warmup S] [--seed N]
 *                         [--workers 1,N] [--profile-dir DIR] [--cache-dir DIR] [--rebuild]
 *
 * The catalog is built once per (size, seed, generator source) and kept in the cache folder; each run
 * works on a copy, so its writes never leak into the next run. Each client keeps one request in
 * flight (a closed loop, no think time), so the figures show the server saturated: throughput is what
 * one server process sustains, latency is what a client waits at that load. The load runs once per
 * number of read workers asked (`--workers`, by default 1 and then one per core), each time on a fresh
 * server and a fresh copy of the catalog; the server's CPU time per request is the figure that holds
 * on a shared machine. With `--profile-dir` the server runs under `node --cpu-prof` (a profile per
 * thread, read by bench/profile-split.ts).
 *
 * HTTP client: undici's Pool with one connection per client and our own loop. autocannon can vary
 * bodies per request, but reports one latency histogram for everything; per-operation latency and
 * errors need each request timed and classified on its own, and on a 2-core machine the client must
 * cost the server as little CPU as possible (undici is Node's own HTTP/1.1 client, without fetch's
 * WHATWG stream layers).
 *
 * Writes bench/results/load.json and prints a table. Exits non-zero when any request got a 5xx or
 * no HTTP answer at all, when the server did not stop cleanly, or when the catalog fails its
 * consistency or integrity check afterwards.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { Command } from "commander";
import { Pool } from "undici";
import { Store } from "../server/store/store";
import { createToken } from "../server/store/tokens";
import { spawnServer, type ServerProcess } from "../test/server-process";
import { buildCatalog, HUB_COUNT } from "./catalog";
import { Client, ENTITY_PAGES, httpRequestOf, MIX, mixOf } from "./load-mix";
import { summarize, type Summary } from "./stats";

const opts = new Command()
  .option("--entities <n>", "entities in the synthetic catalog", (v) => Number(v), 100_000)
  .option("--clients <n>", "concurrent clients", (v) => Number(v), 50)
  .option("--seconds <n>", "measured seconds", (v) => Number(v), 60)
  .option("--warmup <n>", "seconds of load before measuring (not counted)", (v) => Number(v), 5)
  .option("--seed <n>", "seed of the synthetic catalog and of the clients' choices", (v) => Number(v), 7)
  .option("--cache-dir <dir>", "where built catalogs are kept", path.join(os.tmpdir(), "orrery-bench-catalogs"))
  .option("--rebuild", "build the catalog even when a cached one exists")
  .option("--out <file>", "where to write the results", "bench/results/load.json")
  .option("--workers <list>", "read workers of the server, one run per number (comma-separated)", `1,${os.cpus().length}`)
  .option("--only <kinds>", `only these kinds of request, comma-separated (of ${Object.keys(MIX).join(", ")})`)
  .option("--profile-dir <dir>", "run the server under node --cpu-prof, writing its profiles here (a folder per run)")
  .parse()
  .opts<{
    entities: number;
    clients: number;
    seconds: number;
    warmup: number;
    seed: number;
    cacheDir: string;
    rebuild?: boolean;
    out: string;
    workers: string;
    profileDir?: string;
    only?: string;
  }>();

for (const [name, v] of Object.entries({ entities: opts.entities, clients: opts.clients, seconds: opts.seconds }))
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} must be a positive integer (got ${v})`);
const workerCounts = opts.workers.split(",").map((w) => Number(w.trim()));
const mix = mixOf(opts.only ? opts.only.split(",").map((k) => k.trim()) : null);
if (workerCounts.length === 0 || workerCounts.some((w) => !Number.isInteger(w) || w < 0))
  throw new Error(`--workers must be a comma-separated list of integers ≥ 0 (0: reads on the main thread), got ${opts.workers}`);

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

interface OpStats {
  latencies: number[];
  count: number;
  ok: number;
  /** by HTTP status ("503"), GraphQL error code ("graphql:BAD_USER_INPUT"), wrong data ("bad-data") or transport ("network") */
  errors: Record<string, number>;
}

function cpuTicks(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks
  } catch {
    return null;
  }
}

function rssMiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

const uptime = () => {
  try {
    return execFileSync("uptime", { encoding: "utf8" }).trim();
  } catch {
    return `load average: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(", ")}`;
  }
};

/** Source of the generator (every file of server/demo/generate/, the lineage hubs) and the catalog builder: a change to any makes a new catalog. */
function generatorHash(): string {
  const h = crypto.createHash("sha256");
  const root = path.resolve(import.meta.dirname, "..");
  const generator = fs
    .readdirSync(path.join(root, "server/demo/generate"))
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((f) => `server/demo/generate/${f}`);
  for (const f of [...generator, "bench/catalog.ts", "bench/catalog-source.ts"]) h.update(fs.readFileSync(path.join(root, f)));
  return h.digest("hex").slice(0, 10);
}

interface Setup {
  cached: string;
  pages: Map<string, string[]>;
  lineageFoci: string[];
  targets: string[][];
}

/** The catalog (cached per size, seed and generator) and what the clients read and edit in it. */
async function setup(result: Record<string, unknown>): Promise<Setup> {
  fs.mkdirSync(opts.cacheDir, { recursive: true });
  const cached = path.join(opts.cacheDir, `catalog-${opts.entities}-seed${opts.seed}-${generatorHash()}.db`);
  if (opts.rebuild || !fs.existsSync(cached)) {
    console.error(`building the ${opts.entities.toLocaleString("en-US")}-entity catalog (seed ${opts.seed}) into ${cached} …`);
    const building = `${cached}.building`;
    result.ingest = await buildCatalog(building, opts.entities, opts.seed);
    fs.renameSync(building, cached);
  } else console.error(`reusing the catalog ${cached}`);
  const store = Store.open(cached, { readonly: true });
  try {
    const sample = (type: string, n: number) =>
      store
        .all<{ urn: string }>(`SELECT urn FROM entities WHERE type = ? AND removed = 0 ORDER BY (id * 2654435761) % 1000003 LIMIT ?`, type, n)
        .map((r) => r.urn);
    const pages = new Map(ENTITY_PAGES.map((p) => [p.type, sample(p.type, 500)]));
    for (const [type, urns] of pages) if (urns.length === 0) throw new Error(`the catalog has no ${type} entities`);
    const lineageFoci = [
      ...Array.from({ length: HUB_COUNT }, (_, h) => `urn:li:dataset:(urn:li:dataPlatform:snowflake,hub${h}_source,PROD)`).filter(
        (u) => store.existing([u]).size,
      ),
      ...sample("dataset", 150),
      ...sample("mlModel", 100),
      ...sample("dataProcessInstance", 100),
    ];
    const editable = [...sample("mlModel", 20 * opts.clients), ...sample("dataset", 20 * opts.clients)];
    const targets = Array.from({ length: opts.clients }, (_, c) => editable.filter((_, i) => i % opts.clients === c));
    return { cached, pages, lineageFoci, targets };
  } finally {
    store.close();
  }
}

/** One run: a fresh copy of the catalog, a server with `workers` read workers, the clients' load, then the checks. */
async function runWith(workers: number, s: Setup): Promise<{ result: Record<string, unknown>; failed: string[] }> {
  const result: Record<string, unknown> = { readWorkers: workers };
  const work = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "orrery-bench-load-")), "catalog.db");
  fs.copyFileSync(s.cached, work);
  const store = Store.open(work);
  const token = createToken(store, { role: "editor", name: "bench:load" }).token;
  store.close();

  // The server, as people run it, with this many read workers.
  const profileDir = opts.profileDir ? path.resolve(opts.profileDir, `workers-${workers}`) : null;
  if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
  const server: ServerProcess = await spawnServer(work, {
    timeoutMs: 120_000,
    env: { ORRERY_READ_WORKERS: String(workers) },
    nodeArgs: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
  }).catch((e: unknown) => {
    fs.rmSync(path.dirname(work), { recursive: true, force: true });
    throw e;
  });
  running = server;
  const origin = server.url;
  console.error(
    `server ${server.pid} at ${origin} with ${workers} read workers; ${opts.clients} clients, ${opts.warmup} s warm-up + ${opts.seconds} s measured`,
  );
  const pool = new Pool(origin, { connections: opts.clients, pipelining: 1, keepAliveTimeout: 30_000 });

  const stats = new Map<string, OpStats>();
  const statsOf = (op: string) => {
    let st = stats.get(op);
    if (!st) stats.set(op, (st = { latencies: [], count: 0, ok: 0, errors: {} }));
    return st;
  };
  const examples: Record<string, string> = {};
  const fail = (st: OpStats, op: string, kind: string, detail: string) => {
    st.errors[kind] = (st.errors[kind] ?? 0) + 1;
    examples[`${op} ${kind}`] ??= detail.slice(0, 500);
  };
  let measuring = false;
  let stopping = false;
  const loadSamples: Array<{ at: number; load1: number; serverCpuPercent: number | null; requestsPerSecond: number }> = [];
  let completed = 0;
  const clients = Array.from(
    { length: opts.clients },
    (_, c) => new Client(c, { pages: s.pages, lineageFoci: s.lineageFoci, targets: s.targets }, opts.seed, mix),
  );
  const loop = async (client: Client) => {
    while (!stopping) {
      const req = client.next();
      const t0 = performance.now();
      let status = 0;
      let text = "";
      let transport: string | null = null;
      try {
        const res = await pool.request(httpRequestOf(req, token));
        status = res.statusCode;
        text = await res.body.text();
      } catch (e) {
        transport = (e as { code?: string }).code ?? (e as Error).message;
      }
      const ms = performance.now() - t0;
      let problem: [string, string] | null = null;
      if (transport) problem = ["network", transport];
      else if (status !== 200) problem = [String(status), text];
      else {
        try {
          const body = JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
          if (body.errors?.length) problem = [`graphql:${body.errors[0].extensions?.code ?? "ERROR"}`, body.errors[0].message];
          else {
            const why = req.check(body.data);
            if (why) problem = ["bad-data", why];
          }
        } catch {
          problem = ["bad-json", text];
        }
      }
      if (!problem) req.after?.();
      if (!measuring) continue;
      const st = statsOf(req.op);
      completed++;
      st.count++;
      st.latencies.push(ms);
      if (problem) fail(st, req.op, problem[0], problem[1]);
      else st.ok++;
    }
  };

  const loops = clients.map(loop);
  const t0 = Date.now();
  console.error(`warming up for ${opts.warmup} s …`);
  await new Promise((r) => setTimeout(r, opts.warmup * 1000));
  const uptimeStart = uptime();
  // Linux counts process CPU time in ticks of 1/100 s (USER_HZ).
  const ticks0 = cpuTicks(server.pid);
  let lastTicks = ticks0;
  let lastAt = performance.now();
  let lastCompleted = 0;
  const benchCpu0 = process.cpuUsage();
  const sampler = setInterval(() => {
    const ticks = cpuTicks(server.pid);
    const now = performance.now();
    const secs = (now - lastAt) / 1000;
    const cpu = ticks !== null && lastTicks !== null ? Math.round(((ticks - lastTicks) / 100 / secs) * 100) : null;
    loadSamples.push({
      at: Math.round((Date.now() - t0) / 1000),
      load1: Number(os.loadavg()[0].toFixed(2)),
      serverCpuPercent: cpu,
      requestsPerSecond: Math.round((completed - lastCompleted) / secs),
    });
    lastTicks = ticks;
    lastAt = now;
    lastCompleted = completed;
  }, 5000);
  measuring = true;
  const m0 = performance.now();
  console.error(`measuring for ${opts.seconds} s …`);
  await new Promise((r) => setTimeout(r, opts.seconds * 1000));
  measuring = false;
  const measuredSeconds = (performance.now() - m0) / 1000;
  clearInterval(sampler);
  const benchCpu = process.cpuUsage(benchCpu0);
  const ticks1 = cpuTicks(server.pid);
  const serverCpuSeconds = ticks0 !== null && ticks1 !== null ? (ticks1 - ticks0) / 100 : null;
  const uptimeEnd = uptime();
  const serverRss = rssMiB(server.pid);
  stopping = true;
  await Promise.all(loops);
  await pool.close();

  // A clean stop, then the catalog must be whole.
  const s0 = performance.now();
  const exit = await server.stop(30_000);
  const stopMs = Math.round(performance.now() - s0);
  const after = Store.open(work, { readonly: true });
  const c0 = performance.now();
  const consistency = after.consistencyCheck();
  const integrity = after.integrityCheck();
  const checkSeconds = Number(((performance.now() - c0) / 1000).toFixed(1));
  after.close();
  fs.rmSync(path.dirname(work), { recursive: true, force: true });

  // Figures.
  const ops: Record<string, { count: number; ok: number; errors: Record<string, number>; perSecond: number; latencyMs: Summary }> = {};
  const all: number[] = [];
  let total = 0;
  let errors = 0;
  let fiveXx = 0;
  let network = 0;
  for (const [op, st] of [...stats].sort(([a], [b]) => a.localeCompare(b))) {
    ops[op] = { count: st.count, ok: st.ok, errors: st.errors, perSecond: Number((st.count / measuredSeconds).toFixed(1)), latencyMs: summarize(st.latencies) };
    all.push(...st.latencies);
    total += st.count;
    errors += st.count - st.ok;
    for (const [k, n] of Object.entries(st.errors)) {
      if (/^5\d\d$/.test(k)) fiveXx += n;
      if (k === "network") network += n;
    }
  }
  const groups: Record<string, string[]> = {
    entityPages: Object.keys(ops).filter((k) => k.startsWith("entity.")),
    lineage: Object.keys(ops).filter((k) => k.startsWith("lineage.")),
    writes: Object.keys(ops).filter((k) => k.startsWith("write.")),
  };
  result.operations = ops;
  result.groups = Object.fromEntries(
    Object.entries(groups).map(([g, keys]) => [
      g,
      { count: keys.reduce((n, k) => n + ops[k].count, 0), latencyMs: summarize(keys.flatMap((k) => stats.get(k)!.latencies)) },
    ]),
  );
  result.overall = {
    requests: total,
    errors,
    fiveXx,
    network,
    measuredSeconds: Number(measuredSeconds.toFixed(1)),
    requestsPerSecond: Number((total / measuredSeconds).toFixed(1)),
    latencyMs: summarize(all),
  };
  result.errorExamples = examples;
  result.machineLoad = {
    uptimeAtStart: uptimeStart,
    uptimeAtEnd: uptimeEnd,
    samples: loadSamples,
    serverCpuPercentMean: serverCpuSeconds === null ? null : Math.round((serverCpuSeconds / measuredSeconds) * 100),
    /** server CPU time per request: what a request costs whatever else the machine is doing */
    serverCpuMsPerRequest: serverCpuSeconds === null || total === 0 ? null : Number(((serverCpuSeconds * 1000) / total).toFixed(2)),
    benchCpuPercent: Math.round(((benchCpu.user + benchCpu.system) / 1e6 / measuredSeconds) * 100),
    serverRssMiB: serverRss,
  };
  result.shutdown = { exitCode: exit.code, signal: exit.signal, stopMs };
  result.afterwards = {
    integrity,
    consistent: consistency.ok,
    problems: consistency.problems.slice(0, 10),
    entities: consistency.entities,
    aspects: consistency.aspects,
    checkSeconds,
  };
  running = null;
  if (profileDir) result.profiles = profileDir;

  console.log(`\n${workers} read workers — ${opts.entities.toLocaleString("en-US")} entities, ${opts.clients} clients, ${measuredSeconds.toFixed(0)} s`);
  console.log("operation                        count    req/s   p50 ms   p95 ms   p99 ms  errors");
  const row = (name: string, count: number, perSecond: number, l: Summary, errs: string) =>
    console.log(
      `${name.padEnd(30)} ${String(count).padStart(7)} ${perSecond.toFixed(1).padStart(8)} ${l.p50.toFixed(1).padStart(8)} ${l.p95.toFixed(1).padStart(8)} ${l.p99.toFixed(1).padStart(8)}  ${errs}`,
    );
  for (const [op, o] of Object.entries(ops))
    row(
      op,
      o.count,
      o.perSecond,
      o.latencyMs,
      Object.entries(o.errors)
        .map(([k, n]) => `${k}×${n}`)
        .join(" ") || "0",
    );
  const ov = result.overall as { requests: number; requestsPerSecond: number; latencyMs: Summary };
  row("all", ov.requests, ov.requestsPerSecond, ov.latencyMs, `${errors} (5xx: ${fiveXx}, no answer: ${network})`);
  console.log(`machine: ${uptimeStart}  →  ${uptimeEnd}`);
  const ml = result.machineLoad as { serverCpuPercentMean: number | null; serverCpuMsPerRequest: number | null; benchCpuPercent: number };
  console.log(
    `server CPU ${ml.serverCpuPercentMean}% of a core (${ml.serverCpuMsPerRequest} ms a request), RSS ${serverRss} MiB; benchmark client CPU ${ml.benchCpuPercent}%`,
  );
  console.log(`per 5 s: ${loadSamples.map((x) => `${x.requestsPerSecond} req/s @ ${x.serverCpuPercent}% CPU, load ${x.load1}`).join(" | ")}`);
  console.log(
    `stop: exit ${exit.code ?? exit.signal} in ${stopMs} ms; afterwards integrity ${integrity}, consistency ${consistency.ok ? "ok" : `${consistency.problemCount} problems`} (${checkSeconds} s)`,
  );
  for (const [k, v] of Object.entries(examples)) console.error(`  e.g. ${k}: ${v}`);

  const failed = [
    fiveXx > 0 && `${fiveXx} responses were 5xx`,
    network > 0 && `${network} requests got no HTTP answer`,
    exit.code !== 0 && `the server exited with ${exit.code ?? exit.signal}`,
    !consistency.ok && `the catalog is inconsistent afterwards`,
    integrity !== "ok" && `integrity check: ${integrity}`,
  ]
    .filter((x): x is string => typeof x === "string")
    .map((x) => `${workers} read workers: ${x}`);
  return { result, failed };
}

async function main() {
  const result: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    entities: opts.entities,
    clients: opts.clients,
    seconds: opts.seconds,
    warmupSeconds: opts.warmup,
    seed: opts.seed,
    mix,
    startedAt: new Date().toISOString(),
  };
  const s = await setup(result);
  const runs: Array<Record<string, unknown>> = [];
  const failed: string[] = [];
  for (const workers of workerCounts) {
    const run = await runWith(workers, s);
    runs.push(run.result);
    failed.push(...run.failed);
  }
  result.runs = runs;
  result.finishedAt = new Date().toISOString();
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, `${JSON.stringify(result, null, 2)}\n`);

  console.log("\nread workers   req/s   p50 ms   p99 ms   server CPU ms a request   errors");
  for (const r of runs) {
    const ov = r.overall as { requestsPerSecond: number; errors: number; latencyMs: Summary };
    const ml = r.machineLoad as { serverCpuMsPerRequest: number | null };
    console.log(
      `${String(r.readWorkers).padStart(12)} ${ov.requestsPerSecond.toFixed(1).padStart(7)} ${ov.latencyMs.p50.toFixed(1).padStart(8)} ${ov.latencyMs.p99.toFixed(1).padStart(8)} ${String(ml.serverCpuMsPerRequest).padStart(25)} ${String(ov.errors).padStart(8)}`,
    );
  }
  console.log(`results: ${opts.out}`);
  if (failed.length) {
    console.error(`FAILED: ${failed.join("; ")}`);
    process.exitCode = 1;
  }
}

/** the server child, stopped when the benchmark fails half-way */
let running: ServerProcess | null = null;

main().catch(async (e) => {
  console.error(e);
  await running?.stop(10_000);
  process.exit(1);
});
