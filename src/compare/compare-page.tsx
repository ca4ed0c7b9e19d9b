/**
 * Training runs side by side: parameters and metrics with one column per run (in the order the
 * person picked them), differences highlighted and optionally the only rows shown, the best value of
 * each metric marked, a bar chart of one metric across the runs and, where the server keeps metric
 * history (Orrery's `orreryMetricHistory`), that metric's curve per run. Charts load lazily.
 */
import { lazy, Suspense, useMemo } from "react";
import { Link } from "@tanstack/react-router";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import { Card } from "../components/card";
import { RunResult } from "../components/badges";
import { EntityLink } from "../components/entity-link";
import { EmptyState, ErrorMessage, Skeleton, EmptyNote } from "../components/states";
import { formatDuration, formatTime, urnTail } from "../lib/format";
import { useExtensions } from "../lib/extensions";
import { urls, MAX_COMPARE, type CompareSearch } from "../lib/urls";
import { runState } from "../entities/shared/run-state";
import { chartableMetrics, compareRows, lowerIsBetter, type ComparedRun, type CompareRow } from "./compare-model";

// Fetched as soon as the page module runs, alongside the runs' data, not after the tables render.
const chartsModule = import("./charts");
const Charts = lazy(() => chartsModule);

const CompareRunsQuery = graphql(`
  query CompareRuns($urns: [String!]!) {
    entities(urns: $urns) {
      urn
      type
      ... on DataProcessInstance {
        properties { name created { time } }
        state(limit: 5) { status attempt timestampMillis durationMillis result { resultType } }
        mlTrainingRunProperties { hyperParams { name value description } trainingMetrics { name value description } }
        parentContainers { containers { urn properties { name } } }
      }
    }
  }
`);

const CompareHistoryQuery = graphql(`
  query CompareRunHistory($urns: [String!]!, $names: [String!]) {
    entities(urns: $urns) {
      urn
      ... on DataProcessInstance {
        orreryMetricHistory(names: $names) {
          name
          points { step timestampMillis value }
        }
      }
    }
  }
`);

export interface RunColumn extends ComparedRun {
  result: string | null;
  start: number | null;
  duration: number | null;
  experiment: { urn: string; name: string } | null;
}

