/**
 * MLflow's run search syntax — the `filter_string` and `order_by` of `mlflow.search_runs` — parsed,
 * checked and evaluated over training runs.
 *
 *   metrics.rmse < 3 and params.model = 'arima' and tags.team LIKE 'fore%' and attributes.status = 'FINISHED'
 *
 * Grammar (MLflow's, with the few additions marked +):
 *
 *   filter     := clause ( AND clause )*                     AND in any case; no OR, no parentheses
 *   clause     := key comparator value | key IS [NOT] NULL (+) | tags.<name> alone (+: has the tag)
 *   key        := type "." name | name                       a bare name is an attribute
 *   type       := metric(s) | param(s) | parameter(s) | tag(s) | attribute(s) | attr | run | dataset(s)
 *   name       := unquoted characters up to a space or an operator (dots allowed: tags.mlflow.source.name),
 *                 or quoted with "…" or `…` (for names with spaces or operators: metrics."train/loss")
 *   value      := 'text' | "text" | number | ( 'text', … )   '' inside 'text' is one quote
 *
 *   metrics:            =  !=  <  <=  >  >=  with a number (a run's last value of the metric)
 *   params, tags:       =  !=  LIKE  ILIKE  with quoted text
 *   attributes:         run_id, run_name, status, user_id, artifact_uri (text: =, !=, LIKE, ILIKE,
 *                       IN, NOT IN); start_time, end_time (numbers, epoch milliseconds); aliases
 *                       created = start_time, `run name` = run_name; + duration (end_time − start_time,
 *                       milliseconds)
 *   datasets:           name, digest, context (text: =, !=, LIKE, ILIKE, IN, NOT IN; any input dataset)
 *   + IS NULL / IS NOT NULL on metrics, params and tags (the run has no / has such a key)
 *   + IN / NOT IN on params and tags
 *
 * LIKE is SQL's: `%` any run of characters, `_` one character, everything else literal; ILIKE
 * ignores case. A run without the key never matches a comparison (as in MLflow, `!=` included).
 * Text with none of the operators, quotes or `type.` keys is a search for runs whose name contains
 * it, ignoring case, as MLflow's search box does.
 *
 * `order_by` is `key [ASC|DESC]` (default ASC); runs without the key come last either way. Runs
 * otherwise come newest first (start time), then by run id.
 *
 * Hostile input: the scanner is one pass without regular expressions or recursion; the text, the
 * clauses, IN lists and patterns have limits (FILTER_LIMITS) and every error names the character
 * where it happened. Evaluation charges each character comparison against a budget, so a pattern
 * such as '%a%a%a%…' over long values stops with an error instead of running on.
 *
 * It imports nothing and lives in common/, which the server (filtering all of an experiment's runs)
 * and the web app (its within-page fallback against servers without the `orreryRuns` extension)
 * both import: one grammar for both.
 */

export const FILTER_LIMITS = {
  /** characters of a filter or an order_by */
  maxChars: 2000,
  /** clauses joined by AND */
  maxClauses: 40,
  /** values in one IN list */
  maxListItems: 200,
  /** characters of one quoted value or name */
  maxTextChars: 1000,
  /** order_by keys */
  maxOrderKeys: 3,
  /** character comparisons one evaluation (all runs, all clauses) may make */
  maxWork: 50_000_000,
} as const;

export type KeyKind = "metric" | "param" | "tag" | "attribute" | "dataset";
export type Comparator = "=" | "!=" | "<" | "<=" | ">" | ">=" | "LIKE" | "ILIKE" | "IN" | "NOT IN" | "IS NULL" | "IS NOT NULL" | "CONTAINS";

export interface RunKey {
  kind: KeyKind;
  /** attribute and dataset names canonical (`created` → `start_time`) */
  name: string;
}

export interface Clause extends RunKey {
  comparator: Comparator;
  /** a number (metrics, numeric attributes), text, a list of texts (IN), or null (IS NULL) */
  value: number | string | readonly string[] | null;
  /** where the clause starts in the text */
  at: number;
}

export interface FilterError {
  message: string;
  /** offset of the offending part in the text, and its length (at least 1, or 0 at the end) */
  at: number;
  length: number;
}

export type FilterParse = { ok: true; clauses: Clause[]; plain: boolean } | { ok: false; error: FilterError };

export interface OrderKey extends RunKey {
  ascending: boolean;
}
export type OrderParse = { ok: true; keys: OrderKey[] } | { ok: false; error: FilterError };

