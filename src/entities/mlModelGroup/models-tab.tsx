import { lazy, Suspense, useMemo, useState } from "react";
import { Link } from "@tanstack/react-router";
import { useQuery } from "@apollo/client/react";
import { graphql, type FragmentType } from "../../gql";
import { ModelVersionRow, toVersionRow, VersionsTable } from "../shared/versions-table";
import { urls } from "../../lib/urls";
import { chartableMetrics, compareRows, lowerIsBetter, toNumber } from "../../compare/compare-model";
import type { VersionPoint } from "../../compare/version-chart";
import { Card } from "../../components/card";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { useTabSearch } from "../shared/tab-search";

const VersionChart = lazy(() => import("../../compare/version-chart"));

const GroupModelsQuery = graphql(`
  query ModelGroupModels($urn: String!) {
    mlModelGroup(urn: $urn) {
      urn
      versions: relationships(input: { types: ["MemberOf"], direction: INCOMING, start: 0, count: 500 }) {
        total
        relationships { entity { urn ...ModelVersionRow } }
      }
    }
  }
`);

/** The group's versions: alias badges, training metrics as sortable columns, created, source run. */
export function GroupModelsTab({ urn }: { urn: string }) {
  const { data, loading, error } = useQuery(GroupModelsQuery, { variables: { urn } });
  const { sort, setSort } = useTabSearch();
  if (loading && !data) return <Skeleton lines={5} label="Loading versions" />;
  if (error && !data) return <ErrorMessage error={error} what="The group's models" />;
  const rel = data?.mlModelGroup?.versions;
  const models = (rel?.relationships ?? []).flatMap((r) => (r.entity?.__typename === "MLModel" ? [r.entity] : []));
  if (models.length === 0) {
    return (
      <EmptyState title="No model versions in this group yet">
        A model version joins this group when the registry it comes from (MLflow, SageMaker, Vertex AI…) records it as a version of this registered model.
      </EmptyState>
    );
  }
  const total = rel?.total ?? models.length;
  return (
    <div className="space-y-4">
      <VersionTrend models={models} />
      <Card title={`Versions (${total.toLocaleString("en-US")})`}>
        <VersionsTable models={models} sort={sort} onSort={setSort} caption="Model versions with their aliases and training metrics" />
        {total > models.length ? (
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">Showing the first {models.length.toLocaleString("en-US")} versions.</p>
        ) : null}
      </Card>
    </div>
  );
}

const collator = new Intl.Collator("en", { numeric: true });

/** A metric across the group's versions, in version order, and a link comparing the runs behind them. */
function VersionTrend({ models }: { models: ReadonlyArray<FragmentType<typeof ModelVersionRow>> }) {
  const versions = useMemo(
    () =>
      models
        .map(toVersionRow)
        // A metric without a value is no point on the chart.
        .map((r) => ({ ...r, params: new Map<string, string>(), metrics: new Map([...r.metrics].filter(([, v]) => v !== "")) }))
        .sort((a, b) => collator.compare(a.version ?? "", b.version ?? "")),
    [models],
  );
  // The metric most versions report comes first.
  const metrics = useMemo(() => {
    const rows = compareRows(versions, "metrics");
    const reported = new Map(rows.map((r) => [r.key, r.numbers.filter((n) => n !== null).length]));
    return chartableMetrics(rows).sort((a, b) => reported.get(b)! - reported.get(a)!);
  }, [versions]);
  const [picked, setPicked] = useState<string | null>(null);
  const metric = picked && metrics.includes(picked) ? picked : metrics[0];
  const runs = [...new Set(versions.flatMap((v) => (v.run ? [v.run.urn] : [])))];
  if (!metric || versions.length < 2) return null;
  const points: VersionPoint[] = versions.flatMap((v) => {
    const n = toNumber(v.metrics.get(metric));
    return n === null ? [] : [{ version: v.version ?? v.name, value: n, aliases: v.aliases.join(", ") }];
  });
  return (
    <Card
      title="Metric across versions"
      actions={
        runs.length >= 2 ? (
          <Link {...urls.compare({ run: runs, metric })} className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
            Compare the {runs.length} training runs behind these versions
          </Link>
        ) : null
      }
    >
      <label className="mb-2 flex items-center gap-2 text-sm">
        <span className="text-slate-600 dark:text-slate-400">Metric</span>
        <select
          value={metric}
          onChange={(e) => setPicked(e.target.value)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-950"
        >
          {metrics.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        <span className="text-xs text-slate-500 dark:text-slate-400">
          {lowerIsBetter(metric) ? "lower is better" : "higher is better"} · {points.length} of {versions.length} versions report it
        </span>
      </label>
      <Suspense fallback={<Skeleton lines={6} label="Loading the chart" />}>
        <VersionChart metric={metric} points={points} />
      </Suspense>
    </Card>
  );
}
