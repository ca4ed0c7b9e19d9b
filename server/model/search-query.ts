/**
 * The search box's query syntax, parsed and compiled to an SQLite FTS5 match expression. Pure: no
 * database here. The grammar is small, so the parser is hand-written (recursive descent):
 *
 *   query   := or
 *   or      := and ("OR" and)*
 *   and     := unary (["AND"] unary)*
 *   unary   := ("NOT" | "-") unary | primary
 *   primary := "(" or ")" | field ":" (value | phrase | "(" or ")") | phrase | word
 *
 * Lenient by design, never an error: an unmatched quote or parenthesis is punctuation (ignored, as
 * all punctuation is: the index holds words), an operator without an operand is dropped, an unknown
 * `field:` prefix is plain text. A query with no word left matches nothing (never everything).
 * Operators are upper case; "and", "or" and "not" in lower case are words.
 */

export const SEARCH_FIELDS = {
  name: "name",
  description: "description",
  tags: "tags",
  tag: "tags",
  terms: "terms",
  term: "terms",
  glossaryterms: "terms",
  owners: "owners",
  owner: "owners",
  platform: "platform",
  type: "kind",
} as const;
export type SearchColumn = (typeof SEARCH_FIELDS)[keyof typeof SEARCH_FIELDS];

/** `type:` values people write, to the entity types (as the index's kind column holds them, folded). */
const TYPE_ALIASES: Record<string, string> = {
  model: "mlmodel",
  models: "mlmodel",
  group: "mlmodelgroup",
  modelgroup: "mlmodelgroup",
  feature: "mlfeature",
  features: "mlfeature",
  featuretable: "mlfeaturetable",
  primarykey: "mlprimarykey",
  run: "dataprocessinstance",
  runs: "dataprocessinstance",
  experiment: "container",
  datasets: "dataset",
};

export type QueryNode =
  | { t: "word"; field?: SearchColumn; word: string; prefix: boolean }
  | { t: "phrase"; field?: SearchColumn; words: string[] }
  | { t: "and"; items: QueryNode[] }
  | { t: "or"; items: QueryNode[] }
  | { t: "not"; item: QueryNode };

/** At most this many words count; the rest of a longer query is ignored. */
export const MAX_QUERY_WORDS = 16;
const MAX_DEPTH = 8;

