import { searchTextParts } from "../model/derive";
import type { Connection, Row } from "./connection";
import { AspectReads } from "./aspects";
import type { AspectValue } from "../model/records";
import type { ScrollPosition, SearchHit, SearchQuery, SearchResult } from "./types";
import { filterSql, type FilterBranches } from "./search-filters";
import { markMatches, nameScore, queryWords } from "./search-text";

export { queryWords, toFtsQuery } from "./search-text";
import { fold, positiveWords, rowMatches, type QueryNode } from "../model/search-query";
import { corrections } from "./search-fuzzy";
import { countFacets, FacetColumns, facetsOut, SQL_FACETS_UP_TO, storedFacetField } from "./search-facets";
import { CachedSearch, holds, SearchCache, type PatchContext, type Ranking, type RankWindow } from "./search-cache";
import { prepareSearch, ROW_COLUMNS, type PreparedSearch } from "./search-prepare";
import { createTermsView } from "./search-terms";
import { estimatedTotal, FACETS_EXACT_UP_TO, matchIds, RANK_ALL_UP_TO, rankedPage, SEARCH_WINDOW, sortedPage, sortOrder } from "./search-matches";

export { FACETS_EXACT_UP_TO, RANK_ALL_UP_TO, SEARCH_WINDOW };

/** Changed matches a kept ranking looks up by id, at most, before it is read again instead (search-cache.ts). */
const RANK_LOOK_UPS = 4;

const FTS_COLUMNS = ["name", "description", "text", "tags", "terms", "owners", "platform"] as const;
/** bm25 weights per FTS column (name counts most); `kind` (last) is only for filtering. */
const BM25_WEIGHTS = "10.0, 2.0, 1.0, 3.0, 3.0, 2.0, 1.0, 0.0";

/** The FTS columns, by the names a hit's matchedFields gives them (`text` is named part by part, see searchTextParts). */
const MATCHED_FIELD_NAME: Record<Exclude<(typeof FTS_COLUMNS)[number], "text">, string> = {
  name: "name",
  description: "description",
  tags: "tags",
  terms: "glossaryTerms",
  owners: "owners",
  platform: "platform",
};

/** Reads of the search index (search-index.ts keeps it): full-text search with facets, and autocomplete. */
export class Search {
  private readonly conn: Connection;
  /** the facet counts of the whole catalog (no query, no filter), until the catalog changes */
  private facetCache: { stamp: string; key: string; value: SearchResult["facets"] } | null = null;
  /** the query a row check (orrery_row_matches) evaluates: set for the statement that calls it */
  private rowCheck: { node: QueryNode; fixes: (w: string) => readonly string[] } | null = null;
  /** facet values by entity, read when a broad search first needs them */
  readonly columns: FacetColumns;
  /** broad full-text searches' results, patched with the catalog's changes (search-cache.ts) */
  readonly cache = new SearchCache();

  constructor(conn: Connection) {
    this.conn = conn;
    this.columns = new FacetColumns(conn);
  }

  /**
   * What a search needs on each connection: the view of the index's terms (search-terms.ts) and the
   * SQL function that checks a phrase's words against a row (the index keeps no token positions).
   */
  prepareConnection(): void {
    createTermsView(this.conn);
    // Phrases: the index has no token positions, so rows matching all a phrase's words are checked here.
    this.conn.db.function("orrery_row_matches", { deterministic: false, varargs: true }, (...cols: unknown[]) => {
      if (!this.rowCheck) return 1;
      const row = Object.fromEntries(ROW_COLUMNS.map((c, i) => [c, String(cols[i] ?? "")]));
      return rowMatches(this.rowCheck.node, row, this.rowCheck.fixes) ? 1 : 0;
    });
  }

