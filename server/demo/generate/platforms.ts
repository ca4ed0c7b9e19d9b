/** Platforms: where models and data live, the column types of each data platform, and how datasets are named. */
import type { MlPlatform } from "./themes";

export const ML_PLATFORMS: readonly MlPlatform[] = [
  "mlflow",
  "mlflow",
  "mlflow",
  "mlflow",
  "mlflow",
  "mlflow",
  "sagemaker",
  "sagemaker",
  "sagemaker",
  "vertexai",
  "vertexai",
];
export const DATA_PLATFORMS = ["snowflake", "snowflake", "bigquery", "s3", "hive"] as const;
type DataPlatform = (typeof DATA_PLATFORMS)[number];
export const FEATURE_STORE: Record<MlPlatform, string> = { mlflow: "feast", sagemaker: "sagemaker", vertexai: "vertexai" };

export type FieldKind = "number" | "float" | "string" | "boolean" | "timestamp" | "date";
export const NATIVE_TYPES: Record<DataPlatform, Record<FieldKind, string>> = {
  snowflake: { number: "NUMBER(38,0)", float: "FLOAT", string: "VARCHAR(16777216)", boolean: "BOOLEAN", timestamp: "TIMESTAMP_NTZ", date: "DATE" },
  bigquery: { number: "INT64", float: "FLOAT64", string: "STRING", boolean: "BOOL", timestamp: "TIMESTAMP", date: "DATE" },
  s3: { number: "int64", float: "double", string: "string", boolean: "boolean", timestamp: "timestamp[us]", date: "date32" },
  hive: { number: "bigint", float: "double", string: "string", boolean: "boolean", timestamp: "timestamp", date: "date" },
};
export const SCHEMA_TYPES: Record<FieldKind, string> = {
  number: "NumberType",
  float: "NumberType",
  string: "StringType",
  boolean: "BooleanType",
  timestamp: "TimeType",
  date: "DateType",
};
export const GENERIC_COLUMNS: ReadonlyArray<readonly [string, FieldKind]> = [
  ["event_id", "string"],
  ["event_ts", "timestamp"],
  ["created_at", "timestamp"],
  ["updated_at", "timestamp"],
  ["ds", "date"],
  ["country_code", "string"],
  ["region", "string"],
  ["currency", "string"],
  ["channel", "string"],
  ["platform", "string"],
  ["app_version", "string"],
  ["is_test", "boolean"],
  ["is_deleted", "boolean"],
  ["amount", "float"],
  ["quantity", "number"],
  ["status", "string"],
  ["source_system", "string"],
  ["ingested_at", "timestamp"],
  ["partner_id", "string"],
  ["segment", "string"],
  ["score", "float"],
  ["label", "number"],
  ["weight", "float"],
  ["batch_id", "string"],
  ["row_hash", "string"],
  ["locale", "string"],
  ["timezone", "string"],
  ["latitude", "float"],
  ["longitude", "float"],
  ["session_id", "string"],
  ["user_agent", "string"],
  ["referrer", "string"],
  ["price", "float"],
  ["discount", "float"],
  ["category", "string"],
  ["subcategory", "string"],
  ["brand", "string"],
  ["rank", "number"],
  ["version", "number"],
  ["comment", "string"],
];

export function featureKind(name: string): FieldKind {
  if (/^(is_|has_)|_active$/.test(name)) return "boolean";
  if (/(tier|type|zone|channel|language|placement|bucket|month|top_terms|cluster)$/.test(name)) return "string";
  if (/(count|_1h|_24h|_7d|_30d|_90d|days|months|years|accounts|queue|floor|hour_of_day|day_of_week|lag_\d+)$/.test(name)) return "number";
  return "float";
}

export function featureDataType(name: string, kind: FieldKind): string {
  if (kind === "boolean") return "BINARY";
  if (kind === "string") return /tier|bucket/.test(name) ? "ORDINAL" : /top_terms/.test(name) ? "TEXT" : "NOMINAL";
  if (kind === "number") return /hour_of_day|day_of_week/.test(name) ? "TIME" : "COUNT";
  return "CONTINUOUS";
}

export function datasetName(platform: DataPlatform, base: string, n: number, team: string): string {
  const table = `${base}_${n}`;
  switch (platform) {
    case "snowflake":
      return `analytics.${team.replace(/-/g, "_")}.${table}`;
    case "bigquery":
      return `acme-data.${team.replace(/-/g, "_")}.${table}`;
    case "hive":
      return `warehouse.${table}`;
    case "s3":
      return `acme-ml-lake/${team}/${table}`;
  }
}
