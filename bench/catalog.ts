/**
 * Builds a benchmark catalog through the ingestion path: the synthetic catalog from server/demo/generate/ plus
 * a few lineage hubs, in 5,000-proposal transactions, with a progress bar.
 */
import fs from "node:fs";
import cliProgress from "cli-progress";
import { Store } from "../server/store/store";
import { ingestProposals } from "../server/ingest/proposals";
import { generateCatalog } from "../server/demo/generate";

export const HUB_COUNT = 10;

/**
 * Lineage hubs: a dataset read by 100 runs; each run trains 3 models (grouped into 20 groups) and
 * writes 5 datasets; each of those feeds one derived dataset. Three hops downstream of the hub reach
 * ~1,000 nodes — the size the 3-hop budget is about. The generated catalog alone has smaller fan-outs.
 */
export function* lineageHubs(count: number) {
  const j = (entityUrn: string, aspectName: string, json: Record<string, unknown>) => ({ entityUrn, changeType: "UPSERT", aspectName, aspect: { json } });
  const ds = (h: number, name: string) => `urn:li:dataset:(urn:li:dataPlatform:snowflake,hub${h}_${name},PROD)`;
  for (let h = 0; h < count; h++) {
    const hub = ds(h, "source");
    yield j(hub, "datasetProperties", { name: `hub ${h} source` });
    for (let g = 0; g < 20; g++)
      yield j(`urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,hub${h}_group_${g},PROD)`, "mlModelGroupProperties", { name: `hub ${h} group ${g}` });
    for (let r = 0; r < 100; r++) {
      const run = `urn:li:dataProcessInstance:hub${h}_run_${r}`;
      const outputs = Array.from({ length: 5 }, (_, o) => ds(h, `out_${r}_${o}`));
      yield j(run, "dataProcessInstanceProperties", { name: `hub ${h} run ${r}`, created: { time: 1_700_000_000_000, actor: "urn:li:corpuser:bench" } });
      yield j(run, "dataProcessInstanceInput", { inputs: [hub] });
      yield j(run, "dataProcessInstanceOutput", { outputs });
      for (const [o, out] of outputs.entries()) {
        yield j(out, "datasetProperties", { name: `hub ${h} output ${r}.${o}` });
        yield j(ds(h, `derived_${r}_${o}`), "upstreamLineage", { upstreams: [{ dataset: out, type: "TRANSFORMED" }] });
      }
      for (let m = 0; m < 3; m++)
        yield j(`urn:li:mlModel:(urn:li:dataPlatform:mlflow,hub${h}_model_${r}_${m},PROD)`, "mlModelProperties", {
          name: `hub ${h} model ${r}.${m}`,
          trainingJobs: [run],
          groups: [`urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,hub${h}_group_${(r * 3 + m) % 20},PROD)`],
        });
    }
  }
}

function* chain<T>(...gens: Iterable<T>[]): Generator<T> {
  for (const g of gens) yield* g;
}

export interface IngestStats extends IngestFigures {
  dbBytes: number;
  budget: string;
}

export interface IngestFigures {
  proposals: number;
  accepted: number;
  rejected: number;
  seconds: number;
  aspectsPerSecond: number;
  /**
   * CPU time (user + system) of the process while it ingested (inside ingestProposals: generating the
   * proposals is left out), and aspects per CPU-second: on a shared machine a steadier figure than the
   * wall clock's.
   */
  cpuSeconds: number;
  aspectsPerCpuSecond: number;
  /** of cpuSeconds, the system's (reading and writing the file) */
  systemCpuSeconds: number;
}

/**
 * A fresh catalog at `dbPath` from `proposals`, ingested through the real ingestion path in batches
 * of 5,000 (with a progress bar on stderr unless `progress` is false).
 */
export function ingestInto(dbPath: string, proposals: Iterable<unknown>, opts: { progress?: boolean } = {}): IngestFigures {
  fs.rmSync(dbPath, { force: true });
  fs.rmSync(`${dbPath}-wal`, { force: true });
  fs.rmSync(`${dbPath}-shm`, { force: true });
  const store = Store.open(dbPath);
  const bar =
    opts.progress === false
      ? null
      : new cliProgress.SingleBar(
          { format: " ingest {bar} {value} proposals | {rate}/s", stream: process.stderr, noTTYOutput: true, notTTYSchedule: 10_000 },
          cliProgress.Presets.shades_classic,
        );
  bar?.start(0, 0, { rate: 0 });
  let batch: unknown[] = [];
  let accepted = 0;
  let rejected = 0;
  let cpu = 0;
  let systemCpu = 0;
  const t0 = performance.now();
  const flush = () => {
    const c0 = process.cpuUsage();
    const r = ingestProposals(store, batch, "urn:li:corpuser:bench");
    const c = process.cpuUsage(c0);
    cpu += c.user + c.system;
    systemCpu += c.system;
    accepted += r.accepted;
    if (r.rejected && rejected === 0) console.error("first rejection:", r.results.find((x) => !x.ok)?.error);
    rejected += r.rejected;
    batch = [];
    const secs = (performance.now() - t0) / 1000;
    bar?.setTotal(accepted + rejected);
    bar?.update(accepted + rejected, { rate: Math.round((accepted + rejected) / secs) });
  };
  for (const p of proposals) {
    batch.push(p);
    if (batch.length >= 5000) flush();
  }
  if (batch.length) flush();
  const secs = (performance.now() - t0) / 1000;
  bar?.stop();
  store.db.pragma("optimize");
  store.close();
  return {
    proposals: accepted + rejected,
    accepted,
    rejected,
    seconds: Number(secs.toFixed(1)),
    aspectsPerSecond: Math.round(accepted / secs),
    cpuSeconds: Number((cpu / 1e6).toFixed(1)),
    aspectsPerCpuSecond: Math.round(accepted / (cpu / 1e6)),
    systemCpuSeconds: Number((systemCpu / 1e6).toFixed(1)),
  };
}

export async function buildCatalog(dbPath: string, entities: number, seed = 7): Promise<IngestStats> {
  const r = ingestInto(dbPath, chain(generateCatalog({ entities, seed }), lineageHubs(HUB_COUNT)));
  return {
    ...r,
    dbBytes: fs.statSync(dbPath).size,
    budget: ">= 25000 aspects/s at 1M entities",
  };
}