  /**
   * Search with the query syntax of search-query.ts, facets and a sort. The total and the facet
   * counts are exact up to FACETS_EXACT_UP_TO matches (beyond, the total is an estimate and the
   * facets count the newest matches: facetsExact is false). Ranking (bm25, name matches weighted
   * most; exact and prefix matches before typo corrections) covers every match up to
   * RANK_ALL_UP_TO, else the newest name matches first (nameScore) and the rest newest first.
   * Sorting by name or last change orders every match up to FACETS_EXACT_UP_TO. See docs/API.md.
   */
  search(q: SearchQuery): SearchResult {
    const start = Math.max(0, q.start ?? 0);
    const count = Math.max(0, Math.min(q.count ?? 10, 1000));
    const sort = q.sort && q.sort.field !== "relevance" ? q.sort : null;
    const p = prepareSearch(this.conn, q);
    // Nothing to search for (only punctuation, say): nothing matches, rather than everything.
    if (!p) return { start, count: 0, total: 0, hits: [], facets: (q.facets ?? []).map((field) => ({ field, aggregations: [] })), facetsExact: true };
    const { node, fixes } = p;
    let total: number;
    let exact: boolean;
    /** the matches whose facets are counted (all of them when exact), read only when facets are asked */
    let facetIds: () => number[] = () => [];
    let pageRows: Row[] = [];
    /** the search's kept results, when it is a broad full-text search (search-cache.ts) */
    let entry: CachedSearch | undefined;
    if (p.fts) {
      const { where, params, match, exactMatch, rankMatch, exactNameMatch, rankNameMatch } = p.fts;
      this.rowCheck = p.rowCheck;
      const args = [match, ...params];
      const filtered = params.length > 0 || !!p.rowCheck;
      // Kept per prepared query (its SQL, the phrase it checks, the words it ranks and marks), never
      // inside a write transaction (what it reads may yet be rolled back).
      const key =
        q.skipCache || this.conn.db.inTransaction
          ? null
          : JSON.stringify([where, args, exactMatch, rankMatch, exactNameMatch, rankNameMatch, p.rowCheck?.node ?? null, [...fixes], !!q.skipHighlighting]);
      const ctx = key ? this.patchContext(p, filtered) : null;
      entry = key && ctx ? this.cache.get(key, ctx) : undefined;
      let ids: number[];
      if (entry) {
        ids = entry.ids;
        exact = entry.exact;
        total = entry.total;
      } else {
        if (key) this.columns.sync();
        const at = this.columns.position;
        // 1. Every match's id up to FACETS_EXACT_UP_TO (one more tells whether there are more), newest
        //    first, in one pass of the index, the filters applied once. The later steps read this list.
        ({ ids, exact } = newestMatches(this.conn, where, args));
        total = exact ? ids.length : estimatedTotal(this.conn, where, args, ids[ids.length - 1]);
        // Kept when broad: past RANK_ALL_UP_TO (fewer are cheap, and ranked by bm25, which every
        // change shifts), and counted by the facet columns (past SQL_FACETS_UP_TO, or once read).
        const columnar = ids.length > SQL_FACETS_UP_TO || this.columns.holds((q.facets ?? []).map(storedFacetField));
        if (key && ids.length > RANK_ALL_UP_TO && columnar) this.cache.add(key, (entry = new CachedSearch(ids, at, exact, total)));
      }
      const matches = ids;
      facetIds = () => matches;
      // 2. Ranking (relevance only): bm25 over every match when there are few, else over the newest
      //    name matches (none when no name can match: the name-only statement would read every
      //    posting of the query's words to find none); exact and prefix matches first, then those of
      //    typo corrections. With filters, over the newest SEARCH_WINDOW matches found in step 1.
      let ranked = new Map<number, number>();
      if (!sort && ids.length > 0) {
        if (entry?.ranking) ranked = entry.ranking.ranked;
        else {
          const ranking = this.rankMatches(p, ids, exact, filtered);
          ranked = ranking.ranked;
          if (entry) entry.ranking = ranking;
        }
      }
      pageRows = sort ? sortedPage(this.conn, ids, start, count, sort) : rankedPage(this.conn, ids, ranked, start, count);
    } else {
      this.rowCheck = null;
      const { where, walkWhere, params, facetOnly } = p.listing;
      const facetRows = `SELECT DISTINCT entity_id FROM facets WHERE field = ? AND value IN (SELECT value FROM json_each(?))`;
      const facetParams = facetOnly ? [facetOnly.field, JSON.stringify(facetOnly.values)] : [];
      total = facetOnly
        ? (this.conn.get<{ n: number }>(
            facetOnly.values.length === 1
              ? `SELECT count(*) AS n FROM facets WHERE field = ? AND value = json_extract(?, '$[0]')`
              : `SELECT count(*) AS n FROM (${facetRows})`,
            ...facetParams,
          )?.n ?? 0)
        : (this.conn.get<{ n: number }>(`SELECT count(*) AS n FROM entities e WHERE ${where}`, ...params)?.n ?? 0);
      // Everything (no filter) is counted from the facet rows as a whole: exact at any size.
      exact = total <= FACETS_EXACT_UP_TO || (!p.filtered && !q.includeSoftDeleted);
      // When many entities match (one in 50 or more), the newest are found soonest by walking the
      // entities newest first and checking each, not by listing every match and sorting them.
      const broad = total * 50 >= (this.conn.get<{ n: number | null }>(`SELECT max(id) AS n FROM entities`)?.n ?? 0);
      const byChange = broad ? ` INDEXED BY entities_updated` : "";
      const walk = broad ? walkWhere : where;
      const ids = exact
        ? `SELECT e.id FROM entities e WHERE ${where}`
        : facetOnly?.values.length === 1
          ? // the most recently created, one range of the facet index (as a full-text search's estimates)
            `SELECT entity_id FROM facets WHERE field = ? AND value = json_extract(?, '$[0]') ORDER BY entity_id DESC LIMIT ${SEARCH_WINDOW}`
          : `SELECT e.id FROM entities e${byChange} WHERE ${walk} ORDER BY e.updated_at DESC LIMIT ${SEARCH_WINDOW}`;
      facetIds = () =>
        exact && facetOnly
          ? this.conn.pluck<number>(facetRows, ...facetParams)
          : facetOnly?.values.length === 1
            ? this.conn.pluck<number>(ids, ...facetParams)
            : this.conn.pluck<number>(ids, ...params);
      // The page (newest change first, or sorted), read straight from the entities.
      const order = sort ? sortOrder(sort) : `e.updated_at DESC, e.id DESC`;
      pageRows = this.conn.all<Row>(
        `SELECT e.id, e.urn, e.type, 0 AS score FROM entities e${sort?.field === "name" ? ` JOIN search s ON s.rowid = e.id` : byChange}
          WHERE ${sort?.field === "name" ? where : walk} ORDER BY ${order} LIMIT ? OFFSET ?`,
        ...params,
        count,
        start,
      );
    }
    const hits = entry ? this.keptHits(entry, pageRows, q, node, fixes) : this.hitsOf(pageRows, q, node, fixes);
    const matchAll = !node && !p.filtered && !q.includeSoftDeleted;
    const maxValues = q.maxAggValues ?? 50;
    const facets = !q.facets?.length
      ? []
      : entry
        ? this.keptFacets(entry, q.facets, maxValues)
        : this.facetCounts(q.facets, matchAll ? null : facetIds, maxValues, q.skipCache === true);
    this.rowCheck = null;
    return { start, count: hits.length, total, hits, facets, facetsExact: exact };
  }

