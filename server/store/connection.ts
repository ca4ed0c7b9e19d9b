import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { isBusy } from "./limits";
import { registerCatalogFunctions } from "./aspect-values";
import type { StatementCounter } from "./types";

/** A row as SQLite returns it, before it is given a type. */
export type Row = Record<string, unknown>;

/** The statement helpers, all a migration or a plain read needs of the connection. */
export interface Sql {
  all<T = Row>(sql: string, ...params: unknown[]): T[];
  get<T = Row>(sql: string, ...params: unknown[]): T | undefined;
  run(sql: string, ...params: unknown[]): Database.RunResult;
}

/** How long SQLite itself waits for the write lock at a time in whenWritable, between the caller's awaits. */
const BUSY_SLICE_MS = 0;

/** Counts the SQL statements run (tests use it to prove that reads are batched). */
export class StatementTally implements StatementCounter {
  count = 0;
  reset(): void {
    this.count = 0;
  }
}

export interface ConnectionOptions {
  /** open read-only (no writes; the caller runs no migrations) */
  readonly: boolean;
  /** how long a write waits for another connection's write lock */
  busyTimeoutMs: number;
  /** the clock (tests pass their own) */
  now: () => number;
  /**
   * hold the catalog alone until closed (`orrery compact`): refused when another connection has it
   * open, and no other can open it meanwhile (rollback journal, exclusive locking)
   */
  exclusive?: boolean;
}

/**
 * The writer checkpoints the WAL once it holds this many pages (~40 MB) instead of SQLite's 1,000
 * (~4 MB): fewer, larger copies during bulk ingestion. A background checkpointer (checkpointer.ts)
 * takes the copies off the writer's thread.
 */
export const WAL_AUTOCHECKPOINT_PAGES = 10_000;

/**
 * Bytes of the catalog file a connection reads through a memory map: the most SQLite allows here
 * (its build caps the size at 2 GB), so a catalog of up to ~500,000 entities is mapped whole. A
 * reader's page cache is emptied whenever another connection commits (SQLite's WAL mode), which the
 * server's writes do many times a second: a page of the map costs a pointer after that, a page out
 * of it a system call and a copy. Pages newer than the last checkpoint are read from the WAL either way.
 */
export const MMAP_BYTES = 2 ** 31 - 2 ** 16;

/** Another connection (a running server, an ingest) has the catalog open, and this one asked to hold it alone. */
export class CatalogInUseError extends Error {}

/**
 * The catalog's SQLite connection: its settings, the statements every read and write runs through
 * (prepared once, counted), and write transactions. A transaction is one moment (its time) and
 * begins IMMEDIATE; the write path hangs its bookkeeping on it (beforeCommit, afterTransaction).
 */
export class Connection implements Sql {
  readonly db: Database.Database;
  readonly path: string;
  /** how long a write waits for another connection's write lock */
  readonly busyTimeoutMs: number;
  readonly now: () => number;
  readonly counter = new StatementTally();
  /** bumped on every committed write; lets callers cache derived reads */
  generation = 0;
  private readonly stmts = new Map<string, Database.Statement>();
  /** `PRAGMA data_version`, prepared once (changeStamp) */
  private dataVersion: Database.Statement | null = null;
  /** the time of the running transaction (see transaction()) */
  private txTime: number | undefined;
  private lastTxTime = 0;
  private readonly commitHooks: Array<(at: number) => void> = [];
  private readonly endHooks: Array<() => void> = [];
  private readonly closeListeners: Array<() => void> = [];

  private constructor(db: Database.Database, file: string, opts: ConnectionOptions) {
    this.db = db;
    this.path = file;
    this.busyTimeoutMs = opts.busyTimeoutMs;
    this.now = opts.now;
  }

