import { distance } from "fastest-levenshtein";
import { words } from "../model/search-query";
import type { Connection, Sql } from "./connection";

/**
 * Typo tolerance. Why this approach: SQLite's FTS5 has no fuzzy matching, and an edit-distance check
 * over every indexed name would scan the catalog on each query. So the index keeps a vocabulary (the
 * distinct words of names, tags, terms, owners and platforms) with a second FTS5 table over it using
 * SQLite's own trigram tokenizer; a query word's candidate corrections are the vocabulary words
 * sharing the most trigrams with it (an index lookup, its cost bounded by the vocabulary, not the
 * catalog), kept only within a small Levenshtein distance (fastest-levenshtein). The corrections are
 * then searched like the word itself, ranked after exact and prefix matches.
 *
 * Words leave the vocabulary only on a full reindex: a stale word costs a correction that matches
 * nothing, never a wrong match.
 */

/** Words shorter than this are not corrected (too many near neighbours). */
const MIN_LENGTH = 4;
/** Vocabulary words compared per query word, and corrections kept per word. */
const CANDIDATES = 60;
const KEEP = 4;

/** Edits allowed for a word of this length: 1 up to 7 characters, 2 from 8. */
export function maxEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

/** Whether the vocabulary keeps this word (when some name, tag, term, owner or platform holds it). */
function kept(w: string): boolean {
  return !(w.length < MIN_LENGTH - 1 || w.length > 40 || /^\p{N}+$/u.test(w));
}

/**
 * Whether some name may hold this word (a prefix: some word starting with it). False only when the
 * vocabulary, which keeps every word of every name it may keep, has no such word: a name-only
 * search for it would then read the whole index to find nothing.
 */
export function mayBeInNames(conn: Sql, word: string, prefix: boolean): boolean {
  if (!prefix) return !kept(word) || conn.get(`SELECT 1 AS y FROM search_vocab WHERE word = ?`, word) !== undefined;
  // A prefix the vocabulary would not keep as a word may start one it does not keep either, and so
  // may a long one (a word longer than the longest kept: a hash, say).
  if (!kept(word) || word.length >= 20) return true;
  const next = conn.get<{ word: string }>(`SELECT word FROM search_vocab WHERE word >= ? ORDER BY word LIMIT 1`, word)?.word;
  return next !== undefined && next.startsWith(word);
}

/**
 * Adds the words of these texts to the vocabulary (inside the caller's transaction). `seen`, the words
 * the transaction has added or found already, saves asking again.
 */
export function addVocabulary(conn: Connection, texts: readonly string[], seen?: Set<string>): void {
  for (const w of new Set(texts.flatMap(words))) {
    if (seen?.has(w) || !kept(w)) continue;
    if (conn.run(`INSERT OR IGNORE INTO search_vocab (word) VALUES (?)`, w).changes) conn.run(`INSERT INTO search_trigrams (word) VALUES (?)`, w);
    seen?.add(w);
  }
}

/** Empties the vocabulary (before a full reindex refills it). */
export function clearVocabulary(conn: Connection): void {
  conn.run(`DELETE FROM search_vocab`);
  conn.run(`DELETE FROM search_trigrams`);
}

/**
 * Vocabulary words within maxEdits of `word`, closest first (not the word itself). For a prefix
 * (the word being typed), a vocabulary word also counts when its start is that close.
 */
export function corrections(conn: Connection, word: string, prefix = false): readonly string[] {
  if (word.length < MIN_LENGTH || /^\p{N}+$/u.test(word)) return [];
  // The same few words are searched again and again: their corrections are kept per connection until
  // the vocabulary gains a word (its newest row changes; it loses words only in a full reindex, which
  // refills it, and a stale correction matches nothing).
  const newest = conn.get<{ r: number; word: string }>(`SELECT rowid AS r, word FROM search_trigrams ORDER BY rowid DESC LIMIT 1`);
  const stamp = newest ? `${newest.r}:${newest.word}` : "";
  let cache = correctionCache.get(conn);
  if (!cache || cache.stamp !== stamp) correctionCache.set(conn, (cache = { stamp, byWord: new Map() }));
  const key = `${prefix ? "p" : "w"}:${word}`;
  let found = cache.byWord.get(key);
  if (!found) {
    found = Object.freeze(lookUp(conn, word, prefix));
    if (cache.byWord.size >= KEPT_WORDS) cache.byWord.clear();
    cache.byWord.set(key, found);
  }
  return found;
}

/** Corrections kept per connection (see `corrections`). */
const KEPT_WORDS = 1000;
const correctionCache = new WeakMap<Connection, { stamp: string; byWord: Map<string, readonly string[]> }>();

function lookUp(conn: Connection, word: string, prefix: boolean): string[] {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= word.length; i++) grams.add(word.slice(i, i + 3));
  const match = [...grams].map((g) => `"${g.replace(/"/g, '""')}"`).join(" OR ");
  const rows = conn.all<{ word: string }>(`SELECT word FROM search_trigrams WHERE search_trigrams MATCH ? ORDER BY rank LIMIT ${CANDIDATES}`, match);
  const limit = maxEdits(word.length);
  const scored: Array<{ w: string; d: number }> = [];
  for (const { word: w } of rows) {
    if (w === word || (prefix && w.startsWith(word))) continue;
    let d = distance(word, w);
    if (prefix && w.length > word.length) d = Math.min(d, distance(word, w.slice(0, word.length)));
    if (d <= limit) scored.push({ w, d });
  }
  return scored
    .sort((a, b) => a.d - b.d || (a.w < b.w ? -1 : 1))
    .slice(0, KEEP)
    .map((s) => s.w);
}