/** Attributes MLflow searches by; numeric ones compare with numbers. */
export const STRING_ATTRIBUTES = ["run_id", "run_name", "status", "user_id", "artifact_uri"] as const;
export const NUMERIC_ATTRIBUTES = ["start_time", "end_time", "duration"] as const;
const ATTRIBUTE_ALIASES: Record<string, string> = {
  created: "start_time",
  Created: "start_time",
  "run name": "run_name",
  "Run name": "run_name",
  "Run Name": "run_name",
};
export const DATASET_KEYS = ["name", "digest", "context"] as const;

const KINDS: Record<string, KeyKind> = {
  metric: "metric",
  metrics: "metric",
  param: "param",
  params: "param",
  parameter: "param",
  parameters: "param",
  tag: "tag",
  tags: "tag",
  attribute: "attribute",
  attributes: "attribute",
  attr: "attribute",
  run: "attribute",
  dataset: "dataset",
  datasets: "dataset",
};

const PREFIX: Record<KeyKind, string> = { metric: "metrics", param: "params", tag: "tags", attribute: "attributes", dataset: "datasets" };

const NUMERIC_COMPARATORS: readonly Comparator[] = ["=", "!=", "<", "<=", ">", ">="];
const TEXT_COMPARATORS: readonly Comparator[] = ["=", "!=", "LIKE", "ILIKE"];
const LIST_COMPARATORS: readonly Comparator[] = ["IN", "NOT IN"];
const NULL_COMPARATORS: readonly Comparator[] = ["IS NULL", "IS NOT NULL"];

/** How a key is written back: `metrics.rmse`, `metrics."train loss"`. */
export function formatKey(k: RunKey): string {
  const plain = k.name.length > 0 && [...k.name].every((c) => !isSpace(c) && !STOP.has(c));
  return `${PREFIX[k.kind]}.${plain ? k.name : `"${k.name.replace(/"/g, "")}"`}`;
}

