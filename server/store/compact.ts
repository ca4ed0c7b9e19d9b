/**
 * `orrery compact`: a catalog rewritten in the current, smaller layout. Migrations bring an older
 * catalog's tables to the current layout (migration 11 rebuilds aspects and edges, migration 12
 * stores urns and names as ids), urns no row refers to any more are dropped, the full-text indexes
 * are merged and the whole file is copied without its free pages and half-empty b-tree pages
 * (VACUUM INTO a file beside it, checked, renamed over the catalog).
 *
 * The catalog is held alone for the whole run: compact refuses to start while another process (a
 * running server, an ingest) has it open, and a process that opens it meanwhile waits for its busy
 * timeout and then fails with "database is locked", so no write can be lost between the copy and
 * the rename.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { CatalogFileError, fsyncPath, isSqliteFile, notACatalog, removeQuietly, tempBeside } from "./backup";
import { CatalogInUseError } from "./connection";
import { Store } from "./store";

export interface CompactReport {
  /** bytes of the catalog and its WAL before, and of the catalog after */
  bytesBefore: number;
  bytesAfter: number;
  schemaBefore: number;
  schemaAfter: number;
  entities: number;
  seconds: number;
}

/** The bytes a catalog takes on disk: its file and its write-ahead log. */
export function bytesOf(file: string): number {
  let n = 0;
  for (const f of [file, `${file}-wal`]) if (fs.existsSync(f)) n += fs.statSync(f).size;
  return n;
}

/** Rewrites the catalog at `file` in the current layout, as small as SQLite packs it. */
export function compactCatalog(file: string, opts: { onStep?: (step: string) => void } = {}): CompactReport {
  const t0 = performance.now();
  if (!fs.existsSync(file)) throw new CatalogFileError(`there is no catalog at ${file}`);
  if (!fs.statSync(file).isFile() || !isSqliteFile(file)) throw new CatalogFileError(`${file} is not a SQLite database`);
  const bytesBefore = bytesOf(file);
  let schemaBefore: number;
  {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const why = notACatalog(db, file);
      if (why) throw new CatalogFileError(why);
      schemaBefore = db.pragma("user_version", { simple: true }) as number;
    } finally {
      db.close();
    }
  }
  let store: Store;
  try {
    opts.onStep?.("migrating");
    store = Store.open(file, { exclusive: true });
  } catch (e) {
    if (e instanceof CatalogInUseError) throw new CatalogFileError(`${file} is open in another process (a running server?); stop it before compacting`);
    throw e;
  }
  const tmp = tempBeside(file, "compact");
  try {
    opts.onStep?.("merging the full-text indexes");
    store.transaction(() => {
      // Templates no aspect refers to any more (their aspects were deleted or rewritten).
      store.run(`DELETE FROM system_metadata WHERE id NOT IN (SELECT system_metadata_id FROM aspect_rows WHERE system_metadata_id IS NOT NULL)`);
      // Urns of hard-deleted entities nothing refers to any more (no server is running: none has their ids).
      store.run(
        `DELETE FROM urns WHERE id NOT IN (
           SELECT urn_id FROM aspect_rows UNION SELECT created_by FROM aspect_rows UNION SELECT src FROM edge_rows UNION SELECT dst FROM edge_rows
           UNION SELECT urn_id FROM timeseries_rows UNION SELECT urn_id FROM change_rows UNION SELECT actor_id FROM change_rows)`,
      );
      store.run(`INSERT INTO search (search) VALUES ('optimize')`);
      store.run(`INSERT INTO search_trigrams (search_trigrams) VALUES ('optimize')`);
    });
    const schemaAfter = store.schemaVersion;
    const entities = store.get<{ n: number }>(`SELECT count(*) AS n FROM entities`)?.n ?? 0;
    opts.onStep?.("copying");
    store.db.prepare(`VACUUM INTO ?`).run(tmp);
    const copy = new Database(tmp, { fileMustExist: true });
    try {
      const check = copy.pragma("quick_check", { simple: true }) as string;
      if (check !== "ok") throw new Error(`the compacted copy failed its check: ${check}`);
      copy.pragma("journal_mode = WAL");
    } finally {
      copy.close();
    }
    fsyncPath(tmp);
    // Still holding the old file alone: nobody can have written it since the copy.
    fs.renameSync(tmp, file);
    fsyncPath(path.dirname(path.resolve(file)));
    return { bytesBefore, bytesAfter: bytesOf(file), schemaBefore, schemaAfter, entities, seconds: Math.round((performance.now() - t0) / 100) / 10 };
  } catch (e) {
    removeQuietly(tmp);
    throw e;
  } finally {
    store.close();
  }
}
