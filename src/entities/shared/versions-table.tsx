import { useMemo } from "react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { DataTable, metricSortValue, sortRows, type Column, type SortState } from "../../components/data-table";
import { EntityLink } from "../../components/entity-link";
import { AliasBadge, Badge } from "../../components/badges";
import { formatTime } from "../../lib/format";
import { RelatedItem, relatedName } from "./related-list";

/** One model version as a row of a group's version table. */
export const ModelVersionRow = graphql(`
  fragment ModelVersionRow on MLModel {
    urn
    name
    properties { name version created { time } trainingMetrics { name value description } }
    versionProperties { version { versionTag } aliases { versionTag } isLatest }
    sourceRun: relationships(input: { types: ["TrainedBy"], direction: OUTGOING, start: 0, count: 1 }) {
      relationships { entity { urn ...RelatedItem } }
    }
  }
`);

const MAX_METRIC_COLUMNS = 6;

/** One version's row: name, version tag, aliases, latest flag, created time, metrics by name, source run. */
export function toVersionRow(x: FragmentType<typeof ModelVersionRow>) {
  const m = getFragmentData(ModelVersionRow, x);
  const run = getFragmentData(RelatedItem, m.sourceRun?.relationships[0]?.entity);
  return {
    urn: m.urn,
    name: m.properties?.name || m.name,
    version: m.versionProperties?.version.versionTag ?? m.properties?.version ?? null,
    aliases: (m.versionProperties?.aliases ?? []).flatMap((a) => (a.versionTag ? [a.versionTag] : [])),
    latest: m.versionProperties?.isLatest ?? false,
    created: m.properties?.created?.time ?? null,
    metrics: new Map((m.properties?.trainingMetrics ?? []).flatMap((t) => (t?.name ? [[t.name, t.value ?? ""] as const] : []))),
    run: run ? { urn: run.urn, name: relatedName(run) } : null,
  };
}

/** Versions with alias badges and training metrics as sortable columns. */
export function VersionsTable({
  models,
  current,
  sort,
  onSort,
  caption,
}: {
  models: ReadonlyArray<FragmentType<typeof ModelVersionRow>>;
  /** the page's own model, marked in the table */
  current?: string;
  sort: SortState | null;
  onSort: (s: SortState) => void;
  caption: string;
}) {
  const rows = useMemo(() => models.map(toVersionRow), [models]);
  type Row = (typeof rows)[number];
  const metricNames = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of rows) for (const k of r.metrics.keys()) counts.set(k, (counts.get(k) ?? 0) + 1);
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_METRIC_COLUMNS)
      .map(([k]) => k);
  }, [rows]);
  const columns: Array<Column<Row>> = [
    {
      id: "version",
      header: "Version",
      sortValue: (r) => r.version,
      firstDir: "desc",
      cell: (r) => <span className="font-mono text-sm">{r.version ?? "—"}</span>,
    },
    {
      id: "name",
      header: "Model",
      sortValue: (r) => r.name,
      className: "max-w-72",
      cell: (r) => (
        <span className="flex min-w-0 items-center gap-2">
          <EntityLink urn={r.urn} kind="mlModel" name={r.name} className={`truncate ${r.urn === current ? "font-semibold" : ""}`} />
          {r.urn === current ? <span className="shrink-0 text-xs text-slate-600 dark:text-slate-400">(this model)</span> : null}
        </span>
      ),
    },
    {
      id: "aliases",
      header: "Aliases",
      cell: (r) => (
        <span className="flex flex-wrap gap-1">
          {r.aliases.map((a) => (
            <AliasBadge key={a} alias={a} />
          ))}
          {r.latest ? <Badge title="The newest version of this model">latest</Badge> : null}
          {r.aliases.length === 0 && !r.latest ? <span className="text-slate-400 dark:text-slate-500">—</span> : null}
        </span>
      ),
    },
    ...metricNames.map((n): Column<Row> => ({
      id: `metric:${n}`,
      header: n,
      numeric: true,
      firstDir: "desc",
      sortValue: (r) => metricSortValue(r.metrics.get(n)),
      cell: (r) => r.metrics.get(n) ?? "—",
    })),
    { id: "created", header: "Created", firstDir: "desc", sortValue: (r) => r.created, className: "whitespace-nowrap", cell: (r) => formatTime(r.created) },
    {
      id: "run",
      header: "Source run",
      className: "max-w-56",
      cell: (r) =>
        r.run ? (
          <EntityLink urn={r.run.urn} kind="run" name={r.run.name} className="block truncate" />
        ) : (
          <span className="text-slate-400 dark:text-slate-500">—</span>
        ),
    },
  ];
  const effective = sort && columns.some((c) => c.id === sort.id) ? sort : { id: "version", dir: "desc" as const };
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={sortRows(rows, columns, effective)}
      rowKey={(r) => r.urn}
      sort={effective}
      onSort={onSort}
      rowClassName={(r) => (r.urn === current ? "bg-indigo-50/60 dark:bg-indigo-950/40" : "")}
    />
  );
}
