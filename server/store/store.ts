import type Database from "better-sqlite3";
import { applyMigrations } from "./migrations";
import { aspectTooLarge, busyTimeoutFromEnv, MAX_ASPECT_BYTES, maxAspectVersionsFromEnv, storedBytes, WriteLimitError } from "./limits";
import { Connection, type Row, type StatementTally } from "./connection";
import { TxCache, type TxAspect } from "./tx-cache";
import { AspectReads } from "./aspects";
import { EdgeReads } from "./edges";
import { EntityReads, type EntityRow } from "./entities";
import { queryWords, Search, toFtsQuery } from "./search";
import { indexRowsOf, lastPart, SEARCH_COLUMNS, SearchIndex, type SearchColumns } from "./search-index";

export { HEAVY_ASPECTS } from "./aspects";
export type { LineageNeighbourCounts } from "./edges";
export type { EntityRow } from "./entities";
export { RANK_ALL_UP_TO, SEARCH_WINDOW, toFtsQuery } from "./search";
import { diffAspect, formatVersion, markChange, type AspectChange, type ChangeMark, type EntityChange } from "../model/history";
import { isPersonWrite } from "../model/curation";
import { snapshotFile } from "./backup";
import { buildSearchDocument, deriveEdges } from "../model/derive";
import { entityTypeOf } from "../model/urn";
import type { Curation, CurationOp } from "../model/curation";
import type { AspectRecord, AspectValue, AspectWrite, Direction, EdgeRecord, SearchQuery, SearchResult, TimeseriesRecord, WriteResult } from "./types";

/** What Store.consistencyCheck() found: counts of what it compared, and the disagreements. */
export interface ConsistencyReport {
  ok: boolean;
  entities: number;
  /** current (version 0) aspects */
  aspects: number;
  edges: number;
  searchRows: number;
  facets: number;
  /** distinct tags looked up in the full-text index */
  tagsProbed: number;
  problemCount: number;
  /** the first problems, in words */
  problems: string[];
}

export interface StoreOptions {
  /** open read-only (no migrations, no writes) */
  readonly?: boolean;
  /** previous values kept per aspect (default: $ORRERY_MAX_ASPECT_VERSIONS, else DEFAULT_MAX_ASPECT_VERSIONS) */
  maxVersions?: number;
  /** how long a write waits for another connection's write lock (default: $ORRERY_BUSY_TIMEOUT_MS, else 5,000 ms) */
  busyTimeoutMs?: number;
  /** clock for tests */
  now?: () => number;
}

export class Store {
  readonly db: Database.Database;
  readonly path: string;
  /** previous values kept per aspect (see pruneVersions) */
  readonly maxVersions: number;
  /** how long a write waits for another connection's write lock */
  readonly busyTimeoutMs: number;
  /** counts the SQL statements run (tests use it to prove that reads are batched) */
  readonly counter: StatementTally;

  private readonly conn: Connection;
  /** what the running write transaction has written so far */
  private readonly tx = new TxCache();
  private readonly aspectReads: AspectReads;
  private readonly entityReads: EntityReads;
  private readonly edgeReads: EdgeReads;
  private readonly index: SearchIndex;
  private readonly searcher: Search;
  private anyCurations: boolean | undefined;

  private constructor(conn: Connection, maxVersions: number) {
    this.conn = conn;
    this.db = conn.db;
    this.path = conn.path;
    this.busyTimeoutMs = conn.busyTimeoutMs;
    this.counter = conn.counter;
    this.maxVersions = maxVersions;
    this.aspectReads = new AspectReads(conn);
    this.entityReads = new EntityReads(conn);
    this.edgeReads = new EdgeReads(conn);
    this.index = new SearchIndex(conn, this.tx, this.aspectReads);
    this.searcher = new Search(conn);
    // A write transaction numbers its changes before it commits; what it cached goes when it ends.
    conn.beforeCommit((at) => this.recordChanges(at));
    conn.afterTransaction(() => {
      this.tx.clear();
      // Another process (a CLI ingest beside the server) may curate between transactions.
      this.anyCurations = undefined;
    });
  }

  static open(file: string, opts: StoreOptions = {}): Store {
    const busyTimeoutMs = opts.busyTimeoutMs ?? busyTimeoutFromEnv();
    const conn = Connection.open(file, { readonly: opts.readonly === true, busyTimeoutMs, now: opts.now ?? Date.now });
    const store = new Store(conn, opts.maxVersions ?? maxAspectVersionsFromEnv());
    if (!opts.readonly && applyMigrations(conn)) store.reindexAll();
    store.searcher.createScratchTables();
    return store;
  }

  // ---- connection, statements and transactions (connection.ts) ----

  /** bumped on every committed write; lets callers cache derived reads */
  get generation(): number {
    return this.conn.generation;
  }

