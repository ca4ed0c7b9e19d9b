/**
 * Catalogs in the layouts of schema versions 13 (no table of deletions), 12 (a search index without
 * prefix indexes), 11 (urns as text, before migration 12 interned them) and 8 (before migration 11
 * made the catalog smaller), for the tests of migrations 11 to 13 and
 * `orrery compact`: a catalog written by this version is turned back into the old layout, with the
 * same data, and `layoutOf` shows that the result is the layout migrations 1–11 or 1–8 build.
 */
import Database from "better-sqlite3";
import { MIGRATIONS } from "../server/store/migrations";
import { registerCatalogFunctions } from "../server/store/aspect-values";
import type { Sql } from "../server/store/connection";

/** Rewrites the catalog `db` (the current schema version) in the layout of version 13: without the deletions' table of migration 14. */
export function toVersion13Layout(db: Database.Database): void {
  db.exec(`DROP TABLE IF EXISTS entity_removals; PRAGMA user_version = 13;`);
}

/** Rewrites the catalog `db` (the current schema version) in the layout of version 12, data unchanged: the search index as migration 3 made it. */
export function toVersion12Layout(db: Database.Database): void {
  toVersion13Layout(db);
  db.exec(`
    BEGIN;
    CREATE VIRTUAL TABLE search_v12 USING fts5(
      name, description, text, tags, terms, owners, platform, kind,
      tokenize = 'unicode61 remove_diacritics 2',
      detail = column
    );
    INSERT INTO search_v12 (rowid, name, description, text, tags, terms, owners, platform, kind)
      SELECT rowid, name, description, text, tags, terms, owners, platform, kind FROM search;
    DROP TABLE search;
    ALTER TABLE search_v12 RENAME TO search;
    PRAGMA user_version = 12;
    COMMIT;
  `);
}

/** Rewrites the catalog `db` (the current schema version) in the layout of version 11, data unchanged. */
export function toVersion11Layout(db: Database.Database): void {
  toVersion13Layout(db);
  registerCatalogFunctions(db);
  db.exec(`
    BEGIN;
    CREATE TABLE aspects_v11 (
      id INTEGER PRIMARY KEY,
      urn TEXT NOT NULL,
      aspect TEXT NOT NULL,
      version INTEGER NOT NULL,
      value TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      created_by TEXT NOT NULL,
      system_metadata_id INTEGER,
      last_observed INTEGER
    );
    INSERT INTO aspects_v11 (urn, aspect, version, value, created_at, created_by, system_metadata_id, last_observed)
      SELECT urn, aspect, version, value, created_at, created_by, system_metadata_id, last_observed FROM aspects ORDER BY id;
    CREATE TABLE edges_v11 (
      src TEXT NOT NULL,
      via TEXT NOT NULL,
      type TEXT NOT NULL,
      dst TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (src, type, dst, via)
    ) WITHOUT ROWID;
    INSERT INTO edges_v11 SELECT src, via, type, dst, created_at, updated_at FROM edges;
    CREATE TABLE timeseries_v11 (
      urn TEXT NOT NULL,
      aspect TEXT NOT NULL,
      ts INTEGER NOT NULL,
      value TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      PRIMARY KEY (urn, aspect, ts)
    ) WITHOUT ROWID;
    INSERT INTO timeseries_v11 SELECT urn, aspect, ts, value, created_at FROM timeseries;
    CREATE TABLE changes_v11 (
      urn TEXT NOT NULL,
      at INTEGER NOT NULL,
      actor TEXT NOT NULL,
      version INTEGER NOT NULL,
      major INTEGER NOT NULL,
      person INTEGER NOT NULL,
      base INTEGER NOT NULL,
      session_start INTEGER,
      aspects TEXT NOT NULL,
      fields TEXT NOT NULL,
      PRIMARY KEY (urn, at, actor)
    ) WITHOUT ROWID;
    INSERT INTO changes_v11 SELECT urn, at, actor, version, major, person, base, session_start, aspects, fields FROM changes;
    DROP VIEW aspects;
    DROP VIEW edges;
    DROP VIEW timeseries;
    DROP VIEW changes;
    DROP TABLE aspect_rows;
    DROP TABLE edge_rows;
    DROP TABLE timeseries_rows;
    DROP TABLE change_rows;
    DROP TABLE urns;
    DROP TABLE names;
    ALTER TABLE aspects_v11 RENAME TO aspects;
    CREATE UNIQUE INDEX aspects_key ON aspects(urn, aspect, version);
    ALTER TABLE edges_v11 RENAME TO edges;
    CREATE INDEX edges_dst ON edges(dst, type, src);
    ALTER TABLE timeseries_v11 RENAME TO timeseries;
    ALTER TABLE changes_v11 RENAME TO changes;
    PRAGMA user_version = 11;
    COMMIT;
  `);
}

