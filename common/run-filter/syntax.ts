/** The filter syntax's vocabulary: kinds of keys, attributes, comparators, limits, and how keys and text are written. */
import { STOP, isSpace } from "./chars";

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
export const ATTRIBUTE_ALIASES: Record<string, string> = {
  created: "start_time",
  Created: "start_time",
  "run name": "run_name",
  "Run name": "run_name",
  "Run Name": "run_name",
};
export const DATASET_KEYS = ["name", "digest", "context"] as const;

export const KINDS: Record<string, KeyKind> = {
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

export const PREFIX: Record<KeyKind, string> = { metric: "metrics", param: "params", tag: "tags", attribute: "attributes", dataset: "datasets" };

export const NUMERIC_COMPARATORS: readonly Comparator[] = ["=", "!=", "<", "<=", ">", ">="];
export const TEXT_COMPARATORS: readonly Comparator[] = ["=", "!=", "LIKE", "ILIKE"];
export const LIST_COMPARATORS: readonly Comparator[] = ["IN", "NOT IN"];
export const NULL_COMPARATORS: readonly Comparator[] = ["IS NULL", "IS NOT NULL"];

/** How a key is written back: `metrics.rmse`, `metrics."train loss"`. */
export function formatKey(k: RunKey): string {
  const plain = k.name.length > 0 && [...k.name].every((c) => !isSpace(c) && !STOP.has(c));
  return `${PREFIX[k.kind]}.${plain ? k.name : `"${k.name.replace(/"/g, "")}"`}`;
}

/** Quoted text as the filter syntax writes it (a quote doubled). */
export function quoteText(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
