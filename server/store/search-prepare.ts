/** A search's query and filters as SQL (Search.search and Search.scroll run it): see prepareSearch. */
import { SEARCHABLE_ENTITY_TYPES } from "../model/derive";
import { hasPhrase, parseQuery, positiveWords, toFts, type QueryNode } from "../model/search-query";
import type { Connection } from "./connection";
import { filterSql, ftsPrefilter, singleFacetCriterion } from "./search-filters";
import { corrections, mayBeInNames } from "./search-fuzzy";
import { prefixTerms } from "./search-terms";
import type { SearchQuery } from "./types";

/** Search filters and facets by their API names, to the facet fields the index stores. */
export const FILTER_FIELD: Record<string, string> = {
  platforms: "platform",
  tags: "tags",
  terms: "glossaryTerms",
  owners: "owners",
};

/** The index's columns, in the order the row check takes them. */
export const ROW_COLUMNS = ["name", "description", "text", "tags", "terms", "owners", "platform", "kind"] as const;

/** What a search matches, as SQL (Search.prepare). */
export type PreparedSearch = {
  node: QueryNode | null;
  fixes: ReadonlyMap<string, readonly string[]>;
  /** some filter or kind applies (the whole catalog's facet counts cannot be reused) */
  filtered: boolean;
  rowCheck: { node: QueryNode; fixes: (w: string) => readonly string[] } | null;
} & (
  | {
      /**
       * match: every match (with the filters' full-text prefilter); exactMatch, rankMatch: without typo
       * corrections, with (ranking); exactNameMatch, rankNameMatch: the same, matching names only
       */
      fts: {
        where: string;
        params: unknown[];
        match: string;
        exactMatch: string;
        rankMatch: string;
        exactNameMatch: string;
        rankNameMatch: string;
        /** false when no name can match the query (the vocabulary lacks a word it needs); asked only by a ranking of names */
        namesMayMatch: () => boolean;
      };
      listing?: undefined;
    }
  | {
      fts?: undefined;
      /** facetOnly: the listing's one filter, a facet criterion (its entities are one range of the facet index) */
      listing: { where: string; walkWhere: string; params: unknown[]; facetOnly: { field: string; values: readonly string[] } | null };
    }
);

/**
 * What a search matches, as SQL: with a text, the full-text MATCH (with its typo corrections) and
 * the filters on `search.rowid`; without, the filters on the entity rows (`e`). Null when the text
 * has nothing to search for.
 */