export function ComparePage({ search, update }: { search: CompareSearch; update: (patch: Partial<CompareSearch>) => void }) {
  const picked = useMemo(() => [...new Set(search.run ?? [])].slice(0, MAX_COMPARE), [search.run]);
  const { data, loading, error } = useQuery(CompareRunsQuery, { variables: { urns: picked }, skip: picked.length === 0 });

  const { runs, missing } = useMemo(() => {
    const runs: RunColumn[] = [];
    const missing: string[] = [];
    const found = new Map((data?.entities ?? []).flatMap((e) => (e ? [[e.urn, e] as const] : [])));
    for (const urn of picked) {
      const e = found.get(urn);
      if (!e || e.__typename !== "DataProcessInstance") {
        if (data) missing.push(urn);
        continue;
      }
      const s = runState(e.state, e.properties?.created.time);
      const exp = e.parentContainers?.containers?.[0];
      runs.push({
        urn,
        name: e.properties?.name || urnTail(urn),
        result: s.result,
        start: s.start,
        duration: s.duration,
        experiment: exp ? { urn: exp.urn, name: exp.properties?.name || urnTail(exp.urn) } : null,
        params: pairs(e.mlTrainingRunProperties?.hyperParams),
        metrics: pairs(e.mlTrainingRunProperties?.trainingMetrics),
      });
    }
    return { runs, missing };
  }, [data, picked]);

  const params = useMemo(() => compareRows(runs, "params"), [runs]);
  const metrics = useMemo(() => compareRows(runs, "metrics"), [runs]);
  const chartable = useMemo(() => chartableMetrics(metrics), [metrics]);

  if (picked.length === 0) {
    return (
      <EmptyState heading="h1" title="Pick training runs to compare">
        Open an experiment's Runs tab, tick the runs you want side by side and choose “Compare”. The comparison's address lists the runs, so it can be shared.
      </EmptyState>
    );
  }
  if (loading && !data) return <Skeleton lines={10} label="Loading the runs" />;
  if (error && !data) return <ErrorMessage error={error} what="The runs to compare" />;

  const experiments = [...new Map(runs.flatMap((r) => (r.experiment ? [[r.experiment.urn, r.experiment] as const] : []))).values()];
  const metric = search.metric && chartable.includes(search.metric) ? search.metric : chartable[0];
  const differing = (rows: CompareRow[]) => rows.filter((r) => r.differs).length;

  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">
          Compare {runs.length} training run{runs.length === 1 ? "" : "s"}
        </h1>
        {experiments.length ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {experiments.length === 1 ? "In experiment " : "Across experiments "}
            {experiments.map((x, i) => (
              <span key={x.urn}>
                {i ? ", " : ""}
                <EntityLink urn={x.urn} kind="experiment" name={x.name} tab="entities" className="text-indigo-700 hover:underline dark:text-indigo-300" />
              </span>
            ))}
          </p>
        ) : null}
      </header>

      {missing.length ? (
        <div
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          {missing.length === 1 ? "One of the picked runs is" : `${missing.length} of the picked runs are`} not in the catalog (or not training runs) and left
          out: <span className="font-mono text-xs break-all">{missing.join(", ")}</span>
        </div>
      ) : null}
      {(search.run?.length ?? 0) > MAX_COMPARE ? (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-200">
          Only the first {MAX_COMPARE} picked runs are compared.
        </p>
      ) : null}
      {runs.length === 1 ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          Pick at least one more run to see what differs.
        </p>
      ) : null}

      {runs.length ? (
        <>
          <div className="flex flex-wrap items-center gap-4 text-sm">
            <label className="inline-flex items-center gap-2">
              <input type="checkbox" checked={search.diff === true} onChange={(e) => update({ diff: e.target.checked || undefined })} className="size-4" />
              Only show differences
            </label>
            <span className="text-slate-600 dark:text-slate-400" role="status">
              {differing(params)} of {params.length} parameters and {differing(metrics)} of {metrics.length} metrics differ
            </span>
          </div>

          <Card title="Metric chart">
            {chartable.length === 0 ? (
              <EmptyNote>None of these runs has a numeric metric to chart.</EmptyNote>
            ) : (
              <div className="space-y-3">
                <label className="flex items-center gap-2 text-sm">
                  <span className="text-slate-600 dark:text-slate-400">Metric</span>
                  <select
                    value={metric}
                    onChange={(e) => update({ metric: e.target.value })}
                    className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-950"
                  >
                    {chartable.map((m) => (
                      <option key={m} value={m}>
                        {m}
                      </option>
                    ))}
                  </select>
                  <span className="text-xs text-slate-500 dark:text-slate-400">{lowerIsBetter(metric!) ? "lower is better" : "higher is better"}</span>
                </label>
                <MetricCharts runs={runs} metric={metric!} row={metrics.find((r) => r.key === metric)!} />
              </div>
            )}
          </Card>

          <CompareTable
            title="Parameters"
            runs={runs}
            rows={search.diff ? params.filter((r) => r.differs) : params}
            total={params.length}
            empty="None of these runs recorded parameters."
          />
          <CompareTable
            title="Metrics"
            runs={runs}
            rows={search.diff ? metrics.filter((r) => r.differs) : metrics}
            total={metrics.length}
            empty="None of these runs recorded metrics."
          />
        </>
      ) : (
        <EmptyState title="None of the picked runs is in the catalog">
          <Link {...urls.search({ type: ["DATA_PROCESS_INSTANCE"] })} className="text-indigo-700 underline dark:text-indigo-300">
            Find training runs
          </Link>
        </EmptyState>
      )}
    </div>
  );
}

function pairs(list: ReadonlyArray<{ name?: string | null; value?: string | null } | null> | null | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of list ?? []) if (p?.name && p.value != null) m.set(p.name, p.value);
  return m;
}

