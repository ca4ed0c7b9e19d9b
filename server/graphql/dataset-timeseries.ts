/**
 * A dataset's timeseries aspects in DataHub's GraphQL shapes: `datasetProfiles` (DataHub's
 * profilers), `usageStats` (its usage sources, rolled up as DataHub's usage resource does) and
 * `operations` (inserts, updates, … its sources report), read from the stored points newest first.
 */
import type { Context } from "./context";
import { badInput } from "./context";
import { ref } from "./entities";
import type { EntityRef } from "./parents";
import type { OperationType, PartitionType, TimeRange, WindowDuration } from "./generated/resolvers-types";
import type { AspectValue } from "../model/records";

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 1000;
/** Usage points rolled up by one `usageStats` (a year of daily buckets, with room). */
const MAX_USAGE_POINTS = 1000;

const OPERATION_TYPES: ReadonlySet<string> = new Set(["INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "DROP", "UNKNOWN", "CUSTOM"]);
const PARTITION_TYPES: ReadonlySet<string> = new Set(["FULL_TABLE", "QUERY", "PARTITION"]);
const WINDOWS: ReadonlySet<string> = new Set(["DAY", "WEEK", "MONTH", "YEAR"]);
const DAY = 86_400_000;
/** How far back each of DataHub's TimeRange values reaches. */
const RANGE_DAYS: Record<TimeRange, number | null> = { DAY: 1, WEEK: 7, MONTH: 30, QUARTER: 90, HALF_YEAR: 180, YEAR: 365, ALL: null };

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Json) : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : null);
const strs = (v: unknown): string[] | null => (Array.isArray(v) ? v.flatMap((x) => (typeof x === "string" ? [x] : [])) : null);

interface Window {
  startTimeMillis?: number | null;
  endTimeMillis?: number | null;
  filter?: { and?: unknown[] | null } | null;
  limit?: number | null;
}

function windowArgs(args: Window): { startTimeMillis: number | null; endTimeMillis: number | null; limit: number } {
  if (args.filter && (args.filter.and?.length ?? 0) > 0)
    throw badInput("filter is not supported on a dataset's timeseries; use startTimeMillis and endTimeMillis");
  const limit = args.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw badInput(`limit must be an integer from 1 to ${MAX_LIMIT}`);
  const { startTimeMillis = null, endTimeMillis = null } = args;
  if (startTimeMillis !== null && endTimeMillis !== null && startTimeMillis > endTimeMillis) throw badInput("startTimeMillis must not be after endTimeMillis");
  return { startTimeMillis, endTimeMillis, limit };
}

function points(ctx: Context, urn: string, aspect: "datasetProfile" | "datasetUsageStatistics" | "operation", w: ReturnType<typeof windowArgs>) {
  return (ctx.store.getTimeseries([urn], aspect, w).get(urn) ?? []).map((p) => ({ ts: p.timestampMillis, value: obj(p.value) ?? {} }));
}

function partitionSpec(v: unknown) {
  const p = obj(v);
  if (!p) return null;
  const type = str(p.type);
  const window = obj(p.timePartition);
  const start = num(window?.startTimeMillis);
  const duration = num(window?.durationMillis);
  return {
    type: (type && PARTITION_TYPES.has(type) ? type : "PARTITION") as PartitionType,
    partition: str(p.partition),
    timePartition: start !== null && duration !== null ? { startTimeMillis: start, durationMillis: duration } : null,
  };
}

function fieldProfile(v: unknown) {
  const f = obj(v) ?? {};
  const pairs = (list: unknown, a: string, b: string) =>
    Array.isArray(list)
      ? list.flatMap((x) => (obj(x) && str(obj(x)![a]) !== null && num(obj(x)![b]) !== null ? [[str(obj(x)![a])!, num(obj(x)![b])!] as const] : []))
      : null;
  return {
    fieldPath: str(f.fieldPath) ?? "",
    uniqueCount: num(f.uniqueCount),
    uniqueProportion: num(f.uniqueProportion),
    nullCount: num(f.nullCount),
    nullProportion: num(f.nullProportion),
    min: str(f.min),
    max: str(f.max),
    mean: str(f.mean),
    median: str(f.median),
    stdev: str(f.stdev),
    sampleValues: strs(f.sampleValues),
    quantiles: Array.isArray(f.quantiles)
      ? f.quantiles.flatMap((q) =>
          obj(q) && str(obj(q)!.quantile) !== null && str(obj(q)!.value) !== null ? [{ quantile: str(obj(q)!.quantile)!, value: str(obj(q)!.value)! }] : [],
        )
      : null,
    distinctValueFrequencies: pairs(f.distinctValueFrequencies, "value", "frequency")?.map(([value, frequency]) => ({ value, frequency })) ?? null,
  };
}

