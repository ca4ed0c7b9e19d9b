/**
 * Backup and restore of a catalog file.
 *
 * A backup is SQLite's online backup of one consistent snapshot: a read transaction is held on a
 * connection of its own across all the copy steps, so a server writing the same file is neither
 * blocked (WAL readers never block writers) nor able to make the copy restart (which the backup API
 * does whenever another connection changes the source between steps). The copy is written beside
 * its destination, switched to a self-contained rollback-journal file, checked, synced and renamed
 * into place, so a failed backup never leaves a half-written file under the destination's name.
 *
 * A restore checks the backup (a SQLite file, sound, an Orrery catalog of a schema this version
 * knows), refuses to replace an existing catalog without `force` and refuses while another process
 * has the target open, then copies the backup beside the target and renames it over it (atomic).
 */
import Database from "better-sqlite3";
import { registerCatalogFunctions } from "./aspect-values";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { MIGRATIONS } from "./migrations";

/** Pages (4 KiB each) copied per backup step: small enough for a moving progress bar. */
const PAGES_PER_STEP = 1024;
const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");
/** Tables every Orrery catalog has (from migration 1 on). */
const CATALOG_TABLES = ["entities", "aspects", "edges", "timeseries", "search", "facets", "tokens"];
export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** A refusal with a message meant for the person at the command line; nothing was changed. */
export class CatalogFileError extends Error {}

export interface CatalogInfo {
  schemaVersion: number;
  entities: number;
  aspects: number;
  bytes: number;
}

export function isSqliteFile(file: string): boolean {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    return n === head.length && head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

/** Why `db` is not an Orrery catalog this version can open, or null when it is one. */
export function notACatalog(db: Database.Database, label: string): string | null {
  const version = db.pragma("user_version", { simple: true }) as number;
  const tables = new Set(db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'view')`).pluck().all() as string[]);
  const missing = CATALOG_TABLES.filter((t) => !tables.has(t));
  if (version === 0 || missing.length === CATALOG_TABLES.length)
    return `${label} is a SQLite database but not an Orrery catalog (it has no Orrery schema version and none of its tables)`;
  if (missing.length) return `${label} is not a complete Orrery catalog: tables ${missing.join(", ")} are missing`;
  if (version > LATEST_SCHEMA_VERSION)
    return `${label} was written by a newer Orrery (schema version ${version}; this one knows up to ${LATEST_SCHEMA_VERSION})`;
  return null;
}

function infoOf(db: Database.Database, file: string): CatalogInfo {
  // The aspects view unpacks values with a function of the catalog's (migration 12).
  registerCatalogFunctions(db);
  return {
    schemaVersion: db.pragma("user_version", { simple: true }) as number,
    entities: db.prepare(`SELECT count(*) FROM entities`).pluck().get() as number,
    aspects: db.prepare(`SELECT count(*) FROM aspects WHERE version = 0`).pluck().get() as number,
    bytes: fs.statSync(file).size,
  };
}

/**
 * Checks that `file` is a sound Orrery catalog: a SQLite file whose `PRAGMA integrity_check` is ok,
 * with the catalog's tables and a schema version from 1 to the latest this version knows.
 */
export function inspectCatalog(file: string, label = file): CatalogInfo {
  if (!fs.existsSync(file)) throw new CatalogFileError(`${label} does not exist`);
  if (!fs.statSync(file).isFile()) throw new CatalogFileError(`${label} is not a file`);
  if (!isSqliteFile(file)) throw new CatalogFileError(`${label} is not a SQLite database`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new CatalogFileError(`${label} cannot be opened: ${(e as Error).message}`);
  }
  try {
    let integrity: string[];
    try {
      integrity = (db.pragma("integrity_check(20)") as Array<Record<string, unknown>>).map((r) => String(Object.values(r)[0]));
    } catch (e) {
      throw new CatalogFileError(`${label} is damaged: ${(e as Error).message}`);
    }
    if (integrity.length !== 1 || integrity[0] !== "ok") throw new CatalogFileError(`${label} is damaged: ${integrity.join("; ")}`);
    const why = notACatalog(db, label);
    if (why) throw new CatalogFileError(why);
    return infoOf(db, file);
  } finally {
    db.close();
  }
}

export function fsyncPath(p: string): void {
  const fd = fs.openSync(p, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function tempBeside(file: string, what: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${what}-${process.pid}-${crypto.randomBytes(4).toString("hex")}`);
}