  /** Calls `listener` when the store closes, before its connection does (read workers close with it). */
  onClose(listener: () => void): void {
    this.conn.onClose(listener);
  }

  close(): void {
    this.conn.close();
  }

  /** Changes whenever the catalog may have changed, by this connection's writes or another's. */
  changeStamp(): string {
    return this.conn.changeStamp();
  }

  get schemaVersion(): number {
    return this.conn.schemaVersion;
  }

  all<T = Row>(sql: string, ...params: unknown[]): T[] {
    return this.conn.all<T>(sql, ...params);
  }

  get<T = Row>(sql: string, ...params: unknown[]): T | undefined {
    return this.conn.get<T>(sql, ...params);
  }

  run(sql: string, ...params: unknown[]): Database.RunResult {
    return this.conn.run(sql, ...params);
  }

  /** Runs `fn` in one write transaction (IMMEDIATE, one moment), or in the caller's when one is running. */
  transaction<T>(fn: () => T): T {
    return this.conn.transaction(fn);
  }

  /** Runs `fn`, a write in one transaction, waiting for the write lock without blocking the event loop. */
  whenWritable<T>(fn: () => T): Promise<T> {
    return this.conn.whenWritable(fn);
  }

  // ---- reads ----

  /** Current aspects of many entities; the heavy ones (HEAVY_ASPECTS) only when named. */
  getCurrentAspects(urns: readonly string[], aspects?: readonly string[]): Map<string, Map<string, AspectValue>> {
    return this.aspectReads.getCurrentAspects(urns, aspects);
  }

  getAspect(urn: string, aspect: string, version = 0): AspectRecord | null {
    return this.aspectReads.getAspect(urn, aspect, version);
  }

  getAspectHistory(urn: string, aspects?: readonly string[]): AspectRecord[] {
    return this.aspectReads.getAspectHistory(urn, aspects);
  }

  getTimeseries(
    urns: readonly string[],
    aspect: string,
    opts: { startTimeMillis?: number | null; endTimeMillis?: number | null; limit?: number | null } = {},
  ): Map<string, TimeseriesRecord[]> {
    return this.aspectReads.getTimeseries(urns, aspect, opts);
  }

  existing(urns: readonly string[], opts: { includeRemoved?: boolean } = {}): Set<string> {
    return this.entityReads.existing(urns, opts);
  }

  getEdges(urns: readonly string[], direction: Direction, types?: readonly string[] | null): EdgeRecord[] {
    return this.edgeReads.getEdges(urns, direction, types);
  }

  edgeRows(
    side: "src" | "dst",
    urns: readonly string[],
    limit: number,
    from?: { type: string; other: string },
  ): Array<{ urn: string; type: string; other: string; via: string; createdAt: number }> {
    return this.edgeReads.edgeRows(side, urns, limit, from);
  }

  isReferenced(urn: string, type: string): boolean {
    return this.edgeReads.isReferenced(urn, type);
  }

  relationshipRows(
    urns: readonly string[],
    srcTypes: readonly string[],
    dstTypes: readonly string[],
    limit: number,
    from?: { type: string; other: string },
  ): Array<{ urn: string; type: string; other: string; side: 0 | 1 }> {
    return this.edgeReads.relationshipRows(urns, srcTypes, dstTypes, limit, from);
  }

  entityRows(urns: readonly string[]): Map<string, EntityRow> {
    return this.entityReads.entityRows(urns);
  }

  entityTypes(urns: readonly string[]): Map<string, string> {
    return this.entityReads.entityTypes(urns);
  }

  countByType(types?: readonly string[]): Map<string, number> {
    return this.entityReads.countByType(types);
  }

  recentlyChanged(limit: number, types?: readonly string[]): Array<{ urn: string; type: string; updatedAt: number }> {
    return this.entityReads.recentlyChanged(limit, types);
  }

  // ---- search (search.ts, search-index.ts) ----

  /** Full-text search with facets; ranking and facets exact up to SEARCH_WINDOW matches. */
  search(q: SearchQuery): SearchResult {
    return this.searcher.search(q);
  }

  autocomplete(query: string, opts: { types?: readonly string[]; limit?: number } = {}): Array<{ urn: string; type: string; name: string }> {
    return this.searcher.autocomplete(query, opts);
  }

  // ---- writes ----

  /**
   * Writes aspects in one transaction: for each, the previous value becomes a numbered version, the
   * edges it declares are rebuilt, and the search document of every touched entity is refreshed.
   * Returns when the transaction has committed.
   */
  writeAspects(writes: readonly AspectWrite[]): WriteResult[] {
    return this.transaction(() => this.applyWrites(writes));
  }

