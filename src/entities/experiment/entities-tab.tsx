/**
 * The experiment's runs: metric and parameter columns to choose, sorting that puts the best runs
 * first (lowest loss or error, highest anything else), and a filter in MLflow's search syntax —
 * columns, sort, filter and page all in the URL.
 *
 * With Orrery's `orreryRuns` extension the server filters, orders and pages over all of the
 * experiment's runs. Without it (a plain DataHub) up to 200 runs are loaded and handled in the
 * browser; a bigger experiment pages on the server, plain words still search all runs, and an
 * expression filters the page shown — which the table says.
 *
 * The parts: server-runs.tsx (with the run search) and BrowserRuns below (without it) load the runs;
 * runs-view.tsx shows them, with run-columns.tsx; runs-data.ts, use-runs-view.ts and runs-model.ts
 * are what both share.
 */
import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { sortRows } from "../../components/data-table";
import { ErrorMessage, Skeleton } from "../../components/states";
import { useExtensions } from "../../lib/extensions";
import { matchesRun } from "../../../common/run-filter";
import { chosenColumns, keysOf } from "./runs-model";
import { DEFAULT_SORT, PAGE, toRow } from "./runs-data";
import { sortColumns } from "./run-columns";
import { useRunsView } from "./use-runs-view";
import { NoRuns, RunsView } from "./runs-view";
import { ServerRuns } from "./server-runs";

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

/** Without the run search, up to this many runs are loaded at once and handled in the browser; bigger experiments page on the server. */
const ALL_AT_ONCE = 200;

export function ExperimentEntitiesTab({ urn }: { urn: string }) {
  const ext = useExtensions();
  if (ext.loading) return <Skeleton lines={8} label="Loading runs" />;
  return ext.has("orreryRuns") ? <ServerRuns urn={urn} /> : <BrowserRuns urn={urn} />;
}

/** The runs without the run search (a plain DataHub): loaded at once and handled here, or paged by the server when there are too many. */

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
