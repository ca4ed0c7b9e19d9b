/**
 * Attack benchmark: how long one costly anonymous request (or several at once, over and over) keeps
 * the server from answering anyone else. The real server (`orrery serve`, a child process) runs on a
 * catalog built for the attack; `clients` attackers each send the attack in a closed loop for
 * `seconds`, while a probe sends `{ __typename }` every 20 ms. Reports the probe's latency (p50, p95,
 * max: how long the server was frozen), the attack's answers (status, bytes, time) and the server's
 * peak RSS.
 *
 *   npx tsx bench/attacks.ts [--attack NAME,…] [--clients N] [--seconds S] [--width N]
 *
 * Attacks:
 * - `idle`: none (the probe alone, for comparison).
 * - `amplification`: 40 aliases of `entities(urns:)` with one dataset's urn 1,000 times, each asking
 *   for the dataset's schema fields (demo catalog).
 * - `amplification-distinct`: the same over 1,000 different datasets (demo catalog).
 * - `lineage-graph`: `lineageGraph` two hops downstream of the first layer of a dense graph
 *   (bench/dense-lineage.ts: 3 layers of `width` datasets, every one derived from every one of the
 *   layer before), nodes and edges, maxNodes 5,000.
 * - `search-across-lineage`: `searchAcrossLineage` downstream of the same focus, 1,000 results with
 *   their paths.
 * - `nested-relationships`: the one-hop `lineage` of every dataset of the dense graph's first two
 *   layers, 40 aliases.
 *
 * Writes bench/results/attacks.json.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { Store } from "../server/store/store";
import { ingestProposals } from "../server/ingest/proposals";
import { loadDemo } from "../server/main";
import { spawnServer } from "../test/server-process";
import { denseLineage } from "./dense-lineage";
import { summarize } from "./stats";

const ATTACKS = ["idle", "amplification", "amplification-distinct", "lineage-graph", "search-across-lineage", "nested-relationships"] as const;
type Attack = (typeof ATTACKS)[number];

const opts = new Command()
  .option("--attack <names>", `comma-separated: ${ATTACKS.join(", ")}`, ATTACKS.join(","))
  .option("--clients <n>", "concurrent attackers", (v) => Number(v), 1)
  .option("--seconds <n>", "how long the attackers go on (each finishes its request under way)", (v) => Number(v), 10)
  .option("--width <n>", "datasets per layer of the dense lineage graph", (v) => Number(v), 600)
  .option("--out <file>", "where to write the results", "bench/results/attacks.json")
  .parse()
  .opts<{ attack: string; clients: number; seconds: number; width: number; out: string }>();

const work = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-attacks-"));

function ingest(db: string, proposals: readonly unknown[]) {
  const store = Store.open(db);
  try {
    for (let i = 0; i < proposals.length; i += 500) {
      const r = ingestProposals(store, proposals.slice(i, i + 500), "urn:li:corpuser:datahub");
      if (r.rejected) throw new Error(`rejected: ${r.results.find((x) => !x.ok)?.error}`);
    }
  } finally {
    store.close();
  }
}

let demoDb: string | null = null;
function demoCatalog(): string {
  if (demoDb) return demoDb;
  demoDb = path.join(work, "demo.db");
  const store = Store.open(demoDb);
  loadDemo(store);
  store.close();
  return demoDb;
}

let denseDb: { db: string; focus: string; layers: string[][] } | null = null;
function denseCatalog(): { db: string; focus: string; layers: string[][] } {
  if (denseDb) return denseDb;
  const g = denseLineage({ width: opts.width });
  const db = path.join(work, "dense.db");
  ingest(db, g.proposals);
  denseDb = { db, focus: g.focus, layers: g.layers };
  return denseDb;
}

function datasetUrns(db: string, n: number): string[] {
  const store = Store.open(db, { readonly: true });
  try {
    return store
      .all<{ urn: string }>(
        `SELECT e.urn FROM entities e JOIN aspects a ON a.urn = e.urn AND a.aspect = 'schemaMetadata' AND a.version = 0
        WHERE e.type = 'dataset' ORDER BY length(a.value) DESC, e.urn LIMIT ?`,
        n,
      )
      .map((r) => r.urn);
  } finally {
    store.close();
  }
}

const FIELDS = "fieldPath jsonPath label nullable description type nativeDataType recursive isPartOfKey";
const amplification = (urns: string[]) =>
  JSON.stringify({
    query: `query($u: [String!]!) { ${Array.from({ length: 40 }, (_, i) => `a${i}: entities(urns: $u) { ... on Dataset { schemaMetadata { fields { ${FIELDS} } } } }`).join(" ")} }`,
    variables: { u: urns },
  });

function prepare(attack: Attack): { db: string; body: string } {
  switch (attack) {
    case "idle":
      return { db: demoCatalog(), body: "" };
    case "amplification": {
      const db = demoCatalog();
      return { db, body: amplification(Array(1000).fill(datasetUrns(db, 1)[0])) };
    }
    case "amplification-distinct": {
      const db = demoCatalog();
      return { db, body: amplification(datasetUrns(db, 1000)) };
    }
    case "lineage-graph": {
      const { db, focus } = denseCatalog();
      return {
        db,
        body: JSON.stringify({
          query: `query($i: OrreryLineageGraphInput!) { lineageGraph(input: $i) { focus truncated maxNodes nodes { urn degree direction upstreamCount downstreamCount upstreamExplored downstreamExplored } edges { source target type } } }`,
          variables: { i: { urn: focus, upstreamHops: 0, downstreamHops: 2, maxNodes: 5000 } },
        }),
      };
    }
    case "nested-relationships": {
      const { db, layers } = denseCatalog();
      return {
        db,
        body: JSON.stringify({
          query: `query($u: [String!]!) { ${Array.from({ length: 40 }, (_, i) => `a${i}: entities(urns: $u) { urn ... on Dataset { lineage(input: { direction: DOWNSTREAM, count: 1 }) { total } } }`).join(" ")} }`,
          variables: { u: [...layers[0]!, ...layers[1]!].slice(0, 1000) },
        }),
      };
    }
    case "search-across-lineage": {
      const { db, focus } = denseCatalog();
      return {
        db,
        body: JSON.stringify({
          query: `query($u: String!) { searchAcrossLineage(input: { urn: $u, direction: DOWNSTREAM, query: "*", start: 0, count: 1000 }) { total searchResults { entity { urn } degree explored truncatedChildren paths { path { urn } } } } }`,
          variables: { u: focus },
        }),
      };
    }
  }
}

function peakRssMiB(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function post(url: string, body: string): Promise<{ status: number; bytes: number; ms: number; error?: string }> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${url}/api/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
    const buf = Buffer.from(await res.arrayBuffer());
    let error: string | undefined;
    if (buf.length < 4096) {
      try {
        error = (JSON.parse(buf.toString("utf8")) as { errors?: Array<{ message: string }> }).errors?.[0]?.message;
      } catch {
        /* not JSON */
      }
    }
    return { status: res.status, bytes: buf.length, ms: performance.now() - t0, error };
  } catch (e) {
    return { status: 0, bytes: 0, ms: performance.now() - t0, error: String(e) };
  }
}