  /**
   * The body of writeAspects, for callers that already hold a transaction. When `dirty` is given, the
   * touched urns are added to it and the caller must call `reindexMany(dirty)` before committing.
   */
  applyWrites(writes: readonly AspectWrite[], deferred?: Set<string>): WriteResult[] {
    if (!this.db.inTransaction) return this.transaction(() => this.applyWrites(writes, deferred));
    const now = this.conn.transactionTime ?? this.conn.now();
    const dirty = deferred ?? new Set<string>();
    const results: WriteResult[] = [];
    for (const w of writes) {
      // Refused before anything of it is written, whichever path it came by.
      const json = w.json ?? JSON.stringify(w.value);
      const sys = w.systemMetadata ? JSON.stringify(w.systemMetadata) : null;
      const size = storedBytes(json, sys);
      if (size > MAX_ASPECT_BYTES) throw new WriteLimitError(aspectTooLarge(`${w.urn} ${w.aspect}: the value${sys ? " with its systemMetadata" : ""}`, size));
      const isNew = this.ensureEntity(w.urn, w.entityType, now);
      if (w.timestampMillis !== undefined) {
        // Re-sending an identical point (a re-import) changes nothing, like an identical aspect.
        const prev = isNew
          ? undefined
          : this.get<{ value: string }>(`SELECT value FROM timeseries WHERE urn = ? AND aspect = ? AND ts = ?`, w.urn, w.aspect, w.timestampMillis);
        if (prev && prev.value === json) {
          results.push({ urn: w.urn, aspect: w.aspect, changed: false, version: 0, bytes: 0 });
          continue;
        }
        this.run(
          `INSERT INTO timeseries (urn, aspect, ts, value, created_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (urn, aspect, ts) DO UPDATE SET value = excluded.value, created_at = excluded.created_at`,
          w.urn,
          w.aspect,
          w.timestampMillis,
          json,
          now,
        );
        this.run(`UPDATE entities SET updated_at = ? WHERE urn = ?`, now, w.urn);
        results.push({ urn: w.urn, aspect: w.aspect, changed: true, version: 0, bytes: size });
        continue;
      }
      const cur =
        isNew && !this.tx.touched.has(`${w.urn}\u0000${w.aspect}`)
          ? undefined
          : this.get<{ value: string; created_at: number; created_by: string; system_metadata: string | null }>(
              `SELECT value, created_at, created_by, system_metadata FROM aspects WHERE urn = ? AND aspect = ? AND version = 0`,
              w.urn,
              w.aspect,
            );
      if (isNew) {
        this.tx.touched.add(`${w.urn}\u0000${w.aspect}`);
        let m = this.tx.freshAspects.get(w.urn);
        if (!m) this.tx.freshAspects.set(w.urn, (m = new Map()));
        m.set(w.aspect, w.value);
      }
      if (cur && cur.value === json) {
        results.push({ urn: w.urn, aspect: w.aspect, changed: false, version: 0, bytes: 0 });
        continue;
      }
      // The first write of this aspect in this transaction keeps the value it replaces as a version;
      // a later one replaces its own value in place (one transaction is one change: History shows its
      // net diff), so a batch that writes one aspect many times stores one version, not many.
      const key = `${w.urn}\u0000${w.aspect}`;
      const earlier = this.tx.aspects.get(key);
      const person = isPersonWrite(w.systemMetadata);
      if (earlier) {
        earlier.after = w.value;
        earlier.actor = w.actor;
        earlier.person &&= person;
      } else this.tx.aspects.set(key, { urn: w.urn, aspect: w.aspect, before: cur?.value ?? null, after: w.value, actor: w.actor, person });
      let version = 0;
      let kept = 0;
      if (cur && !earlier) {
        const max = this.get<{ v: number }>(`SELECT max(version) AS v FROM aspects WHERE urn = ? AND aspect = ?`, w.urn, w.aspect);
        version = (max?.v ?? 0) + 1;
        this.run(
          `INSERT INTO aspects (urn, aspect, version, value, created_at, created_by, system_metadata) VALUES (?, ?, ?, ?, ?, ?, ?)`,
          w.urn,
          w.aspect,
          version,
          cur.value,
          cur.created_at,
          cur.created_by,
          cur.system_metadata,
        );
        kept = cur.value.length;
        this.pruneVersions(w.urn, w.aspect, version);
      }
      this.run(
        `INSERT INTO aspects (urn, aspect, version, value, created_at, created_by, system_metadata) VALUES (?, ?, 0, ?, ?, ?, ?)
           ON CONFLICT (urn, aspect, version) DO UPDATE SET value = excluded.value, created_at = excluded.created_at,
             created_by = excluded.created_by, system_metadata = excluded.system_metadata`,
        w.urn,
        w.aspect,
        json,
        now,
        w.actor,
        sys,
      );
      if (w.aspect === "orreryMetricHistory") {
        if (cur) this.run(`DELETE FROM metric_series WHERE urn = ?`, w.urn);
        // SQLite splits the stored JSON, as migration 6 did for older catalogs (one serialisation for both).
        this.run(
          `INSERT INTO metric_series (urn, name, ord, series)
             SELECT ?, json_extract(m.value, '$.name'), m.key, m.value FROM json_each(?, '$.metrics') m`,
          w.urn,
          json,
        );
      }
      if (cur) this.run(`DELETE FROM edges WHERE src = ? AND via = ?`, w.urn, w.aspect);
      for (const e of deriveEdges(w.urn, w.aspect, w.value))
        this.run(`INSERT OR IGNORE INTO edges (src, via, type, dst, created_at) VALUES (?, ?, ?, ?, ?)`, w.urn, w.aspect, e.type, e.dst, now);
      dirty.add(w.urn);
      results.push({ urn: w.urn, aspect: w.aspect, changed: true, version: 0, bytes: size + kept });
    }
    if (!deferred) this.reindexMany(dirty);
    return results;
  }