/** Quoted text as the filter syntax writes it (a quote doubled). */
export function quoteText(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

// ---------- scanning ----------

const STOP = new Set(["'", '"', "`", "=", "!", "<", ">", "(", ")", ","]);

/** Text of the filter quoted in a message, cut short. */
function show(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function isSpace(c: string): boolean {
  return (
    c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v" || c === "\u00a0" || c === "\u2028" || c === "\u2029" || c === "\ufeff"
  );
}

function isWordChar(c: string): boolean {
  const n = c.charCodeAt(0);
  return (n >= 48 && n <= 57) || (n >= 65 && n <= 90) || (n >= 97 && n <= 122) || n === 95;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

class Fail extends Error {
  constructor(
    readonly at: number,
    readonly length: number,
    message: string,
  ) {
    super(message);
  }
}

/** A one-pass scanner over the text; every read advances, nothing recurses. */
class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }
  peek(offset = 0): string | undefined {
    return this.text[this.pos + offset];
  }
  skipSpace(): void {
    while (this.pos < this.text.length && isSpace(this.text[this.pos]!)) this.pos++;
  }
  /** A word of letters, digits and underscores (maybe empty). */
  word(): string {
    const start = this.pos;
    while (this.pos < this.text.length && isWordChar(this.text[this.pos]!)) this.pos++;
    return this.text.slice(start, this.pos);
  }
  /** The word here, if it is `keyword` (any case) and ends there; advances past it. */
  keyword(keyword: string): boolean {
    const end = this.pos + keyword.length;
    if (this.text.slice(this.pos, end).toUpperCase() !== keyword) return false;
    const next = this.text[end];
    if (next !== undefined && isWordChar(next)) return false;
    this.pos = end;
    return true;
  }
  /** What is here, for messages: the next word or character. */
  describeHere(): { text: string; length: number } {
    if (this.done) return { text: "the end", length: 0 };
    const start = this.pos;
    let end = start;
    if (isWordChar(this.text[end]!)) while (end < this.text.length && isWordChar(this.text[end]!) && end - start < 30) end++;
    else end = start + 1;
    return { text: `'${this.text.slice(start, end)}'`, length: end - start };
  }
  fail(message: string, at = this.pos, length?: number): never {
    throw new Fail(at, length ?? (at >= this.text.length ? 0 : 1), message);
  }
  /** Text in quotes (', " or `); a doubled quote stands for one. */
  quoted(what: string): string {
    const quote = this.text[this.pos]!;
    const start = this.pos;
    this.pos++;
    let out = "";
    for (;;) {
      if (this.pos >= this.text.length) this.fail(`${what} starting here has no closing ${quote}`, start, 1);
      const c = this.text[this.pos]!;
      if (c === quote) {
        if (this.text[this.pos + 1] === quote) {
          out += quote;
          this.pos += 2;
          continue;
        }
        this.pos++;
        break;
      }
      out += c;
      this.pos++;
      if (out.length > FILTER_LIMITS.maxTextChars) this.fail(`${what} is longer than ${FILTER_LIMITS.maxTextChars} characters`, start, this.pos - start);
    }
    return out;
  }
  /** An unquoted name: everything up to a space, a quote or an operator character. */
  bareName(): string {
    const start = this.pos;
    while (this.pos < this.text.length && !isSpace(this.text[this.pos]!) && !STOP.has(this.text[this.pos]!)) this.pos++;
    if (this.pos - start > FILTER_LIMITS.maxTextChars) this.fail(`the name is longer than ${FILTER_LIMITS.maxTextChars} characters`, start, this.pos - start);
    return this.text.slice(start, this.pos);
  }
  /** A number literal (sign, digits, fraction, exponent), or null when there is none here. */
  number(): number | null {
    const start = this.pos;
    let p = this.pos;
    if (this.text[p] === "+" || this.text[p] === "-") p++;
    const intStart = p;
    while (isDigit(this.text[p])) p++;
    let digits = p - intStart;
    if (this.text[p] === ".") {
      p++;
      const fracStart = p;
      while (isDigit(this.text[p])) p++;
      digits += p - fracStart;
    }
    if (digits === 0) return null;
    if (this.text[p] === "e" || this.text[p] === "E") {
      let q = p + 1;
      if (this.text[q] === "+" || this.text[q] === "-") q++;
      if (isDigit(this.text[q])) {
        while (isDigit(this.text[q])) q++;
        p = q;
      }
    }
    const next = this.text[p];
    if (next !== undefined && (isWordChar(next) || next === ".")) this.fail(`'${show(this.text.slice(start, p + 1))}' is not a number`, start, p + 1 - start);
    const n = Number(this.text.slice(start, p));
    if (!Number.isFinite(n)) this.fail(`${show(this.text.slice(start, p))} is too large a number`, start, p - start);
    this.pos = p;
    return n;
  }
}

const KEY_HELP = "a key such as metrics.rmse, params.model, tags.team or attributes.status";

function readKey(s: Scanner, allowDatasets: boolean): RunKey & { at: number; end: number; written: string } {
  const at = s.pos;
  const c = s.peek();
  let kind: KeyKind = "attribute";
  let name = "";
  let type: string | null = null;
  if (c === '"' || c === "`" || c === "'") {
    const quoted = s.quoted("the quoted name");
    // `metrics`.rmse: a type in backticks, as MLflow allows; otherwise a quoted key without a type
    // is an attribute (MLflow: `"run name" = 'x'`).
    if (s.peek() === ".") {
      if (c !== "`") s.fail('write the type before the quoted name: metrics."train/loss"', s.pos);
      type = quoted;
    } else name = quoted;
  } else {
    type = s.word();
    if (!type) {
      const here = s.describeHere();
      s.fail(`expected ${KEY_HELP}, found ${here.text}`, s.pos, here.length);
    }
  }
  if (type !== null) {
    if (s.peek() === ".") {
      const k = KINDS[type.toLowerCase()];
      if (!k) s.fail(`'${show(type)}' is not a kind of key: use metrics., params., tags., attributes. or datasets.`, at, type.length);
      kind = k;
      s.pos++;
      const q = s.peek();
      if (q === '"' || q === "`") name = s.quoted("the quoted name");
      else if (q === "'") s.fail(`quote names with "…" or \`…\`, not '…': ${PREFIX[kind]}."name"`, s.pos);
      else name = s.bareName();
      if (!name) s.fail(`expected the name after '${show(type)}.'`, s.pos, s.done ? 0 : 1);
    } else name = type;
  }
  if (kind === "attribute") {
    name = ATTRIBUTE_ALIASES[name] ?? name;
    if (!(STRING_ATTRIBUTES as readonly string[]).includes(name) && !(NUMERIC_ATTRIBUTES as readonly string[]).includes(name)) {
      const bare = !s.text.slice(at, s.pos).includes(".");
      s.fail(
        bare
          ? `'${show(name)}' is not an attribute: write ${KEY_HELP} (attributes are ${[...STRING_ATTRIBUTES, ...NUMERIC_ATTRIBUTES].join(", ")})`
          : `'${show(name)}' is not an attribute: use ${[...STRING_ATTRIBUTES, ...NUMERIC_ATTRIBUTES].join(", ")}`,
        at,
        s.pos - at,
      );
    }
  }
  if (kind === "dataset") {
    if (!allowDatasets) s.fail("runs cannot be ordered by their datasets", at, s.pos - at);
    if (!(DATASET_KEYS as readonly string[]).includes(name))
      s.fail(`'${show(name)}' is not a dataset key: use datasets.name, datasets.digest or datasets.context`, at, s.pos - at);
  }
  return { kind, name, at, end: s.pos, written: show(s.text.slice(at, s.pos)) };
}

function readComparator(s: Scanner, written: string): { comparator: Comparator; at: number; end: number } {
  const at = s.pos;
  const two = s.text.slice(s.pos, s.pos + 2);
  const one = s.peek();
  const done = (comparator: Comparator, length: number) => {
    s.pos += length;
    return { comparator, at, end: s.pos };
  };
  if (two === "!=") return done("!=", 2);
  if (two === "<=") return done("<=", 2);
  if (two === ">=") return done(">=", 2);
  if (two === "==") s.fail("use = to compare (not ==)", at, 2);
  if (two === "<>") s.fail("use != for 'not equal' (not <>)", at, 2);
  if (one === "=") return done("=", 1);
  if (one === "<") return done("<", 1);
  if (one === ">") return done(">", 1);
  if (s.keyword("LIKE")) return { comparator: "LIKE", at, end: s.pos };
  if (s.keyword("ILIKE")) return { comparator: "ILIKE", at, end: s.pos };
  if (s.keyword("IN")) return { comparator: "IN", at, end: s.pos };
  if (s.keyword("NOT")) {
    s.skipSpace();
    if (s.keyword("IN")) return { comparator: "NOT IN", at, end: s.pos };
    if (s.keyword("LIKE") || s.keyword("ILIKE")) s.fail("NOT LIKE is not part of the syntax: use != for a whole value", at, s.pos - at);
    s.fail("expected IN after NOT", s.pos, s.describeHere().length);
  }
  if (s.keyword("IS")) {
    s.skipSpace();
    const not = s.keyword("NOT");
    s.skipSpace();
    if (!s.keyword("NULL")) s.fail(`expected NULL after IS${not ? " NOT" : ""}`, s.pos, s.describeHere().length);
    return { comparator: not ? "IS NOT NULL" : "IS NULL", at, end: s.pos };
  }
  const here = s.describeHere();
  s.fail(`expected a comparison after ${written} (=, !=, <, <=, >, >=, LIKE, ILIKE, IN or IS NULL), found ${here.text}`, at, here.length);
}

type Value = number | string | string[];

function readValue(s: Scanner, key: RunKey & { written: string }): { value: Value; at: number; end: number } {
  const at = s.pos;
  const c = s.peek();
  if (c === "'" || c === '"') return { value: s.quoted("the text"), at, end: s.pos };
  if (c === "(") {
    s.pos++;
    const items: string[] = [];
    for (;;) {
      s.skipSpace();
      const q = s.peek();
      if (q === ")" && items.length === 0) s.fail("the list is empty: write ('a', 'b')", s.pos);
      if (q !== "'" && q !== '"') {
        const here = s.describeHere();
        s.fail(`expected quoted text in the list, found ${here.text}`, s.pos, here.length);
      }
      items.push(s.quoted("the text"));
      if (items.length > FILTER_LIMITS.maxListItems) s.fail(`a list holds at most ${FILTER_LIMITS.maxListItems} values`, at, s.pos - at);
      s.skipSpace();
      if (s.peek() === ",") {
        s.pos++;
        continue;
      }
      if (s.peek() === ")") {
        s.pos++;
        break;
      }
      const here = s.describeHere();
      s.fail(here.length === 0 ? "the list has no closing )" : `expected , or ) in the list, found ${here.text}`, s.pos, here.length);
    }
    return { value: items, at, end: s.pos };
  }
  const n = s.number();
  if (n !== null) return { value: n, at, end: s.pos };
  if (c === "`") s.fail("values are quoted with '…' or \"…\"; `…` quotes names", at);
  if (s.done) s.fail(`expected a value after ${key.written}`, at, 0);
  const start = s.pos;
  const bare = s.bareName();
  if (!bare) {
    const here = s.describeHere();
    s.fail(`expected a value, found ${here.text}`, at, here.length);
  }
  const numeric = key.kind === "metric" || (key.kind === "attribute" && (NUMERIC_ATTRIBUTES as readonly string[]).includes(key.name));
  s.fail(
    numeric ? `${key.written} compares with a number, not '${show(bare)}'` : `quote text values: ${key.written} = ${quoteText(show(bare))}`,
    start,
    bare.length,
  );
}

/** The comparators and value a key takes, as MLflow checks them (plus IS NULL, and IN on params and tags). */
function checkClause(
  s: Scanner,
  key: RunKey & { at: number; written: string },
  cmp: { comparator: Comparator; at: number; end: number },
  v: { value: Value; at: number; end: number } | null,
): void {
  const { comparator } = cmp;
  const numericAttr = key.kind === "attribute" && (NUMERIC_ATTRIBUTES as readonly string[]).includes(key.name);
  const wantsNumber = key.kind === "metric" || numericAttr;
  const allowed: readonly Comparator[] =
    key.kind === "metric"
      ? [...NUMERIC_COMPARATORS, ...NULL_COMPARATORS]
      : numericAttr
        ? NUMERIC_COMPARATORS
        : key.kind === "attribute" || key.kind === "dataset"
          ? [...TEXT_COMPARATORS, ...LIST_COMPARATORS]
          : [...TEXT_COMPARATORS, ...LIST_COMPARATORS, ...NULL_COMPARATORS];
  if (!allowed.includes(comparator)) {
    const hint =
      (key.kind === "param" || key.kind === "tag") && NUMERIC_COMPARATORS.includes(comparator)
        ? ` (${key.kind === "param" ? "parameters" : "tags"} are text, as in MLflow; use ${allowed.filter((a) => !NULL_COMPARATORS.includes(a)).join(", ")})`
        : "";
    s.fail(`${key.written} cannot be compared with ${comparator}${hint ? hint : `: use ${allowed.join(", ")}`}`, cmp.at, cmp.end - cmp.at);
  }
  if (!v) return;
  if (LIST_COMPARATORS.includes(comparator)) {
    if (!Array.isArray(v.value)) s.fail(`${comparator} takes a list: ${key.written} ${comparator} ('a', 'b')`, v.at, v.end - v.at);
    return;
  }
  if (Array.isArray(v.value)) s.fail(`a list goes with IN or NOT IN, not ${comparator}`, v.at, v.end - v.at);
  if (wantsNumber && typeof v.value !== "number") {
    const asNumber = String(v.value).trim() !== "" && Number.isFinite(Number(v.value)) ? show(String(v.value).trim()) : "3";
    s.fail(`${key.written} compares with a number: write it without quotes (${key.written} ${comparator} ${asNumber})`, v.at, v.end - v.at);
  }
  if (!wantsNumber && typeof v.value === "number") {
    const text = s.text.slice(v.at, v.end);
    s.fail(`${key.written} is text: quote the value (${key.written} ${comparator} ${quoteText(show(text))})`, v.at, v.end - v.at);
  }
  if ((comparator === "LIKE" || comparator === "ILIKE") && typeof v.value === "string" && [...v.value].length > FILTER_LIMITS.maxTextChars)
    s.fail(`a pattern is at most ${FILTER_LIMITS.maxTextChars} characters`, v.at, v.end - v.at);
}

const KEY_PREFIXES = Object.keys(KINDS);

/**
 * Whether the text is written in the filter syntax (an operator, a quote, or a `type.` key), rather
 * than words to find in run names.
 */
export function looksLikeExpression(text: string): boolean {
  let wordStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (STOP.has(c) && c !== "(" && c !== ")" && c !== ",") return true;
    if (!isWordChar(c)) {
      if (c === "." && i > wordStart && KEY_PREFIXES.includes(text.slice(wordStart, i).toLowerCase())) return true;
      wordStart = i + 1;
    }
  }
  return false;
}