export function prepareSearch(conn: Connection, q: SearchQuery): PreparedSearch | null {
  const text = q.query.trim();
  const node = text === "" || text === "*" ? null : parseQuery(text);
  if (!node && text !== "" && text !== "*") return null;
  const { types: typesFilter, _entityType, ...rest } = q.filters ?? {};
  const types = typesFilter ?? _entityType;
  const conds: string[] = [];
  const condParams: unknown[] = [];
  for (const [field, values] of Object.entries(rest)) {
    if (!values || values.length === 0) continue;
    conds.push(`{id} IN (SELECT entity_id FROM facets WHERE field = ? AND value IN (SELECT value FROM json_each(?)))`);
    condParams.push(FILTER_FIELD[field] ?? field, JSON.stringify(values));
  }
  // A listing has the entity's row (e) at hand; the full-text search looks it up by id.
  const pre = node ? ftsPrefilter(q.where) : null;
  const where = filterSql(q.where, "{id}", node ? undefined : "e", pre?.probe);
  if (where) {
    conds.push(where.sql);
    condParams.push(...where.params);
  }
  const filtered = conds.length > 0 || !!types?.length;
  const fixes = new Map<string, readonly string[]>();
  if (node) {
    if (q.corrections !== false)
      for (const w of positiveWords(node)) if (w.field !== "kind" && !fixes.has(w.word)) fixes.set(w.word, corrections(conn, w.word, w.prefix));
    const fix = (w: string) => fixes.get(w) ?? [];
    const allKinds = SEARCHABLE_ENTITY_TYPES.map((t) => t.toLowerCase());
    const kinds = types?.length ? ` AND {kind} : (${types.map((t) => `"${t.toLowerCase().replace(/"/g, "")}"`).join(" OR ")})` : "";
    const expanded = new Map<string, readonly string[] | null>();
    const terms = (w: string) => {
      if (!expanded.has(w)) expanded.set(w, prefixTerms(conn, w));
      return expanded.get(w) ?? null;
    };
    const exactCore = toFts(node, { allKinds, prefixTerms: terms });
    const anyFix = [...fixes.values()].some((f) => f.length > 0);
    const rankCore = anyFix ? toFts(node, { allKinds, corrections: fix, prefixTerms: terms }) : exactCore;
    const exactMatch = `(${exactCore})${kinds}`;
    const rankMatch = anyFix ? `(${rankCore})${kinds}` : exactMatch;
    // Name matches only, for ranking the newest of a large match set. FTS5 intersects nested column
    // filters, so the name filter goes around the query's own words, never around the kind
    // restriction (`{name} : (… AND {kind} : …)` matches nothing); the query's own kind terms keep
    // their column.
    const names = (core: string) => `${core.includes("{kind}") ? "{name kind}" : "{name}"} : (${core})${kinds}`;
    const match = pre ? `(${rankMatch}) AND ${pre.match}` : rankMatch;
    const rowCheck = hasPhrase(node) ? { node, fixes: fix } : null;
    const check = rowCheck ? ` AND orrery_row_matches(${ROW_COLUMNS.map((c) => `search.${c}`).join(", ")})` : "";
    // The unary + keeps the filters off the full-text table's rowid: given `rowid IN (…)`, SQLite would
    // look every filtered entity up in the index and run the MATCH once per entity (seconds on a broad
    // filter); as a plain condition, each filter's entities are listed once and each match checked.
    const ftsWhere = ["search MATCH ?", ...conds.map((c) => c.replaceAll("{id}", "+search.rowid"))].join(" AND ") + check;
    return {
      node,
      fixes,
      filtered,
      rowCheck,
      fts: {
        where: ftsWhere,
        params: condParams,
        match,
        exactMatch,
        rankMatch,
        exactNameMatch: names(exactCore),
        rankNameMatch: names(rankCore),
        namesMayMatch: () => mayMatchNames(conn, node, fix),
      },
    };
  }
  // With a facet filter (an experiment's runs, a tag…), drive the query from the facet rows: the
  // unary + keeps SQLite from scanning the (large) type index instead.
  const plus = conds.length ? "+" : "";
  const listing = [
    ...(q.includeSoftDeleted ? [] : [`${plus}e.removed = 0`]),
    `${plus}e.type IN (SELECT value FROM json_each(?))`,
    ...conds.map((c) => c.replaceAll("{id}", "e.id")),
  ];
  // Facet rows are kept only for live, searchable entities: with no other condition, the rows are the answer.
  const facetOnly = !q.includeSoftDeleted && !types?.length && conds.length === 1 ? singleFacetCriterion(q.where) : null;
  // Walking the entities newest first (a broad listing), that criterion is looked up per entity.
  const probe = facetOnly ? filterSql(q.where, "e.id", "e", new Set(q.where![0])) : null;
  return {
    node,
    fixes,
    filtered,
    rowCheck: null,
    listing: {
      where: listing.join(" AND "),
      walkWhere: probe ? [...listing.slice(0, -1), probe.sql].join(" AND ") : listing.join(" AND "),
      params: [JSON.stringify(types?.length ? types : SEARCHABLE_ENTITY_TYPES), ...condParams],
      facetOnly,
    },
  };
}

/**
 * Whether some name may match the query (with its typo corrections): false when a word every match
 * needs is in no name, nor any of its corrections (search-fuzzy.ts, mayBeInNames). Parts it cannot
 * judge (negations, other fields) count as possible.
 */
function mayMatchNames(conn: Connection, node: QueryNode, fixes: (w: string) => readonly string[]): boolean {
  switch (node.t) {
    case "word":
      if (node.field && node.field !== "name") return true;
      return mayBeInNames(conn, node.word, node.prefix) || fixes(node.word).some((f) => mayBeInNames(conn, f, false));
    case "phrase":
      return (node.field && node.field !== "name") || node.words.every((w) => mayBeInNames(conn, w, false));
    case "not":
      return true;
    case "or":
      return node.items.some((i) => mayMatchNames(conn, i, fixes));
    case "and":
      return node.items.every((i) => mayMatchNames(conn, i, fixes));
  }
}