  /**
   * Step 2 of a full-text search: the ranking of its matches (ids, newest first). bm25 over every
   * match when there are RANK_ALL_UP_TO or fewer; else the newest RANK_ALL_UP_TO name matches by
   * nameScore (none when no name can match), exact and prefix matches first, then those of typo
   * corrections; a filtered search ranks among its newest SEARCH_WINDOW matches.
   */
  private rankMatches(p: PreparedSearch, ids: readonly number[], allIds: boolean, filtered: boolean): Ranking {
    const { exactMatch, rankMatch, exactNameMatch, rankNameMatch, namesMayMatch } = p.fts!;
    const ranked = new Map<number, number>();
    const names = new Map<number, string>();
    const few = ids.length <= RANK_ALL_UP_TO;
    if (!few && !namesMayMatch()) return { ranked, names, exact: null, fixes: null };
    // The names-only statement is not the query (`alpha -beta` names-only lets a description say
    // beta): a name it ranks must be one of the matches (those past the ids read, when there are
    // more, are taken to be).
    const lowest = ids[ids.length - 1];
    const matches = (id: number) => (!allIds && id < lowest) || holds(ids, id);
    const member = filtered ? ` AND +search.rowid IN (SELECT value FROM json_each(?))` : "";
    const memberParams = filtered ? [JSON.stringify(ids.slice(0, SEARCH_WINDOW))] : [];
    const rank = (expr: string, namesOnly: string, offset: number, withFixes: boolean): RankWindow => {
      const rows = this.conn.all<{ id: number; score: number; name: string | null }>(
        `SELECT rowid AS id, ${few ? `bm25(search, ${BM25_WEIGHTS})` : "0"} AS score, ${few ? "NULL" : "name"} AS name FROM search
          WHERE search MATCH ?${member} ORDER BY rowid DESC LIMIT ${RANK_ALL_UP_TO}`,
        few ? expr : namesOnly,
        ...memberParams,
      );
      const words = few ? [] : this.rankWords(p, withFixes);
      for (const r of rows) {
        if (ranked.has(r.id) || !matches(r.id)) continue;
        ranked.set(r.id, offset + (few ? r.score : -nameScore(r.name ?? "", words)));
        if (!few) names.set(r.id, r.name ?? "");
      }
      return { full: rows.length >= RANK_ALL_UP_TO, oldest: rows.length ? rows[rows.length - 1].id : 0 };
    };
    // Typo corrections rank after the exact matches: when those fill the ranking, they would rank none.
    const exact = rank(exactMatch, exactNameMatch, -1e6, false);
    const fixes = !exact.full && rankMatch !== exactMatch ? rank(rankMatch, rankNameMatch, 0, true) : null;
    return { ranked, names, exact, fixes };
  }

