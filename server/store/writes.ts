import { isPersonWrite } from "../model/curation";
import { deriveEdges } from "../model/derive";
import type { Connection } from "./connection";
import { aspectTooLarge, MAX_ASPECT_BYTES, storedBytes, WriteLimitError } from "./limits";
import type { SearchIndex } from "./search-index";
import { REMOVALS_KEPT_MS } from "./search-facets";
import { splitSystemMetadata, SystemMetadataIds } from "./system-metadata";
import { aspectKey, type TxCache } from "./tx-cache";
import { findNameId, findUrnId, nameId, urnId } from "./interned";
import { packValue, unpackValue } from "./aspect-values";
import type { AspectWrite, WriteResult } from "./types";

/**
 * The write path: aspects written with their versions, the edges they declare, metric series and
 * the search index kept in step; aspects and entities deleted. Each call runs in the caller's
 * transaction, or in one of its own.
 */
export class Writes {
  private readonly conn: Connection;
  private readonly tx: TxCache;
  private readonly index: SearchIndex;
  /** previous values kept per aspect (see pruneVersions) */
  private readonly maxVersions: number;
  /** systemMetadata templates interned by the running transaction (see system-metadata.ts) */
  private readonly metadataIds: SystemMetadataIds;

  constructor(conn: Connection, tx: TxCache, index: SearchIndex, maxVersions: number) {
    this.conn = conn;
    this.tx = tx;
    this.index = index;
    this.maxVersions = maxVersions;
    this.metadataIds = new SystemMetadataIds(conn);
  }

  /** Forgets what the ended transaction cached (called when it has committed or rolled back). */
  endTransaction(): void {
    this.metadataIds.forget();
  }

