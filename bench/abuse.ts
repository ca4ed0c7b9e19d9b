/**
 * Abusive writes against the real server process on a fresh demo catalog, one attack at a time, with
 * what each costs the server: how long it stops answering (`{ __typename }` sent every 20 ms while
 * the attack runs; the slowest answer is the freeze), the bytes it stores and answers, its peak RSS.
 *
 *   npx tsx bench/abuse.ts [--only pollution,patch,versions,scope,writer] [--out bench/results/abuse.json]
 *
 * Attacks: JSON-Patch prototype pollution; a patch copying a subtree into itself 18 times (and then
 * reading the asset and its History); 150 one-operation patches of a 3.5 MB aspect in one batch (and
 * then `entityHistory(count: 1)`); an editor patching outside the editable aspects; `orrery ingest
 * --db` beside the serving server while four clients edit.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { Command } from "commander";
import { Store } from "../server/store/store";
import { loadDemo } from "../server/main";
import { mcp, patchMcp, startAbuseEnv, type AbuseEnv } from "../test/abuse-env";

const ROOT = path.resolve(import.meta.dirname, "..");
const MB = 1024 * 1024;

interface Figures {
  attack: string;
  /** the slowest `{ __typename }` answer while the attack ran, ms */
  frozenMs: number;
  /** polls answered, and how many took over 100 ms */
  polls: number;
  slowPolls: number;
  /** growth of the database (page_count × page_size) and of its files on disk (with the WAL) */
  storedBytes: number;
  diskBytes: number;
  /** bytes of the attack's answers */
  answeredBytes: number;
  peakRssBytes: number;
  outcome: Record<string, unknown>;
}