  /** The query's words nameScore ranks names by, with their typo corrections or without. */
  private rankWords(p: PreparedSearch, withFixes: boolean) {
    return positiveWords(p.node)
      .filter((w) => w.field !== "kind")
      .map((w) => ({ ...w, alts: withFixes ? p.fixes.get(w.word) : undefined }));
  }

  /** What patching a kept search needs (search-cache.ts): its matching and its ranking, asked of a few entities by id. */
  private patchContext(p: PreparedSearch, filtered: boolean): PatchContext {
    const { where, params, match, exactMatch, rankMatch, exactNameMatch, rankNameMatch } = p.fts!;
    // Without the unary + (see search-prepare.ts): each listed entity is looked up in the index by id.
    const among = ` AND search.rowid IN (SELECT value FROM json_each(?))`;
    const names = (expr: string, ids: readonly number[]) =>
      this.conn.all<{ id: number; name: string | null }>(`SELECT rowid AS id, name FROM search WHERE search MATCH ?${among}`, expr, JSON.stringify(ids));
    return {
      columns: this.columns,
      matching: (ids) => new Set(this.conn.pluck<number>(`SELECT rowid FROM search WHERE ${where}${among}`, match, ...params, JSON.stringify(ids))),
      estimate: (lowest) => estimatedTotal(this.conn, where, [match, ...params], lowest),
      allMatches: () => {
        const { ids, exact } = newestMatches(this.conn, where, [match, ...params]);
        return exact ? ids : null;
      },
      namesOf: (ids) => this.namesOf(ids),
      wouldRank: (ids, ranking) => {
        // Inside a window: it did not fill its LIMIT, or the entity is newer than the oldest it ranked.
        const inside = (w: RankWindow | null, id: number) => !w || !w.full || id >= w.oldest;
        const fixing = (ranking.fixes || !ranking.exact) && rankMatch !== exactMatch;
        let candidates = ids.filter((id) => inside(ranking.exact, id) || (fixing && inside(ranking.fixes, id)));
        // A name matches only if it holds one of the query's words (or a correction): a looser test
        // than the index's, which spares most look-ups (a tag changed leaves a name that did not
        // match as it was). Beyond printable ASCII the index may fold letters this folding keeps
        // (ø): such a name, or word, is looked up.
        const needles = this.rankWords(p, true)
          .flatMap((w) => [w.word, ...(w.alts ?? [])])
          .map(fold);
        const ascii = (t: string) => !/[^ -~]/.test(t);
        if (needles.length && candidates.length && needles.every(ascii)) {
          const current = this.namesOf(candidates);
          candidates = candidates.filter((id) => {
            const name = fold(current.get(id) ?? "");
            return !ascii(name) || needles.some((n) => name.includes(n));
          });
        }
        // Past a few, reading the ranking again costs less than a look-up each.
        if (candidates.length > RANK_LOOK_UPS) return true;
        const exactly = candidates.filter((id) => inside(ranking.exact, id));
        if (exactly.length && names(exactNameMatch, exactly).length) return true;
        const fixes = fixing ? candidates.filter((id) => inside(ranking.fixes, id)) : [];
        return fixes.length > 0 && names(rankNameMatch, fixes).length > 0;
      },
      windowed: filtered,
      most: FACETS_EXACT_UP_TO,
      fewest: RANK_ALL_UP_TO,
      searchWindow: SEARCH_WINDOW,
    };
  }

