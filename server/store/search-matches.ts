/**
 * The statements of a full-text search after its SQL is prepared (Search.search): the ids of its
 * matches, an estimate of their number past those it reads, and a page of them in relevance order
 * or sorted.
 */
import type { Connection, Row } from "./connection";
import type { SearchSort } from "./types";

/**
 * A filtered full-text search ranks the name matches among its newest this many matches; a listing
 * (no text) of more than FACETS_EXACT_UP_TO entities counts its facets over its newest this many.
 */
export const SEARCH_WINDOW = 10_000;
/**
 * A full-text search reads the ids of its matches up to this many, newest first, in one statement:
 * the total and the facet counts are exact up to this many matches; beyond, the total is estimated
 * (estimatedTotal) and the facets are counted over these newest matches (facetsExact false), and
 * pages reach this far. Reading and counting 50,000 matches costs about 10 ms on a million entities,
 * a third of the search's budget; 100,000 cost two thirds.
 */
export const FACETS_EXACT_UP_TO = 50_000;
/** Matches ranked by bm25: all of them up to this many, else this many of the newest name matches (by nameScore). */
export const RANK_ALL_UP_TO = 500;

/** The oldest matches an estimated total reads (estimatedTotal). */
const TOTAL_SAMPLE = 5_000;

/** ORDER BY for a sort (entities as e, the search row as s when sorting by name); ties newest first. */
export function sortOrder(sort: SearchSort): string {
  const dir = sort.order === "DESCENDING" ? "DESC" : "ASC";
  return sort.field === "name" ? `s.name COLLATE NOCASE ${dir}, e.id DESC` : `e.updated_at ${dir}, e.id ${dir}`;
}

/**
 * The ids of the first `limit` matches of `where`, newest (highest id) first or oldest first, in one
 * statement. As one JSON array: a single value crosses into JavaScript rather than a row per match
 * (plucking 100,000 ids costs about twice as much).
 */
export function matchIds(conn: Connection, where: string, params: unknown[], limit: number, order: "DESC" | "ASC" = "DESC"): number[] {
  const json = conn.get<{ ids: string }>(
    `SELECT json_group_array(rowid) AS ids FROM (SELECT rowid FROM search WHERE ${where} ORDER BY rowid ${order} LIMIT ${limit})`,
    ...params,
  )?.ids;
  const ids = JSON.parse(json ?? "[]") as number[];
  // The aggregate reads the subquery in its order; should SQLite ever not, order them here.
  const sign = order === "DESC" ? 1 : -1;
  for (let i = 1; i < ids.length; i++) if (sign * (ids[i] - ids[i - 1]) > 0) return ids.sort((x, y) => sign * (y - x));
  return ids;
}

/**
 * How many entities match, when more than FACETS_EXACT_UP_TO do, estimated: the newest that many
 * span the entity ids from `lowest` up, the oldest TOTAL_SAMPLE (one more statement, stopped by
 * its LIMIT) span the first ids, and the ids between are taken to hold matches as densely as the
 * two ends on average. Counting every match would read them all (a word most of a million entities
 * share: 30–40 ms), and FTS5 cannot seek to sample the middle (a rowid bound reads the doclist up
 * to it). On the benchmark catalog the estimates fall within 10 % of the count. Rounded to two
 * significant digits, as the estimate it is.
 */
export function estimatedTotal(conn: Connection, where: string, params: unknown[], lowest: number): number {
  const oldest = matchIds(conn, where, params, TOTAL_SAMPLE, "ASC");
  // The two ends meet: every match is in one of them, and the total is their count.
  const below = oldest.findIndex((id) => id >= lowest);
  if (oldest.length < TOTAL_SAMPLE || below >= 0) return FACETS_EXACT_UP_TO + (below >= 0 ? below : oldest.length);
  const ids = conn.get<{ lo: number; hi: number }>(`SELECT (SELECT min(id) FROM entities) AS lo, (SELECT max(id) FROM entities) AS hi`);
  const hi = Math.max(ids?.hi ?? lowest, lowest);
  const lo = Math.min(ids?.lo ?? oldest[0], oldest[0]);
  const last = oldest[oldest.length - 1];
  const density = (FACETS_EXACT_UP_TO / (hi - lowest + 1) + TOTAL_SAMPLE / (last - lo + 1)) / 2;
  const estimate = FACETS_EXACT_UP_TO + TOTAL_SAMPLE + (lowest - last - 1) * density;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(estimate)) - 1);
  return Math.max(FACETS_EXACT_UP_TO + TOTAL_SAMPLE, Math.round(estimate / unit) * unit);
}

/** A page of relevance order: the ranked matches (by score, then newest), then the rest newest first. */
export function rankedPage(conn: Connection, ids: readonly number[], ranked: ReadonlyMap<number, number>, start: number, count: number): Row[] {
  // Ranked first, by score, equal scores newest first; then the rest, newest first.
  const page = [...ranked]
    .sort((a, b) => a[1] - b[1] || b[0] - a[0])
    .slice(start, start + count)
    .map(([id]) => id);
  let skip = Math.max(0, start - ranked.size);
  for (let i = 0; i < ids.length && page.length < count; i++) {
    if (ranked.has(ids[i])) continue;
    if (skip > 0) skip--;
    else page.push(ids[i]);
  }
  if (page.length === 0) return [];
  const rows = conn.all<Row>(`SELECT e.id, e.urn, e.type FROM json_each(?) j CROSS JOIN entities e ON e.id = j.value ORDER BY j.key`, JSON.stringify(page));
  for (const r of rows) r.score = ranked.get(r.id as number) ?? 0;
  return rows;
}

/** A page of these matches sorted by name or last change. */
export function sortedPage(conn: Connection, ids: readonly number[], start: number, count: number, sort: SearchSort): Row[] {
  return conn.all<Row>(
    `SELECT e.id, e.urn, e.type, 0 AS score FROM json_each(?) j CROSS JOIN entities e ON e.id = j.value${sort.field === "name" ? ` JOIN search s ON s.rowid = e.id` : ""}
      ORDER BY ${sortOrder(sort)} LIMIT ? OFFSET ?`,
    JSON.stringify(ids),
    count,
    start,
  );
}