async function run(attack: Attack) {
  const { db, body } = prepare(attack);
  const copy = path.join(work, `${attack}.db`);
  fs.copyFileSync(db, copy);
  const server = await spawnServer(copy);
  const probe = JSON.stringify({ query: "{ __typename }" });
  try {
    await post(server.url, probe); // warm up
    const until = performance.now() + opts.seconds * 1000;
    const answers: Array<Awaited<ReturnType<typeof post>>> = [];
    let attacking = true;
    const attackers = Array.from({ length: opts.clients }, async () => {
      if (!body) return new Promise((r) => setTimeout(r, until - performance.now()));
      while (performance.now() < until) answers.push(await post(server.url, body));
    });
    const probes: Array<Promise<{ ms: number; ok: boolean }>> = [];
    const prober = (async () => {
      while (attacking) {
        // A probe that fails (the server dropped it after being frozen) counts with the time it waited.
        probes.push(post(server.url, probe).then((r) => ({ ms: r.ms, ok: r.status === 200 })));
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    await Promise.all(attackers);
    attacking = false;
    await prober;
    const probed = await Promise.all(probes);
    const latencies = probed.map((p) => p.ms);
    const statuses: Record<string, number> = {};
    for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    const result = {
      attack,
      clients: opts.clients,
      requestBytes: Buffer.byteLength(body),
      attacks: answers.length,
      statuses,
      answerBytes: { max: Math.max(0, ...answers.map((a) => a.bytes)), min: answers.length ? Math.min(...answers.map((a) => a.bytes)) : 0 },
      attackMs: summarize(answers.map((a) => a.ms)),
      error: answers.find((a) => a.error)?.error ?? null,
      probeMs: summarize(latencies),
      probesFailed: probed.filter((p) => !p.ok).length,
      peakRssMiB: peakRssMiB(server.pid),
    };
    return result;
  } finally {
    await server.stop();
  }
}

const results = [];
for (const name of opts.attack
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean)) {
  if (!(ATTACKS as readonly string[]).includes(name)) throw new Error(`unknown attack ${name}; one of ${ATTACKS.join(", ")}`);
  const r = await run(name as Attack);
  results.push(r);
  console.log(
    `${r.attack} ×${r.clients}: ${r.attacks} requests ${JSON.stringify(r.statuses)}, answers ${r.answerBytes.min}–${r.answerBytes.max} bytes in ${Math.round(r.attackMs.p50)} ms (p50); ` +
      `probe p50 ${Math.round(r.probeMs.p50)} ms, p95 ${Math.round(r.probeMs.p95)} ms, max ${Math.round(r.probeMs.max)} ms (${r.probeMs.n} probes, ${r.probesFailed} failed); peak RSS ${r.peakRssMiB} MiB` +
      (r.error ? `\n  error: ${r.error.slice(0, 200)}` : ""),
  );
}
fs.mkdirSync(path.dirname(opts.out), { recursive: true });
fs.writeFileSync(opts.out, `${JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus().length, results }, null, 2)}\n`);
fs.rmSync(work, { recursive: true, force: true });
