/**
 * The experiment's runs table, as data (pure, unit-tested): a run's row and the facts MLflow's
 * search reads, which metric and parameter columns to show, which way each column sorts first, and
 * a column's sort as MLflow's `order_by`.
 */
import { formatKey, mlflowStatus, summarizeKeys, type KeySummary, type RunFacts } from "../../../common/run-filter";
import { lowerIsBetter } from "../../compare/compare-model";
import type { SortDir, SortState } from "../../components/data-table";

export interface RunRowData {
  urn: string;
  name: string;
  result: string | null;
  start: number | null;
  duration: number | null;
  metrics: ReadonlyMap<string, string>;
  params: ReadonlyMap<string, string>;
  facts: RunFacts;
}

type Pair = { name?: string | null; value?: string | null } | null;

function pairs(list: ReadonlyArray<Pair> | null | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of list ?? []) if (p?.name && p.value != null) m.set(p.name, p.value);
  return m;
}

const metricNumber = (v: string): number | null => {
  const t = v.trim().toLowerCase();
  if (t === "nan") return Number.NaN;
  if (t === "inf" || t === "infinity") return Number.POSITIVE_INFINITY;
  if (t === "-inf" || t === "-infinity") return Number.NEGATIVE_INFINITY;
  const n = t === "" ? Number.NaN : Number(t);
  return Number.isNaN(n) ? null : n;
};

/** A row, and the facts the browser's own filter reads (datasets are not loaded: a datasets. clause matches nothing here). */
export function runRow(input: {
  urn: string;
  name: string;
  result: string | null;
  start: number | null;
  end: number | null;
  duration: number | null;
  runId?: string | null;
  actor?: string | null;
  outputUrls?: ReadonlyArray<string | null> | null;
  customProperties?: ReadonlyArray<{ key: string; value?: string | null }> | null;
  hyperParams?: ReadonlyArray<Pair> | null;
  trainingMetrics?: ReadonlyArray<Pair> | null;
}): RunRowData {
  const metrics = pairs(input.trainingMetrics);
  const params = pairs(input.hyperParams);
  const tags = new Map((input.customProperties ?? []).flatMap((e) => (e.value != null ? [[e.key, e.value] as const] : [])));
  const numbers = new Map<string, number>();
  for (const [k, v] of metrics) {
    const n = metricNumber(v);
    if (n !== null) numbers.set(k, n);
  }
  const actor = input.actor ?? null;
  return {
    urn: input.urn,
    name: input.name,
    result: input.result,
    start: input.start,
    duration: input.duration,
    metrics,
    params,
    facts: {
      runId: input.runId || input.urn.replace(/^urn:li:dataProcessInstance:/, ""),
      runName: input.name,
      status: mlflowStatus(input.result, null),
      userId: tags.get("mlflow.user") ?? (actor?.startsWith("urn:li:corpuser:") ? actor.slice("urn:li:corpuser:".length) : null),
      artifactUri: input.outputUrls?.find((u): u is string => !!u) ?? null,
      startTime: input.start,
      endTime: input.end,
      metrics: numbers,
      params,
      tags,
      datasets: [],
    },
  };
}

export type KeyColumn = { kind: "metric" | "param"; name: string };

export const DEFAULT_METRICS = 6;
export const DEFAULT_PARAMS = 4;

/** `metric:rmse` ↔ {kind, name}. */
export function columnId(k: KeyColumn): string {
  return `${k.kind}:${k.name}`;
}
export function parseColumnId(id: string): KeyColumn | null {
  const i = id.indexOf(":");
  if (i < 0) return null;
  const kind = id.slice(0, i);
  const name = id.slice(i + 1);
  return (kind === "metric" || kind === "param") && name ? { kind, name } : null;
}

/** The columns shown when none were chosen: the metrics most runs report (up to six), then up to four parameters that differ between runs. */
export function defaultColumns(keys: readonly KeySummary[]): KeyColumn[] {
  const metrics = keys.filter((k) => k.kind === "metric").slice(0, DEFAULT_METRICS);
  const params = keys.filter((k) => k.kind === "param" && k.varies).slice(0, DEFAULT_PARAMS);
  return [...metrics, ...params].map(({ kind, name }) => ({ kind, name }));
}

/** The chosen columns from the URL (`cols`; `none` for none), else the defaults. */
export function chosenColumns(cols: readonly string[] | undefined, keys: readonly KeySummary[]): KeyColumn[] {
  if (!cols?.length) return defaultColumns(keys);
  if (cols.length === 1 && cols[0] === "none") return [];
  const seen = new Set<string>();
  return cols.flatMap((c) => {
    const k = parseColumnId(c);
    if (!k || seen.has(c)) return [];
    seen.add(c);
    return [k];
  });
}

/** What to write to the URL for a set of columns: nothing when they are the defaults. */
export function colsParam(chosen: readonly KeyColumn[], keys: readonly KeySummary[]): string[] | undefined {
  const ids = chosen.map(columnId);
  const defaults = defaultColumns(keys).map(columnId);
  if (ids.length === defaults.length && ids.every((id, i) => id === defaults[i])) return undefined;
  return ids.length ? ids : ["none"];
}

/** Metrics named like losses and errors sort lowest first on the first click; other metrics highest first; parameters A→Z. */
export function firstDirection(k: KeyColumn): SortDir {
  if (k.kind === "param") return "asc";
  return lowerIsBetter(k.name) ? "asc" : "desc";
}

/** The table's fixed columns, as MLflow's keys. */
const FIXED_ORDER: Record<string, string> = {
  name: "attributes.run_name",
  result: "attributes.status",
  start: "attributes.start_time",
  duration: "attributes.duration",
};

/** A column's sort as MLflow's order_by (`metrics.rmse ASC`); null for a column the server cannot order by. */
export function orderBy(sort: SortState | null): string | null {
  if (!sort) return null;
  const key = FIXED_ORDER[sort.id] ?? (parseColumnId(sort.id) ? formatKey(parseColumnId(sort.id)!) : null);
  return key ? `${key} ${sort.dir === "desc" ? "DESC" : "ASC"}` : null;
}

/** The metrics and parameters of runs loaded in the browser (when the server does not list them). */
export function keysOf(rows: readonly RunRowData[]): KeySummary[] {
  return summarizeKeys(rows.map((r) => r.facts));
}
