import type { Connection, Sql } from "./connection";
import type { AspectRecord } from "./types";
import { buildHistory } from "../model/history";
import { entityTypeOrNull } from "../model/urn";
import { MIGRATION_12 } from "./migration-12";
import { MIGRATION_13 } from "./migration-13";

/**
 * Numbered schema migrations. `PRAGMA user_version` records the last one applied; each runs in its
 * own transaction. Never edit a released migration: add a new one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** work SQL cannot do, run after `sql` in the same transaction */
  run?: (sql: Sql) => void;
  /** the search index must be rebuilt from the aspects afterwards */
  reindex?: boolean;
}

export const MIGRATIONS: ReadonlyArray<Migration> = [
  {
    version: 1,
    name: "aspects, entities, edges, timeseries, search, tokens",
    sql: `
      CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        urn TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        removed INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX entities_type ON entities(type, removed);
      CREATE INDEX entities_updated ON entities(updated_at);

      -- Versioned aspect store, DataHub's model: version 0 is current, older values keep 1..N.
      CREATE TABLE aspects (
        urn TEXT NOT NULL,
        aspect TEXT NOT NULL,
        version INTEGER NOT NULL,
        value TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        system_metadata TEXT,
        PRIMARY KEY (urn, aspect, version)
      ) WITHOUT ROWID;
      CREATE INDEX aspects_recent ON aspects(created_at) WHERE version = 0;

      CREATE TABLE timeseries (
        urn TEXT NOT NULL,
        aspect TEXT NOT NULL,
        ts INTEGER NOT NULL,
        value TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (urn, aspect, ts)
      ) WITHOUT ROWID;

      -- Relationship edges derived from aspects (src owns the aspect named in via).
      CREATE TABLE edges (
        src TEXT NOT NULL,
        via TEXT NOT NULL,
        type TEXT NOT NULL,
        dst TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (src, via, type, dst)
      ) WITHOUT ROWID;
      CREATE INDEX edges_dst ON edges(dst, type, src);
      CREATE INDEX edges_src_type ON edges(src, type, dst);

      -- Full-text search; rowid = entities.id.
      CREATE VIRTUAL TABLE search USING fts5(
        name, description, text, tags, terms, owners, platform,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      -- Facet values per entity (multi-valued), for filters and counts.
      CREATE TABLE facets (
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        PRIMARY KEY (field, value, entity_id)
      ) WITHOUT ROWID;
      CREATE INDEX facets_entity ON facets(entity_id);

      CREATE TABLE tokens (
        id TEXT PRIMARY KEY,
        secret_hash TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('reader','editor','ingest','admin')),
        actor TEXT NOT NULL,
        name TEXT,
        created_at INTEGER NOT NULL,
        last_used_at INTEGER,
        revoked_at INTEGER
      );
    `,
  },
  {
    version: 2,
    name: "search index: a kind column for type filters; only live, searchable entities",
    sql: `
      DROP TABLE search;
      CREATE VIRTUAL TABLE search USING fts5(
        name, description, text, tags, terms, owners, platform, kind,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      DELETE FROM facets;
    `,
    reindex: true,
  },
  {
    version: 3,
    name: "search index without token positions (detail=column): smaller, faster to match and count",
    sql: `
      DROP TABLE search;
      CREATE VIRTUAL TABLE search USING fts5(
        name, description, text, tags, terms, owners, platform, kind,
        tokenize = 'unicode61 remove_diacritics 2',
        detail = column
      );
      DELETE FROM facets;
    `,
    reindex: true,
  },
  {
    version: 4,
    name: "browser sessions and one-time sign-in codes (stored as hashes)",
    sql: `
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        secret_hash TEXT NOT NULL,
        role TEXT NOT NULL,
        actor TEXT NOT NULL,
        token_id TEXT,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        revoked_at INTEGER
      );
      CREATE TABLE signin_codes (
        code_hash TEXT PRIMARY KEY,
        role TEXT NOT NULL,
        actor TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER
      );
    `,
  },
  {
    version: 5,
    name: "people's edits of ingested aspects (tags, terms, owners, custom properties), re-applied over re-ingestion",
    sql: `
      CREATE TABLE curations (
        urn TEXT NOT NULL,
        aspect TEXT NOT NULL,
        key TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('set', 'remove')),
        value TEXT,
        actor TEXT NOT NULL,
        time INTEGER NOT NULL,
        PRIMARY KEY (urn, aspect, key)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 6,
    name: "runs' metric series, one row per run and metric, derived from orreryMetricHistory (read one metric without parsing all)",
    sql: `
      CREATE TABLE metric_series (
        urn TEXT NOT NULL,
        name TEXT NOT NULL,
        ord INTEGER NOT NULL,
        series TEXT NOT NULL,
        PRIMARY KEY (urn, name)
      ) WITHOUT ROWID;
      INSERT INTO metric_series (urn, name, ord, series)
        SELECT a.urn, json_extract(m.value, '$.name'), m.key, m.value
        FROM aspects a, json_each(a.value, '$.metrics') m
        WHERE a.aspect = 'orreryMetricHistory' AND a.version = 0;
    `,
  },
  {
    version: 7,
    name: "history numbered when written (changes), so old aspect versions can be pruned without renumbering it",
    sql: `
      -- One row per change of an entity (the aspects one writer changed in one transaction), with
      -- its OpenMetadata-style version in tenths and what numbering the next change needs.
      CREATE TABLE changes (
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
      -- Changes at or before this time are no longer listed: aspect versions they need were pruned.
      CREATE TABLE history_horizons (
        urn TEXT PRIMARY KEY,
        at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `,
    run: backfillChanges,
  },
  {
    version: 8,
    name: "search: a vocabulary with a trigram index for typo tolerance; owners' names indexed with the assets they own",
    sql: `
      CREATE TABLE IF NOT EXISTS search_vocab (word TEXT PRIMARY KEY) WITHOUT ROWID;
      CREATE VIRTUAL TABLE IF NOT EXISTS search_trigrams USING fts5(word, tokenize = 'trigram', detail = none);
    `,
    reindex: true,
  },
  {
    version: 9,
    name: "edges: when each relationship was last observed (updated_at), beside when it was first stored (created_at)",
    sql: ``,
    // Idempotent (the upgrade tests replay migrations): SQLite's ADD COLUMN has no IF NOT EXISTS.
    run: (sql) => {
      if (sql.all<{ name: string }>(`PRAGMA table_info(edges)`).some((c) => c.name === "updated_at")) return;
      sql.run(`ALTER TABLE edges ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0`);
      sql.run(`UPDATE edges SET updated_at = created_at`);
    },
  },
  {
    version: 10,
    name: "search: browse paths (browsePathsV2, or a default) as facet rows, for browseV2 and the browsePathV2 filter; model deployments are searchable (the index is rebuilt)",
    sql: ``,
    reindex: true,
  },
  {
    version: 11,
    name: "smaller catalog: aspects in a rowid table keyed by a unique index (no overflow pages), systemMetadata interned, edges without a redundant index",
    sql: `
      -- Never used by a query (recent changes are read from entities.updated_at).
      DROP INDEX IF EXISTS aspects_recent;

      -- systemMetadata as sent, with an integer lastObserved set to 0: one row per distinct template
      -- (an ingestion run's metadata repeats on every aspect it writes); each aspect keeps its own
      -- lastObserved beside the template's id.
      CREATE TABLE system_metadata (
        id INTEGER PRIMARY KEY,
        json TEXT NOT NULL UNIQUE
      );
      INSERT OR IGNORE INTO system_metadata (json)
        SELECT DISTINCT CASE WHEN json_type(system_metadata, '$.lastObserved') = 'integer'
                             THEN json_set(system_metadata, '$.lastObserved', 0) ELSE system_metadata END
          FROM aspects WHERE system_metadata IS NOT NULL;

      -- A WITHOUT ROWID table keeps about 1 kB of a row in its b-tree page (4 kB pages) and spills the
      -- rest into overflow pages, mostly empty: a third of the old table was such waste. A rowid table
      -- keeps rows up to ~4 kB in the page; the key is a unique index beside it.
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
        SELECT a.urn, a.aspect, a.version, a.value, a.created_at, a.created_by, s.id,
               CASE WHEN json_type(a.system_metadata, '$.lastObserved') = 'integer' THEN json_extract(a.system_metadata, '$.lastObserved') END
          FROM aspects a LEFT JOIN system_metadata s
            ON s.json = CASE WHEN json_type(a.system_metadata, '$.lastObserved') = 'integer'
                             THEN json_set(a.system_metadata, '$.lastObserved', 0) ELSE a.system_metadata END
         ORDER BY a.urn, a.aspect, a.version;
      DROP TABLE aspects;
      ALTER TABLE aspects_v11 RENAME TO aspects;
      CREATE UNIQUE INDEX aspects_key ON aspects(urn, aspect, version);

      -- The key (src, type, dst, via) serves the reads by src in (type, dst) order that edges_src_type
      -- served; deleting an aspect's edges reads its src's few rows.
      CREATE TABLE edges_v11 (
        src TEXT NOT NULL,
        via TEXT NOT NULL,
        type TEXT NOT NULL,
        dst TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (src, type, dst, via)
      ) WITHOUT ROWID;
      INSERT INTO edges_v11 (src, via, type, dst, created_at, updated_at) SELECT src, via, type, dst, created_at, updated_at FROM edges ORDER BY src, type, dst, via;
      DROP TABLE edges;
      ALTER TABLE edges_v11 RENAME TO edges;
      CREATE INDEX edges_dst ON edges(dst, type, src);
    `,
  },
  MIGRATION_12,
  MIGRATION_13,
  {
    version: 14,
    name: "entities deleted for good, by id and time: readers that keep search results (search-cache.ts) learn of them",
    sql: `
      CREATE TABLE IF NOT EXISTS entity_removals (id INTEGER PRIMARY KEY, at INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS entity_removals_at ON entity_removals(at);
    `,
  },
];

/**
 * Applies the migrations a writable catalog lacks, each in its own transaction. Returns whether the
 * search index must then be rebuilt (never for a new, empty catalog).
 */
export function applyMigrations(conn: Connection): boolean {
  const current = conn.schemaVersion;
  let reindex = false;
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    conn.db
      .transaction(() => {
        conn.db.exec(m.sql);
        m.run?.(conn);
        conn.db.pragma(`user_version = ${m.version}`);
      })
      .immediate();
    // A new database has nothing to reindex.
    reindex ||= m.reindex === true && current > 0;
  }
  return reindex;
}

/** Numbers the history of every entity already in the catalog, as History computed it on read before. */
function backfillChanges(sql: Sql): void {
  const urns = sql.all<{ urn: string }>(`SELECT DISTINCT urn FROM aspects ORDER BY urn`).map((r) => r.urn);
  for (let i = 0; i < urns.length; i += 500) {
    const batch = urns.slice(i, i + 500);
    const rows = sql.all<Record<string, unknown>>(
      `SELECT urn, aspect, version, value, created_at, created_by, system_metadata FROM aspects WHERE urn IN (SELECT value FROM json_each(?))`,
      JSON.stringify(batch),
    );
    const byUrn = new Map<string, AspectRecord[]>();
    for (const r of rows) {
      const rec: AspectRecord = {
        urn: r.urn as string,
        aspect: r.aspect as string,
        version: r.version as number,
        value: JSON.parse(r.value as string),
        createdAt: r.created_at as number,
        createdBy: r.created_by as string,
        systemMetadata: r.system_metadata ? JSON.parse(r.system_metadata as string) : null,
      };
      (byUrn.get(rec.urn) ?? byUrn.set(rec.urn, []).get(rec.urn)!).push(rec);
    }
    for (const [urn, records] of byUrn) {
      const type = entityTypeOrNull(urn);
      if (!type) continue;
      for (const c of buildHistory(type, records))
        sql.run(
          `INSERT OR REPLACE INTO changes (urn, at, actor, version, major, person, base, session_start, aspects, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          urn,
          c.mark.at,
          c.mark.actor,
          c.mark.version,
          c.mark.major ? 1 : 0,
          c.mark.person ? 1 : 0,
          c.mark.base,
          c.mark.sessionStart,
          JSON.stringify(c.aspects.map((a) => a.aspect)),
          JSON.stringify([...new Set(c.aspects.flatMap((a) => a.fields.map((f) => f.field)))]),
        );
    }
  }
}