  /**
   * Writes aspects: for each, the previous value becomes a numbered version, the edges it declares are
   * rebuilt, and the search document of every touched entity is refreshed. When `deferred` is given,
   * the touched urns are added to it instead and the caller must call `reindexMany(deferred)` before
   * committing.
   */
  applyWrites(writes: readonly AspectWrite[], deferred?: Set<string>): WriteResult[] {
    if (!this.conn.db.inTransaction) return this.conn.transaction(() => this.applyWrites(writes, deferred));
    const now = this.conn.transactionTime ?? this.conn.now();
    const dirty = deferred ?? new Set<string>();
    const results: WriteResult[] = [];
    for (const w of writes) {
      // Refused before anything of it is written, whichever path it came by.
      const json = w.json ?? JSON.stringify(w.value);
      const sys = w.systemMetadata ? (w.systemMetadataJson ?? JSON.stringify(w.systemMetadata)) : null;
      const size = storedBytes(json, sys);
      if (size > MAX_ASPECT_BYTES) throw new WriteLimitError(aspectTooLarge(`${w.urn} ${w.aspect}: the value${sys ? " with its systemMetadata" : ""}`, size));
      const isNew = this.ensureEntity(w.urn, w.entityType, now);
      const uid = urnId(this.conn, this.tx, w.urn);
      const aid = nameId(this.conn, this.tx, w.aspect);
      // A person's or group's name may change: what their assets' index rows hold is read again.
      this.tx.ownerNames.delete(w.urn);
      if (w.timestampMillis !== undefined) {
        // Re-sending an identical point (a re-import) changes nothing, like an identical aspect.
        const prev = isNew
          ? undefined
          : this.conn.get<{ value: string }>(`SELECT value FROM timeseries_rows WHERE urn_id = ? AND aspect_id = ? AND ts = ?`, uid, aid, w.timestampMillis);
        if (prev && prev.value === json) {
          results.push({ urn: w.urn, aspect: w.aspect, changed: false, version: 0, bytes: 0 });
          continue;
        }
        this.conn.run(
          `INSERT INTO timeseries_rows (urn_id, aspect_id, ts, value, created_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (urn_id, aspect_id, ts) DO UPDATE SET value = excluded.value, created_at = excluded.created_at`,
          uid,
          aid,
          w.timestampMillis,
          json,
          now,
        );
        // An entity this transaction created has this time already.
        if (!isNew) this.conn.run(`UPDATE entities SET updated_at = ? WHERE urn = ?`, now, w.urn);
        results.push({ urn: w.urn, aspect: w.aspect, changed: true, version: 0, bytes: size });
        continue;
      }
      const key = aspectKey(w.urn, w.aspect);
      const cur = isNew && !this.tx.touched.has(key) ? undefined : this.currentValue(uid, aid);
      if (isNew) {
        this.tx.touched.add(key);
        let m = this.tx.freshAspects.get(w.urn);
        if (!m) this.tx.freshAspects.set(w.urn, (m = new Map()));
        m.set(w.aspect, w.lazy ?? w.value);
      }
      if (cur && cur.value === json) {
        results.push({ urn: w.urn, aspect: w.aspect, changed: false, version: 0, bytes: 0 });
        continue;
      }
      // The first write of this aspect in this transaction keeps the value it replaces as a version;
      // a later one replaces its own value in place (one transaction is one change: History shows its
      // net diff), so a batch that writes one aspect many times stores one version, not many.
      const earlier = this.tx.aspects.get(key);
      const person = isPersonWrite(w.systemMetadata);
      if (earlier) {
        earlier.after = w.lazy ?? w.value;
        earlier.newFields = undefined;
        earlier.actor = w.actor;
        earlier.person &&= person;
      } else
        this.tx.aspects.set(key, {
          urn: w.urn,
          aspect: w.aspect,
          before: cur?.value ?? null,
          after: w.lazy ?? w.value,
          newFields: cur ? undefined : w.newFields,
          actor: w.actor,
          person,
        });
      let version = 0;
      let kept = 0;
      if (cur && !earlier) {
        const max = this.conn.get<{ v: number }>(`SELECT max(version) AS v FROM aspect_rows WHERE urn_id = ? AND aspect_id = ?`, uid, aid);
        version = (max?.v ?? 0) + 1;
        this.conn.run(
          `INSERT INTO aspect_rows (urn_id, aspect_id, version, value, created_at, created_by, system_metadata_id, last_observed)
             SELECT urn_id, aspect_id, ?, value, created_at, created_by, system_metadata_id, last_observed FROM aspect_rows WHERE urn_id = ? AND aspect_id = ? AND version = 0`,
          version,
          uid,
          aid,
        );
        kept = cur.value.length;
        this.pruneVersions(w.urn, uid, aid, version);
      }
      const meta = w.systemMetadata ? splitSystemMetadata(w.systemMetadata, sys) : null;
      this.conn.run(
        `INSERT INTO aspect_rows (urn_id, aspect_id, version, value, created_at, created_by, system_metadata_id, last_observed) VALUES (?, ?, 0, ?, ?, ?, ?, ?)
           ON CONFLICT (urn_id, aspect_id, version) DO UPDATE SET value = excluded.value, created_at = excluded.created_at,
             created_by = excluded.created_by, system_metadata_id = excluded.system_metadata_id, last_observed = excluded.last_observed`,
        uid,
        aid,
        w.packed ?? packValue(json),
        now,
        urnId(this.conn, this.tx, w.actor),
        meta ? this.metadataIds.idOf(meta.template) : null,
        meta?.lastObserved ?? null,
      );
      if (w.aspect === "orreryMetricHistory") {
        if (cur) this.conn.run(`DELETE FROM metric_series WHERE urn = ?`, w.urn);
        // SQLite splits the stored JSON, as migration 6 did for older catalogs (one serialisation for both).
        this.conn.run(
          `INSERT INTO metric_series (urn, name, ord, series)
             SELECT ?, json_extract(m.value, '$.name'), m.key, m.value FROM json_each(?, '$.metrics') m`,
          w.urn,
          json,
        );
      }
      // A relationship keeps the time it was first stored (created_at) while the aspect goes on
      // declaring it; updated_at is when it was last observed: the writer's systemMetadata.lastObserved,
      // else this write's time. Lineage's time window filters on both (docs/API.md).
      const since = new Map<string, number>();
      if (cur) {
        for (const r of this.conn.all<{ type: number; dst: number; created_at: number }>(
          `SELECT type, dst, created_at FROM edge_rows WHERE src = ? AND via = ?`,
          uid,
          aid,
        ))
          since.set(`${r.type} ${r.dst}`, r.created_at);
        this.conn.run(`DELETE FROM edge_rows WHERE src = ? AND via = ?`, uid, aid);
      }
      const observed = typeof w.systemMetadata?.lastObserved === "number" && w.systemMetadata.lastObserved > 0 ? w.systemMetadata.lastObserved : now;
      for (const e of w.edges ?? deriveEdges(w.urn, w.aspect, w.value)) {
        const type = nameId(this.conn, this.tx, e.type);
        const dst = urnId(this.conn, this.tx, e.dst);
        this.conn.run(
          `INSERT OR IGNORE INTO edge_rows (src, type, dst, via, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
          uid,
          type,
          dst,
          aid,
          since.get(`${type} ${dst}`) ?? Math.min(now, observed),
          observed,
        );
      }
      dirty.add(w.urn);
      results.push({ urn: w.urn, aspect: w.aspect, changed: true, version: 0, bytes: size + kept });
    }
    if (!deferred) this.index.reindexMany(dirty);
    return results;
  }

  /** The current value of an aspect, as JSON text. */
  private currentValue(uid: number, aid: number): { value: string } | undefined {
    const r = this.conn.get<{ value: string | Uint8Array }>(`SELECT value FROM aspect_rows WHERE urn_id = ? AND aspect_id = ? AND version = 0`, uid, aid);
    return r ? { value: unpackValue(r.value) } : undefined;
  }

  /** Creates the entity's row unless it exists; true when the running transaction created it (now or earlier). */
  private ensureEntity(urn: string, type: string, now: number): boolean {
    if (this.tx.fresh.has(urn)) return true;
    const r = this.conn.run(`INSERT INTO entities (urn, type, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (urn) DO NOTHING`, urn, type, now, now);
    if (r.changes === 0) return false;
    this.tx.fresh.add(urn);
    this.tx.ids.set(urn, Number(r.lastInsertRowid));
    return true;
  }

  /**
   * Keeps at most `maxVersions` previous values of an aspect once version `newest` has been written:
   * older ones are deleted (DataHub's version-based retention). The oldest kept value has lost the one
   * before it, so History can no longer say what its change changed: the entity's history horizon
   * moves up to it, and History lists only the changes after it. Their version numbers were recorded
   * when they were made (changes.ts recordChanges), so pruning renumbers nothing.
   */
  private pruneVersions(urn: string, uid: number, aid: number, newest: number): void {
    if (newest <= this.maxVersions) return;
    const gone = this.conn.run(
      `DELETE FROM aspect_rows WHERE urn_id = ? AND aspect_id = ? AND version > 0 AND version <= ?`,
      uid,
      aid,
      newest - this.maxVersions,
    );
    if (gone.changes === 0) return;
    const oldest = this.conn.get<{ at: number }>(
      `SELECT created_at AS at FROM aspect_rows WHERE urn_id = ? AND aspect_id = ? AND version > 0 ORDER BY version LIMIT 1`,
      uid,
      aid,
    );
    if (!oldest) return;
    this.conn.run(`INSERT INTO history_horizons (urn, at) VALUES (?, ?) ON CONFLICT (urn) DO UPDATE SET at = max(at, excluded.at)`, urn, oldest.at);
    // Changes behind the horizon are no longer listed; the newest change stays, for the numbering.
    this.conn.run(
      `DELETE FROM change_rows WHERE urn_id = @uid AND at <= (SELECT at FROM history_horizons WHERE urn = @urn)
         AND at < (SELECT max(at) FROM change_rows WHERE urn_id = @uid)`,
      { urn, uid },
    );
  }

  /**
   * DataHub's DELETE of an aspect: the aspect goes with all its versions, and the edges it declared.
   * The entity stays (with its other aspects). Returns false when there was no such aspect. As with
   * applyWrites, a caller holding `deferred` must reindex it before committing.
   */
  deleteAspect(urn: string, aspect: string, deferred?: Set<string>): boolean {
    if (!this.conn.db.inTransaction) return this.conn.transaction(() => this.deleteAspect(urn, aspect, deferred));
    const uid = findUrnId(this.conn, this.tx, urn);
    const aid = findNameId(this.conn, this.tx, aspect);
    const removed = uid !== undefined && aid !== undefined && this.conn.run(`DELETE FROM aspect_rows WHERE urn_id = ? AND aspect_id = ?`, uid, aid).changes > 0;
    this.tx.freshAspects.get(urn)?.delete(aspect);
    this.tx.ownerNames.delete(urn);
    if (!removed) return false;
    this.conn.run(`DELETE FROM edge_rows WHERE src = ? AND via = ?`, uid, aid);
    if (aspect === "orreryMetricHistory") this.conn.run(`DELETE FROM metric_series WHERE urn = ?`, urn);
    if (deferred) deferred.add(urn);
    else this.index.reindexMany([urn]);
    return true;
  }

  /**
   * DataHub's DELETE of an entity's key aspect (a hard delete): the entity and everything stored of
   * it (aspects and their versions, timeseries and metric series, the edges it declared, its search
   * entry and facets, curations, its History). Edges other entities declare towards it stay, as
   * references to an unknown urn. Returns false when there was no such entity.
   */
  deleteEntity(urn: string, deferred?: Set<string>): boolean {
    if (!this.conn.db.inTransaction) return this.conn.transaction(() => this.deleteEntity(urn, deferred));
    const ent = this.conn.get<{ id: number }>(`SELECT id FROM entities WHERE urn = ?`, urn);
    if (!ent) return false;
    this.conn.run(`DELETE FROM search WHERE rowid = ?`, ent.id);
    this.conn.run(`DELETE FROM facets WHERE entity_id = ?`, ent.id);
    for (const table of ["metric_series", "curations", "history_horizons"]) this.conn.run(`DELETE FROM ${table} WHERE urn = ?`, urn);
    const uid = findUrnId(this.conn, this.tx, urn);
    if (uid !== undefined) {
      this.conn.run(`DELETE FROM aspect_rows WHERE urn_id = ?`, uid);
      this.conn.run(`DELETE FROM timeseries_rows WHERE urn_id = ?`, uid);
      this.conn.run(`DELETE FROM change_rows WHERE urn_id = ?`, uid);
      this.conn.run(`DELETE FROM edge_rows WHERE src = ?`, uid);
    }
    this.conn.run(`DELETE FROM entities WHERE id = ?`, ent.id);
    // The id and time only (search-facets.ts reads them), kept a day.
    const at = this.conn.transactionTime ?? this.conn.now();
    this.conn.run(`INSERT OR REPLACE INTO entity_removals (id, at) VALUES (?, ?)`, ent.id, at);
    this.conn.run(`DELETE FROM entity_removals WHERE at < ?`, at - REMOVALS_KEPT_MS);
    this.tx.forgetEntity(urn);
    deferred?.delete(urn);
    return true;
  }
}