/**
 * Parses a filter. Empty text is no filter; text that does not look like an expression (see
 * `looksLikeExpression`) is a search of run names.
 */
export function parseRunFilter(text: string): FilterParse {
  if (text.length > FILTER_LIMITS.maxChars)
    return {
      ok: false,
      error: {
        message: `the filter is ${text.length} characters long; at most ${FILTER_LIMITS.maxChars}`,
        at: FILTER_LIMITS.maxChars,
        length: text.length - FILTER_LIMITS.maxChars,
      },
    };
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, clauses: [], plain: false };
  if (!looksLikeExpression(trimmed))
    return { ok: true, plain: true, clauses: [{ kind: "attribute", name: "run_name", comparator: "CONTAINS", value: trimmed, at: text.indexOf(trimmed) }] };
  const s = new Scanner(text);
  const clauses: Clause[] = [];
  try {
    s.skipSpace();
    for (;;) {
      const key = readKey(s, true);
      s.skipSpace();
      // + `tags.team` alone: the run has the tag (whatever its value), as `tags.team IS NOT NULL`.
      const andNext = s.text.slice(s.pos, s.pos + 3).toUpperCase() === "AND" && !isWordChar(s.text[s.pos + 3] ?? " ");
      const bareTag = key.kind === "tag" && (s.done || andNext);
      const cmp = bareTag ? { comparator: "IS NOT NULL" as const, at: s.pos, end: s.pos } : readComparator(s, key.written);
      let v: { value: Value; at: number; end: number } | null = null;
      if (!NULL_COMPARATORS.includes(cmp.comparator)) {
        s.skipSpace();
        v = readValue(s, key);
      }
      checkClause(s, key, cmp, v);
      clauses.push({ kind: key.kind, name: key.name, comparator: cmp.comparator, value: v ? v.value : null, at: key.at });
      if (clauses.length > FILTER_LIMITS.maxClauses) s.fail(`a filter has at most ${FILTER_LIMITS.maxClauses} conditions`, key.at, s.pos - key.at);
      s.skipSpace();
      if (s.done) break;
      if (s.keyword("AND")) {
        s.skipSpace();
        if (s.done) s.fail("expected a condition after AND", s.pos, 0);
        continue;
      }
      const at = s.pos;
      if (s.keyword("OR")) s.fail("OR is not supported (MLflow's syntax joins conditions with AND only)", at, 2);
      const here = s.describeHere();
      s.fail(`expected AND between conditions, found ${here.text}`, at, here.length);
    }
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: { message: e.message, at: e.at, length: e.length } };
    throw e;
  }
  return { ok: true, clauses, plain: false };
}

