/** Evaluation: whether runs match clauses (with a budget of work), and runs in order. */
import { FILTER_LIMITS, NUMERIC_ATTRIBUTES, type Clause, type OrderKey, type RunKey } from "./syntax";

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

export const collator = new Intl.Collator("en", { numeric: true });

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
