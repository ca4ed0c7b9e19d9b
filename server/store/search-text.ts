/** The words of a search text as the full-text index sees them, and the window of a hit's text around where it matched. */

/** Words of a user's query, made safe for FTS5 (each quoted); the last one matches as a prefix. */
export function toFtsQuery(text: string, opts: { prefixLast?: boolean } = {}): string | null {
  const words = text
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 16);
  if (words.length === 0) return null;
  return words
    .map((w, i) => {
      const q = `"${w.replace(/"/g, '""')}"`;
      return opts.prefixLast !== false && i === words.length - 1 ? `${q}*` : q;
    })
    .join(" ");
}

/** The words of a query as the index sees them (lower case, without diacritics). */
export function queryWords(text: string): Array<{ word: string; prefix: boolean }> {
  const words = text
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 16);
  return words.map((w, i) => ({ word: fold(w), prefix: i === words.length - 1 }));
}

function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/**
 * A short window of `text` around its first token matching one of `words` (whole token, or a
 * prefix for the last word, as the index matched it); null when none matches.
 */
export function markMatches(text: string, words: Array<{ word: string; prefix: boolean }>): string | null {
  if (!text || words.length === 0) return null;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const token = fold(m[0]);
    if (words.some((w) => (w.prefix ? token.startsWith(w.word) : token === w.word))) {
      const at = m.index ?? 0;
      const from = Math.max(0, at - 60);
      const to = Math.min(text.length, at + 140);
      return (from > 0 ? "…" : "") + text.slice(from, to) + (to < text.length ? "…" : "");
    }
  }
  return null;
}

/**
 * How well a name matches the query's words, for ranking the newest name matches of a large match
 * set (Search.search): one point per word the name holds whole (a correction counts as its word),
 * half for one it holds only as a prefix, plus the share of the name's tokens that match, so that
 * "Churn" ranks above "Churn model for retail". Higher is better. bm25 would read every posting of
 * each word to weigh it (its inverse document frequency): on a word most of a million entities
 * share, more than the rest of the search.
 */
export function nameScore(name: string, words: ReadonlyArray<{ word: string; prefix: boolean; alts?: readonly string[] }>): number {
  // (plain loops: this runs for up to 500 names a search)
  const tokens = (/[^ -~]/.test(name) ? fold(name) : name.toLowerCase()).match(TOKEN) ?? [];
  if (tokens.length === 0) return 0;
  let score = 0;
  let matching = 0;
  for (const w of words) {
    let best = 0;
    for (const t of tokens) {
      if (t === w.word || w.alts?.includes(t)) {
        best = 1;
        break;
      }
      if (w.prefix && t.startsWith(w.word)) best = 0.5;
    }
    score += best;
  }
  for (const t of tokens)
    for (const w of words)
      if (t === w.word || (w.prefix && t.startsWith(w.word)) || w.alts?.includes(t)) {
        matching++;
        break;
      }
  return score + matching / tokens.length;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
