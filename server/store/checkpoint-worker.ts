/**
 * A catalog's background checkpointer (see ./checkpointer.ts): its own connection, which copies the
 * WAL's committed pages into the database file every `intervalMs` (a PASSIVE checkpoint: it never
 * waits for the writer or readers, and copies what no reader still needs), until told to stop.
 */
import Database from "better-sqlite3";
import { workerData } from "node:worker_threads";
import { CHECKPOINTER_RUNNING, CHECKPOINTER_STOPPED, type CheckpointerData } from "./checkpointer";

const { file, intervalMs, control } = workerData as CheckpointerData;
const state = new Int32Array(control);
try {
  const db = new Database(file, { fileMustExist: true });
  try {
    while (Atomics.wait(state, 0, CHECKPOINTER_RUNNING, intervalMs) === "timed-out") {
      try {
        db.pragma("wal_checkpoint(PASSIVE)");
      } catch {
        /* the catalog is busy in a way PASSIVE does not wait for (a schema change, say): next time */
      }
    }
  } finally {
    db.close();
  }
} finally {
  Atomics.store(state, 0, CHECKPOINTER_STOPPED);
  Atomics.notify(state, 0);
}