/** Parses an `order_by`: up to three `key [ASC|DESC]`, separated by commas. */
export function parseOrderBy(text: string): OrderParse {
  if (text.length > FILTER_LIMITS.maxChars)
    return { ok: false, error: { message: `order_by is longer than ${FILTER_LIMITS.maxChars} characters`, at: 0, length: text.length } };
  const s = new Scanner(text);
  const keys: OrderKey[] = [];
  try {
    s.skipSpace();
    if (s.done) return { ok: true, keys };
    for (;;) {
      const key = readKey(s, false);
      s.skipSpace();
      let ascending = true;
      if (s.keyword("DESC")) ascending = false;
      else s.keyword("ASC");
      keys.push({ kind: key.kind, name: key.name, ascending });
      if (keys.length > FILTER_LIMITS.maxOrderKeys) s.fail(`order_by takes at most ${FILTER_LIMITS.maxOrderKeys} keys`, key.at, s.pos - key.at);
      s.skipSpace();
      if (s.done) break;
      if (s.peek() === ",") {
        s.pos++;
        s.skipSpace();
        continue;
      }
      const here = s.describeHere();
      s.fail(`expected ASC, DESC or a comma, found ${here.text}`, s.pos, here.length);
    }
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: { message: e.message, at: e.at, length: e.length } };
    throw e;
  }
  return { ok: true, keys };
}