/** Sends `{ __typename }` every 20 ms until stopped; reports the slowest answer. */
function poller(url: string) {
  const latencies: number[] = [];
  let pending = 0;
  const timer = setInterval(() => {
    const t0 = performance.now();
    pending++;
    fetch(`${url}/api/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' })
      .then((r) => r.arrayBuffer())
      .catch(() => undefined)
      .finally(() => {
        pending--;
        latencies.push(performance.now() - t0);
      });
  }, 20);
  return {
    async stop() {
      clearInterval(timer);
      while (pending > 0) await new Promise((r) => setTimeout(r, 10));
      return { max: Math.max(0, ...latencies), polls: latencies.length, slow: latencies.filter((l) => l > 100).length };
    },
  };
}

async function measure(env: AbuseEnv, attack: string, run: () => Promise<{ answeredBytes: number; outcome: Record<string, unknown> }>): Promise<Figures> {
  const stored0 = env.storedBytes();
  const disk0 = env.diskBytes();
  const poll = poller(env.url);
  await new Promise((r) => setTimeout(r, 200));
  let result: { answeredBytes: number; outcome: Record<string, unknown> };
  try {
    result = await run();
  } catch (e) {
    result = { answeredBytes: 0, outcome: { error: String((e as Error).message ?? e) } };
  }
  await new Promise((r) => setTimeout(r, 200));
  const p = await poll.stop();
  const f: Figures = {
    attack,
    frozenMs: Math.round(p.max),
    polls: p.polls,
    slowPolls: p.slow,
    storedBytes: env.storedBytes() - stored0,
    diskBytes: env.diskBytes() - disk0,
    answeredBytes: result.answeredBytes,
    peakRssBytes: env.peakRss(),
    outcome: result.outcome,
  };
  const mb = (n: number) => (Math.abs(n) < MB ? `${(n / 1024).toFixed(1)} kB` : `${(n / MB).toFixed(1)} MB`);
  process.stdout.write(
    `${attack}: frozen ${f.frozenMs} ms (${f.slowPolls}/${f.polls} polls > 100 ms), stored +${mb(f.storedBytes)} (disk +${mb(f.diskBytes)}), answered ${mb(f.answeredBytes)}, peak RSS ${mb(f.peakRssBytes)}; ${JSON.stringify(f.outcome).slice(0, 400)}\n`,
  );
  return f;
}

const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const r = await fn();
  return [r, Math.round(performance.now() - t0)];
};

const DEMO_MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)";
const HISTORY = `query($u: String!, $c: Int!) { entityHistory(urn: $u, count: $c) { version total changes { version aspects { aspect fields { field change before after } } } } }`;

async function main() {
  const program = new Command()
    .option("--only <list>", "attacks to run", "pollution,patch,versions,scope,writer")
    .option("--out <file>", "where to write the figures", path.join(ROOT, "bench", "results", "abuse.json"))
    .option("--editors <n>", "editing clients beside the second writer", "4")
    .parse();
  const opts = program.opts<{ only: string; out: string; editors: string }>();
  const only = new Set(opts.only.split(","));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-abuse-bench-"));
  const demo = path.join(work, "demo.db");
  process.stdout.write("building the demo catalog …\n");
  const s = Store.open(demo);
  loadDemo(s);
  s.close();
  const fresh = async (name: string, env?: Record<string, string>) => {
    const db = path.join(work, `${name}.db`);
    fs.copyFileSync(demo, db);
    return startAbuseEnv([], { db, env });
  };
  const results: Figures[] = [];
  try {
    if (only.has("pollution")) {
      const env = await fresh("pollution");
      results.push(
        await measure(env, "pollution: PATCH /__proto__/authorization/x", async () => {
          const a = await env.post(
            "/aspects?action=ingestProposal",
            { proposal: patchMcp(DEMO_MODEL, "mlModelProperties", [{ op: "add", path: "/__proto__/authorization/x", value: 1 }]) },
            env.tokens.ingest,
          );
          const read = await env.gql(`{ __typename }`);
          const write = await env.post(
            "/aspects?action=ingestProposal",
            { proposal: mcp("urn:li:mlModel:(urn:li:dataPlatform:mlflow,probe,PROD)", "mlModelProperties", { name: "probe" }) },
            env.tokens.ingest2,
          );
          const edit = await env.gql(
            `mutation($i: TagAssociationInput!) { addTag(input: $i) }`,
            { i: { resourceUrn: DEMO_MODEL, tagUrn: "urn:li:tag:probe" } },
            env.tokens.editor2,
          );
          return {
            answeredBytes: a.bytes,
            outcome: { attack: a.status, message: a.body?.message, laterAnonymousRead: read.status, laterRestWrite: write.status, laterEdit: edit.status },
          };
        }),
      );
      await env.stop();
    }
    if (only.has("patch")) {
      const env = await fresh("patch");
      const urn = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,amplified,PROD)";
      await env.post(
        "/aspects?action=ingestProposal",
        { proposal: mcp(urn, "mlModelProperties", { name: "amp", blob: { s: "x".repeat(1024) } }) },
        env.tokens.ingest,
      );
      const ops = Array.from({ length: 18 }, (_, i) => ({ op: "copy", from: "/blob", path: `/blob/c${i}` }));
      results.push(
        await measure(env, "patch amplification: 18 self-copies in one 2 kB PATCH", async () => {
          const [a, ms] = await timed(() =>
            env.post("/aspects?action=ingestProposal", { proposal: patchMcp(urn, "mlModelProperties", ops) }, env.tokens.ingest),
          );
          return { answeredBytes: a.bytes, outcome: { status: a.status, ms, message: a.body?.message } };
        }),
      );
      results.push(
        await measure(env, "patch amplification: then read the asset", async () => {
          const [r, ms] = await timed(() =>
            env.gql(`query($u: String!) { mlModel(urn: $u) { urn properties { name customProperties { key value } } } }`, { u: urn }),
          );
          return { answeredBytes: r.bytes, outcome: { status: r.status, ms } };
        }),
      );
      results.push(
        await measure(env, "patch amplification: then its History", async () => {
          const [r, ms] = await timed(() => env.gql(HISTORY, { u: urn, c: 20 }));
          return { answeredBytes: r.bytes, outcome: { status: r.status, ms, errors: r.body?.errors?.map?.((e: any) => e.message) } };
        }),
      );
      await env.stop();
    }
    if (only.has("versions")) {
      const env = await fresh("versions");
      const urn = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,big_versions,PROD)";
      await env.post(
        "/aspects?action=ingestProposal",
        { proposal: mcp(urn, "mlModelProperties", { name: "big", blob: "y".repeat(3.5 * MB), customProperties: {} }) },
        env.tokens.ingest,
      );
      const proposals = Array.from({ length: 150 }, (_, i) =>
        patchMcp(urn, "mlModelProperties", [{ op: "add", path: `/customProperties/k${i}`, value: String(i) }]),
      );
      results.push(
        await measure(
          env,
          `version amplification: 150 one-op PATCHes of a 3.5 MB aspect (${(JSON.stringify({ proposals }).length / 1024).toFixed(0)} kB)`,
          async () => {
            const [a, ms] = await timed(() => env.post("/aspects?action=ingestProposalBatch", { proposals }, env.tokens.ingest));
            return {
              answeredBytes: a.bytes,
              outcome: {
                status: a.status,
                ms,
                accepted: a.body?.value?.accepted,
                rejected: a.body?.value?.rejected,
                firstError: a.body?.value?.results?.find?.((x: any) => !x.ok)?.error,
              },
            };
          },
        ),
      );
      results.push(
        await measure(env, "version amplification: then entityHistory(count: 1)", async () => {
          const [r, ms] = await timed(() => env.gql(HISTORY, { u: urn, c: 1 }));
          return {
            answeredBytes: r.bytes,
            outcome: { status: r.status, ms, total: r.body?.data?.entityHistory?.total, errors: r.body?.errors?.map?.((e: any) => e.message) },
          };
        }),
      );
      await env.stop();
    }
    if (only.has("scope")) {
      const env = await fresh("scope");
      results.push(
        await measure(env, "patchEntity scope: an editor soft-deletes, renames, re-points externalUrl", async () => {
          const P = `mutation($i: PatchEntityInput!) { patchEntity(input: $i) { success error } }`;
          const out: Record<string, unknown> = {};
          let bytes = 0;
          for (const [what, aspectName, op] of [
            ["name", "mlModelProperties", { op: "ADD", path: "/name", value: '"pwned"' }],
            ["externalUrl", "mlModelProperties", { op: "ADD", path: "/externalUrl", value: '"javascript:alert(1)"' }],
            ["status", "status", { op: "ADD", path: "/removed", value: "true" }],
          ] as const) {
            const r = await env.gql(P, { i: { urn: DEMO_MODEL, aspectName, patch: [op] } }, env.tokens.editor);
            bytes += r.bytes;
            out[what] = r.body?.data?.patchEntity?.success ? "written" : (r.body?.errors?.[0]?.extensions?.code ?? r.body?.data?.patchEntity?.error);
          }
          return { answeredBytes: bytes, outcome: out };
        }),
      );
      await env.stop();
    }
    if (only.has("writer")) {
      const env = await fresh("writer");
      const file = path.join(work, "bulk.json");
      const proposals: unknown[] = [];
      for (let i = 0; i < 10_000; i++) {
        const urn = `urn:li:dataset:(urn:li:dataPlatform:bulk,t_${i},PROD)`;
        proposals.push(
          mcp(urn, "datasetProperties", { name: `t ${i}`, description: `bulk ${i} `.repeat(20) }),
          mcp(urn, "globalTags", { tags: [{ tag: `urn:li:tag:b${i % 50}` }] }),
        );
      }
      fs.writeFileSync(file, JSON.stringify(proposals));
      results.push(
        await measure(env, `second writer: orrery ingest --db (20,000 proposals) beside ${opts.editors} editing clients`, async () => {
          const cli = spawn(process.execPath, ["bin/orrery.js", "ingest", file, "--db", env.db, "--quiet"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
          let out = "";
          cli.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
          cli.stderr.setEncoding("utf8").on("data", (d: string) => (out += d));
          let done = false;
          const exited = new Promise<number | null>((r) => cli.once("exit", (c) => ((done = true), r(c))));
          let edits = 0;
          let failed = 0;
          let slowest = 0;
          const client = async (c: number) => {
            for (let k = 0; !done; k++) {
              const t0 = performance.now();
              const r = await env.gql(
                `mutation($i: DescriptionUpdateInput!) { updateDescription(input: $i) }`,
                { i: { resourceUrn: DEMO_MODEL, description: `edit ${c}.${k}` } },
                env.tokens.editor,
              );
              slowest = Math.max(slowest, performance.now() - t0);
              edits++;
              if (r.status !== 200 || r.body.errors) failed++;
            }
          };
          const [code] = await Promise.all([exited, ...Array.from({ length: Number(opts.editors) }, (_, c) => client(c))]);
          return {
            answeredBytes: 0,
            outcome: { cliExit: code, cli: out.trim().split("\n").slice(-2).join(" | "), edits, failedEdits: failed, slowestEditMs: Math.round(slowest) },
          };
        }),
      );
      await env.stop();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, JSON.stringify({ measuredAt: new Date().toISOString(), loadAverage: os.loadavg(), results }, null, 2) + "\n");
}

await main();
