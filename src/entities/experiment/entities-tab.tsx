import { useMemo, useState } from "react";
import { Link } from "@tanstack/react-router";
import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Card } from "../../components/card";
import { DataTable, metricSortValue, sortRows, type Column } from "../../components/data-table";
import { EntityLink } from "../../components/entity-link";
import { Pager } from "../../components/pager";
import { RUN_RESULTS, RunResult, runResultLabel } from "../../components/badges";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { Highlight } from "../../components/highlight";
import { formatDuration, formatTime, urnTail } from "../../lib/format";
import { urls, type EntityTabSearch } from "../../lib/urls";
import { RelatedRow } from "../shared/related-list";
import { useFilterText, useTabSearch } from "../shared/tab-search";
import { runState } from "../shared/run-state";

const RunRow = graphql(`
  fragment RunRow on DataProcessInstance {
    urn
    properties { name created { time } }
    state(limit: 5) { status attempt timestampMillis durationMillis result { resultType } }
    mlTrainingRunProperties { trainingMetrics { name value description } }
  }
`);

const ExperimentEntitiesQuery = graphql(`
  query ExperimentEntities($urn: String!, $start: Int!, $count: Int!, $query: String) {
    container(urn: $urn) {
      urn
      entities(input: { start: $start, count: $count, query: $query }) {
        start
        total
        searchResults {
          entity {
            urn
            type
            ...RunRow
            ...RelatedItem
          }
        }
      }
    }
  }
`);

/** Up to this many runs are loaded at once and sorted/filtered in the browser; bigger experiments page on the server. */
const ALL_AT_ONCE = 200;
const PAGE = 25;
const KEY_METRICS = 4;

type Run = {
  urn: string;
  name: string;
  result: string | null;
  start: number | null;
  duration: number | null;
  metrics: Map<string, string>;
};

function toRun(entity: FragmentType<typeof RunRow>): Run {
  const e = getFragmentData(RunRow, entity);
  const s = runState(e.state, e.properties?.created.time);
  return {
    urn: e.urn,
    name: e.properties?.name || urnTail(e.urn),
    result: s.result,
    start: s.start,
    duration: s.duration,
    metrics: new Map((e.mlTrainingRunProperties?.trainingMetrics ?? []).flatMap((m) => (m?.name ? [[m.name, m.value ?? ""] as const] : []))),
  };
}

