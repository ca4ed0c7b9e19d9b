import { Checkpointer } from "./checkpointer";
import type Database from "better-sqlite3";
import type { Curation } from "../model/curation";
import type { EntityChange } from "../model/history";
import { entityTypeOf } from "../model/urn";
import { AspectReads } from "./aspects";
import { snapshotFile } from "./backup";
import { browse, type BrowseQuery, type BrowseResult } from "./browse";
import { Changes } from "./changes";
import { Connection, type Row, type StatementTally } from "./connection";
import { consistencyCheck, type ConsistencyOptions, type ConsistencyReport } from "./consistency";
import { Curations } from "./curations";
import { EdgeReads, type EdgeTimeWindow } from "./edges";
import { EdgePages } from "./edge-pages";
import { filterSql, type FilterBranches } from "./search-filters";
import { EntityReads, type EntityRow } from "./entities";
import { busyTimeoutFromEnv, maxAspectVersionsFromEnv } from "./limits";
import { applyMigrations } from "./migrations";
import { Search } from "./search";
import { SearchIndex } from "./search-index";
import { TxCache } from "./tx-cache";
import type {
  AspectRecord,
  AspectValue,
  AspectWrite,
  Direction,
  EdgeRecord,
  ScrollPosition,
  SearchHit,
  SearchQuery,
  SearchResult,
  TimeseriesRecord,
  WriteResult,
} from "./types";
import { Writes } from "./writes";

export { HEAVY_ASPECTS } from "./aspects";
export type { ConsistencyReport } from "./consistency";
export type { LineageNeighbourCounts } from "./edges";
export type { EntityRow } from "./entities";
export { RANK_ALL_UP_TO, SEARCH_WINDOW, toFtsQuery } from "./search";

export interface StoreOptions {
  /** open read-only (no migrations, no writes) */
  readonly?: boolean;
  /** previous values kept per aspect (default: $ORRERY_MAX_ASPECT_VERSIONS, else DEFAULT_MAX_ASPECT_VERSIONS) */
  maxVersions?: number;
  /** how long a write waits for another connection's write lock (default: $ORRERY_BUSY_TIMEOUT_MS, else 5,000 ms) */
  busyTimeoutMs?: number;
  /** clock for tests */
  now?: () => number;
  /** hold the catalog alone until closed (refused while another process has it open; see Connection) */
  exclusive?: boolean;
}

/**
 * The catalog's store, what the rest of the server reads and writes the catalog through. Each
 * concern lives in a module of its own, which this class wires together and delegates to: the
 * connection, statements and transactions (connection.ts), reads of aspects (aspects.ts), entities
 * (entities.ts) and edges (edges.ts), the write path (writes.ts) with History's changes
 * (changes.ts) and the search index it keeps (search-index.ts), search (search.ts), curations
 * (curations.ts) and the consistency check (consistency.ts).
 */
