/**
 * A dataset's statistics, from DataHub's own fields (valid against its schema): the latest profile
 * (rows, columns, size, and per column nulls and distinct values), how profiles changed, usage
 * (queries, users, most used columns, recent queries) and the latest operations.
 */
import type { ReactNode } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import type { DatasetStatsQuery } from "../../gql/graphql";
import { Card, Facts } from "../../components/card";
import { DataTable, type Column } from "../../components/data-table";
import { EntityLink } from "../../components/entity-link";
import { EmptyNote, EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { formatTime, urnTail } from "../../lib/format";

/** Profiles listed in the trend, operations listed. */
const PROFILES = 10;
const OPERATIONS = 20;

const DatasetStatsDoc = graphql(`
  query DatasetStats($urn: String!) {
    dataset(urn: $urn) {
      urn
      datasetProfiles(limit: 10) {
        timestampMillis
        rowCount
        columnCount
        sizeInBytes
        partitionSpec { partition }
        fieldProfiles { fieldPath uniqueCount uniqueProportion nullCount nullProportion min max mean sampleValues }
      }
      usageStats {
        buckets { bucket metrics { topSqlQueries } }
        aggregations {
          uniqueUserCount
          totalSqlQueries
          users { user { urn username properties { displayName } } count userEmail }
          fields { fieldName count }
        }
      }
      operations(limit: 20) { timestampMillis lastUpdatedTimestamp operationType customOperationType actor numAffectedRows }
    }
  }
`);

type Dataset = NonNullable<DatasetStatsQuery["dataset"]>;
type Profile = NonNullable<Dataset["datasetProfiles"]>[number];
type FieldProfile = NonNullable<Profile["fieldProfiles"]>[number];
type Operation = NonNullable<Dataset["operations"]>[number];

const int = (n: number | null | undefined) => (n == null ? "—" : n.toLocaleString("en-US"));
const pct = (p: number | null | undefined) => (p == null ? "" : ` (${(p * 100).toLocaleString("en-US", { maximumFractionDigits: p < 0.01 ? 3 : 1 })}%)`);

/** 842000200000 → "784.2 GiB". */
export function formatBytes(n: number | null | undefined): string {
  if (n == null || !Number.isFinite(n) || n < 0) return "—";
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB"];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n.toLocaleString("en-US")} bytes` : `${v.toLocaleString("en-US", { maximumFractionDigits: 1 })} ${units[i]}`;
}

const FIELD_COLUMNS: ReadonlyArray<Column<FieldProfile>> = [
  { id: "field", header: "Column", cell: (f) => <span className="font-mono text-xs whitespace-nowrap">{f.fieldPath}</span> },
  { id: "nulls", header: "Nulls", numeric: true, cell: (f) => <span className="whitespace-nowrap">{`${int(f.nullCount)}${pct(f.nullProportion)}`}</span> },
  {
    id: "distinct",
    header: "Distinct",
    numeric: true,
    cell: (f) => <span className="whitespace-nowrap">{`${int(f.uniqueCount)}${pct(f.uniqueProportion)}`}</span>,
  },
  { id: "min", header: "Min", cell: (f) => f.min ?? "—" },
  { id: "max", header: "Max", cell: (f) => f.max ?? "—" },
  { id: "mean", header: "Mean", cell: (f) => f.mean ?? "—" },
  { id: "samples", header: "Sample values", cell: (f) => <span className="break-words">{f.sampleValues?.length ? f.sampleValues.join(", ") : "—"}</span> },
];

const OPERATION_COLUMNS: ReadonlyArray<Column<Operation>> = [
  { id: "when", header: "Reported", cell: (o) => <span className="whitespace-nowrap">{formatTime(o.timestampMillis)}</span> },
  {
    id: "type",
    header: "Operation",
    cell: (o) => (o.operationType === "CUSTOM" && o.customOperationType ? o.customOperationType : o.operationType.toLowerCase()),
  },
  { id: "changed", header: "Data changed", cell: (o) => <span className="whitespace-nowrap">{formatTime(o.lastUpdatedTimestamp)}</span> },
  { id: "actor", header: "Actor", cell: (o) => (o.actor ? <EntityLink urn={o.actor} name={urnTail(o.actor)} /> : "—") },
  { id: "rows", header: "Rows affected", numeric: true, cell: (o) => int(o.numAffectedRows) },
];

function LatestProfile({ profiles }: { profiles: Profile[] }) {
  const [p] = profiles;
  return (
    <Card title={`Latest profile · ${formatTime(p.timestampMillis)}`}>
      <Facts
        rows={[
          ["Rows", int(p.rowCount)],
          ["Columns", int(p.columnCount)],
          ["Size", formatBytes(p.sizeInBytes)],
          ...(p.partitionSpec?.partition
            ? ([
                [
                  "Partition",
                  <span key="p" className="font-mono text-xs break-all">
                    {p.partitionSpec.partition}
                  </span>,
                ],
              ] as Array<[string, ReactNode]>)
            : []),
        ]}
      />
      {p.fieldProfiles?.length ? (
        <div className="mt-4">
          <DataTable
            caption="Column statistics of the latest profile"
            columns={FIELD_COLUMNS}
            rows={p.fieldProfiles}
            rowKey={(f) => f.fieldPath}
            keyboardScroll
          />
        </div>
      ) : (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">The profile has no per-column figures.</p>
      )}
      {profiles.length > 1 ? (
        <div className="mt-4 border-t border-slate-100 pt-3 dark:border-slate-800">
          <h3 className="mb-1 text-sm font-medium">Earlier profiles</h3>
          <ul aria-label="Earlier profiles" className="space-y-0.5 text-sm tabular-nums">
            {profiles.slice(1).map((q) => (
              <li key={q.timestampMillis} className="flex flex-wrap gap-x-3">
                <span className="text-slate-600 dark:text-slate-400">{formatTime(q.timestampMillis)}</span>
                <span>{int(q.rowCount)} rows</span>
                {q.sizeInBytes != null ? <span>{formatBytes(q.sizeInBytes)}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}

function Usage({ usage }: { usage: NonNullable<Dataset["usageStats"]> }) {
  const a = usage.aggregations;
  const queries = [...new Set((usage.buckets ?? []).flatMap((b) => b?.metrics?.topSqlQueries ?? []).filter((q): q is string => !!q))].slice(0, 5);
  const users = (a?.users ?? []).flatMap((u) => (u ? [u] : []));
  const fields = (a?.fields ?? []).flatMap((f) => (f ? [f] : []));
  return (
    <Card title="Usage">
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">
        {usage.buckets?.length === 1
          ? "Over the one usage period recorded."
          : `Over all ${(usage.buckets?.length ?? 0).toLocaleString("en-US")} usage periods recorded.`}
      </p>
      <Facts
        rows={[
          ["Queries", int(a?.totalSqlQueries)],
          ["Distinct users", int(a?.uniqueUserCount)],
        ]}
      />
      <div className="mt-3 space-y-3">
        <section>
          <h3 className="mb-1 text-sm font-medium">Top users</h3>
          {users.length ? (
            <ul aria-label="Top users" className="space-y-0.5 text-sm">
              {users.slice(0, 10).map((u) => {
                const name = u.user?.properties?.displayName || u.userEmail || (u.user ? u.user.username : "unknown");
                return (
                  <li key={u.user?.urn ?? u.userEmail ?? name} className="flex min-w-0 justify-between gap-2">
                    {u.user ? <EntityLink urn={u.user.urn} kind="user" name={name} className="truncate" /> : <span className="truncate">{name}</span>}
                    <span className="shrink-0 tabular-nums">{int(u.count)} queries</span>
                  </li>
                );
              })}
            </ul>
          ) : (
            <EmptyNote>No user is named.</EmptyNote>
          )}
        </section>
        <section>
          <h3 className="mb-1 text-sm font-medium">Most used columns</h3>
          {fields.length ? (
            <ul aria-label="Most used columns" className="space-y-0.5 text-sm">
              {fields.slice(0, 10).map((f) => (
                <li key={f.fieldName} className="flex min-w-0 justify-between gap-2">
                  <span className="truncate font-mono text-xs">{f.fieldName}</span>
                  <span className="shrink-0 tabular-nums">{int(f.count)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyNote>No column counts were sent.</EmptyNote>
          )}
        </section>
      </div>
      {queries.length ? (
        <section className="mt-3 border-t border-slate-100 pt-3 dark:border-slate-800">
          <h3 className="mb-1 text-sm font-medium">Frequent queries</h3>
          <ul aria-label="Frequent queries" className="space-y-1">
            {queries.map((q) => (
              <li key={q}>
                <code className="block rounded bg-slate-100 px-2 py-1 text-xs break-all whitespace-pre-wrap dark:bg-slate-800">{q}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Card>
  );
}

export function DatasetStatsTab({ urn }: { urn: string }) {
  const { data, loading, error } = useQuery(DatasetStatsDoc, { variables: { urn } });
  if (loading && !data) return <Skeleton lines={6} label="Loading statistics" />;
  if (error && !data) return <ErrorMessage error={error} what="The dataset's statistics" />;
  const d = data?.dataset;
  const profiles = (d?.datasetProfiles ?? []).slice(0, PROFILES);
  const ops = (d?.operations ?? []).slice(0, OPERATIONS);
  const usage = d?.usageStats;
  const hasUsage = (usage?.buckets?.length ?? 0) > 0;
  if (!profiles.length && !ops.length && !hasUsage)
    return (
      <EmptyState title="No statistics are recorded for this dataset">
        Profiles, usage and operations arrive as DataHub's timeseries aspects (datasetProfile, datasetUsageStatistics, operation), sent by its profilers and
        usage sources.
      </EmptyState>
    );
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-4">
        {profiles.length ? (
          <LatestProfile profiles={profiles} />
        ) : (
          <Card title="Profile">
            <EmptyNote>No profile is recorded.</EmptyNote>
          </Card>
        )}
        <Card title={`Operations${ops.length ? ` · latest ${ops.length}` : ""}`}>
          {ops.length ? (
            <DataTable
              caption="Latest operations on this dataset"
              columns={OPERATION_COLUMNS}
              rows={ops}
              rowKey={(o) => `${o.timestampMillis}/${o.operationType}`}
              keyboardScroll
            />
          ) : (
            <EmptyNote>No operation is recorded.</EmptyNote>
          )}
        </Card>
      </div>
      <div className="space-y-4">
        {usage && hasUsage ? (
          <Usage usage={usage} />
        ) : (
          <Card title="Usage">
            <EmptyNote>No usage is recorded.</EmptyNote>
          </Card>
        )}
      </div>
    </div>
  );
}