/** The experiment's runs: name, result, start, duration and key metrics, with sort, filter and paging in the URL. */
export function ExperimentEntitiesTab({ urn }: { urn: string }) {
  const { search, update, sort, setSort } = useTabSearch();
  const [serverPaged, setServerPaged] = useState(false);
  /** runs ticked for comparison, in the order they were ticked (kept across pages and filters) */
  const [picked, setPicked] = useState<string[]>([]);
  const page = search.page ?? 1;
  const variables = serverPaged
    ? { urn, start: (page - 1) * PAGE, count: PAGE, query: search.q || undefined }
    : { urn, start: 0, count: ALL_AT_ONCE, query: undefined };
  const { data, previousData, loading, error } = useQuery(ExperimentEntitiesQuery, { variables });
  const shown = data ?? previousData;
  const result = shown?.container?.entities;
  if (!serverPaged && data && (data.container?.entities?.total ?? 0) > ALL_AT_ONCE) setServerPaged(true);

  const [text, setText] = useFilterText(search.q, (q) => update({ q, page: undefined }, true));
  const all = useMemo(() => (result?.searchResults ?? []).map((r) => r.entity), [result]);
  const runs = useMemo(() => all.flatMap((e) => (e.__typename === "DataProcessInstance" ? [toRun(e)] : [])), [all]);
  const others = all.filter((e) => e.__typename !== "DataProcessInstance");
  const metricNames = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of runs) for (const k of r.metrics.keys()) counts.set(k, (counts.get(k) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, KEY_METRICS).map(([k]) => k);
  }, [runs]);

  if (loading && !shown) return <Skeleton lines={8} label="Loading runs" />;
  if (error && !shown) return <ErrorMessage error={error} what="The experiment's runs" />;
  const total = result?.total ?? 0;
  if (total === 0 && !search.q) {
    return (
      <EmptyState title="No runs yet">
        Runs appear when a training run's <code>container</code> aspect points at this experiment — MLflow, SageMaker and Vertex AI ingestion set it for
        every run they emit.
      </EmptyState>
    );
  }

  const isPicked = new Set(picked);
  const toggle = (urn: string, on: boolean) => setPicked((p) => (on ? (p.includes(urn) ? p : [...p, urn]) : p.filter((u) => u !== urn)));
  const columns: Array<Column<Run>> = [
    {
      id: "pick",
      header: <span className="sr-only">Compare</span>,
      className: "w-8",
      cell: (r) => (
        <input type="checkbox" checked={isPicked.has(r.urn)} onChange={(e) => toggle(r.urn, e.target.checked)} aria-label={`Compare ${r.name}`} className="size-4 align-middle" />
      ),
    },
    {
      id: "name",
      header: "Run",
      sortValue: (r) => r.name,
      className: "max-w-72",
      cell: (r) => (
        <EntityLink urn={r.urn} kind="run" name={r.name} className="block truncate">
          <Highlight text={r.name} query={search.q} />
        </EntityLink>
      ),
    },
    { id: "result", header: "Result", sortValue: (r) => r.result, cell: (r) => <RunResult result={r.result} /> },
    { id: "start", header: "Start", sortValue: (r) => r.start, firstDir: "desc", className: "whitespace-nowrap", cell: (r) => formatTime(r.start) },
    { id: "duration", header: "Duration", sortValue: (r) => r.duration, firstDir: "desc", numeric: true, cell: (r) => formatDuration(r.duration) },
    ...metricNames.map(
      (n): Column<Run> => ({ id: `metric:${n}`, header: n, numeric: true, firstDir: "desc", sortValue: (r) => metricSortValue(r.metrics.get(n)), cell: (r) => r.metrics.get(n) ?? "—" }),
    ),
  ];
  const effectiveSort = sort && columns.some((c) => c.id === sort.id) ? sort : { id: "start", dir: "desc" as const };

  // In the browser: filter by name and result, sort everything, then page. On the server: it filters by text and pages; sorting is within the page.
  const f = (search.q ?? "").trim().toLowerCase();
  const filtered = serverPaged
    ? runs.filter((r) => !search.result || r.result === search.result)
    : runs.filter((r) => (!search.result || r.result === search.result) && (!f || r.name.toLowerCase().includes(f) || r.urn.toLowerCase().includes(f)));
  const sorted = sortRows(filtered, columns, effectiveSort);
  const pages = serverPaged ? Math.max(1, Math.ceil(total / PAGE)) : Math.max(1, Math.ceil(sorted.length / PAGE));
  const current = Math.min(page, pages);
  const visible = serverPaged ? sorted : sorted.slice((current - 1) * PAGE, current * PAGE);
  const counted = serverPaged ? total : filtered.length;

  return (
    <div className="space-y-4">
      <Card title={`Runs (${(serverPaged ? total : runs.length).toLocaleString("en-US")})`}>
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <input
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Filter runs by name"
            aria-label="Filter runs by name"
            className="w-full rounded-md border sm:w-64 border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950"
          />
          <label className="flex items-center gap-2 text-sm">
            Result
            <select
              value={search.result ?? ""}
              onChange={(e) => update({ result: e.target.value || undefined, page: undefined })}
              className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950"
            >
              <option value="">any</option>
              {RUN_RESULTS.map((r) => (
                <option key={r} value={r}>
                  {runResultLabel(r).toLowerCase()}
                </option>
              ))}
            </select>
          </label>
          <span className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
            {loading ? "Loading…" : `${counted.toLocaleString("en-US")} ${counted === 1 ? "run" : "runs"}`}
          </span>
          <span className="ml-auto flex items-center gap-2">
            {visible.some((r) => !isPicked.has(r.urn)) ? (
              <button type="button" onClick={() => setPicked((p) => [...p, ...visible.map((r) => r.urn).filter((u) => !p.includes(u))])} className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
                Tick all {visible.length} shown
              </button>
            ) : null}
            {picked.length ? (
              <button type="button" onClick={() => setPicked([])} className="text-sm text-slate-600 hover:underline dark:text-slate-400">
                Clear selection
              </button>
            ) : null}
            {picked.length >= 2 ? (
              <Link {...urls.compare({ run: picked })} className="rounded-md bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-700">
                Compare {picked.length} runs
              </Link>
            ) : (
              <span className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
                {picked.length === 1 ? "Tick one more run to compare" : "Tick runs to compare them"}
              </span>
            )}
          </span>
          {serverPaged ? (
            <span className="text-xs text-slate-600 dark:text-slate-400">Large experiment: pages come from the server; sorting and the result filter apply within a page.</span>
          ) : null}
        </div>
        {visible.length === 0 ? (
          <p className="py-6 text-center text-sm text-slate-600 dark:text-slate-400">
            No run matches {search.q ? <>“{search.q}”</> : null}
            {search.q && search.result ? " with " : null}
            {search.result ? <>result {runResultLabel(search.result).toLowerCase()}</> : null}.{" "}
            <Link {...urls.entity("experiment", urn, "entities")} className="text-indigo-700 underline dark:text-indigo-300">
              Clear the filters
            </Link>
          </p>
        ) : (
          <DataTable caption="Training runs of this experiment" columns={columns} rows={visible} rowKey={(r) => r.urn} sort={effectiveSort} onSort={setSort} />
        )}
        <Pager
          page={current}
          pages={pages}
          label="Run pages"
          renderLink={(target, children, className, rel) => (
            <Link {...urls.entity("experiment", urn, "entities", { ...search, page: target } satisfies EntityTabSearch)} resetScroll={false} rel={rel} className={className}>
              {children}
            </Link>
          )}
        />
      </Card>
      {others.length ? (
        <Card title={`Other assets in this container (${others.length})`}>
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {others.map((e) => (
              <li key={e.urn}>
                <RelatedRow entity={e} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
