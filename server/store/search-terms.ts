/**
 * The indexed terms a prefix stands for. FTS5 answers a prefix query that no prefix index covers
 * (migration 13 indexes prefixes of 1 to 3 characters) by merging the whole doclist of every term
 * that starts with it before the first row, for each statement that reads it: "rate*" over a
 * million entities merged 440,000 postings twice per search (the matches, then the ranking). The
 * same prefix written as the terms themselves ("rate" OR "rates" …) is read lazily, newest first,
 * and stops at the statement's LIMIT. The terms come from the index itself, through
 * an `fts5vocab` table of instances: one seek per term, however many rows hold it.
 */
import type { Connection } from "./connection";
import { SEARCH_PREFIX_SIZES } from "./migration-13";

/** Prefixes this long or shorter have a prefix index. */
const LONGEST_INDEXED_PREFIX = Math.max(...SEARCH_PREFIX_SIZES.split(" ").map(Number));
/** Beyond this many terms, a prefix stays a prefix (an OR of many terms costs what the merge does). */
const MOST_TERMS = 32;

/** Creates the connection's view of the index's terms (a temporary table: each connection has its own). */
export function createTermsView(conn: Connection): void {
  conn.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, search, instance)`);
}

/**
 * The indexed terms starting with `prefix`, in order, when it is longer than the indexed prefixes
 * and names at most MOST_TERMS of them; else null (search for the prefix as such). An empty list:
 * no term starts with it (the prefix as such then matches nothing too).
 */
export function prefixTerms(conn: Connection, prefix: string): string[] | null {
  if ([...prefix].length <= LONGEST_INDEXED_PREFIX) return null;
  const terms: string[] = [];
  const next = (from: string) => conn.get<{ term: string }>(`SELECT term FROM temp.search_terms WHERE term >= ? LIMIT 1`, from)?.term;
  // "\u0001" sorts after every term's end and before any character a term can hold: the term after `t` is the first ≥ t + "\u0001".
  for (let t = next(prefix); t !== undefined && t.startsWith(prefix); t = next(`${t}\u0001`)) {
    if (terms.length === MOST_TERMS) return null;
    terms.push(t);
  }
  return terms;
}