  static open(file: string, opts: ConnectionOptions): Connection {
    if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // Another process (`orrery ingest --db` beside a server) may hold the write lock: wait for it.
    const db = new Database(file, { readonly: opts.readonly, timeout: opts.exclusive ? 0 : opts.busyTimeoutMs });
    if (opts.exclusive) {
      // A WAL database leaves WAL mode only when no other connection has it open: asking is the test.
      try {
        db.pragma("journal_mode = DELETE");
        db.pragma("locking_mode = EXCLUSIVE");
        db.exec("BEGIN EXCLUSIVE; COMMIT");
      } catch (e) {
        db.close();
        const code = (e as { code?: string }).code ?? "";
        if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) throw new CatalogInUseError(`${file} is open in another process`);
        throw e;
      }
      db.pragma(`busy_timeout = ${opts.busyTimeoutMs}`);
      db.pragma("synchronous = NORMAL");
      db.pragma("foreign_keys = ON");
    } else if (!opts.readonly) {
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
      db.pragma("foreign_keys = ON");
    }
    db.pragma("cache_size = -65536");
    registerCatalogFunctions(db);
    db.pragma("temp_store = MEMORY");
    db.pragma(`mmap_size = ${MMAP_BYTES}`);
    return new Connection(db, file, opts);
  }

  /** Calls `listener` when the connection closes, before it does (read workers close with it). */
  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  close(): void {
    for (const listener of this.closeListeners.splice(0)) listener();
    if (this.db.open) {
      if (!this.db.readonly) {
        try {
          this.db.pragma("wal_checkpoint(TRUNCATE)");
        } catch {
          /* another connection may hold the WAL; closing is still safe */
        }
      }
      this.db.close();
    }
  }

  /**
   * Changes whenever the catalog may have changed: a write through this connection (`generation`) or
   * a commit by another connection (SQLite's data_version: a read worker's connection sees the main
   * thread's writes, the server's sees a CLI ingesting beside it), so derived reads (facet counts,
   * an experiment's runs) can be cached across requests.
   */
  changeStamp(): string {
    // Prepared once: better-sqlite3's pragma() compiles its statement on every call.
    this.dataVersion ??= this.db.prepare("PRAGMA data_version").pluck();
    return `${this.generation}:${this.dataVersion.get() as number}`;
  }

  get schemaVersion(): number {
    return this.db.pragma("user_version", { simple: true }) as number;
  }

  // ---- statement helpers (all SQL goes through these so it can be counted) ----

  private stmt(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  all<T = Row>(sql: string, ...params: unknown[]): T[] {
    this.counter.count++;
    return this.stmt(sql).all(...params) as T[];
  }

  get<T = Row>(sql: string, ...params: unknown[]): T | undefined {
    this.counter.count++;
    return this.stmt(sql).get(...params) as T | undefined;
  }

  /** The first column of every row (no row objects made: cheap for long lists of ids). */
  pluck<T = unknown>(sql: string, ...params: unknown[]): T[] {
    this.counter.count++;
    const s = this.stmt(sql).pluck(true);
    try {
      return s.all(...params) as T[];
    } finally {
      s.pluck(false); // the statement is shared with all() and get()
    }
  }

  /** Each row as an array of its columns, one at a time. */
  iterateRaw(sql: string, ...params: unknown[]): IterableIterator<unknown[]> {
    this.counter.count++;
    return this.db
      .prepare(sql)
      .raw(true)
      .iterate(...params) as IterableIterator<unknown[]>;
  }

  run(sql: string, ...params: unknown[]): Database.RunResult {
    this.counter.count++;
    return this.stmt(sql).run(...params);
  }

  // ---- transactions ----

  /** The time of the running transaction; undefined outside one. */
  get transactionTime(): number | undefined {
    return this.txTime;
  }

  /** Calls `hook` with the transaction's time at the end of every write transaction, before it commits. */
  beforeCommit(hook: (at: number) => void): void {
    this.commitHooks.push(hook);
  }

  /** Calls `hook` when a write transaction has ended, committed or rolled back. */
  afterTransaction(hook: () => void): void {
    this.endHooks.push(hook);
  }

  /** Runs `fn` in a write transaction, or in the caller's when one is running. */
  transaction<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    // One transaction is one moment: History groups a write's aspects by their time. Each is at least
    // a millisecond after the one before, so two quick writes by one actor stay two changes.
    this.txTime = Math.max(this.now(), this.lastTxTime + 1);
    this.lastTxTime = this.txTime;
    const at = this.txTime;
    try {
      // IMMEDIATE: take the write lock when the transaction begins, waiting (busy_timeout) for another
      // process's write to end. A deferred transaction that reads first and then writes cannot wait:
      // SQLite fails it with SQLITE_BUSY when another connection wrote in between.
      const result = this.db
        .transaction(() => {
          const r = fn();
          for (const hook of this.commitHooks) hook(at);
          return r;
        })
        .immediate();
      this.generation++;
      return result;
    } finally {
      this.txTime = undefined;
      for (const hook of this.endHooks) hook();
    }
  }

  /**
   * Runs `fn`, a write in one transaction, waiting for the catalog's write lock without blocking the
   * event loop: SQLite's own wait (busy_timeout) sleeps the whole thread, so a server that waited
   * there for another process's write (an `orrery ingest --db` chunk) would answer nobody meanwhile.
   * Here SQLite does not wait; the caller awaits a few milliseconds between tries, up to the busy
   * timeout, then the SQLITE_BUSY error is thrown (the HTTP layer answers 503). `fn` must write in
   * one transaction (or one statement), which takes the lock when it begins (IMMEDIATE): a try that
   * finds the lock taken has done nothing, so trying again is safe.
   */
  async whenWritable<T>(fn: () => T): Promise<T> {
    if (this.db.inTransaction) return fn();
    const deadline = performance.now() + this.busyTimeoutMs;
    for (;;) {
      const left = deadline - performance.now();
      this.db.pragma(`busy_timeout = ${Math.max(0, Math.min(BUSY_SLICE_MS, Math.floor(left)))}`);
      try {
        return fn();
      } catch (e) {
        if (!isBusy(e) || performance.now() >= deadline) throw e;
      } finally {
        this.db.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 15));
    }
  }
}
