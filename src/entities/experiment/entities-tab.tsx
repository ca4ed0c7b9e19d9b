/**
 * The experiment's runs: metric and parameter columns to choose, sorting that puts the best runs
 * first (lowest loss or error, highest anything else), and a filter in MLflow's search syntax —
 * columns, sort, filter and page all in the URL.
 *
 * With Orrery's `orreryRuns` extension the server filters, orders and pages over all of the
 * experiment's runs. Without it (a plain DataHub) up to 200 runs are loaded and handled in the
 * browser; a bigger experiment pages on the server, plain words still search all runs, and an
 * expression filters the page shown — which the table says.
 */
import { useMemo, useState, type ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useQuery } from "@apollo/client/react";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Card } from "../../components/card";
import { DataTable, metricSortValue, sortRows, type Column, type SortState } from "../../components/data-table";
import { EntityLink } from "../../components/entity-link";
import { Pager } from "../../components/pager";
import { RUN_RESULTS, RunResult, runResultLabel } from "../../components/badges";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { Highlight } from "../../components/highlight";
import { formatDuration, formatTime, urnTail } from "../../lib/format";
import { useExtensions } from "../../lib/extensions";
import { urls, type EntityTabSearch } from "../../lib/urls";
import { matchesRun, parseRunFilter, type FilterError, type FilterParse, type KeySummary } from "../../../common/run-filter";
import { lowerIsBetter } from "../../compare/compare-model";
import { RelatedRow } from "../shared/related-list";
import { useTabSearch } from "../shared/tab-search";
import { runState } from "../shared/run-state";
import { chosenColumns, colsParam, columnId, defaultColumns, firstDirection, keysOf, orderBy, runRow, type KeyColumn, type RunRowData } from "./runs-model";
import { RunFilterBox } from "./run-filter-box";
import { ColumnPicker } from "./column-picker";

const RunRow = graphql(`
  fragment RunRow on DataProcessInstance {
    urn
    properties { name created { time actor } customProperties { key value } }
    state(limit: 5) { status attempt timestampMillis durationMillis result { resultType } }
    mlTrainingRunProperties { id outputUrls hyperParams { name value description } trainingMetrics { name value description } }
  }
`);

/** Orrery's run search: a page of the runs matching a filter, in order, and the experiment's metric and parameter names. */
const ExperimentRunsQuery = graphql(`
  query ExperimentRuns($urn: String!, $input: OrreryRunSearchInput!) {
    container(urn: $urn) {
      urn
      orreryRuns(input: $input) {
        start
        count
        total
        runsInExperiment
        keys { kind name runs varies }
        runs { urn ...RunRow }
      }
    }
  }
`);

/** DataHub's own: the container's entities, a page at a time, searched by text. */
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

/** What else the container holds (with the run search, runs come from there). */
const ExperimentOtherAssetsQuery = graphql(`
  query ExperimentOtherAssets($urn: String!) {
    container(urn: $urn) {
      urn
      others: entities(input: { start: 0, count: 50, filters: [{ field: "_entityType", values: ["MLMODEL", "MLMODEL_GROUP", "DATASET", "MLFEATURE", "MLFEATURE_TABLE", "MLPRIMARY_KEY", "CONTAINER"] }] }) {
        total
        searchResults { entity { urn ...RelatedItem } }
      }
    }
  }
`);

/** Without the run search, up to this many runs are loaded at once and handled in the browser; bigger experiments page on the server. */
const ALL_AT_ONCE = 200;
const PAGE = 25;
const DEFAULT_SORT: SortState = { id: "start", dir: "desc" };

function toRow(entity: FragmentType<typeof RunRow>): RunRowData {
  const e = getFragmentData(RunRow, entity);
  const s = runState(e.state, e.properties?.created.time);
  return runRow({
    urn: e.urn,
    name: e.properties?.name || urnTail(e.urn),
    result: s.result,
    start: s.start,
    end: s.end,
    duration: s.duration,
    runId: e.mlTrainingRunProperties?.id,
    actor: e.properties?.created.actor,
    outputUrls: e.mlTrainingRunProperties?.outputUrls,
    customProperties: e.properties?.customProperties,
    hyperParams: e.mlTrainingRunProperties?.hyperParams,
    trainingMetrics: e.mlTrainingRunProperties?.trainingMetrics,
  });
}