  /**
   * Keeps at most `maxVersions` previous values of an aspect once version `newest` has been written:
   * older ones are deleted (DataHub's version-based retention). The oldest kept value has lost the one
   * before it, so History can no longer say what its change changed: the entity's history horizon
   * moves up to it, and History lists only the changes after it. Their version numbers were recorded
   * when they were made (recordChanges), so pruning renumbers nothing.
   */
  private pruneVersions(urn: string, aspect: string, newest: number): void {
    if (newest <= this.maxVersions) return;
    const gone = this.run(`DELETE FROM aspects WHERE urn = ? AND aspect = ? AND version > 0 AND version <= ?`, urn, aspect, newest - this.maxVersions);
    if (gone.changes === 0) return;
    const oldest = this.get<{ at: number }>(
      `SELECT created_at AS at FROM aspects WHERE urn = ? AND aspect = ? AND version > 0 ORDER BY version LIMIT 1`,
      urn,
      aspect,
    );
    if (!oldest) return;
    this.run(`INSERT INTO history_horizons (urn, at) VALUES (?, ?) ON CONFLICT (urn) DO UPDATE SET at = max(at, excluded.at)`, urn, oldest.at);
    // Changes behind the horizon are no longer listed; the newest change stays, for the numbering.
    this.run(
      `DELETE FROM changes WHERE urn = @urn AND at <= (SELECT at FROM history_horizons WHERE urn = @urn)
         AND at < (SELECT max(at) FROM changes WHERE urn = @urn)`,
      { urn },
    );
  }

  /** The entity's latest change (listed or not), for numbering the next one. */
  private latestMark(urn: string): ChangeMark | null {
    const r = this.get<{ at: number; actor: string; person: number; version: number; major: number; base: number; session_start: number | null }>(
      `SELECT at, actor, person, version, major, base, session_start FROM changes WHERE urn = ? ORDER BY at DESC, actor DESC LIMIT 1`,
      urn,
    );
    return r
      ? { at: r.at, actor: r.actor, person: r.person === 1, version: r.version, major: r.major === 1, base: r.base, sessionStart: r.session_start }
      : null;
  }

  /**
   * At the end of a transaction that wrote aspects: one change per entity and writer, numbered as
   * OpenMetadata numbers versions (model/history.ts markChange) and recorded with the aspects and
   * fields it changed. A write that changed no field is not a change.
   */
  private recordChanges(at: number): void {
    if (this.tx.aspects.size === 0) return;
    const byEntity = new Map<string, TxAspect[]>();
    for (const t of this.tx.aspects.values()) (byEntity.get(t.urn) ?? byEntity.set(t.urn, []).get(t.urn)!).push(t);
    for (const [urn, written] of byEntity) {
      const byActor = new Map<string, TxAspect[]>();
      for (const t of written.sort((x, y) => x.aspect.localeCompare(y.aspect))) (byActor.get(t.actor) ?? byActor.set(t.actor, []).get(t.actor)!).push(t);
      for (const [actor, group] of byActor) {
        const aspects = group
          .map((t) => ({ aspect: t.aspect, storedVersion: 0, fields: diffAspect(t.aspect, t.before === null ? undefined : JSON.parse(t.before), t.after) }))
          .filter((a) => a.fields.length > 0);
        if (aspects.length === 0) continue;
        const { joins, ...mark } = markChange(entityTypeOf(urn), this.latestMark(urn), { at, actor, person: group.every((t) => t.person), aspects });
        if (joins)
          this.run(
            `UPDATE changes SET version = ?, major = ? WHERE urn = ? AND actor = ? AND session_start = ?`,
            mark.version,
            mark.major ? 1 : 0,
            urn,
            actor,
            mark.sessionStart,
          );
        this.run(
          `INSERT INTO changes (urn, at, actor, version, major, person, base, session_start, aspects, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (urn, at, actor) DO UPDATE SET version = excluded.version, major = excluded.major, person = excluded.person,
               base = excluded.base, session_start = excluded.session_start, aspects = excluded.aspects, fields = excluded.fields`,
          urn,
          at,
          actor,
          mark.version,
          mark.major ? 1 : 0,
          mark.person ? 1 : 0,
          mark.base,
          mark.sessionStart,
          JSON.stringify(aspects.map((a) => a.aspect)),
          JSON.stringify([...new Set(aspects.flatMap((a) => a.fields.map((f) => f.field)))]),
        );
      }
    }
  }

