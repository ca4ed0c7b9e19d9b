/**
 * Bulk ingestion in two threads. A preparing thread reads the proposals from their source and does
 * everything that needs no catalog: reading each proposal, checking its urn and value, validating
 * the aspect, serialising and compressing it (detach() in ./proposals.ts). Meanwhile this thread,
 * the writer, writes the chunk before, one transaction a chunk (ingestDetached()). What needs the
 * catalog (PATCH, the CREATEs, DELETE, people's curations) is prepared by the writer, as
 * ingestProposals() would; each proposal gets the result ingestProposals() would give it.
 */
import { Worker } from "node:worker_threads";
import { ingestDetached, type Detached, type IngestReport } from "./proposals";
import type { Store } from "../store/store";
import type { Checkpointer } from "../store/checkpointer";

/**
 * Where the proposals come from: a module the preparing thread imports and a function it exports,
 * called with `args` (values a thread can be sent). It returns (or resolves to) SourceSections.
 */
export interface PipelineSource {
  /** the module's URL (file: URLs; TypeScript modules load as the CLI's do) */
  module: string;
  export: string;
  args?: unknown[];
}

/** What a source gives: sections of proposals (a file each, say), and how many there are, when it knows. */
export interface SourceSections {
  total?: number;
  sections: Iterable<SourceSection> | AsyncIterable<SourceSection>;
}

export interface SourceSection {
  /** named in results (a file's path, say) */
  label: string;
  /** the raw proposals, MCPs or MCEs; an MCE counts as one proposal per aspect */
  items: Iterable<unknown>;
}

/** The messages of the preparing thread. */
export type PrepareMessage =
  | { type: "start"; total?: number }
  | { type: "chunk"; label: string; offset: number; items: Detached[] }
  | { type: "done" }
  | { type: "error"; error: { name: string; message: string; stack?: string } };

/** What the source, or preparing its proposals, failed with (a file it could not read, say). */
export class SourceError extends Error {}

/** One chunk written: its section, the index of its first proposal in the section, and what became of each. */
export interface ChunkWritten {
  label: string;
  offset: number;
  report: IngestReport;
  /** how long its transaction held the write lock */
  heldMs: number;
}

/** Proposals in one chunk (one transaction) unless the caller says otherwise (`orrery ingest --db` writes 1,000; the benchmarks take this). */
export const PIPELINE_CHUNK = 5000;
/** Chunks prepared ahead of the writer: enough for it never to wait while the other thread works, few enough to bound memory. */
const PIPELINE_AHEAD = 2;

const WORKER_ENTRY = new URL("./prepare-worker.mjs", import.meta.url);

/**
 * Ingests everything `source` gives into the catalog, a chunk (of `chunk` proposals) a transaction, with
 * `onStart` told the total when the source knows it and `afterChunk` awaited after each chunk's
 * commit. A source that fails (a file it cannot read, say) rejects the promise with its error; the
 * chunks written before stay written.
 */
export async function ingestPipelined(
  /** the catalog, or how to open it once the source has started (a source that fails first opens nothing) */
  target: Store | (() => Store),
  source: PipelineSource,
  opts: {
    actor: string;
    chunk?: number;
    onStart?: (total: number | undefined) => void;
    afterChunk?: (written: ChunkWritten) => void | Promise<void>;
  },
): Promise<void> {
  const catalog: { store: Store | null; checkpointer: Checkpointer | null } = { store: null, checkpointer: null };
  const opened = (): Store => {
    if (catalog.store) return catalog.store;
    const store = (catalog.store = typeof target === "function" ? target() : target);
    // The WAL is copied into the file on a third thread, not in this one's commits.
    catalog.checkpointer = store.checkpointInBackground();
    return store;
  };
  const worker = new Worker(WORKER_ENTRY, { workerData: { source, chunk: opts.chunk ?? PIPELINE_CHUNK, ahead: PIPELINE_AHEAD } });
  const queue: PrepareMessage[] = [];
  let failed: Error | null = null;
  let notify: (() => void) | null = null;
  const wakeUp = () => {
    notify?.();
    notify = null;
  };
  worker.on("message", (m: PrepareMessage) => {
    queue.push(m);
    wakeUp();
  });
  worker.on("error", (e) => {
    failed ??= e;
    wakeUp();
  });
  worker.on("exit", (code) => {
    failed ??= new Error(`the preparing thread stopped (exit code ${code}) before its source was read to the end`);
    wakeUp();
  });
  const next = async (): Promise<PrepareMessage> => {
    for (;;) {
      const m = queue.shift();
      if (m) return m;
      if (failed) throw failed;
      await new Promise<void>((resolve) => (notify = resolve));
    }
  };
  try {
    for (;;) {
      const m = await next();
      if (m.type === "done") return;
      if (m.type === "error") {
        const error = new SourceError(m.error.message);
        if (m.error.stack) error.stack = m.error.stack;
        throw error;
      }
      if (m.type === "start") {
        opened();
        opts.onStart?.(m.total);
        continue;
      }
      const began = performance.now();
      const report = ingestDetached(opened(), m.items, opts.actor);
      const heldMs = performance.now() - began;
      worker.postMessage("taken");
      await opts.afterChunk?.({ label: m.label, offset: m.offset, report, heldMs });
    }
  } finally {
    worker.removeAllListeners("exit");
    await worker.terminate();
    catalog.checkpointer?.stop();
  }
}
