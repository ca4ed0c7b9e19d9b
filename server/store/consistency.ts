import { buildSearchDocument, deriveEdges } from "../model/derive";
import type { AspectReads } from "./aspects";
import type { Connection } from "./connection";
import { queryWords, toFtsQuery } from "./search";
import { containerPaths, indexRowsOf, lastPart, ownerNamesOf, SEARCH_COLUMNS, type SearchColumns } from "./search-index";

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

export interface ConsistencyOptions {
  /** entities compared per batch (2,000) */
  batchSize?: number;
  /** problems listed in the report (50); all are counted */
  maxProblems?: number;
  /** tags looked up in the full-text index (1,000) */
  maxTagProbes?: number;
}

/**
 * Rebuilds in memory everything derived from the current aspects — relationship edges, search
 * rows, facet rows, the soft-delete flag — and compares it with what is stored, in one read
 * transaction (a consistent snapshot, also while a server writes). Also checks that no aspect,
 * edge, search or facet row is orphaned, that the metric series match the metric histories, and
 * probes the full-text index itself: for each tag, a MATCH on the tags column must find exactly the
 * entities whose tags hold its words.
 */
export function consistencyCheck(conn: Connection, aspectReads: AspectReads, opts: ConsistencyOptions = {}): ConsistencyReport {
  const maxProblems = opts.maxProblems ?? 50;
  const report: ConsistencyReport = { ok: true, entities: 0, aspects: 0, edges: 0, searchRows: 0, facets: 0, tagsProbed: 0, problemCount: 0, problems: [] };
  const problem = (text: string) => {
    report.problemCount++;
    if (report.problems.length < maxProblems) report.problems.push(text);
  };
  const tags: IndexedTags = { tags: new Set(), words: new Map() };
  const check = () => {
    compareDerivedRows(conn, aspectReads, opts.batchSize ?? 2000, report, problem, tags);
    findOrphans(conn, problem);
    compareMetricSeries(conn, problem);
    probeTags(conn, tags, opts.maxTagProbes ?? 1000, report, problem);
  };
  if (conn.db.inTransaction) check();
  else conn.db.transaction(check)();
  report.ok = report.problemCount === 0;
  return report;
}

type Problem = (text: string) => void;

/** The indexed tags met on the way, and for each word of theirs the ids of the entities whose tags column holds it. */
interface IndexedTags {
  tags: Set<string>;
  words: Map<string, Set<number>>;
}

const key = (...parts: unknown[]) => parts.join("\u0000");

function diff(problem: Problem, what: string, expected: Set<string>, actual: Set<string>): void {
  for (const k of expected) if (!actual.has(k)) problem(`${what}: missing ${k.replaceAll("\u0000", " ")}`);
  for (const k of actual) if (!expected.has(k)) problem(`${what}: unexpected ${k.replaceAll("\u0000", " ")}`);
}

