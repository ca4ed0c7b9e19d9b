import type { Migration } from "./migrations";

/**
 * Migration 12: urns and names as integers. The aspects, relationships, run events and History's
 * changes repeated each urn as text (≈67 bytes) in their rows and again in their keys and indexes,
 * and each aspect name or relationship type (≈16 bytes) likewise, and each change listed its
 * aspects and changed fields by name; on the synthetic catalog that was about 2.8 kB per entity.
 * Now `urns` and `names` (aspect names, relationship types, field paths) hold each once and the rows
 * hold their ids. And aspect values of 512 bytes or more are stored deflated (./aspect-values.ts):
 * another ~600 bytes per entity.
 *
 * The tables keep their old names as views (`aspects`, `edges`, `timeseries`, `changes`) with the
 * old columns, so every read that is not on a hot path (History, consistency, search's matched
 * fields, dumps, tools) reads them as before; the write path and the ordered, paged reads of
 * relationships use the `*_rows` tables and their keys directly. Urns are numbered in their text
 * order here, so a migrated catalog keeps rows of neighbouring urns together.
 */
export const MIGRATION_12: Migration = {
  version: 12,
  name: "smaller catalog: urns, aspect names and relationship types stored once, as integer ids, in aspects, edges, timeseries and changes",
  sql: `
    CREATE TABLE urns (
      id INTEGER PRIMARY KEY,
      urn TEXT NOT NULL UNIQUE
    );
    INSERT INTO urns (urn)
      SELECT urn FROM entities UNION SELECT urn FROM aspects UNION SELECT created_by FROM aspects
      UNION SELECT src FROM edges UNION SELECT dst FROM edges UNION SELECT urn FROM timeseries
      UNION SELECT urn FROM changes UNION SELECT actor FROM changes ORDER BY 1;
    CREATE TABLE names (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE
    );
    INSERT INTO names (name)
      SELECT aspect FROM aspects UNION SELECT via FROM edges UNION SELECT type FROM edges
      UNION SELECT aspect FROM timeseries
      UNION SELECT j.value FROM changes, json_each(changes.aspects) j UNION SELECT j.value FROM changes, json_each(changes.fields) j ORDER BY 1;

    -- Values of 512 bytes or more are stored deflated, as BLOBs (aspect-values.ts); the view gives
    -- every value as JSON text.
    CREATE TABLE aspect_rows (
      id INTEGER PRIMARY KEY,
      urn_id INTEGER NOT NULL,
      aspect_id INTEGER NOT NULL,
      version INTEGER NOT NULL,
      value NOT NULL,
      created_at INTEGER NOT NULL,
      created_by INTEGER NOT NULL,
      system_metadata_id INTEGER,
      last_observed INTEGER
    );
    INSERT INTO aspect_rows (urn_id, aspect_id, version, value, created_at, created_by, system_metadata_id, last_observed)
      SELECT u.id, n.id, a.version, aspect_pack(a.value), a.created_at, c.id, a.system_metadata_id, a.last_observed
        FROM aspects a JOIN urns u ON u.urn = a.urn JOIN names n ON n.name = a.aspect JOIN urns c ON c.urn = a.created_by
       ORDER BY u.id, n.id, a.version;
    DROP TABLE aspects;
    CREATE UNIQUE INDEX aspects_key ON aspect_rows(urn_id, aspect_id, version);
    CREATE VIEW aspects AS
      SELECT a.id, u.urn, n.name AS aspect, a.version,
             CASE WHEN typeof(a.value) = 'blob' THEN aspect_value(a.value) ELSE a.value END AS value,
             a.created_at, c.urn AS created_by, a.system_metadata_id, a.last_observed
        FROM aspect_rows a JOIN urns u ON u.id = a.urn_id JOIN names n ON n.id = a.aspect_id JOIN urns c ON c.id = a.created_by;

    CREATE TABLE edge_rows (
      src INTEGER NOT NULL,
      type INTEGER NOT NULL,
      dst INTEGER NOT NULL,
      via INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      PRIMARY KEY (src, type, dst, via)
    ) WITHOUT ROWID;
    INSERT INTO edge_rows (src, type, dst, via, created_at, updated_at)
      SELECT s.id, t.id, d.id, v.id, e.created_at, e.updated_at
        FROM edges e JOIN urns s ON s.urn = e.src JOIN names t ON t.name = e.type JOIN urns d ON d.urn = e.dst JOIN names v ON v.name = e.via
       ORDER BY s.id, t.id, d.id, v.id;
    DROP TABLE edges;
    CREATE INDEX edges_dst ON edge_rows(dst, type, src);
    CREATE VIEW edges AS
      SELECT s.urn AS src, v.name AS via, t.name AS type, d.urn AS dst, e.created_at, e.updated_at
        FROM edge_rows e JOIN urns s ON s.id = e.src JOIN names t ON t.id = e.type JOIN urns d ON d.id = e.dst JOIN names v ON v.id = e.via;

    CREATE TABLE timeseries_rows (
      urn_id INTEGER NOT NULL,
      aspect_id INTEGER NOT NULL,
      ts INTEGER NOT NULL,
      value TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      PRIMARY KEY (urn_id, aspect_id, ts)
    ) WITHOUT ROWID;
    INSERT INTO timeseries_rows (urn_id, aspect_id, ts, value, created_at)
      SELECT u.id, n.id, t.ts, t.value, t.created_at FROM timeseries t JOIN urns u ON u.urn = t.urn JOIN names n ON n.name = t.aspect
       ORDER BY u.id, n.id, t.ts;
    DROP TABLE timeseries;
    CREATE VIEW timeseries AS
      SELECT u.urn, n.name AS aspect, t.ts, t.value, t.created_at
        FROM timeseries_rows t JOIN urns u ON u.id = t.urn_id JOIN names n ON n.id = t.aspect_id;

    CREATE TABLE change_rows (
      urn_id INTEGER NOT NULL,
      at INTEGER NOT NULL,
      actor_id INTEGER NOT NULL,
      version INTEGER NOT NULL,
      major INTEGER NOT NULL,
      person INTEGER NOT NULL,
      base INTEGER NOT NULL,
      session_start INTEGER,
      aspects TEXT NOT NULL,
      fields TEXT NOT NULL,
      PRIMARY KEY (urn_id, at, actor_id)
    ) WITHOUT ROWID;
    INSERT INTO change_rows (urn_id, at, actor_id, version, major, person, base, session_start, aspects, fields)
      SELECT u.id, c.at, a.id, c.version, c.major, c.person, c.base, c.session_start,
             (SELECT json_group_array(id) FROM (SELECT n.id FROM json_each(c.aspects) j JOIN names n ON n.name = j.value ORDER BY j.key)),
             (SELECT json_group_array(id) FROM (SELECT n.id FROM json_each(c.fields) j JOIN names n ON n.name = j.value ORDER BY j.key))
        FROM changes c JOIN urns u ON u.urn = c.urn JOIN urns a ON a.urn = c.actor
       ORDER BY u.id, c.at, a.id;
    DROP TABLE changes;
    -- A change's aspects and fields as JSON arrays of names (the rows hold their ids).
    CREATE VIEW changes AS
      SELECT u.urn, c.at, a.urn AS actor, c.version, c.major, c.person, c.base, c.session_start,
             (SELECT json_group_array(name) FROM (SELECT n.name FROM json_each(c.aspects) j JOIN names n ON n.id = j.value ORDER BY j.key)) AS aspects,
             (SELECT json_group_array(name) FROM (SELECT n.name FROM json_each(c.fields) j JOIN names n ON n.id = j.value ORDER BY j.key)) AS fields
        FROM change_rows c JOIN urns u ON u.id = c.urn_id JOIN urns a ON a.id = c.actor_id;
  `,
};