  /** The names these entities have in the index (a look-up by id each). */
  private namesOf(ids: readonly number[]): Map<number, string> {
    const rows = this.conn.all<{ id: number; name: string | null }>(
      `SELECT rowid AS id, name FROM search WHERE rowid IN (SELECT value FROM json_each(?))`,
      JSON.stringify(ids),
    );
    return new Map(rows.map((r) => [r.id, r.name ?? ""]));
  }

  /** A page's hits from a kept search: those it keeps, the others read (and kept). */
  private keptHits(entry: CachedSearch, rows: Row[], q: SearchQuery, node: QueryNode | null, fixes: ReadonlyMap<string, readonly string[]>): SearchHit[] {
    const fresh = this.hitsOf(
      rows.filter((r) => !entry.hits.has(r.id as number)),
      q,
      node,
      fixes,
    );
    for (const { score: _score, key: _key, ...hit } of fresh) this.cache.keepHit(entry, hit);
    const byId = new Map(fresh.map((h) => [h.id, h]));
    return rows.map((r) => byId.get(r.id as number) ?? { ...entry.hits.get(r.id as number)!, key: null, score: node ? -(r.score as number) : 0 });
  }

  /** Facet counts from a kept search: those it keeps, a field it lacks counted over its matches (and kept). */
  private keptFacets(entry: CachedSearch, fields: readonly string[], maxValues: number): SearchResult["facets"] {
    const missing = fields.map(storedFacetField).filter((f) => !entry.tallies.has(f));
    if (missing.length) for (const [field, counts] of this.columns.count(entry.ids, missing, true)) entry.tallies.set(field, counts);
    return facetsOut(fields, (f) => entry.tallies.get(f), maxValues);
  }