  /**
   * One page of an entity's change history, newest first: the numbering recorded when each change was
   * made, and field diffs of the stored versions each listed change wrote (read for this page only).
   * `field` keeps the changes of that field or its sub-fields. Only changes after the entity's history
   * horizon are listed (before it, old versions have been pruned).
   */
  historyPage(urn: string, opts: { start: number; count: number; field?: string | null }): { version: string; total: number; changes: EntityChange[] } {
    const latest = this.latestMark(urn);
    const version = formatVersion((latest?.version ?? 1) / 10);
    const field = opts.field ?? null;
    const where = `urn = @urn AND at > coalesce((SELECT at FROM history_horizons WHERE urn = @urn), -1)
      AND (@field IS NULL OR EXISTS (SELECT 1 FROM json_each(changes.fields) f
             WHERE f.value = @field OR substr(f.value, 1, length(@field) + 1) = @field || '.'))`;
    const total = this.get<{ n: number }>(`SELECT count(*) AS n FROM changes WHERE ${where}`, { urn, field })?.n ?? 0;
    if (opts.count === 0) return { version, total, changes: [] };
    const rows = this.all<{ at: number; actor: string; version: number; major: number; aspects: string }>(
      `SELECT at, actor, version, major, aspects FROM changes WHERE ${where} ORDER BY at DESC, actor DESC LIMIT @count OFFSET @start`,
      { urn, field, count: opts.count, start: opts.start },
    );
    // Each stored value parsed once, however many listed changes it is the before or after of.
    const parsed = new Map<string, AspectValue>();
    const valueOf = (aspect: string, r: { version: number; value: string }) => {
      const k = `${aspect}\u0000${r.version}`;
      let v = parsed.get(k);
      if (!v) parsed.set(k, (v = JSON.parse(r.value) as AspectValue));
      return v;
    };
    const changes = rows.map((row): EntityChange => {
      const aspects: AspectChange[] = [];
      for (const aspect of JSON.parse(row.aspects) as string[]) {
        // The change's first and last stored values of the aspect (older catalogs may hold several per
        // change), in write order: versions 1, 2, … then 0, the current one.
        const mine = this.all<{ version: number }>(
          `SELECT version FROM aspects WHERE urn = ? AND aspect = ? AND created_at = ? AND created_by = ? ORDER BY version = 0, version`,
          urn,
          aspect,
          row.at,
          row.actor,
        );
        if (mine.length === 0) continue;
        const first = mine[0]!.version;
        const last = mine[mine.length - 1]!.version;
        const after = this.get<{ version: number; value: string }>(
          `SELECT version, value FROM aspects WHERE urn = ? AND aspect = ? AND version = ?`,
          urn,
          aspect,
          last,
        );
        const before = this.get<{ version: number; value: string }>(
          `SELECT version, value FROM aspects WHERE urn = ? AND aspect = ? AND version > 0 AND version < ? ORDER BY version DESC LIMIT 1`,
          urn,
          aspect,
          first === 0 ? Number.MAX_SAFE_INTEGER : first,
        );
        if (!after) continue;
        let fields = diffAspect(aspect, before ? valueOf(aspect, before) : undefined, valueOf(aspect, after));
        if (field) fields = fields.filter((f) => f.field === field || f.field.startsWith(`${field}.`));
        if (fields.length) aspects.push({ aspect, storedVersion: last, fields });
      }
      return { version: formatVersion(row.version / 10), major: row.major === 1, timestampMillis: row.at, actor: row.actor, aspects };
    });
    return { version, total, changes };
  }

  /** Refreshes the search documents of these entities (inside the caller's transaction). */
  reindexMany(urns: Iterable<string>): void {
    this.index.reindexMany(urns);
  }

  private ensureEntity(urn: string, type: string, now: number): boolean {
    if (this.tx.fresh.has(urn)) return true;
    const r = this.run(`INSERT INTO entities (urn, type, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (urn) DO NOTHING`, urn, type, now, now);
    if (r.changes > 0) this.tx.fresh.add(urn);
    return r.changes > 0;
  }

  /** Rebuilds every search document (after a change to the indexing rules), in batches. */
  reindexAll(onProgress?: (done: number, total: number) => void): number {
    return this.index.reindexAll(onProgress);
  }

  metricHistories(urns: readonly string[], names: readonly string[] | null): Map<string, Array<Record<string, unknown>>> {
    return this.aspectReads.metricHistories(urns, names);
  }