/** The filter error the server gave, if the error is that. */
function serverFilterError(error: unknown): FilterError | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const x = error.errors.find((g) => g.extensions?.argument === "filter")?.extensions;
  if (!x) return null;
  return { message: String(x.reason ?? "the server refused it"), at: Number(x.position ?? 0), length: Number(x.length ?? 1) };
}

export function ExperimentEntitiesTab({ urn }: { urn: string }) {
  const ext = useExtensions();
  if (ext.loading) return <Skeleton lines={8} label="Loading runs" />;
  return ext.has("orreryRuns") ? <ServerRuns urn={urn} /> : <BrowserRuns urn={urn} />;
}

/** The tab's URL state, read once for both ways of loading. */
function useRunsView() {
  const { search, update, sort, setSort } = useTabSearch();
  const filterText = search.filter ?? search.q;
  const parsed: FilterParse = useMemo(() => parseRunFilter(filterText ?? ""), [filterText]);
  return { search, update, sort, setSort, filterText, parsed };
}

// ---------- with the run search (Orrery) ----------

function ServerRuns({ urn }: { urn: string }) {
  const { search, update, sort, setSort, filterText, parsed } = useRunsView();
  const page = search.page ?? 1;
  const effectiveSort = sort ?? DEFAULT_SORT;
  const order = sort ? orderBy(sort) : null;
  const input = {
    // A filter that does not parse is not sent: the table shows the runs without it, and says why.
    filter: parsed.ok && filterText?.trim() ? filterText : undefined,
    orderBy: order ? [order] : undefined,
    result: search.result || undefined,
    start: (page - 1) * PAGE,
    count: PAGE,
  };
  const { data, previousData, loading, error } = useQuery(ExperimentRunsQuery, { variables: { urn, input } });
  const shown = data ?? previousData;
  const result = shown?.container?.orreryRuns;
  const rows = useMemo(() => (result?.runs ?? []).map(toRow), [result]);
  const keys: KeySummary[] = useMemo(
    () => (result?.keys ?? []).map((k) => ({ kind: k.kind === "METRIC" ? "metric" : "param", name: k.name, runs: k.runs, varies: k.varies })),
    [result],
  );
  const others = useQuery(ExperimentOtherAssetsQuery, { variables: { urn } });

  const filterError = !parsed.ok ? parsed.error : serverFilterError(error);
  if (loading && !shown) return <Skeleton lines={8} label="Loading runs" />;
  if (error && !shown && !filterError) return <ErrorMessage error={error} what="The experiment's runs" />;
  const total = result?.total ?? 0;
  const inExperiment = result?.runsInExperiment ?? 0;
  const filtered = !!input.filter || !!input.result;
  const otherAssets = others.data?.container?.others?.searchResults ?? [];
  if (inExperiment === 0 && !filtered && !filterError && otherAssets.length === 0) return <NoRuns />;

  return (
    <RunsView
      urn={urn}
      search={search}
      update={update}
      rows={rows}
      keys={keys}
      keysOutOf={inExperiment}
      sort={effectiveSort}
      onSort={setSort}
      filterText={filterText}
      filterError={filterError}
      highlight={parsed.ok && parsed.plain ? filterText : undefined}
      loading={loading}
      count={
        filtered ? (
          <>
            {total.toLocaleString("en-US")} of {inExperiment.toLocaleString("en-US")} {inExperiment === 1 ? "run" : "runs"} match
          </>
        ) : (
          <>
            {inExperiment.toLocaleString("en-US")} {inExperiment === 1 ? "run" : "runs"}
          </>
        )
      }
      title={`Runs (${inExperiment.toLocaleString("en-US")})`}
      page={page}
      pages={Math.max(1, Math.ceil(total / PAGE))}
      note={null}
      others={otherAssets.map((r) => r.entity)}
    />
  );
}

