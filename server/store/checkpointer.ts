/**
 * Checkpoints a catalog's WAL on another thread. SQLite copies the WAL into the database file in the
 * commit that crosses wal_autocheckpoint, on the writer's thread: during bulk ingestion, a share of
 * the writer's time (the ingestion pipeline starts one; a server under the load benchmark's mix of
 * reads and writes showed no difference with one, and does not). While a Checkpointer runs, a
 * worker thread with its own connection copies the committed pages every CHECKPOINT_INTERVAL_MS.
 * The writer's own checkpoint stays where it was (WAL_AUTOCHECKPOINT_PAGES): it then finds all but
 * the last commits copied, and it is what lets the WAL start over from its beginning (SQLite restarts
 * the WAL only when a writer begins after a complete checkpoint, which a checkpoint beside a busy
 * writer seldom is), so the WAL stays as small.
 */
import { Worker } from "node:worker_threads";
import type { Connection } from "./connection";

export const CHECKPOINTER_RUNNING = 0;
const CHECKPOINTER_STOP = 1;
export const CHECKPOINTER_STOPPED = 2;

/** What the worker is given: the catalog's file, its interval, and the shared word it is stopped through. */
export interface CheckpointerData {
  file: string;
  intervalMs: number;
  control: SharedArrayBuffer;
}

/** How often the worker copies what was committed since (at bulk-ingestion speed, ~5–10 MB a time). */
export const CHECKPOINT_INTERVAL_MS = 200;
/** How long stop() waits for a checkpoint under way to end. */
const STOP_WAIT_MS = 10_000;

const WORKER_ENTRY = new URL("./checkpoint-worker.mjs", import.meta.url);

export class Checkpointer {
  private readonly state: Int32Array;
  private stopped = false;

  private constructor(
    private readonly worker: Worker,
    control: SharedArrayBuffer,
  ) {
    this.state = new Int32Array(control);
  }

  /**
   * Starts checkpointing `conn`'s catalog in the background, or returns null for a catalog that has
   * no WAL (in memory, read-only, held alone). Stopped by stop(), or when the connection closes.
   */
  static start(conn: Connection, intervalMs = CHECKPOINT_INTERVAL_MS): Checkpointer | null {
    if (conn.path === ":memory:" || conn.db.readonly || conn.db.pragma("journal_mode", { simple: true }) !== "wal") return null;
    const control = new SharedArrayBuffer(4);
    const data: CheckpointerData = { file: conn.path, intervalMs, control };
    const worker = new Worker(WORKER_ENTRY, { workerData: data });
    worker.unref();
    const checkpointer = new Checkpointer(worker, control);
    // A worker that failed (a catalog it could not open) never answers a stop: none is waited for. The
    // writer's own checkpoints go on without it.
    worker.on("error", () => {});
    worker.on("exit", () => Atomics.store(checkpointer.state, 0, CHECKPOINTER_STOPPED));
    conn.onClose(() => checkpointer.stop());
    return checkpointer;
  }

  /** Stops the worker, waiting (up to STOP_WAIT_MS) for a checkpoint under way to end, so the writer can checkpoint alone afterwards. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (Atomics.compareExchange(this.state, 0, CHECKPOINTER_RUNNING, CHECKPOINTER_STOP) === CHECKPOINTER_RUNNING) {
      Atomics.notify(this.state, 0);
      // A worker still loading sees STOP when it reaches its loop: the wait covers its loading too.
      Atomics.wait(this.state, 0, CHECKPOINTER_STOP, STOP_WAIT_MS);
    }
    void this.worker.terminate();
  }
}
