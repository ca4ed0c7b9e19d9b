/** The runs table and its tools (filter, result, columns, ticking runs to compare, pages), the same whichever way the runs were loaded. */
import { useMemo, useState, type ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { Card } from "../../components/card";
import { DataTable, type Column, type SortState } from "../../components/data-table";
import { EntityLink } from "../../components/entity-link";
import { Pager } from "../../components/pager";
import { RUN_RESULTS, RunResult, runResultLabel } from "../../components/badges";
import { EmptyState } from "../../components/states";
import { Highlight } from "../../components/highlight";
import { formatDuration, formatTime } from "../../lib/format";
import { urls, type EntityTabSearch } from "../../lib/urls";
import type { FilterError, KeySummary } from "../../../common/run-filter";
import { RelatedRow } from "../shared/related-list";
import { chosenColumns, colsParam, defaultColumns, type RunRowData } from "./runs-model";
import { FIXED, keyColumn, PIN_FIRST, PIN_SECOND } from "./run-columns";
import { RunFilterBox } from "./run-filter-box";
import { ColumnPicker } from "./column-picker";

export function NoRuns() {
  return (
    <EmptyState title="No runs yet">
      Runs appear when a training run's <code>container</code> aspect points at this experiment — MLflow, SageMaker and Vertex AI ingestion set it for every run
      they emit.
    </EmptyState>
  );
}

/** The table and its tools, the same whichever way the runs were loaded. */
export function RunsView({
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
