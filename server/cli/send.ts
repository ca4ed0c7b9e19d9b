/**
 * Sends proposals to a catalog a chunk at a time, with a progress bar and a summary: into its file
 * (`ingestLocal`, each chunk one transaction) or to a server's ingestion endpoint (`ingestRemote`).
 */
import path from "node:path";
import cliProgress from "cli-progress";
import type { Store } from "../store/store";
import { ingestProposals, type IngestReport, type ProposalResult } from "../ingest/proposals";

export interface Summary {
  accepted: number;
  /** accepted proposals whose value equalled the stored one (when the receiver says) */
  unchanged?: number;
  rejected: Array<{ file: string; result: ProposalResult }>;
}

/** How one file's proposals are grouped into chunks (default: CHUNK at a time). */
export type Chunker = (items: unknown[]) => unknown[][];

export function progressBar(quiet: boolean): cliProgress.SingleBar | null {
  if (quiet) return null;
  return new cliProgress.SingleBar(
    {
      format: " {bar} {percentage}% | {value}/{total} proposals | {file}",
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
}

const CHUNK = 1000;
/** Pause between two chunks written to a catalog file, once the chunks since the last pause have held its write lock this long (see ingestLocal). */
const LOCAL_CHUNK_PAUSE_MS = 20;
const LOCAL_WRITE_SLICE_MS = 200;

const sliceChunks: Chunker = (items) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, k) => items.slice(k * CHUNK, (k + 1) * CHUNK));

/**
 * Feeds every file's proposals, CHUNK at a time (or as `chunksOf` groups them), to `send`, with a
 * progress bar and a summary.
 */
async function ingestInChunks(
  files: Map<string, unknown[]>,
  quiet: boolean,
  send: (chunk: unknown[]) => Promise<{ accepted: number; unchanged?: number; rejected: ProposalResult[] }>,
  chunksOf: Chunker = sliceChunks,
): Promise<Summary> {
  const summary: Summary = { accepted: 0, unchanged: 0, rejected: [] };
  const total = [...files.values()].reduce((n, l) => n + l.length, 0);
  const bar = progressBar(quiet);
  bar?.start(total, 0, { file: "" });
  let done = 0;
  for (const [file, items] of files) {
    let i = 0;
    for (const chunk of chunksOf(items)) {
      const r = await send(chunk);
      summary.accepted += r.accepted;
      summary.unchanged = (summary.unchanged ?? 0) + (r.unchanged ?? 0);
      for (const bad of r.rejected) summary.rejected.push({ file, result: { ...bad, index: bad.index + i } });
      i += chunk.length;
      done += chunk.length;
      bar?.update(done, { file: path.basename(file) });
    }
  }
  bar?.stop();
  return summary;
}

export const unchangedIn = (results: ProposalResult[]) => results.filter((r) => r.ok && r.changed === false).length;

/** Thrown inside a chunk's transaction to undo it when one proposal of an all-or-nothing chunk is rejected. */
class ChunkRejected extends Error {
  constructor(readonly report: IngestReport) {
    super("chunk rejected");
  }
}

/**
 * What a writer to a catalog file awaits after each chunk: a pause now and then so another process
 * writing the catalog (a server) can take the lock, and the progress bar can draw. A pause after
 * every chunk would leave a third of the time idle at bulk-ingestion speed (a chunk takes ~40 ms),
 * so chunks follow each other for up to LOCAL_WRITE_SLICE_MS before one. `heldMs`: how long the
 * chunk held the lock.
 */
export function lockSharing(): (heldMs: number) => Promise<void> {
  /** how long the chunks since the last pause held the write lock */
  let held = 0;
  return async (heldMs) => {
    held += heldMs;
    if (held >= LOCAL_WRITE_SLICE_MS) {
      held = 0;
      await new Promise((r) => setTimeout(r, LOCAL_CHUNK_PAUSE_MS));
    } else await new Promise((r) => setImmediate(r));
  };
}

/** `allOrNothing`: a chunk with a rejected proposal writes nothing (each chunk is one transaction). */
export function ingestLocal(
  store: Store,
  files: Map<string, unknown[]>,
  actor: string,
  quiet: boolean,
  chunksOf?: Chunker,
  allOrNothing = false,
): Promise<Summary> {
  const share = lockSharing();
  return ingestInChunks(
    files,
    quiet,
    async (chunk) => {
      let report: IngestReport;
      const began = performance.now();
      try {
        report = store.transaction(() => {
          const r = ingestProposals(store, chunk, actor);
          if (allOrNothing && r.rejected) throw new ChunkRejected(r);
          return r;
        });
      } catch (e) {
        if (!(e instanceof ChunkRejected)) throw e;
        report = { ...e.report, accepted: 0 };
      }
      // Another process writing this catalog (a server) tries for the lock every few milliseconds.
      await share(performance.now() - began);
      return { accepted: report.accepted, unchanged: unchangedIn(report.results), rejected: report.results.filter((r) => !r.ok) };
    },
    chunksOf,
  );
}

/** The REST emitter's wire form: aspect.value as a JSON string. */
function toRestProposal(p: unknown): unknown {
  if (!p || typeof p !== "object") return p;
  const a = (p as { aspect?: { json?: unknown } }).aspect;
  if (a && typeof a === "object" && "json" in a) return { ...(p as object), aspect: { value: JSON.stringify(a.json), contentType: "application/json" } };
  return p;
}

export function ingestRemote(server: string, token: string | undefined, files: Map<string, unknown[]>, quiet: boolean, chunksOf?: Chunker): Promise<Summary> {
  const base = server.replace(/\/+$/, "");
  return ingestInChunks(
    files,
    quiet,
    async (chunk) => {
      const res = await fetch(`${base}/aspects?action=ingestProposalBatch`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "X-RestLi-Protocol-Version": "2.0.0",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ proposals: chunk.map(toRestProposal), async: "false" }),
      });
      const text = await res.text();
      let body: { value?: { results?: ProposalResult[] }; message?: string } = {};
      try {
        body = JSON.parse(text);
      } catch {
        /* not JSON: reported below */
      }
      const results = body.value?.results;
      if (Array.isArray(results))
        return { accepted: results.filter((r) => r.ok).length, unchanged: unchangedIn(results), rejected: results.filter((r) => !r.ok) };
      // A plain DataHub GMS answers {} for an accepted batch.
      if (res.ok) return { accepted: chunk.length, rejected: [] };
      throw new Error(`${base} answered ${res.status}: ${body.message ?? text.slice(0, 300)}`);
    },
    chunksOf,
  );
}

/** Why a server cannot take the extension aspects (an older Orrery, a DataHub), or null when it can. */
export async function missingExtensions(server: string, token: string | undefined, names: string[]): Promise<string | null> {
  const url = `${new URL(server).origin}/api/graphql`;
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: "{ orreryInfo { extensions } }" }),
    });
    const body = (await res.json()) as { data?: { orreryInfo?: { extensions?: string[] } } };
    const has = new Set(body.data?.orreryInfo?.extensions ?? []);
    const lacking = names.filter((n) => !has.has(n));
    return lacking.length ? `${server} does not offer the ${lacking.join(" and ")} extension${lacking.length > 1 ? "s" : ""} (orreryInfo at ${url})` : null;
  } catch (e) {
    return `could not ask ${url} which extensions it offers: ${(e as Error).message}`;
  }
}
