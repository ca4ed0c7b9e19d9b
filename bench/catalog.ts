/**
 * Builds a benchmark catalog through the ingestion path: the synthetic catalog from server/demo/generate/ plus
 * a few lineage hubs (catalog-source.ts), in 5,000-proposal transactions, with a progress bar.
 */
import fs from "node:fs";
import cliProgress from "cli-progress";
import { Store } from "../server/store/store";
import { ingestProposals } from "../server/ingest/proposals";
import { ingestPipelined, type PipelineSource } from "../server/ingest/pipeline";
import { benchCatalogSource } from "./catalog-source";
export { HUB_COUNT, lineageHubs } from "./catalog-source";

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
  const store = freshStore(dbPath);
  const bar = ingestBar(opts.progress);
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
  bar?.stop();
  return finished(store, { accepted, rejected, seconds: (performance.now() - t0) / 1000, cpuMicros: cpu, systemMicros: systemCpu });
}

/** The bar ingestInto() and ingestSourceInto() draw on stderr, or null. */
function ingestBar(progress: boolean | undefined): cliProgress.SingleBar | null {
  if (progress === false) return null;
  const bar = new cliProgress.SingleBar(
    { format: " ingest {bar} {value} proposals | {rate}/s", stream: process.stderr, noTTYOutput: true, notTTYSchedule: 10_000 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { rate: 0 });
  return bar;
}

/** Closes a catalog just built (after `PRAGMA optimize`) and gives its ingestion figures. */
function finished(store: Store, r: { accepted: number; rejected: number; seconds: number; cpuMicros: number; systemMicros: number }): IngestFigures {
  store.db.pragma("optimize");
  store.close();
  return {
    proposals: r.accepted + r.rejected,
    accepted: r.accepted,
    rejected: r.rejected,
    seconds: Number(r.seconds.toFixed(1)),
    aspectsPerSecond: Math.round(r.accepted / r.seconds),
    cpuSeconds: Number((r.cpuMicros / 1e6).toFixed(1)),
    aspectsPerCpuSecond: Math.round(r.accepted / (r.cpuMicros / 1e6)),
    systemCpuSeconds: Number((r.systemMicros / 1e6).toFixed(1)),
  };
}

/** A fresh, empty catalog file at `dbPath` (any earlier one and its WAL removed). */
function freshStore(dbPath: string): Store {
  for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) fs.rmSync(f, { force: true });
  return Store.open(dbPath);
}

/**
 * A fresh catalog at `dbPath` from `source`, through the ingestion pipeline `orrery ingest` uses
 * (server/ingest/pipeline.ts): the proposals are generated and prepared on a second thread while this
 * one writes, in transactions of 5,000. The CPU figures are the whole process's (both threads),
 * generation included.
 */
export async function ingestSourceInto(dbPath: string, source: PipelineSource, opts: { progress?: boolean } = {}): Promise<IngestFigures> {
  const store = freshStore(dbPath);
  const bar = ingestBar(opts.progress);
  let accepted = 0;
  let rejected = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    await ingestPipelined(store, source, {
      actor: "urn:li:corpuser:bench",
      afterChunk: ({ report }) => {
        accepted += report.accepted;
        if (report.rejected && rejected === 0) console.error("first rejection:", report.results.find((x) => !x.ok)?.error);
        rejected += report.rejected;
        bar?.setTotal(accepted + rejected);
        bar?.update(accepted + rejected, { rate: Math.round((accepted + rejected) / ((performance.now() - t0) / 1000)) });
      },
    });
  } finally {
    bar?.stop();
  }
  const cpu = process.cpuUsage(c0);
  return finished(store, { accepted, rejected, seconds: (performance.now() - t0) / 1000, cpuMicros: cpu.user + cpu.system, systemMicros: cpu.system });
}

export async function buildCatalog(dbPath: string, entities: number, seed = 7): Promise<IngestStats> {
  const r = await ingestSourceInto(dbPath, benchCatalogSource(entities, seed));
  return {
    ...r,
    dbBytes: fs.statSync(dbPath).size,
    budget: ">= 25000 aspects/s at 1M entities",
  };
}