// ---------- evaluation ----------

/** What a filter can ask of a run. */
export interface RunFacts {
  runId: string;
  runName: string;
  /** MLflow's status: RUNNING, SCHEDULED, FINISHED, FAILED or KILLED (or the source's own word) */
  status: string | null;
  userId: string | null;
  artifactUri: string | null;
  startTime: number | null;
  endTime: number | null;
  /** last value of each metric (NaN for MLflow's nan) */
  metrics: ReadonlyMap<string, number>;
  params: ReadonlyMap<string, string>;
  tags: ReadonlyMap<string, string>;
  datasets: ReadonlyArray<{ name: string; digest: string | null; context: string | null }>;
}

export class FilterTooCostly extends Error {
  constructor() {
    super("the filter is too costly to evaluate over these runs: use fewer % and _ in LIKE patterns, or shorter ones");
  }
}

/** Work done by an evaluation, in character comparisons; past FILTER_LIMITS.maxWork it throws FilterTooCostly. */
export class Budget {
  used = 0;
  constructor(readonly limit: number = FILTER_LIMITS.maxWork) {}
  charge(n: number): void {
    this.used += n;
    if (this.used > this.limit) throw new FilterTooCostly();
  }
}

/** SQL LIKE without regular expressions: `%` any run, `_` one character (a code point). */
export function likeMatch(value: string, pattern: string, ignoreCase: boolean, budget: Budget = new Budget()): boolean {
  const v = [...(ignoreCase ? value.toLowerCase() : value)];
  const segments = (ignoreCase ? pattern.toLowerCase() : pattern).split("%").map((p) => [...p]);
  budget.charge(v.length + 1);
  const at = (i: number, seg: string[]): boolean => {
    budget.charge(seg.length);
    for (let k = 0; k < seg.length; k++) if (seg[k] !== "_" && seg[k] !== v[i + k]) return false;
    return true;
  };
  if (segments.length === 1) return v.length === segments[0]!.length && at(0, segments[0]!);
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  if (v.length < first.length + last.length) return false;
  if (!at(0, first) || !at(v.length - last.length, last)) return false;
  // Middle segments, each at its leftmost place after the previous one: leftmost is always safe
  // for patterns whose only wildcards between segments are %, so no backtracking is needed.
  let pos = first.length;
  const end = v.length - last.length;
  for (let i = 1; i < segments.length - 1; i++) {
    const seg = segments[i]!;
    if (seg.length === 0) continue;
    let found = -1;
    for (let p = pos; p + seg.length <= end; p++)
      if (at(p, seg)) {
        found = p;
        break;
      }
    if (found < 0) return false;
    pos = found + seg.length;
  }
  return true;
}