export function removeQuietly(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

/**
 * SQLite's online backup of `source` into `dest` (a new file), as one consistent snapshot, while
 * other connections, in this process or another, go on reading and writing the source.
 */
export async function snapshotFile(
  source: string,
  dest: string,
  opts: { onProgress?: (done: number, total: number) => void } = {},
): Promise<{ pages: number }> {
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    // The read transaction pins the snapshot for every step (see the file comment).
    db.exec("BEGIN");
    db.prepare(`SELECT count(*) FROM sqlite_master`).get();
    const r = await db.backup(dest, {
      progress: ({ totalPages, remainingPages }) => {
        opts.onProgress?.(totalPages - remainingPages, totalPages);
        return PAGES_PER_STEP;
      },
    });
    opts.onProgress?.(r.totalPages, r.totalPages);
    return { pages: r.totalPages };
  } finally {
    if (db.inTransaction) db.exec("COMMIT");
    db.close();
  }
}

/**
 * Backs the catalog at `source` up into `dest`: an online snapshot (a server may be serving and
 * writing the source), made a self-contained file (no -wal beside it), integrity-checked, synced,
 * then renamed to `dest`. Refuses when `source` is not an Orrery catalog, and an existing `dest`
 * unless `force`.
 */
export async function backupCatalog(
  source: string,
  dest: string,
  opts: { force?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<CatalogInfo & { pages: number }> {
  if (!fs.existsSync(source)) throw new CatalogFileError(`there is no catalog at ${source}`);
  if (!fs.statSync(source).isFile() || !isSqliteFile(source)) throw new CatalogFileError(`${source} is not a SQLite database`);
  if (path.resolve(source) === path.resolve(dest)) throw new CatalogFileError("the backup file must not be the catalog itself");
  {
    const db = new Database(source, { readonly: true, fileMustExist: true });
    try {
      const why = notACatalog(db, source);
      if (why) throw new CatalogFileError(why);
    } finally {
      db.close();
    }
  }
  if (fs.existsSync(dest) && !opts.force) throw new CatalogFileError(`${dest} already exists; pass --force to overwrite it`);
  if (!fs.existsSync(path.dirname(path.resolve(dest)))) throw new CatalogFileError(`the folder of ${dest} does not exist`);
  const tmp = tempBeside(dest, "backup");
  try {
    const { pages } = await snapshotFile(source, tmp, opts);
    const copy = new Database(tmp, { fileMustExist: true });
    try {
      // The snapshot keeps the source's WAL flag; a backup is one file, readable read-only anywhere.
      copy.pragma("journal_mode = DELETE");
      const integrity = copy.pragma("integrity_check", { simple: true }) as string;
      if (integrity !== "ok") throw new Error(`the backup copy failed its integrity check: ${integrity}`);
    } finally {
      copy.close();
    }
    fsyncPath(tmp);
    fs.renameSync(tmp, dest);
    fsyncPath(path.dirname(path.resolve(dest)));
    const db = new Database(dest, { readonly: true, fileMustExist: true });
    try {
      return { ...infoOf(db, dest), pages };
    } finally {
      db.close();
    }
  } catch (e) {
    removeQuietly(tmp);
    throw e;
  }
}

/**
 * Whether another connection (a running server, an ingest) has the catalog at `file` open. A WAL
 * database can leave WAL mode only when no other connection has it open, so asking it to is the
 * test; when it succeeds the file is checkpointed into one rollback-journal file, which is what the
 * restore wants before replacing it anyway.
 */
function inUseByAnother(file: string): boolean {
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 0 });
  } catch {
    return false; // not openable as a database at all: nobody serves it
  }
  try {
    db.pragma("journal_mode = DELETE");
    return false;
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
  } finally {
    db.close();
  }
}

/**
 * Restores the backup `file` as the catalog at `target`. Nothing is changed when any check fails:
 * the backup must be a sound Orrery catalog, an existing target needs `force` and must not be open
 * in another process. The backup is copied beside the target and renamed over it, so the target is
 * at every moment either the old catalog or the whole restored one.
 */
export function restoreCatalog(file: string, target: string, opts: { force?: boolean } = {}): CatalogInfo {
  const info = inspectCatalog(file, `the backup ${file}`);
  if (path.resolve(file) === path.resolve(target)) throw new CatalogFileError("the backup file is the catalog itself; nothing to restore");
  const exists = fs.existsSync(target);
  if (exists && !opts.force) throw new CatalogFileError(`${target} already holds a catalog; pass --force to replace it`);
  if (exists && !fs.statSync(target).isFile()) throw new CatalogFileError(`${target} is not a file`);
  if (exists && inUseByAnother(target)) throw new CatalogFileError(`${target} is open in another process (a running server?); stop it before restoring`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const tmp = tempBeside(target, "restore");
  try {
    fs.copyFileSync(file, tmp);
    fsyncPath(tmp);
    // The old catalog's WAL and shared-memory index must never be read against the restored file.
    for (const side of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) fs.rmSync(side, { force: true });
    fs.renameSync(tmp, target);
    fsyncPath(path.dirname(path.resolve(target)));
  } catch (e) {
    removeQuietly(tmp);
    throw e;
  }
  return { ...info, bytes: fs.statSync(target).size };
}