  /**
   * A page of a scroll: the matches after `after` (none: from the first), in the order of the sort
   * asked, else of entity ids (the order entities were first stored), each tie broken by id, so the
   * position is a key of the row itself: a write between two pages never repeats nor skips an entity
   * that keeps its sort key (a new one sorts after the others, by its id). The total is the search's.
   */
  scroll(q: SearchQuery, after: ScrollPosition | null): { total: number; hits: SearchHit[] } {
    const count = Math.max(0, Math.min(q.count ?? 10, 1000));
    const sort = q.sort && q.sort.field !== "relevance" ? q.sort : null;
    const p = prepareSearch(this.conn, q);
    if (!p) return { total: 0, hits: [] };
    const { node, fixes } = p;
    const total = p.fts
      ? (this.conn.get<{ n: number }>(`SELECT count(*) AS n FROM search WHERE ${p.fts.where}`, p.fts.match, ...p.fts.params)?.n ?? 0)
      : (this.conn.get<{ n: number }>(`SELECT count(*) AS n FROM entities e WHERE ${p.listing.where}`, ...p.listing.params)?.n ?? 0);
    const fts = !!p.fts;
    const key = sort ? (sort.field === "name" ? (fts ? `search.name` : `s.name`) : `e.updated_at`) : null;
    const cmp = sort?.order === "DESCENDING" ? "<" : ">";
    const dir = sort?.order === "DESCENDING" ? "DESC" : "ASC";
    const collate = sort?.field === "name" ? " COLLATE NOCASE" : "";
    const keyset = !after
      ? { sql: "1", params: [] as unknown[] }
      : key
        ? { sql: `(${key}${collate} ${cmp} ? OR (${key}${collate} = ? AND e.id ${cmp} ?))`, params: [after.key ?? null, after.key ?? null, after.id] }
        : { sql: `e.id > ?`, params: [after.id] };
    const order = key ? `${key}${collate} ${dir}, e.id ${dir}` : `e.id ASC`;
    const keyCol = key ? `, ${key} AS k` : "";
    let rows: Row[];
    if (p.fts) {
      this.rowCheck = p.rowCheck;
      rows = this.conn.all<Row>(
        `SELECT e.id, e.urn, e.type, 0 AS score${keyCol} FROM search CROSS JOIN entities e ON e.id = search.rowid
          WHERE ${p.fts.where} AND ${keyset.sql} ORDER BY ${order} LIMIT ?`,
        p.fts.match,
        ...p.fts.params,
        ...keyset.params,
        count,
      );
    } else {
      rows = this.conn.all<Row>(
        `SELECT e.id, e.urn, e.type, 0 AS score${keyCol} FROM entities e${key === "s.name" ? ` JOIN search s ON s.rowid = e.id` : ""}
          WHERE ${p.listing.where} AND ${keyset.sql} ORDER BY ${order} LIMIT ?`,
        ...p.listing.params,
        ...keyset.params,
        count,
      );
    }
    const hits = this.hitsOf(rows, q, node, fixes);
    this.rowCheck = null;
    return { total, hits };
  }

  /**
   * The hits of a page's rows: with a text, the stored text of each hit (by rowid, a seek) marked
   * where it matched; the parts of the other text that matched are named from the hits' current
   * aspects, read together.
   */
  private hitsOf(rows: Row[], q: SearchQuery, node: QueryNode | null, fixes: ReadonlyMap<string, readonly string[]>): SearchHit[] {
    const words = positiveWords(node).flatMap((w) => [w, ...(fixes.get(w.word) ?? []).map((f) => ({ word: f, prefix: false }))]);
    const highlight = node && !q.skipHighlighting;
    const docs = rows.map((r) => (highlight ? this.conn.get<Row>(`SELECT ${FTS_COLUMNS.join(", ")} FROM search WHERE rowid = ?`, r.id) : undefined));
    const snippets = docs.map((doc) => (doc ? FTS_COLUMNS.map((name) => markMatches(String(doc[name] ?? ""), words)) : []));
    const TEXT = FTS_COLUMNS.indexOf("text");
    const inText = rows.filter((_, i) => snippets[i][TEXT]).map((r) => r.urn as string);
    const aspects = inText.length ? new AspectReads(this.conn).getCurrentAspects(inText) : new Map<string, Map<string, AspectValue>>();
    return rows.map((r, i) => ({
      id: r.id as number,
      key: (r.k as string | number | null | undefined) ?? null,
      urn: r.urn as string,
      type: r.type as string,
      score: node ? -(r.score as number) : 0,
      matchedFields: FTS_COLUMNS.flatMap((name, c) => {
        const snippet = snippets[i][c];
        if (!snippet) return [];
        // The other text is several of DataHub's fields in one column: name the parts that matched.
        return name === "text" ? textMatches(r.urn as string, aspects.get(r.urn as string), words) : [{ name: MATCHED_FIELD_NAME[name], value: snippet }];
      }),
      ...(aspects.has(r.urn as string) ? { aspects: aspects.get(r.urn as string) } : {}),
    }));
  }