/** Bars of one metric across the runs, and its history curves when the server keeps history. */
function MetricCharts({ runs, metric, row }: { runs: RunColumn[]; metric: string; row: CompareRow }) {
  const ext = useExtensions();
  const withHistory = !ext.loading && ext.has("orreryMetricHistory");
  // Thousands of points: kept out of the normalised cache (no ids to merge on, and normalising them costs more than the fetch).
  const { data } = useQuery(CompareHistoryQuery, { variables: { urns: runs.map((r) => r.urn), names: [metric] }, skip: !withHistory, fetchPolicy: "no-cache" });
  const histories = useMemo(
    () =>
      (data?.entities ?? []).flatMap((e) => {
        if (!e || e.__typename !== "DataProcessInstance") return [];
        const series = e.orreryMetricHistory?.find((s) => s.name === metric);
        return series && series.points.length > 1 ? [{ urn: e.urn, points: series.points }] : [];
      }),
    [data, metric],
  );
  return (
    <Suspense fallback={<Skeleton lines={6} label="Loading the chart" />}>
      <Charts runs={runs} metric={metric} row={row} histories={histories} />
    </Suspense>
  );
}

function CompareTable({ title, runs, rows, total, empty }: { title: string; runs: RunColumn[]; rows: CompareRow[]; total: number; empty: string }) {
  return (
    <Card title={`${title} (${rows.length === total ? total : `${rows.length} of ${total}`})`}>
      {total === 0 ? (
        <EmptyNote>{empty}</EmptyNote>
      ) : rows.length === 0 ? (
        <EmptyNote>No {title.toLowerCase()} differ between these runs.</EmptyNote>
      ) : (
        <div className="relative max-h-[70vh] overflow-auto" role="region" aria-label={`${title} table`} tabIndex={0}>
          <table className="w-max min-w-full border-separate border-spacing-0 text-sm">
            <caption className="sr-only">{title} of the compared runs; rows that differ are marked</caption>
            <thead>
              <tr>
                <th
                  scope="col"
                  className="sticky top-0 left-0 z-20 border-b border-slate-200 bg-white px-3 py-2 text-left font-medium dark:border-slate-800 dark:bg-slate-900"
                >
                  {title === "Metrics" ? "Metric" : "Parameter"}
                </th>
                {runs.map((r) => (
                  <th
                    key={r.urn}
                    scope="col"
                    className="sticky top-0 z-10 max-w-56 border-b border-slate-200 bg-white px-3 py-2 text-left align-bottom font-medium dark:border-slate-800 dark:bg-slate-900"
                  >
                    <EntityLink urn={r.urn} kind="run" name={r.name} className="block truncate text-indigo-700 hover:underline dark:text-indigo-300" />
                    <span className="mt-1 flex flex-wrap items-center gap-1 text-xs font-normal text-slate-600 dark:text-slate-400">
                      <RunResult result={r.result} />
                      <span title={r.start ? formatTime(r.start) : undefined}>{r.duration != null ? formatDuration(r.duration) : ""}</span>
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-differs={row.differs ? "true" : undefined} className={row.differs ? "bg-amber-50/70 dark:bg-amber-400/5" : ""}>
                  <th
                    scope="row"
                    className={`sticky left-0 z-10 max-w-64 border-b border-slate-100 px-3 py-1.5 text-left font-mono text-xs font-normal break-all dark:border-slate-800 ${row.differs ? "border-l-4 border-l-amber-400 bg-amber-50 dark:bg-slate-800" : "bg-white dark:bg-slate-900"}`}
                  >
                    {row.key}
                    {row.differs ? <span className="sr-only"> (differs)</span> : null}
                  </th>
                  {row.values.map((v, i) => (
                    <td
                      key={runs[i]!.urn}
                      className={`max-w-56 border-b border-slate-100 px-3 py-1.5 break-words dark:border-slate-800 ${row.numeric ? "text-right font-mono text-xs tabular-nums" : ""} ${row.best === i ? "font-semibold text-emerald-800 dark:text-emerald-300" : ""}`}
                    >
                      {v ?? <span className="text-slate-400 dark:text-slate-600">—</span>}
                      {row.best === i ? <span className="sr-only"> (best)</span> : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
