import type Database from "better-sqlite3";
import type { Curation } from "../model/curation";
import { buildSearchDocument, deriveEdges } from "../model/derive";
import type { EntityChange } from "../model/history";
import { entityTypeOf } from "../model/urn";
import { AspectReads } from "./aspects";
import { snapshotFile } from "./backup";
import { Changes } from "./changes";
import { Connection, type Row, type StatementTally } from "./connection";
import { Curations } from "./curations";
import { EdgeReads } from "./edges";
import { EntityReads, type EntityRow } from "./entities";
import { busyTimeoutFromEnv, maxAspectVersionsFromEnv } from "./limits";
import { applyMigrations } from "./migrations";
import { queryWords, Search, toFtsQuery } from "./search";
import { indexRowsOf, lastPart, SEARCH_COLUMNS, SearchIndex, type SearchColumns } from "./search-index";
import { TxCache } from "./tx-cache";
import type { AspectRecord, AspectValue, AspectWrite, Direction, EdgeRecord, SearchQuery, SearchResult, TimeseriesRecord, WriteResult } from "./types";
import { Writes } from "./writes";

export { HEAVY_ASPECTS } from "./aspects";
export type { LineageNeighbourCounts } from "./edges";
export type { EntityRow } from "./entities";
export { RANK_ALL_UP_TO, SEARCH_WINDOW, toFtsQuery } from "./search";

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

/**
 * The catalog: the one gateway to its SQLite file. Each concern lives in a module of its own, which
 * this class wires together and delegates to: the connection, statements and transactions
 * (connection.ts), reads of aspects (aspects.ts), entities (entities.ts) and edges (edges.ts), the
 * write path (writes.ts) with History's changes (changes.ts) and the search index it keeps
 * (search-index.ts), search (search.ts) and curations (curations.ts).
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

  // ---- search (search.ts, search-index.ts) ----

  /** Full-text search with facets; ranking and facets exact up to SEARCH_WINDOW matches. */
  search(q: SearchQuery): SearchResult {
    return this.searcher.search(q);
  }

  autocomplete(query: string, opts: { types?: readonly string[]; limit?: number } = {}): Array<{ urn: string; type: string; name: string }> {
    return this.searcher.autocomplete(query, opts);
  }

  /** Refreshes the search documents of these entities (inside the caller's transaction). */
  reindexMany(urns: Iterable<string>): void {
    this.index.reindexMany(urns);
  }

  /** Rebuilds every search document (after a change to the indexing rules), in batches. */
  reindexAll(onProgress?: (done: number, total: number) => void): number {
    return this.index.reindexAll(onProgress);
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

  /** The body of writeAspects, in the caller's transaction; with `deferred`, the caller reindexes. */
  applyWrites(writes: readonly AspectWrite[], deferred?: Set<string>): WriteResult[] {
    return this.writer.applyWrites(writes, deferred);
  }

  deleteAspect(urn: string, aspect: string, deferred?: Set<string>): boolean {
    return this.writer.deleteAspect(urn, aspect, deferred);
  }

  deleteEntity(urn: string, deferred?: Set<string>): boolean {
    return this.writer.deleteEntity(urn, deferred);
  }

  historyPage(urn: string, opts: { start: number; count: number; field?: string | null }): { version: string; total: number; changes: EntityChange[] } {
    return this.changes.historyPage(urn, opts);
  }

  curationsOf(urn: string, aspect: string): Curation[] {
    return this.curations.curationsOf(urn, aspect);
  }

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
        const current = this.aspectReads.getCurrentAspects(urns);
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
