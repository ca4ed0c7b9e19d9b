/**
 * A run's metric history (Orrery's `orreryMetricHistory`): pick a metric, see every value the run
 * logged, by step or by time. The metric and the axis are in the URL (`metric`, `x`). Against a
 * server without the extension, or for a run without history, the card is not shown.
 */
import { lazy, Suspense, useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { Card } from "../../components/card";
import { EmptyNote, ErrorMessage, Skeleton } from "../../components/states";
import { useExtensions } from "../../lib/extensions";
import { lowerIsBetter } from "../../compare/compare-model";
import { useTabSearch } from "../shared/tab-search";
import type { HistoryPoint } from "./history-chart";

const HistoryChart = lazy(() => import("./history-chart"));

/** Which metrics have a history, and how long (points are not sent). */
const RunMetricSeriesQuery = graphql(`
  query RunMetricSeries($urn: String!) {
    dataProcessInstance(urn: $urn) {
      urn
      orreryMetricHistory {
        name
        totalPoints
      }
    }
  }
`);

/** One metric's points; thousands of them, so kept out of the normalised cache (as on /compare). */
const RunMetricPointsQuery = graphql(`
  query RunMetricPoints($urn: String!, $names: [String!]) {
    dataProcessInstance(urn: $urn) {
      urn
      orreryMetricHistory(names: $names) {
        name
        points { step timestampMillis value }
      }
    }
  }
`);

/** The metric charted first: the URL's, else the first loss-like one with a curve, else the first with a curve. */
export function defaultMetric(series: ReadonlyArray<{ name: string; totalPoints?: number | null }>, wanted: string | undefined): string | null {
  if (wanted && series.some((s) => s.name === wanted)) return wanted;
  const curves = series.filter((s) => (s.totalPoints ?? 0) > 1);
  return (curves.find((s) => lowerIsBetter(s.name)) ?? curves[0] ?? series[0])?.name ?? null;
}

export function MetricHistoryCard({ urn }: { urn: string }) {
  const ext = useExtensions();
  const has = !ext.loading && ext.has("orreryMetricHistory");
  const list = useQuery(RunMetricSeriesQuery, { variables: { urn }, skip: !has });
  const series = useMemo(() => list.data?.dataProcessInstance?.orreryMetricHistory ?? [], [list.data]);
  if (!has || (list.loading && !list.data)) return null;
  if (list.error && !list.data) return <ErrorMessage error={list.error} what="The metric history" />;
  if (series.length === 0) return null;
  return <MetricHistory urn={urn} series={series} />;
}

function MetricHistory({ urn, series }: { urn: string; series: ReadonlyArray<{ name: string; totalPoints?: number | null }> }) {
  const { search, update } = useTabSearch();
  const metric = defaultMetric(series, search.metric)!;
  const { data, loading, error } = useQuery(RunMetricPointsQuery, { variables: { urn, names: [metric] }, fetchPolicy: "no-cache" });
  const points: HistoryPoint[] = useMemo(
    () =>
      (data?.dataProcessInstance?.orreryMetricHistory?.find((s) => s.name === metric)?.points ?? []).map((p) => ({
        step: typeof p.step === "number" ? p.step : 0,
        time: typeof p.timestampMillis === "number" ? p.timestampMillis : null,
        value: p.value,
      })),
    [data, metric],
  );
  const total = series.find((s) => s.name === metric)?.totalPoints ?? points.length;
  const steps = new Set(points.map((p) => p.step)).size;
  // Logged without steps (all at step 0): the steps say nothing, the times do.
  const x: "step" | "time" = search.x === "time" || (steps <= 1 && points.length > 1 && points.some((p) => p.time !== null)) ? "time" : "step";
  const forcedTime = x === "time" && search.x !== "time";
  return (
    <Card title="Metric history">
      <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <label className="flex items-center gap-2">
          <span className="text-slate-600 dark:text-slate-400">Metric</span>
          <select
            value={metric}
            onChange={(e) => update({ metric: e.target.value }, true)}
            className="max-w-64 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
          >
            {series.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name} ({(s.totalPoints ?? 0).toLocaleString("en-US")} {s.totalPoints === 1 ? "value" : "values"})
              </option>
            ))}
          </select>
        </label>
        <fieldset className="flex items-center gap-1">
          <legend className="sr-only">X axis</legend>
          <span aria-hidden className="mr-1 text-slate-600 dark:text-slate-400">
            By
          </span>
          {(["step", "time"] as const).map((v) => (
            <label
              key={v}
              className={`cursor-pointer rounded-md border px-2 py-0.5 ${x === v ? "border-indigo-600 bg-indigo-50 font-medium text-indigo-900 dark:border-indigo-400 dark:bg-indigo-950 dark:text-indigo-100" : "border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"}`}
            >
              <input
                type="radio"
                name={`history-x-${urn}`}
                value={v}
                checked={x === v}
                onChange={() => update({ x: v === "step" ? undefined : v }, true)}
                className="sr-only"
              />
              {v === "step" ? "step" : "time"}
            </label>
          ))}
        </fieldset>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {lowerIsBetter(metric) ? "lower is better" : "higher is better"}
          {total > points.length && points.length
            ? ` · ${points.length.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} values shown (evenly spaced, first and last kept)`
            : ""}
        </span>
      </div>
      {error ? (
        <ErrorMessage error={error} what="The metric's values" />
      ) : loading && !data ? (
        <Skeleton lines={6} label="Loading the metric's values" />
      ) : points.length < 2 ? (
        <EmptyNote>
          {points.length === 1
            ? `${metric} was logged once (${points[0]!.value}): there is no curve to draw.`
            : `No values of ${metric} were kept (NaN and infinite values are left out).`}
        </EmptyNote>
      ) : (
        <>
          {forcedTime ? (
            <p className="mb-1 text-xs text-slate-600 dark:text-slate-400">Every value was logged at the same step, so they are shown by time.</p>
          ) : null}
          <Suspense fallback={<Skeleton lines={6} label="Loading the chart" />}>
            <HistoryChart metric={metric} points={points} x={x} />
          </Suspense>
        </>
      )}
    </Card>
  );
}