function textOf(run: RunFacts, key: RunKey): string | null | undefined {
  if (key.kind === "param") return run.params.get(key.name);
  if (key.kind === "tag") return run.tags.get(key.name);
  switch (key.name) {
    case "run_id":
      return run.runId;
    case "run_name":
      return run.runName;
    case "status":
      return run.status;
    case "user_id":
      return run.userId;
    case "artifact_uri":
      return run.artifactUri;
    default:
      return null;
  }
}

const isNumericAttribute = (name: string) => (NUMERIC_ATTRIBUTES as readonly string[]).includes(name);

function numericAttribute(run: RunFacts, name: string): number | null {
  if (name === "start_time") return run.startTime;
  if (name === "end_time") return run.endTime;
  return run.startTime !== null && run.endTime !== null ? run.endTime - run.startTime : null;
}

function compareText(lhs: string, c: Clause, budget: Budget): boolean {
  const v = c.value;
  switch (c.comparator) {
    case "=":
      budget.charge(1);
      return lhs === v;
    case "!=":
      budget.charge(1);
      return lhs !== v;
    case "LIKE":
      return likeMatch(lhs, v as string, false, budget);
    case "ILIKE":
      return likeMatch(lhs, v as string, true, budget);
    case "IN":
      budget.charge((v as string[]).length);
      return (v as string[]).includes(lhs);
    case "NOT IN":
      budget.charge((v as string[]).length);
      return !(v as string[]).includes(lhs);
    case "CONTAINS":
      budget.charge(lhs.length + 1);
      return lhs.toLowerCase().includes((v as string).toLowerCase());
    default:
      return false;
  }
}

function compareNumber(lhs: number, c: Clause): boolean {
  const v = c.value as number;
  switch (c.comparator) {
    case "=":
      return lhs === v;
    case "!=":
      return lhs !== v;
    case "<":
      return lhs < v;
    case "<=":
      return lhs <= v;
    case ">":
      return lhs > v;
    case ">=":
      return lhs >= v;
    default:
      return false;
  }
}

/** Whether one run satisfies every clause (MLflow's semantics: a run without the key fails the clause). */
export function matchesRun(clauses: readonly Clause[], run: RunFacts, budget: Budget = new Budget()): boolean {
  for (const c of clauses) {
    budget.charge(1);
    if (c.comparator === "IS NULL" || c.comparator === "IS NOT NULL") {
      const has = c.kind === "metric" ? run.metrics.has(c.name) : c.kind === "param" ? run.params.has(c.name) : run.tags.has(c.name);
      if (has !== (c.comparator === "IS NOT NULL")) return false;
      continue;
    }
    if (c.kind === "metric") {
      const m = run.metrics.get(c.name);
      if (m === undefined || !compareNumber(m, c)) return false;
      continue;
    }
    if (c.kind === "attribute" && isNumericAttribute(c.name)) {
      const t = numericAttribute(run, c.name);
      if (t === null || !compareNumber(t, c)) return false;
      continue;
    }
    if (c.kind === "dataset") {
      const field = c.name as "name" | "digest" | "context";
      if (!run.datasets.some((d) => d[field] !== null && compareText(d[field]!, c, budget))) return false;
      continue;
    }
    const t = textOf(run, c);
    if (t === null || t === undefined || !compareText(t, c, budget)) return false;
  }
  return true;
}