/** Rewrites the catalog `db` (the current schema version) in the layout of version 8, data unchanged. */
export function toVersion8Layout(db: Database.Database): void {
  toVersion11Layout(db);
  db.exec(`
    BEGIN;
    CREATE TABLE aspects_v8 (
      urn TEXT NOT NULL,
      aspect TEXT NOT NULL,
      version INTEGER NOT NULL,
      value TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      created_by TEXT NOT NULL,
      system_metadata TEXT,
      PRIMARY KEY (urn, aspect, version)
    ) WITHOUT ROWID;
    INSERT INTO aspects_v8
      SELECT a.urn, a.aspect, a.version, a.value, a.created_at, a.created_by,
             CASE WHEN a.last_observed IS NULL THEN s.json ELSE json_set(s.json, '$.lastObserved', a.last_observed) END
        FROM aspects a LEFT JOIN system_metadata s ON s.id = a.system_metadata_id;
    DROP TABLE aspects;
    ALTER TABLE aspects_v8 RENAME TO aspects;
    CREATE INDEX aspects_recent ON aspects(created_at) WHERE version = 0;
    DROP TABLE system_metadata;
    CREATE TABLE edges_v8 (
      src TEXT NOT NULL,
      via TEXT NOT NULL,
      type TEXT NOT NULL,
      dst TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      PRIMARY KEY (src, via, type, dst)
    ) WITHOUT ROWID;
    INSERT INTO edges_v8 SELECT src, via, type, dst, created_at FROM edges;
    DROP TABLE edges;
    ALTER TABLE edges_v8 RENAME TO edges;
    CREATE INDEX edges_dst ON edges(dst, type, src);
    CREATE INDEX edges_src_type ON edges(src, type, dst);
    PRAGMA user_version = 8;
    COMMIT;
  `);
}

/** Tables (columns, key, WITHOUT ROWID), views (columns) and indexes (columns, uniqueness, partial) of a database, comparable with toEqual. */
export function layoutOf(db: Database.Database): Record<string, unknown> {
  // A view's columns are read by compiling it, which needs the catalog's functions.
  registerCatalogFunctions(db);
  const out: Record<string, unknown> = {};
  const tables = db
    .prepare(`SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as Array<{
    name: string;
    type: string;
  }>;
  for (const t of tables) {
    if (t.type === "view") out[`view ${t.name}`] = { columns: db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t.name) };
    else if (t.type === "table") {
      const info = db.prepare(`SELECT name, type, "notnull", pk FROM pragma_table_info(?)`).all(t.name);
      const list = db.prepare(`SELECT wr FROM pragma_table_list(?)`).get(t.name) as { wr: number } | undefined;
      out[`table ${t.name}`] = { columns: info, withoutRowid: list?.wr === 1 };
    } else {
      const cols = db.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).pluck().all(t.name);
      const sql = db.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).pluck().get(t.name) as string | null;
      out[`index ${t.name}`] = { columns: cols, unique: /\bUNIQUE\b/i.test(sql ?? ""), partial: /\bWHERE\b/i.test(sql ?? "") };
    }
  }
  return out;
}

/** The layout migrations 1 to `version` build in an empty database. */
export function layoutAtVersion(version: number): Record<string, unknown> {
  const db = new Database(":memory:");
  registerCatalogFunctions(db);
  try {
    const sql: Sql = {
      all: <T>(q: string, ...params: unknown[]) => db.prepare(q).all(...params) as T[],
      get: <T>(q: string, ...params: unknown[]) => db.prepare(q).get(...params) as T | undefined,
      run: (q: string, ...params: unknown[]) => db.prepare(q).run(...params),
    };
    for (const m of MIGRATIONS.filter((x) => x.version <= version)) {
      db.exec(m.sql);
      m.run?.(sql);
    }
    return layoutOf(db);
  } finally {
    db.close();
  }
}
