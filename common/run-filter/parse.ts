/** Parsing: a filter into clauses, an order_by into keys, each checked as MLflow checks them. */
import { isWordChar, show, STOP } from "./chars";
import { Fail, Scanner } from "./scanner";
import {
  ATTRIBUTE_ALIASES,
  DATASET_KEYS,
  FILTER_LIMITS,
  KINDS,
  LIST_COMPARATORS,
  NULL_COMPARATORS,
  NUMERIC_ATTRIBUTES,
  NUMERIC_COMPARATORS,
  PREFIX,
  STRING_ATTRIBUTES,
  TEXT_COMPARATORS,
  quoteText,
  type Clause,
  type Comparator,
  type FilterParse,
  type KeyKind,
  type OrderKey,
  type OrderParse,
  type RunKey,
} from "./syntax";

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