/** The value a run sorts by for a key: a number, text, or null (sorts last). */
export function sortValue(run: RunFacts, key: RunKey): number | string | null {
  if (key.kind === "metric") {
    const m = run.metrics.get(key.name);
    return m === undefined || Number.isNaN(m) ? null : m;
  }
  if (key.kind === "attribute" && isNumericAttribute(key.name)) return numericAttribute(run, key.name);
  return textOf(run, key) ?? null;
}

const collator = new Intl.Collator("en", { numeric: true });

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  // Parameters are text; two that are both numbers ("0.01", "0.1") sort as numbers.
  const x = typeof a === "number" ? a : Number(a);
  const y = typeof b === "number" ? b : Number(b);
  if (String(a).trim() !== "" && String(b).trim() !== "" && Number.isFinite(x) && Number.isFinite(y)) return x - y || collator.compare(String(a), String(b));
  return collator.compare(String(a), String(b));
}

/**
 * Runs in order: by each key in turn (runs without a value last, whichever the direction), then
 * newest start first, then by run id — MLflow's order.
 */
export function sortRuns<R extends { facts: RunFacts }>(runs: readonly R[], keys: readonly OrderKey[]): R[] {
  const cached = runs.map((r) => ({ r, values: keys.map((k) => sortValue(r.facts, k)) }));
  cached.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const x = a.values[i]!;
      const y = b.values[i]!;
      if (x === null || y === null) {
        if (x === y) continue;
        return x === null ? 1 : -1;
      }
      const c = compareValues(x, y);
      if (c !== 0) return keys[i]!.ascending ? c : -c;
    }
    const s = (b.r.facts.startTime ?? -Infinity) - (a.r.facts.startTime ?? -Infinity);
    if (s !== 0 && !Number.isNaN(s)) return s;
    return a.r.facts.runId < b.r.facts.runId ? -1 : a.r.facts.runId > b.r.facts.runId ? 1 : 0;
  });
  return cached.map((c) => c.r);
}

export interface KeySummary {
  kind: "metric" | "param";
  name: string;
  /** runs that have it */
  runs: number;
  /** its value is not the same in every run (a run without it counts as a different value) */
  varies: boolean;
}

/** The metrics and parameters of a set of runs, most common first, then by name; at most `max`. */
export function summarizeKeys(runs: readonly RunFacts[], max = 500): KeySummary[] {
  const seen = new Map<string, { kind: "metric" | "param"; name: string; runs: number; first: string; varies: boolean }>();
  for (const r of runs) {
    for (const [kind, map] of [
      ["metric", r.metrics],
      ["param", r.params],
    ] as const) {
      for (const [name, v] of map) {
        const id = `${kind}\u0000${name}`;
        const text = String(v);
        const s = seen.get(id);
        if (!s) seen.set(id, { kind, name, runs: 1, first: text, varies: false });
        else {
          s.runs++;
          if (!s.varies && s.first !== text) s.varies = true;
        }
      }
    }
  }
  return [...seen.values()]
    .map((s) => ({ kind: s.kind, name: s.name, runs: s.runs, varies: s.varies || s.runs < runs.length }))
    .sort((a, b) => b.runs - a.runs || (a.kind === b.kind ? 0 : a.kind === "metric" ? -1 : 1) || collator.compare(a.name, b.name))
    .slice(0, max);
}

/** MLflow's status from DataHub's run result (`resultType`, `nativeResultType`); null when the run has no events. */
export function mlflowStatus(result: string | null | undefined, native: string | null | undefined): string | null {
  const n = native?.toUpperCase();
  if (n && ["RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED"].includes(n)) return n;
  switch (result) {
    case "SUCCESS":
      return "FINISHED";
    case "FAILURE":
      return "FAILED";
    case "SKIPPED":
      return "KILLED";
    case "RUNNING":
      return "RUNNING";
    case null:
    case undefined:
      return null;
    default:
      return result;
  }
}
