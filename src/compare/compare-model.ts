/**
 * Side-by-side comparison of training runs (or model versions): one row per parameter or metric,
 * one column per run, in the order the person picked them. Pure, so the page and its tests share it.
 */

export interface ComparedRun {
  urn: string;
  name: string;
  params: ReadonlyMap<string, string>;
  metrics: ReadonlyMap<string, string>;
}

export interface CompareRow {
  key: string;
  /** one per run, null where the run has no value */
  values: Array<string | null>;
  /** the values are not all the same (a missing value differs from any value) */
  differs: boolean;
  /** numbers parsed from `values` (null when absent or not a number) */
  numbers: Array<number | null>;
  /** every present value is a number */
  numeric: boolean;
  /** index of the best value for metrics (see `lowerIsBetter`); null when not numeric, all equal, or fewer than two runs have one */
  best: number | null;
}

/** Metrics where a smaller value is better, by the names people give them. */
const LOWER_IS_BETTER = /(loss|error|(^|[^a-z])(mae|mse|rmse|mape|smape|wer|cer|fpr|fnr)($|[^a-z])|perplexity|latency|duration|time_?ms)/i;

export function lowerIsBetter(metric: string): boolean {
  return LOWER_IS_BETTER.test(metric);
}

export function toNumber(v: string | null | undefined): number | null {
  if (v == null) return null;
  const t = v.trim();
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Rows for every key any run has, sorted by key naturally ("layer_2" before "layer_10"). */
export function compareRows(runs: readonly ComparedRun[], part: "params" | "metrics"): CompareRow[] {
  const keys = new Set<string>();
  for (const r of runs) for (const k of r[part].keys()) keys.add(k);
  return [...keys].sort(collator.compare).map((key) => {
    const values = runs.map((r) => r[part].get(key) ?? null);
    const numbers = values.map(toNumber);
    const present = values.filter((v) => v !== null);
    const numeric = present.length > 0 && values.every((v, i) => v === null || numbers[i] !== null);
    const first = values[0];
    // Numbers compare by value ("0.10" = "0.1"); anything else by its text.
    const differs = numeric ? numbers.some((n) => n !== numbers[0]) : values.some((v) => v !== first);
    let best: number | null = null;
    // A best needs something to beat: at least two runs with a value.
    if (part === "metrics" && numeric && differs && numbers.filter((n) => n !== null).length > 1) {
      const low = lowerIsBetter(key);
      numbers.forEach((n, i) => {
        if (n === null) return;
        if (best === null || (low ? n < numbers[best]! : n > numbers[best]!)) best = i;
      });
    }
    return { key, values, differs, numbers, numeric, best };
  });
}

/** Metrics that can be charted: numeric in at least one run. */
export function chartableMetrics(rows: readonly CompareRow[]): string[] {
  return rows.filter((r) => r.numeric).map((r) => r.key);
}

export interface SeriesPoint {
  step: number;
  /** one value per run urn that logged this step */
  [urn: string]: number;
}

/**
 * Metric history of several runs as rows for a line chart: x = step (or, for a run that logged no
 * steps, the point's position), one column per run.
 */
export function mergeHistories(histories: ReadonlyArray<{ urn: string; points: ReadonlyArray<{ step?: number | null; value: number }> }>): SeriesPoint[] {
  const bySteps = new Map<number, SeriesPoint>();
  for (const h of histories) {
    h.points.forEach((p, i) => {
      const step = typeof p.step === "number" ? p.step : i;
      let row = bySteps.get(step);
      if (!row) bySteps.set(step, (row = { step }));
      row[h.urn] = p.value;
    });
  }
  return [...bySteps.values()].sort((a, b) => a.step - b.step);
}