export class Store {
  readonly db: Database.Database;
  readonly path: string;
  /** previous values kept per aspect (see writes.ts pruneVersions) */
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
  private readonly edgePages: EdgePages;
  private readonly index: SearchIndex;
  private readonly searcher: Search;
  private readonly writer: Writes;
  private readonly changes: Changes;
  private readonly curations: Curations;

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
    this.edgePages = new EdgePages(conn, () => conn.db.inTransaction);
    this.index = new SearchIndex(conn, this.tx, this.aspectReads);
    this.searcher = new Search(conn);
    this.writer = new Writes(conn, this.tx, this.index, maxVersions);
    this.changes = new Changes(conn, this.tx);
    this.curations = new Curations(conn);
    // A write transaction numbers its changes before it commits; what it cached goes when it ends.
    conn.beforeCommit((at) => this.changes.recordChanges(at));
    conn.afterTransaction(() => {
      this.tx.clear();
      this.curations.forgetPresence();
      this.writer.endTransaction();
    });
  }

  static open(file: string, opts: StoreOptions = {}): Store {
    const busyTimeoutMs = opts.busyTimeoutMs ?? busyTimeoutFromEnv();
    const conn = Connection.open(file, { readonly: opts.readonly === true, busyTimeoutMs, now: opts.now ?? Date.now, exclusive: opts.exclusive === true });
    const store = new Store(conn, opts.maxVersions ?? maxAspectVersionsFromEnv());
    if (!opts.readonly && applyMigrations(conn)) store.reindexAll();
    store.searcher.prepareConnection();
    return store;
  }

  // ---- connection, statements and transactions (connection.ts) ----

  /** bumped on every committed write; lets callers cache derived reads */
  get generation(): number {
    return this.conn.generation;
  }

  /**
   * Checkpoints the catalog's WAL on a worker thread until the returned checkpointer is stopped or
   * the store closes (checkpointer.ts); null for a catalog without a WAL.
   */
  checkpointInBackground(intervalMs?: number): Checkpointer | null {
    return Checkpointer.start(this.conn, intervalMs);
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

  // ---- reads (aspects.ts, entities.ts, edges.ts) ----

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

  metricHistories(urns: readonly string[], names: readonly string[] | null): Map<string, Array<Record<string, unknown>>> {
    return this.aspectReads.metricHistories(urns, names);
  }

  existing(urns: readonly string[], opts: { includeRemoved?: boolean } = {}): Set<string> {
    return this.entityReads.existing(urns, opts);
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

  entityTypeOf(urn: string): string {
    return entityTypeOf(urn);
  }

  getEdges(urns: readonly string[], direction: Direction, types?: readonly string[] | null): EdgeRecord[] {
    return this.edgeReads.getEdges(urns, direction, types);
  }

  /** `urns` in the order edgeRows and relationshipRows page through them (see EdgePages.edgeOrder). */
  edgeOrder(urns: Iterable<string>): string[] {
    return this.edgePages.edgeOrder(urns);
  }

  edgeRows(
    side: "src" | "dst",
    urns: readonly string[],
    limit: number,
    from?: { type: string; other: string },
  ): Array<{ urn: string; type: string; other: string; via: string; createdAt: number }> {
    return this.edgePages.edgeRows(side, urns, limit, from);
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
    window?: EdgeTimeWindow,
  ): Array<{ urn: string; type: string; other: string; side: 0 | 1 }> {
    return this.edgePages.relationshipRows(urns, srcTypes, dstTypes, limit, from, window);
  }

  /** Which of `urns` (live entities; soft-deleted ones too when asked) match DataHub's filter branches (./search-filters.ts). */
  matchingUrns(urns: readonly string[], where: FilterBranches, includeSoftDeleted = false): Set<string> {
    const cond = filterSql(where, "e.id", "e");
    const rows = this.conn.all<{ urn: string }>(
      `SELECT e.urn FROM entities e WHERE e.urn IN (SELECT value FROM json_each(?))${includeSoftDeleted ? "" : " AND e.removed = 0"}${cond ? ` AND ${cond.sql}` : ""}`,
      JSON.stringify(urns),
      ...(cond?.params ?? []),
    );
    return new Set(rows.map((r) => r.urn));
  }

  /** A page of a scroll through the search (./search.ts: Search.scroll). */
  scroll(q: SearchQuery, after: ScrollPosition | null): { total: number; hits: SearchHit[] } {
    return this.searcher.scroll(q, after);
  }

  // ---- search (search.ts, search-index.ts) ----

  /** Full-text search with facets; ranking and facets exact up to SEARCH_WINDOW matches. */
  search(q: SearchQuery): SearchResult {
    return this.searcher.search(q);
  }

  /** DataHub's browseV2: the groups one entry below a browse path, counted under filters (browse.ts). */
  browse(q: BrowseQuery): BrowseResult {
    return browse(this.conn, q);
  }

  autocomplete(
    query: string,
    opts: { types?: readonly string[]; limit?: number; where?: FilterBranches } = {},
  ): Array<{ urn: string; type: string; name: string }> {
    return this.searcher.autocomplete(query, opts);
  }

  /** Refreshes the search documents of these entities (inside the caller's transaction). */
  reindexMany(urns: Iterable<string>): void {
    this.index.reindexMany(urns);
  }

  /** Rebuilds every search document (after a change to the indexing rules), in batches. */
  reindexAll(onProgress?: (done: number, total: number) => void): number {
    const n = this.index.reindexAll(onProgress);
    this.searcher.columns.invalidate(); // the facet rows were rewritten with updated_at kept
    return n;
  }

  // ---- writes (writes.ts), History (changes.ts), curations (curations.ts) ----

  /**
   * Writes aspects in one transaction: for each, the previous value becomes a numbered version, the
   * edges it declares are rebuilt, and the search document of every touched entity is refreshed.
   * Returns when the transaction has committed.
   */
  writeAspects(writes: readonly AspectWrite[]): WriteResult[] {
    return this.transaction(() => this.writer.applyWrites(writes));
  }

  /** The body of writeAspects, in the caller's transaction (or one of its own); with `deferred`, the caller reindexes. */
  applyWrites(writes: readonly AspectWrite[], deferred?: Set<string>): WriteResult[] {
    return this.writer.applyWrites(writes, deferred);
  }

  /** DataHub's DELETE of an aspect, with all its versions and the edges it declared. */
  deleteAspect(urn: string, aspect: string, deferred?: Set<string>): boolean {
    return this.writer.deleteAspect(urn, aspect, deferred);
  }

  /** DataHub's hard delete of an entity: everything stored of it. */
  deleteEntity(urn: string, deferred?: Set<string>): boolean {
    return this.writer.deleteEntity(urn, deferred);
  }

  /** One page of an entity's change history, newest first. */
  historyPage(urn: string, opts: { start: number; count: number; field?: string | null }): { version: string; total: number; changes: EntityChange[] } {
    return this.changes.historyPage(urn, opts);
  }

  /** People's curations of one aspect, oldest first. */
  curationsOf(urn: string, aspect: string): Curation[] {
    return this.curations.curationsOf(urn, aspect);
  }

  /** Remembers what a person set or removed in an aspect. */
  recordCurations(urn: string, aspect: string, curations: readonly Curation[], actor: string): void {
    this.curations.recordCurations(urn, aspect, curations, actor);
  }

  // ---- checks and copies ----

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

  /** Compares what is derived from the aspects (edges, search rows, facets…) with what is stored. */
  consistencyCheck(opts: ConsistencyOptions = {}): ConsistencyReport {
    return consistencyCheck(this.conn, this.aspectReads, opts);
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
}