// ---------- without it (a plain DataHub) ----------

function BrowserRuns({ urn }: { urn: string }) {
  const { search, update, sort, setSort, filterText, parsed } = useRunsView();
  const [serverPaged, setServerPaged] = useState(false);
  const page = search.page ?? 1;
  // Plain words are a text search DataHub can do over all runs; an expression only the browser can apply.
  const words = parsed.ok && parsed.plain ? filterText?.trim() : undefined;
  const variables = serverPaged
    ? { urn, start: (page - 1) * PAGE, count: PAGE, query: words || undefined }
    : { urn, start: 0, count: ALL_AT_ONCE, query: undefined };
  const { data, previousData, loading, error } = useQuery(ExperimentEntitiesQuery, { variables });
  const shown = data ?? previousData;
  const result = shown?.container?.entities;
  if (!serverPaged && data && (data.container?.entities?.total ?? 0) > ALL_AT_ONCE) setServerPaged(true);

  const all = useMemo(() => (result?.searchResults ?? []).map((r) => r.entity), [result]);
  const rows = useMemo(() => all.flatMap((e) => (e.__typename === "DataProcessInstance" ? [toRow(e)] : [])), [all]);
  const others = all.filter((e) => e.__typename !== "DataProcessInstance");
  const keys = useMemo(() => keysOf(rows), [rows]);

  if (loading && !shown) return <Skeleton lines={8} label="Loading runs" />;
  if (error && !shown) return <ErrorMessage error={error} what="The experiment's runs" />;
  const total = result?.total ?? 0;
  if (total === 0 && !filterText) return <NoRuns />;

  const effectiveSort = sort ?? DEFAULT_SORT;
  const clauses = parsed.ok ? parsed.clauses : [];
  const applyHere = !serverPaged || (parsed.ok && !parsed.plain);
  const matching = rows.filter((r) => (!search.result || r.result === search.result) && (!applyHere || matchesRun(clauses, r.facts)));
  const sorted = sortRows(matching, sortColumns(chosenColumns(search.cols, keys)), effectiveSort);
  const pages = serverPaged ? Math.max(1, Math.ceil(total / PAGE)) : Math.max(1, Math.ceil(sorted.length / PAGE));
  const current = Math.min(page, pages);
  const visible = serverPaged ? sorted : sorted.slice((current - 1) * PAGE, current * PAGE);
  const expression = parsed.ok && !parsed.plain && clauses.length > 0;
  return (
    <RunsView
      urn={urn}
      search={search}
      update={update}
      rows={visible}
      keys={keys}
      keysOutOf={rows.length}
      sort={effectiveSort}
      onSort={setSort}
      filterText={filterText}
      filterError={parsed.ok ? null : parsed.error}
      highlight={parsed.ok && parsed.plain ? filterText : undefined}
      loading={loading}
      count={
        serverPaged ? (
          <>
            {total.toLocaleString("en-US")} {total === 1 ? "run" : "runs"}
          </>
        ) : (
          <>
            {matching.length.toLocaleString("en-US")} {matching.length === 1 ? "run" : "runs"}
          </>
        )
      }
      title={`Runs (${(serverPaged ? total : rows.length).toLocaleString("en-US")})`}
      page={serverPaged ? page : current}
      pages={pages}
      note={
        serverPaged ? (
          <p
            role="note"
            className="rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-xs text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
          >
            Large experiment on a server without Orrery's run search: pages come from the server; sorting, the result filter
            {expression ? " and this filter expression" : " and filter expressions"} apply <strong>within the page shown</strong>. Plain words search all runs.
          </p>
        ) : expression || sort ? (
          <p role="note" className="text-xs text-slate-600 dark:text-slate-400">
            This server has no run search: all {rows.length.toLocaleString("en-US")} runs are loaded and filtered and sorted in your browser.
          </p>
        ) : null
      }
      others={others}
    />
  );
}