/** The rolled-up per-user and per-field counts over usage points (DataHub's UsageQueryResultAggregations). */
export function aggregateUsage(values: ReadonlyArray<Partial<AspectValue<"datasetUsageStatistics">>>) {
  const users = new Map<string, { count: number; email: string | null }>();
  const fields = new Map<string, number>();
  let total: number | null = null;
  let uniqueMax: number | null = null;
  for (const v of values) {
    if (typeof v.totalSqlQueries === "number") total = (total ?? 0) + v.totalSqlQueries;
    if (typeof v.uniqueUserCount === "number") uniqueMax = Math.max(uniqueMax ?? 0, v.uniqueUserCount);
    for (const u of v.userCounts ?? []) {
      const seen = users.get(u.user);
      users.set(u.user, { count: (seen?.count ?? 0) + u.count, email: seen?.email ?? u.userEmail ?? null });
    }
    for (const f of v.fieldCounts ?? []) fields.set(f.fieldPath, (fields.get(f.fieldPath) ?? 0) + f.count);
  }
  const byCount = <T extends { count: number }>(a: T & { key: string }, b: T & { key: string }) => b.count - a.count || a.key.localeCompare(b.key);
  return {
    // distinct users named across the points; the largest count a point gave when none is named
    uniqueUserCount: users.size > 0 ? users.size : uniqueMax,
    totalSqlQueries: total,
    users: [...users].map(([key, u]) => ({ key, ...u })).sort(byCount),
    fields: [...fields].map(([key, count]) => ({ key, count })).sort(byCount),
  };
}

const userCounts = (list: ReadonlyArray<{ key: string; count: number; email: string | null }>) =>
  list.map((u) => ({ user: ref(u.key), count: u.count, userEmail: u.email }));
const fieldCounts = (list: ReadonlyArray<{ key: string; count: number }>) => list.map((f) => ({ fieldName: f.key, count: f.count }));

export const datasetTimeseriesFields = {
  datasetProfiles: (p: EntityRef, args: Window, ctx: Context) =>
    points(ctx, p.urn, "datasetProfile", windowArgs(args)).map(({ ts, value: v }) => ({
      timestampMillis: ts,
      rowCount: num(v.rowCount),
      columnCount: num(v.columnCount),
      sizeInBytes: num(v.sizeInBytes),
      fieldProfiles: Array.isArray(v.fieldProfiles) ? v.fieldProfiles.map(fieldProfile) : null,
      partitionSpec: partitionSpec(v.partitionSpec),
    })),
  operations: (p: EntityRef, args: Window, ctx: Context) =>
    points(ctx, p.urn, "operation", windowArgs(args)).map(({ ts, value: v }) => {
      const type = str(v.operationType) ?? "UNKNOWN";
      const known = OPERATION_TYPES.has(type);
      const custom = obj(v.customProperties);
      return {
        timestampMillis: ts,
        actor: str(v.actor),
        operationType: (known ? type : "CUSTOM") as OperationType,
        customOperationType: str(v.customOperationType) ?? (known ? null : type),
        sourceType:
          str(v.sourceType) === "DATA_PROCESS" || str(v.sourceType) === "DATA_PLATFORM" ? (str(v.sourceType) as "DATA_PROCESS" | "DATA_PLATFORM") : null,
        numAffectedRows: num(v.numAffectedRows),
        affectedDatasets: strs(v.affectedDatasets),
        lastUpdatedTimestamp: num(v.lastUpdatedTimestamp) ?? ts,
        partition: str(obj(v.partitionSpec)?.partition),
        customProperties: custom ? Object.entries(custom).map(([key, value]) => ({ key, value: str(value) })) : null,
      };
    }),
  usageStats: (
    p: EntityRef,
    args: { resource?: string | null; range?: TimeRange | null; startTimeMillis?: number | null; timeZone?: string | null },
    ctx: Context,
  ) => {
    if (args.resource && args.resource !== p.urn) throw badInput("resource, when given, must be the dataset's own urn");
    const days = args.range ? RANGE_DAYS[args.range] : null;
    const start = args.startTimeMillis ?? (days === null ? null : Date.now() - days * DAY);
    const found = points(ctx, p.urn, "datasetUsageStatistics", { startTimeMillis: start, endTimeMillis: null, limit: MAX_USAGE_POINTS });
    const values = found.map((x) => x.value as Partial<AspectValue<"datasetUsageStatistics">>);
    const all = aggregateUsage(values);
    return {
      buckets: found.map(({ ts, value: v }, i) => {
        const one = aggregateUsage([values[i]]);
        const unit = str(obj(v.eventGranularity)?.unit);
        return {
          bucket: ts,
          duration: unit && WINDOWS.has(unit) ? (unit as WindowDuration) : null,
          resource: p.urn,
          metrics: {
            uniqueUserCount: one.uniqueUserCount,
            users: userCounts(one.users),
            totalSqlQueries: one.totalSqlQueries,
            topSqlQueries: strs(v.topSqlQueries),
            fields: fieldCounts(one.fields),
          },
        };
      }),
      aggregations: {
        uniqueUserCount: all.uniqueUserCount,
        users: userCounts(all.users),
        fields: fieldCounts(all.fields),
        totalSqlQueries: all.totalSqlQueries,
      },
    };
  },
};