  /** People's curations of one aspect (see server/model/curation.ts), oldest first. */
  curationsOf(urn: string, aspect: string): Curation[] {
    // Most catalogs are mostly ingested: skip the lookup while nobody has curated anything.
    this.anyCurations ??= this.get(`SELECT 1 AS one FROM curations LIMIT 1`) !== undefined;
    if (!this.anyCurations) return [];
    return this.all<{ key: string; op: CurationOp; value: string | null }>(
      `SELECT key, op, value FROM curations WHERE urn = ? AND aspect = ? ORDER BY time, key`,
      urn,
      aspect,
    ).map((r) => ({ key: r.key, op: r.op, value: r.value === null ? null : JSON.parse(r.value) }));
  }

  /** Remembers what a person set or removed in an aspect; a later curation of the same item replaces it. */
  recordCurations(urn: string, aspect: string, curations: readonly Curation[], actor: string): void {
    const now = this.conn.now();
    if (curations.length) this.anyCurations = true;
    for (const c of curations)
      this.run(
        `INSERT INTO curations (urn, aspect, key, op, value, actor, time) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (urn, aspect, key) DO UPDATE SET op = excluded.op, value = excluded.value, actor = excluded.actor, time = excluded.time`,
        urn,
        aspect,
        c.key,
        c.op,
        c.value === null || c.value === undefined ? null : JSON.stringify(c.value),
        actor,
        now,
      );
  }

  /** A deterministic dump of the whole catalog (for tests comparing before/after). */
  dump(): { aspects: unknown[]; edges: unknown[]; timeseries: unknown[]; search: unknown[]; curations: unknown[] } {
    return {
      curations: this.all(`SELECT urn, aspect, key, op, value, actor FROM curations ORDER BY urn, aspect, key`),
      aspects: this.all(`SELECT urn, aspect, version, value FROM aspects ORDER BY urn, aspect, version`),
      edges: this.all(`SELECT src, via, type, dst FROM edges ORDER BY src, via, type, dst`),
      timeseries: this.all(`SELECT urn, aspect, ts, value FROM timeseries ORDER BY urn, aspect, ts`),
      search: this.all(`SELECT e.urn, s.name, s.description, s.tags, s.terms, s.owners FROM entities e JOIN search s ON s.rowid = e.id ORDER BY e.urn`),
    };
  }

  /** SQLite's own integrity check; "ok" when sound. */
  integrityCheck(): string {
    return (this.db.pragma("integrity_check", { simple: true }) as string) ?? "unknown";
  }

  /**
   * Online backup of the catalog to `file` (see backup.ts `snapshotFile`): one consistent snapshot,
   * taken while this or another process goes on writing.
   */
  async backup(file: string, opts: { onProgress?: (done: number, total: number) => void } = {}): Promise<{ pages: number }> {
    if (this.path === ":memory:") {
      const r = await this.db.backup(file);
      return { pages: r.totalPages };
    }
    return snapshotFile(this.path, file, opts);
  }