/** Lower case, without diacritics: the form the index (unicode61, remove_diacritics) compares. */
export function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** The words of a text as the index splits it. */
export function words(text: string): string[] {
  return fold(text.normalize("NFKC"))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

type Token =
  { k: "op"; op: "AND" | "OR" | "NOT" } | { k: "("; field?: SearchColumn } | { k: ")" } | { k: "term"; field?: SearchColumn; words: string[]; quoted: boolean };

function fieldOf(name: string): SearchColumn | undefined {
  return (SEARCH_FIELDS as Record<string, SearchColumn>)[name.toLowerCase()];
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = text.length;
  const readQuoted = (): string[] | null => {
    const end = text.indexOf('"', i + 1);
    if (end < 0) return null; // unmatched: the quote is punctuation
    const inner = text.slice(i + 1, end);
    i = end + 1;
    return words(inner);
  };
  while (i < n) {
    const c = text[i];
    if (/\s/u.test(c)) i++;
    else if (c === "(" || c === ")") {
      out.push(c === "(" ? { k: "(" } : { k: ")" });
      i++;
    } else if (c === '"') {
      const ws = readQuoted();
      if (ws === null) i++;
      else if (ws.length) out.push({ k: "term", words: ws, quoted: true });
    } else if (c === "-" && i + 1 < n && /[\p{L}\p{N}"(]/u.test(text[i + 1]) && (i === 0 || /[\s(]/u.test(text[i - 1]))) {
      out.push({ k: "op", op: "NOT" });
      i++;
    } else {
      let j = i;
      while (j < n && !/[\s()"]/u.test(text[j])) j++;
      const raw = text.slice(i, j);
      i = j;
      if (raw === "AND" || raw === "OR" || raw === "NOT") {
        out.push({ k: "op", op: raw });
        continue;
      }
      const colon = raw.indexOf(":");
      const field = colon > 0 ? fieldOf(raw.slice(0, colon)) : undefined;
      if (field) {
        const value = raw.slice(colon + 1);
        if (value) out.push({ k: "term", field, words: field === "kind" ? [kindWord(value)] : words(value), quoted: false });
        else if (text[i] === '"') {
          const ws = readQuoted();
          if (ws === null) i++;
          else if (ws.length) out.push({ k: "term", field, words: field === "kind" ? [kindWord(ws.join(""))] : ws, quoted: true });
        } else if (text[i] === "(") {
          out.push({ k: "(", field });
          i++;
        }
        continue;
      }
      const ws = words(raw);
      if (ws.length) out.push({ k: "term", words: ws, quoted: false });
    }
  }
  return out;
}

function kindWord(value: string): string {
  const v = words(value).join("");
  return TYPE_ALIASES[v] ?? v;
}

/** Parses a query; null when it holds no word to search for. */
export function parseQuery(text: string): QueryNode | null {
  const tokens = tokenize(text);
  // The last bare word matches as a prefix (the search box searches as one types).
  const last = tokens.findLastIndex((t) => t.k === "term");
  let pos = 0;
  let budget = MAX_QUERY_WORDS;
  const peek = () => tokens[pos];
  const term = (t: Extract<Token, { k: "term" }>, idx: number, field?: SearchColumn): QueryNode | null => {
    const f = t.field ?? field;
    const ws = t.words.slice(0, Math.max(0, budget));
    budget -= ws.length;
    if (ws.length === 0) return null;
    if (t.quoted && ws.length > 1 && f !== "kind") return { t: "phrase", field: f, words: ws };
    const prefix = !t.quoted && idx === last && tokens.slice(idx + 1).every((x) => x.k === ")") && f !== "kind";
    const nodes: QueryNode[] = ws.map((w, i) => ({ t: "word", field: f, word: w, prefix: prefix && i === ws.length - 1 }));
    return nodes.length === 1 ? nodes[0] : { t: "and", items: nodes };
  };
  const primary = (depth: number, field?: SearchColumn): QueryNode | null => {
    const t = peek();
    if (!t) return null;
    if (t.k === "(") {
      pos++;
      const inner = depth < MAX_DEPTH ? or(depth + 1, t.field ?? field) : or(depth, t.field ?? field);
      if (peek()?.k === ")") pos++; // a missing ")" closes at the end
      return inner;
    }
    if (t.k === "term") {
      pos++;
      return term(t, pos - 1, field);
    }
    return null;
  };
  const unary = (depth: number, field?: SearchColumn): QueryNode | null => {
    const t = peek();
    if (t?.k === "op" && t.op === "NOT") {
      pos++;
      const item = unary(depth, field);
      return item ? { t: "not", item } : null;
    }
    return primary(depth, field);
  };
  const and = (depth: number, field?: SearchColumn): QueryNode | null => {
    const items: QueryNode[] = [];
    for (;;) {
      const t = peek();
      if (!t || t.k === ")" || (t.k === "op" && t.op === "OR")) break;
      if (t.k === "op" && t.op === "AND") {
        pos++;
        continue;
      }
      const item = unary(depth, field);
      if (item) items.push(item);
    }
    return items.length === 0 ? null : items.length === 1 ? items[0] : { t: "and", items };
  };
  const or = (depth: number, field?: SearchColumn): QueryNode | null => {
    const items: QueryNode[] = [];
    for (;;) {
      const item = and(depth, field);
      if (item) items.push(item);
      const t = peek();
      if (t?.k === "op" && t.op === "OR") pos++;
      else break;
    }
    return items.length === 0 ? null : items.length === 1 ? items[0] : { t: "or", items };
  };
  const parts: QueryNode[] = [];
  while (pos < tokens.length) {
    const node = or(0);
    if (node) parts.push(node);
    if (peek()?.k === ")") pos++; // an unmatched ")" is punctuation
  }
  return parts.length === 0 ? null : parts.length === 1 ? parts[0] : { t: "and", items: parts };
}

/** Words the query looks for (not those it excludes), for marking matches and for typo correction. */
export function positiveWords(node: QueryNode | null, negated = false): Array<{ word: string; prefix: boolean; field?: SearchColumn }> {
  if (!node) return [];
  switch (node.t) {
    case "word":
      return negated ? [] : [{ word: node.word, prefix: node.prefix, field: node.field }];
    case "phrase":
      return negated ? [] : node.words.map((w) => ({ word: w, prefix: false, field: node.field }));
    case "not":
      return positiveWords(node.item, !negated);
    default:
      return node.items.flatMap((i) => positiveWords(i, negated));
  }
}

/** Whether a query has a phrase of several words (which the index, without positions, checks row by row). */
export function hasPhrase(node: QueryNode | null): boolean {
  if (!node) return false;
  if (node.t === "phrase") return true;
  if (node.t === "not") return hasPhrase(node.item);
  if (node.t === "and" || node.t === "or") return node.items.some(hasPhrase);
  return false;
}

export interface CompileOptions {
  /** every indexed kind, folded: `NOT x` alone means "every entity except x" */
  allKinds: readonly string[];
  /** typo corrections of a word (looked for in addition to it, never in NOT) */
  corrections?: (word: string) => readonly string[];
  /**
   * the indexed terms a prefix stands for, when they are few (looked for as those terms instead of
   * the prefix); null: as a prefix
   */
  prefixTerms?: (prefix: string) => readonly string[] | null;
}

const q = (w: string) => `"${w.replace(/"/g, '""')}"`;

/**
 * The FTS5 expression for a query. Phrases compile to all their words (the index has no positions;
 * `phraseMatches` checks the order afterwards), so the expression matches a superset of the query
 * when it has phrases, and exactly the query otherwise.
 */
export function toFts(node: QueryNode, opts: CompileOptions): string {
  const all = `{kind} : (${opts.allKinds.map(q).join(" OR ")})`;
  const col = (field: SearchColumn | undefined, expr: string) => (field ? `{${field}} : (${expr})` : `(${expr})`);
  // null: no constraint this part can express (a negated phrase: the row check decides).
  const c = (n: QueryNode, neg: boolean): string | null => {
    switch (n.t) {
      case "word": {
        const terms = n.prefix ? (opts.prefixTerms?.(n.word) ?? null) : null;
        const exact = !n.prefix ? q(n.word) : terms?.length ? terms.map(q).join(" OR ") : `${q(n.word)}*`;
        const fixes = neg || n.field === "kind" ? [] : (opts.corrections?.(n.word) ?? []);
        return col(n.field, [exact, ...fixes.map(q)].join(" OR "));
      }
      case "phrase":
        return neg ? null : col(n.field, n.words.map(q).join(" AND "));
      case "not": {
        const inner = c(n.item, !neg);
        return inner === null ? null : `(${all} NOT ${inner})`;
      }
      case "or": {
        const parts = n.items.map((i) => c(i, neg));
        return parts.some((p) => p === null) ? null : `(${parts.join(" OR ")})`;
      }
      case "and": {
        const pos = n.items.filter((i) => i.t !== "not").map((i) => c(i, neg));
        const negs = n.items.flatMap((i) => (i.t === "not" ? [c(i.item, !neg)] : [])).filter((p): p is string => p !== null);
        const p = pos.filter((x): x is string => x !== null);
        const base = p.length ? `(${p.join(" AND ")})` : all;
        return negs.length ? `(${base} NOT (${negs.join(" OR ")}))` : base;
      }
    }
  };
  return c(node, false) ?? all;
}

/** A row of the index, column by column (the kind column holds the entity type). */
export type IndexedRow = Partial<Record<SearchColumn | "text", string>>;
const ALL_COLUMNS = ["name", "description", "text", "tags", "terms", "owners", "platform", "kind"] as const;

/** Whether a row matches the query exactly, phrases in order included (corrections count as the word). */
export function rowMatches(node: QueryNode, row: IndexedRow, corrections?: (word: string) => readonly string[]): boolean {
  const tokens = new Map<string, string[]>();
  const tok = (c: string) => {
    let t = tokens.get(c);
    if (!t) tokens.set(c, (t = words(row[c as SearchColumn] ?? "")));
    return t;
  };
  const cols = (field?: SearchColumn) => (field ? [field] : ALL_COLUMNS);
  const ev = (n: QueryNode): boolean => {
    switch (n.t) {
      case "word": {
        const alts = [n.word, ...(corrections?.(n.word) ?? [])];
        return cols(n.field).some((c) => tok(c).some((t) => alts.includes(t) || (n.prefix && t.startsWith(n.word))));
      }
      case "phrase":
        return cols(n.field).some((c) => {
          const t = tok(c);
          for (let i = 0; i + n.words.length <= t.length; i++) if (n.words.every((w, k) => t[i + k] === w)) return true;
          return false;
        });
      case "not":
        return !ev(n.item);
      case "and":
        return n.items.every(ev);
      case "or":
        return n.items.some(ev);
    }
  };
  return ev(node);
}