function NoRuns() {
  return (
    <EmptyState title="No runs yet">
      Runs appear when a training run's <code>container</code> aspect points at this experiment — MLflow, SageMaker and Vertex AI ingestion set it for every run
      they emit.
    </EmptyState>
  );
}

/** The sortable metric and parameter columns, without cells (for sorting in the browser). */
function sortColumns(chosen: readonly KeyColumn[]): Array<Column<RunRowData>> {
  return [...FIXED.map((c) => ({ ...c, cell: () => null })), ...chosen.map((k) => keyColumn(k))];
}

const FIXED: ReadonlyArray<Omit<Column<RunRowData>, "cell">> = [
  { id: "name", header: "Run", sortValue: (r) => r.name },
  { id: "result", header: "Result", sortValue: (r) => r.result },
  { id: "start", header: "Start", sortValue: (r) => r.start, firstDir: "desc" },
  { id: "duration", header: "Duration", sortValue: (r) => r.duration, firstDir: "desc", numeric: true },
];

function keyColumn(k: KeyColumn): Column<RunRowData> {
  const low = k.kind === "metric" && lowerIsBetter(k.name);
  return {
    id: columnId(k),
    header: (
      <span
        className="inline-flex flex-col items-end leading-tight"
        title={k.kind === "metric" ? (low ? "Lower is better: sorts lowest first" : "Higher is better: sorts highest first") : "Parameter"}
      >
        <span className="max-w-40 truncate font-mono normal-case">{k.name}</span>
        <span className="text-[10px] font-normal text-slate-500 dark:text-slate-400">
          {k.kind === "param" ? "param" : low ? "lower is better" : "higher is better"}
        </span>
      </span>
    ),
    numeric: k.kind === "metric",
    firstDir: firstDirection(k),
    sortValue: (r) => metricSortValue((k.kind === "metric" ? r.metrics : r.params).get(k.name)),
    className: k.kind === "param" ? "max-w-48 truncate font-mono text-xs" : undefined,
    cell: (r) => {
      const v = (k.kind === "metric" ? r.metrics : r.params).get(k.name);
      return v === undefined ? <span className="text-slate-400 dark:text-slate-600">—</span> : <span title={v}>{v}</span>;
    },
  };
}

/** From `sm` up, the tick box and the run's name stay in view while the metric columns scroll sideways. */
const PIN_FIRST = "sm:sticky sm:left-0 sm:z-10 sm:min-w-8 bg-white dark:bg-slate-900";
const PIN_SECOND = "sm:sticky sm:left-8 sm:z-10 bg-white dark:bg-slate-900 sm:shadow-[1px_0_0_0_rgb(226_232_240)] dark:sm:shadow-[1px_0_0_0_rgb(30_41_59)]";