  /**
   * Rebuilds in memory everything derived from the current aspects — relationship edges, search
   * rows, facet rows, the soft-delete flag — and compares it with what is stored, in one read
   * transaction (a consistent snapshot, also while a server writes). Also checks that no aspect,
   * edge, search or facet row is orphaned, and probes the full-text index itself: for each tag, a
   * MATCH on the tags column must find exactly the entities whose tags hold its words.
   */
  consistencyCheck(opts: { batchSize?: number; maxProblems?: number; maxTagProbes?: number } = {}): ConsistencyReport {
    const batchSize = opts.batchSize ?? 2000;
    const maxProblems = opts.maxProblems ?? 50;
    const report: ConsistencyReport = { ok: true, entities: 0, aspects: 0, edges: 0, searchRows: 0, facets: 0, tagsProbed: 0, problemCount: 0, problems: [] };
    const problem = (text: string) => {
      report.problemCount++;
      if (report.problems.length < maxProblems) report.problems.push(text);
    };
    const key = (...parts: unknown[]) => parts.join("\u0000");
    const diff = (what: string, expected: Set<string>, actual: Set<string>) => {
      for (const k of expected) if (!actual.has(k)) problem(`${what}: missing ${k.replaceAll("\u0000", " ")}`);
      for (const k of actual) if (!expected.has(k)) problem(`${what}: unexpected ${k.replaceAll("\u0000", " ")}`);
    };
    // word of an indexed tag → ids of the entities whose tags column holds it
    const tagWords = new Map<string, Set<number>>();
    const tags = new Set<string>();
    const check = () => {
      let lastId = 0;
      for (;;) {
        const ents = this.all<{ id: number; urn: string; removed: number }>(
          `SELECT id, urn, removed FROM entities WHERE id > ? ORDER BY id LIMIT ?`,
          lastId,
          batchSize,
        );
        if (ents.length === 0) break;
        const [first, last] = [ents[0].id, ents[ents.length - 1].id];
        lastId = last;
        report.entities += ents.length;
        const urns = ents.map((e) => e.urn);
        const current = this.getCurrentAspects(urns);
        const edgeRows = this.all<{ src: string; via: string; type: string; dst: string }>(
          `SELECT src, via, type, dst FROM edges WHERE src IN (SELECT value FROM json_each(?))`,
          JSON.stringify(urns),
        );
        const searchRows = new Map(
          this.all<SearchColumns & { id: number }>(
            `SELECT rowid AS id, ${SEARCH_COLUMNS.join(", ")} FROM search WHERE rowid >= ? AND rowid <= ?`,
            first,
            last,
          ).map((r) => [r.id, r]),
        );
        const facetRows = this.all<{ id: number; field: string; value: string }>(
          `SELECT entity_id AS id, field, value FROM facets WHERE entity_id >= ? AND entity_id <= ?`,
          first,
          last,
        );
        report.edges += edgeRows.length;
        report.searchRows += searchRows.size;
        report.facets += facetRows.length;
        const actualEdges = new Map<string, Set<string>>();
        for (const e of edgeRows) {
          let set = actualEdges.get(e.src);
          if (!set) actualEdges.set(e.src, (set = new Set()));
          set.add(key(e.src, e.via, e.type, e.dst));
        }
        const actualFacets = new Map<number, Set<string>>();
        for (const f of facetRows) {
          let set = actualFacets.get(f.id);
          if (!set) actualFacets.set(f.id, (set = new Set()));
          set.add(key(f.field, f.value));
        }
        for (const ent of ents) {
          const aspects = current.get(ent.urn) ?? new Map();
          report.aspects += aspects.size;
          const expectedEdges = new Set<string>();
          for (const [name, value] of aspects) for (const e of deriveEdges(ent.urn, name, value)) expectedEdges.add(key(ent.urn, name, e.type, e.dst));
          diff(`edges of ${ent.urn}`, expectedEdges, actualEdges.get(ent.urn) ?? new Set());
          const doc = buildSearchDocument(ent.urn, Object.fromEntries(aspects) as Record<string, Record<string, unknown>>);
          if (doc.removed !== (ent.removed === 1)) problem(`entity ${ent.urn}: removed flag is ${ent.removed === 1}, its status aspect says ${doc.removed}`);
          const rows = indexRowsOf(doc);
          const row = searchRows.get(ent.id);
          searchRows.delete(ent.id);
          if (!rows) {
            if (row) problem(`search row of ${ent.urn}: present, but the entity is soft-deleted or not searchable`);
          } else if (!row) problem(`search row of ${ent.urn}: missing`);
          else
            for (const c of SEARCH_COLUMNS)
              if (row[c] !== rows.search[c]) problem(`search row of ${ent.urn}: ${c} is ${JSON.stringify(row[c])}, expected ${JSON.stringify(rows.search[c])}`);
          diff(`facets of ${ent.urn}`, new Set((rows?.facets ?? []).map(([f, v]) => key(f, v))), actualFacets.get(ent.id) ?? new Set());
          if (rows)
            for (const tag of doc.tags.map(lastPart)) {
              tags.add(tag);
              for (const w of queryWords(tag)) {
                let ids = tagWords.get(w.word);
                if (!ids) tagWords.set(w.word, (ids = new Set()));
                ids.add(ent.id);
              }
            }
        }
        for (const id of searchRows.keys()) problem(`search row ${id}: no entity has this id`);
      }
      const orphans: Array<[string, string]> = [
        ["aspects of an unknown entity", `SELECT DISTINCT urn AS k FROM aspects WHERE urn NOT IN (SELECT urn FROM entities) LIMIT 20`],
        [
          "old aspect versions without a current one",
          `SELECT DISTINCT a.urn || ' ' || a.aspect AS k FROM aspects a WHERE a.version > 0 AND NOT EXISTS (SELECT 1 FROM aspects b WHERE b.urn = a.urn AND b.aspect = a.aspect AND b.version = 0) LIMIT 20`,
        ],
        ["edges from an unknown entity", `SELECT DISTINCT src AS k FROM edges WHERE src NOT IN (SELECT urn FROM entities) LIMIT 20`],
        ["search rows of an unknown entity", `SELECT rowid AS k FROM search WHERE rowid NOT IN (SELECT id FROM entities) LIMIT 20`],
        ["facet rows of an unknown entity", `SELECT DISTINCT entity_id AS k FROM facets WHERE entity_id NOT IN (SELECT id FROM entities) LIMIT 20`],
        [
          "entities without aspects",
          `SELECT urn AS k FROM entities e WHERE NOT EXISTS (SELECT 1 FROM aspects a WHERE a.urn = e.urn) AND NOT EXISTS (SELECT 1 FROM timeseries t WHERE t.urn = e.urn) LIMIT 20`,
        ],
      ];
      for (const [what, sql] of orphans) for (const r of this.all<{ k: unknown }>(sql)) problem(`${what}: ${r.k}`);
      // metric_series holds exactly the current orreryMetricHistory aspects' metrics, one row each.
      const seriesDiff = [
        [
          "missing",
          `SELECT a.urn || ' ' || json_extract(m.value, '$.name') AS k FROM aspects a, json_each(a.value, '$.metrics') m
           WHERE a.aspect = 'orreryMetricHistory' AND a.version = 0
             AND NOT EXISTS (SELECT 1 FROM metric_series s WHERE s.urn = a.urn AND s.name = json_extract(m.value, '$.name') AND s.series = m.value) LIMIT 20`,
        ],
        [
          "unexpected",
          `SELECT s.urn || ' ' || s.name AS k FROM metric_series s WHERE NOT EXISTS (
           SELECT 1 FROM aspects a, json_each(a.value, '$.metrics') m WHERE a.urn = s.urn AND a.aspect = 'orreryMetricHistory' AND a.version = 0
             AND json_extract(m.value, '$.name') = s.name) LIMIT 20`,
        ],
      ] as const;
      for (const [what, sql] of seriesDiff) for (const r of this.all<{ k: unknown }>(sql)) problem(`metric series: ${what} ${r.k}`);
      // The index answers a tag query with exactly the entities whose stored tags hold its words.
      for (const tag of [...tags].sort().slice(0, opts.maxTagProbes ?? 1000)) {
        const fts = toFtsQuery(tag, { prefixLast: false });
        if (!fts) continue;
        report.tagsProbed++;
        const [firstWord, ...otherWords] = queryWords(tag).map((w) => tagWords.get(w.word) ?? new Set<number>());
        const expected = new Set([...firstWord].filter((id) => otherWords.every((ids) => ids.has(id))));
        const found = new Set(this.all<{ id: number }>(`SELECT rowid AS id FROM search WHERE search MATCH ?`, `{tags} : (${fts})`).map((r) => r.id));
        for (const id of expected) if (!found.has(id)) problem(`full-text index: tag '${tag}' does not find entity id ${id}`);
        for (const id of found) if (!expected.has(id)) problem(`full-text index: tag '${tag}' finds entity id ${id}, whose tags do not hold it`);
      }
    };
    if (this.db.inTransaction) check();
    else this.db.transaction(check)();
    report.ok = report.problemCount === 0;
    return report;
  }