/** Every entity, a batch at a time: its edges, search row, facets and soft-delete flag against its current aspects. */
function compareDerivedRows(
  conn: Connection,
  aspectReads: AspectReads,
  batchSize: number,
  report: ConsistencyReport,
  problem: Problem,
  tags: IndexedTags,
): void {
  let lastId = 0;
  for (;;) {
    const ents = conn.all<{ id: number; urn: string; removed: number }>(
      `SELECT id, urn, removed FROM entities WHERE id > ? ORDER BY id LIMIT ?`,
      lastId,
      batchSize,
    );
    if (ents.length === 0) break;
    const [first, last] = [ents[0].id, ents[ents.length - 1].id];
    lastId = last;
    report.entities += ents.length;
    const urns = ents.map((e) => e.urn);
    const current = aspectReads.getCurrentAspects(urns);
    const edgeRows = conn.all<{ src: string; via: string; type: string; dst: string }>(
      `SELECT src, via, type, dst FROM edges WHERE src IN (SELECT value FROM json_each(?))`,
      JSON.stringify(urns),
    );
    const searchRows = new Map(
      conn
        .all<SearchColumns & { id: number }>(`SELECT rowid AS id, ${SEARCH_COLUMNS.join(", ")} FROM search WHERE rowid >= ? AND rowid <= ?`, first, last)
        .map((r) => [r.id, r]),
    );
    const facetRows = conn.all<{ id: number; field: string; value: string }>(
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
    const containerOf = containerPaths(aspectReads);
    for (const ent of ents) {
      const aspects = current.get(ent.urn) ?? new Map();
      report.aspects += aspects.size;
      const expectedEdges = new Set<string>();
      for (const [name, value] of aspects) for (const e of deriveEdges(ent.urn, name, value)) expectedEdges.add(key(ent.urn, name, e.type, e.dst));
      diff(problem, `edges of ${ent.urn}`, expectedEdges, actualEdges.get(ent.urn) ?? new Set());
      const doc = buildSearchDocument(ent.urn, Object.fromEntries(aspects) as Record<string, Record<string, unknown>>, containerOf);
      if (doc.removed !== (ent.removed === 1)) problem(`entity ${ent.urn}: removed flag is ${ent.removed === 1}, its status aspect says ${doc.removed}`);
      const rows = indexRowsOf(doc, ownerNamesOf(aspectReads, doc.owners));
      const row = searchRows.get(ent.id);
      searchRows.delete(ent.id);
      if (!rows) {
        if (row) problem(`search row of ${ent.urn}: present, but the entity is soft-deleted or not searchable`);
      } else if (!row) problem(`search row of ${ent.urn}: missing`);
      else
        for (const c of SEARCH_COLUMNS)
          if (row[c] !== rows.search[c]) problem(`search row of ${ent.urn}: ${c} is ${JSON.stringify(row[c])}, expected ${JSON.stringify(rows.search[c])}`);
      diff(problem, `facets of ${ent.urn}`, new Set((rows?.facets ?? []).map(([f, v]) => key(f, v))), actualFacets.get(ent.id) ?? new Set());
      if (rows)
        for (const tag of doc.tags.map(lastPart)) {
          tags.tags.add(tag);
          for (const w of queryWords(tag)) {
            let ids = tags.words.get(w.word);
            if (!ids) tags.words.set(w.word, (ids = new Set()));
            ids.add(ent.id);
          }
        }
    }
    for (const id of searchRows.keys()) problem(`search row ${id}: no entity has this id`);
  }
}

/** Rows no entity or current aspect accounts for, and entities with nothing stored. */
function findOrphans(conn: Connection, problem: Problem): void {
  const orphans: Array<[string, string]> = [
    ["aspects of an unknown entity", `SELECT DISTINCT urn AS k FROM aspects WHERE urn NOT IN (SELECT urn FROM entities) LIMIT 20`],
    [
      "old aspect versions without a current one",
      `SELECT DISTINCT a.urn || ' ' || a.aspect AS k FROM aspects a WHERE a.version > 0 AND NOT EXISTS (SELECT 1 FROM aspects b WHERE b.urn = a.urn AND b.aspect = a.aspect AND b.version = 0) LIMIT 20`,
    ],
    [
      "aspects whose systemMetadata template is missing",
      `SELECT a.urn || ' ' || a.aspect AS k FROM aspects a WHERE a.system_metadata_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM system_metadata s WHERE s.id = a.system_metadata_id) LIMIT 20`,
    ],
    ["edges from an unknown entity", `SELECT DISTINCT src AS k FROM edges WHERE src NOT IN (SELECT urn FROM entities) LIMIT 20`],
    ["search rows of an unknown entity", `SELECT rowid AS k FROM search WHERE rowid NOT IN (SELECT id FROM entities) LIMIT 20`],
    ["facet rows of an unknown entity", `SELECT DISTINCT entity_id AS k FROM facets WHERE entity_id NOT IN (SELECT id FROM entities) LIMIT 20`],
    [
      "entities without aspects",
      `SELECT urn AS k FROM entities e WHERE NOT EXISTS (SELECT 1 FROM aspects a WHERE a.urn = e.urn) AND NOT EXISTS (SELECT 1 FROM timeseries t WHERE t.urn = e.urn) LIMIT 20`,
    ],
  ];
  for (const [what, sql] of orphans) for (const r of conn.all<{ k: unknown }>(sql)) problem(`${what}: ${r.k}`);
  // Rows hold urns and names as ids (migration 12): one with an id the urns or names table lacks
  // would vanish from the views every read goes through.
  for (const [table, column, target] of INTERNED_COLUMNS)
    for (const r of conn.all<{ k: unknown }>(`SELECT DISTINCT ${column} AS k FROM ${table} WHERE ${column} NOT IN (SELECT id FROM ${target}) LIMIT 20`))
      problem(`${table}.${column}: id ${r.k} is not in ${target}`);
}

/** The columns that hold an id of the urns or names table. */
const INTERNED_COLUMNS: ReadonlyArray<[string, string, "urns" | "names"]> = [
  ["aspect_rows", "urn_id", "urns"],
  ["aspect_rows", "aspect_id", "names"],
  ["aspect_rows", "created_by", "urns"],
  ["edge_rows", "src", "urns"],
  ["edge_rows", "dst", "urns"],
  ["edge_rows", "type", "names"],
  ["edge_rows", "via", "names"],
  ["timeseries_rows", "urn_id", "urns"],
  ["timeseries_rows", "aspect_id", "names"],
  ["change_rows", "urn_id", "urns"],
  ["change_rows", "actor_id", "urns"],
];

/** metric_series holds exactly the current orreryMetricHistory aspects' metrics, one row each. */
function compareMetricSeries(conn: Connection, problem: Problem): void {
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
  for (const [what, sql] of seriesDiff) for (const r of conn.all<{ k: unknown }>(sql)) problem(`metric series: ${what} ${r.k}`);
}

/** The full-text index answers a tag query with exactly the entities whose stored tags hold its words. */
function probeTags(conn: Connection, tags: IndexedTags, maxTagProbes: number, report: ConsistencyReport, problem: Problem): void {
  for (const tag of [...tags.tags].sort().slice(0, maxTagProbes)) {
    const fts = toFtsQuery(tag, { prefixLast: false });
    if (!fts) continue;
    report.tagsProbed++;
    const [firstWord, ...otherWords] = queryWords(tag).map((w) => tags.words.get(w.word) ?? new Set<number>());
    const expected = new Set([...firstWord].filter((id) => otherWords.every((ids) => ids.has(id))));
    const found = new Set(conn.all<{ id: number }>(`SELECT rowid AS id FROM search WHERE search MATCH ?`, `{tags} : (${fts})`).map((r) => r.id));
    for (const id of expected) if (!found.has(id)) problem(`full-text index: tag '${tag}' does not find entity id ${id}`);
    for (const id of found) if (!expected.has(id)) problem(`full-text index: tag '${tag}' finds entity id ${id}, whose tags do not hold it`);
  }
}