/** The table and its tools, the same whichever way the runs were loaded. */
function RunsView({
  urn,
  search,
  update,
  rows,
  keys,
  keysOutOf,
  sort,
  onSort,
  filterText,
  filterError,
  highlight,
  loading,
  count,
  title,
  page,
  pages,
  note,
  others,
}: {
  urn: string;
  search: EntityTabSearch;
  update: (patch: Partial<EntityTabSearch>, replace?: boolean) => void;
  rows: RunRowData[];
  keys: KeySummary[];
  keysOutOf: number;
  sort: SortState;
  onSort: (s: SortState) => void;
  filterText: string | undefined;
  filterError: FilterError | null;
  highlight: string | undefined;
  loading: boolean;
  count: ReactNode;
  title: string;
  page: number;
  pages: number;
  note: ReactNode;
  others: ReadonlyArray<{ urn: string } & Parameters<typeof RelatedRow>[0]["entity"]>;
}) {
  /** runs ticked for comparison, in the order they were ticked (kept across pages and filters) */
  const [picked, setPicked] = useState<string[]>([]);
  const chosen = chosenColumns(search.cols, keys);
  const isPicked = new Set(picked);
  const toggle = (u: string, on: boolean) => setPicked((p) => (on ? (p.includes(u) ? p : [...p, u]) : p.filter((x) => x !== u)));
  const columns: Array<Column<RunRowData>> = [
    {
      id: "pick",
      header: <span className="sr-only">Compare</span>,
      className: "w-8",
      pinClassName: PIN_FIRST,
      cell: (r) => (
        <input
          type="checkbox"
          checked={isPicked.has(r.urn)}
          onChange={(e) => toggle(r.urn, e.target.checked)}
          aria-label={`Compare ${r.name}`}
          className="size-4 align-middle"
        />
      ),
    },
    {
      ...FIXED[0]!,
      className: "max-w-56",
      pinClassName: PIN_SECOND,
      cell: (r) => (
        <EntityLink urn={r.urn} kind="run" name={r.name} className="block truncate">
          <Highlight text={r.name} query={highlight} />
        </EntityLink>
      ),
    },
    { ...FIXED[1]!, cell: (r) => <RunResult result={r.result} /> },
    { ...FIXED[2]!, className: "whitespace-nowrap", cell: (r) => formatTime(r.start) },
    { ...FIXED[3]!, className: "whitespace-nowrap", cell: (r) => formatDuration(r.duration) },
    ...chosen.map(keyColumn),
  ];
  const paramExample = useMemo(() => {
    const p = keys.find((k) => k.kind === "param" && k.varies) ?? keys.find((k) => k.kind === "param");
    const v = p && rows.find((r) => r.params.has(p.name))?.params.get(p.name);
    return p && v !== undefined ? { param: p.name, value: v } : null;
  }, [keys, rows]);

  return (
    <div className="space-y-4">
      <Card title={title}>
        <div className="mb-3 flex flex-wrap items-start gap-3">
          <RunFilterBox
            value={filterText}
            onChange={(filter) => update({ filter, q: undefined, page: undefined }, true)}
            error={filterError}
            keys={keys}
            example={paramExample}
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
          <ColumnPicker
            keys={keys}
            chosen={chosen}
            runs={keysOutOf}
            onChange={(next) => update({ cols: colsParam(next, keys) })}
            onDefaults={() => update({ cols: colsParam(defaultColumns(keys), keys) })}
          />
          <span className="py-1 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
            {loading ? "Loading…" : count}
          </span>
        </div>
        <div className="mb-3 flex flex-wrap items-center gap-2">
          {rows.some((r) => !isPicked.has(r.urn)) ? (
            <button
              type="button"
              onClick={() => setPicked((p) => [...p, ...rows.map((r) => r.urn).filter((u) => !p.includes(u))])}
              className="text-sm text-indigo-700 hover:underline dark:text-indigo-300"
            >
              Tick all {rows.length} shown
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
        </div>
        {note ? <div className="mb-3">{note}</div> : null}
        {rows.length === 0 ? (
          <p className="py-6 text-center text-sm text-slate-600 dark:text-slate-400">
            No run matches {filterText && !filterError ? <>“{filterText}”</> : null}
            {filterText && !filterError && search.result ? " with " : null}
            {search.result ? <>result {runResultLabel(search.result).toLowerCase()}</> : null}.{" "}
            <Link {...urls.entity("experiment", urn, "entities", { cols: search.cols })} className="text-indigo-700 underline dark:text-indigo-300">
              Clear the filters
            </Link>
          </p>
        ) : (
          // While the next page or order loads, the current one stays, dimmed.
          <div aria-busy={loading} data-runs-table className={loading ? "opacity-60 transition-opacity" : "transition-opacity"}>
            <DataTable caption="Training runs of this experiment" columns={columns} rows={rows} rowKey={(r) => r.urn} sort={sort} onSort={onSort} />
          </div>
        )}
        <Pager
          page={page}
          pages={pages}
          label="Run pages"
          renderLink={(target, children, className, rel) => (
            <Link
              {...urls.entity("experiment", urn, "entities", { ...search, page: target } satisfies EntityTabSearch)}
              resetScroll={false}
              rel={rel}
              className={className}
            >
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