  entityTypeOf(urn: string): string {
    return entityTypeOf(urn);
  }

  /**
   * DataHub's DELETE of an aspect: the aspect goes with all its versions, and the edges it declared.
   * The entity stays (with its other aspects). Returns false when there was no such aspect. As with
   * applyWrites, a caller holding `deferred` must reindex it before committing.
   */
  deleteAspect(urn: string, aspect: string, deferred?: Set<string>): boolean {
    if (!this.db.inTransaction) return this.transaction(() => this.deleteAspect(urn, aspect, deferred));
    const removed = this.run(`DELETE FROM aspects WHERE urn = ? AND aspect = ?`, urn, aspect).changes > 0;
    this.tx.freshAspects.get(urn)?.delete(aspect);
    if (!removed) return false;
    this.run(`DELETE FROM edges WHERE src = ? AND via = ?`, urn, aspect);
    if (aspect === "orreryMetricHistory") this.run(`DELETE FROM metric_series WHERE urn = ?`, urn);
    if (deferred) deferred.add(urn);
    else this.reindexMany([urn]);
    return true;
  }

  /**
   * DataHub's DELETE of an entity's key aspect (a hard delete): the entity and everything stored of
   * it (aspects and their versions, timeseries, the edges it declared, its search entry, curations).
   * Edges other entities declare towards it stay, as references to an unknown urn. Returns false when
   * there was no such entity.
   */
  deleteEntity(urn: string, deferred?: Set<string>): boolean {
    if (!this.db.inTransaction) return this.transaction(() => this.deleteEntity(urn, deferred));
    const ent = this.get<{ id: number }>(`SELECT id FROM entities WHERE urn = ?`, urn);
    if (!ent) return false;
    this.run(`DELETE FROM search WHERE rowid = ?`, ent.id);
    this.run(`DELETE FROM facets WHERE entity_id = ?`, ent.id);
    for (const table of ["aspects", "timeseries", "metric_series", "curations", "changes", "history_horizons"])
      this.run(`DELETE FROM ${table} WHERE urn = ?`, urn);
    this.run(`DELETE FROM edges WHERE src = ?`, urn);
    this.run(`DELETE FROM entities WHERE id = ?`, ent.id);
    this.tx.forgetEntity(urn);
    deferred?.delete(urn);
    return true;
  }
}