  /** Facet counts (countFacets), those of the whole catalog (ids null) kept until it changes. */
  private facetCounts(fields: readonly string[], ids: (() => number[]) | null, maxValues: number, skipCache: boolean): SearchResult["facets"] {
    const key = JSON.stringify([fields, maxValues]);
    const stamp = this.conn.changeStamp();
    if (!ids && !skipCache && this.facetCache?.stamp === stamp && this.facetCache.key === key) return this.facetCache.value;
    const result = countFacets(this.conn, this.columns, fields, ids, maxValues);
    if (!ids) this.facetCache = { stamp, key, value: result };
    return result;
  }

  /**
   * Suggestions for the search box: names (and other text) matching every word, the last as a
   * prefix, best first; when they are fewer than `limit`, then those matching typo corrections of the
   * words (search-fuzzy.ts, the vocabulary search uses), so "arimma" suggests ARIMA. Quotes and other
   * punctuation are not words. Each part ranks the newest 2,000 matches: bounded work however common
   * the prefix is.
   */
  autocomplete(
    query: string,
    opts: { types?: readonly string[]; limit?: number; where?: FilterBranches } = {},
  ): Array<{ urn: string; type: string; name: string }> {
    const typed = queryWords(query);
    if (typed.length === 0) return [];
    const limit = Math.max(1, Math.min(opts.limit ?? 10, 50));
    const kinds = opts.types?.length ? ` AND {kind} : (${opts.types.map((t) => `"${t.toLowerCase().replace(/"/g, "")}"`).join(" OR ")})` : "";
    const filter = filterSql(opts.where, "+search.rowid"); // + as in prepare()
    const phrase = (w: string) => `"${w.replace(/"/g, '""')}"`;
    const exact = typed.map((w) => (w.prefix ? `${phrase(w.word)}*` : phrase(w.word))).join(" ");
    const suggest = (fts: string, skip: ReadonlySet<string>, n: number) =>
      this.conn
        .all<Row>(
          `SELECT e.urn, e.type, m.name FROM (
             SELECT rowid, name, bm25(search, ${BM25_WEIGHTS}) AS score FROM search WHERE search MATCH ?${filter ? ` AND ${filter.sql}` : ""}
              ORDER BY rowid DESC LIMIT 2000) m
            JOIN entities e ON e.id = m.rowid ORDER BY m.score, length(m.name) LIMIT ?`,
          `({name text} : (${fts}))${kinds}`,
          ...(filter?.params ?? []),
          n + skip.size,
        )
        .filter((r) => !skip.has(r.urn as string))
        .slice(0, n);
    const rows = suggest(exact, new Set(), limit);
    if (rows.length < limit) {
      const fixes = typed.map((w) => corrections(this.conn, w.word, w.prefix));
      if (fixes.some((f) => f.length > 0)) {
        const fuzzy = typed.map((w, i) => `(${[w.prefix ? `${phrase(w.word)}*` : phrase(w.word), ...fixes[i].map(phrase)].join(" OR ")})`).join(" AND ");
        rows.push(...suggest(fuzzy, new Set(rows.map((r) => r.urn as string)), limit - rows.length));
      }
    }
    return rows.map((r) => ({ urn: r.urn as string, type: r.type as string, name: r.name as string }));
  }
}

/** A full-text search's newest FACETS_EXACT_UP_TO matches (one more read tells whether they are all). */
function newestMatches(conn: Connection, where: string, args: unknown[]): { ids: number[]; exact: boolean } {
  const ids = matchIds(conn, where, args, FACETS_EXACT_UP_TO + 1);
  const exact = ids.length <= FACETS_EXACT_UP_TO;
  if (!exact) ids.length = FACETS_EXACT_UP_TO;
  return { ids, exact };
}

/** The parts of a hit's other text that match, by DataHub's field names, from its current aspects. */
function textMatches(
  urn: string,
  current: Map<string, AspectValue> | undefined,
  words: Array<{ word: string; prefix: boolean }>,
): Array<{ name: string; value: string }> {
  const aspects = Object.fromEntries(current ?? []) as Record<string, Record<string, unknown>>;
  return searchTextParts(urn, aspects).flatMap((p) => {
    const snippet = markMatches(p.text, words);
    return snippet ? [{ name: p.field, value: snippet }] : [];
  });
}
