/**
 * The Impact tab (a lazy chunk; see impact-entry.tsx): every asset downstream (what a change would
 * affect) or upstream (what this depends on) of the page's asset, at any distance, with its degree;
 * filters by kind, platform and degree, a text filter, sorting and paging, all in the URL; and the
 * filtered rows as CSV. Rows come from DataHub's `searchAcrossLineage` (use-impact.ts); an
 * experiment's are its runs'.
 */
import { useMemo, useState } from "react";
import { Link } from "@tanstack/react-router";
import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData } from "../gql";
import type { Kind } from "../lib/kinds";
import { urls, type EntityTabSearch } from "../lib/urls";
import { Card } from "../components/card";
import { DataTable, type Column, type SortState } from "../components/data-table";
import { EntityLink } from "../components/entity-link";
import { KindIcon } from "../components/icons";
import { Pager } from "../components/pager";
import { EmptyNote, ErrorMessage, Skeleton } from "../components/states";
import { Highlight } from "../components/highlight";
import { EntityListItem, itemName } from "../entities/shared/list-item";
import { useFilterText, useTabSearch } from "../entities/shared/tab-search";
import { ExperimentGraphQuery, EXPERIMENT_RUNS, PER_RUN } from "./use-experiment-graph";
import { useImpact } from "./use-impact";
import {
  PAGE_SIZE,
  SORT_KEYS,
  bucketOf,
  csvName,
  facets,
  filterRows,
  pageOf,
  sortRows,
  toCsv,
  type FacetValue,
  type ImpactRow,
  type Side,
  type SortKey,
} from "./impact";

const ImpactSubject = graphql(`
  query ImpactSubject($urn: String!) {
    entity(urn: $urn) {
      urn
      type
      ...EntityListItem
    }
  }
`);

const BUTTON =
  "inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

export default function ImpactTab({ urn, kind }: { urn: string; kind: Kind }) {
  const { search, update } = useTabSearch();
  const side: Side = search.side ?? "downstream";
  const subject = useQuery(ImpactSubject, { variables: { urn } });
  const s = subject.data?.entity ? getFragmentData(EntityListItem, subject.data.entity) : null;
  const name = s ? itemName(s) : urn;
  // An experiment has no lineage of its own: its rows are those of its runs (the graph's query, from the cache).
  const experiment = useQuery(ExperimentGraphQuery, { variables: { urn, runs: EXPERIMENT_RUNS, perRun: PER_RUN }, skip: kind !== "experiment" });
  const starts = useMemo(() => {
    if (kind !== "experiment") return [urn];
    const c = experiment.data?.container;
    return c ? (c.entities?.searchResults ?? []).map((r) => r.entity.urn) : null;
  }, [kind, urn, experiment.data]);
  const impact = useImpact(starts, side, kind === "experiment");
  const [text, setText] = useFilterText(search.q, (q) => update({ q, page: undefined }, true));

  const { q, kind: kinds, platform: platforms, degree: degrees } = search;
  const filter = useMemo(() => ({ q, kinds, platforms, degrees }), [q, kinds, platforms, degrees]);
  const sortKey: SortKey = SORT_KEYS.includes(search.sort as SortKey) ? (search.sort as SortKey) : "degree";
  const sort: SortState = { id: sortKey, dir: search.dir ?? "asc" };
  const rows = impact.rows;
  const filtered = useMemo(() => (rows ? sortRows(filterRows(rows, filter), sortKey, sort.dir) : []), [rows, filter, sortKey, sort.dir]);
  const choices = useMemo(() => (rows ? facets(rows, filter) : null), [rows, filter]);
  const paged = pageOf(filtered, search.page ?? 1);
  const filtering = !!(search.q || search.kind?.length || search.platform?.length || search.degree?.length);
  const sideWord = side === "downstream" ? "downstream of" : "upstream of";

  const columns: Array<Column<ImpactRow>> = [
    {
      id: "name",
      header: "Asset",
      sortValue: (r) => r.name,
      className: "max-w-96",
      cell: (r) => (
        <span className="flex min-w-0 items-center gap-2">
          <KindIcon kind={r.kind} />
          <EntityLink urn={r.urn} kind={r.kind} name={r.name} className="truncate font-medium">
            <Highlight text={r.name} query={search.q} />
          </EntityLink>
        </span>
      ),
    },
    { id: "kind", header: "Kind", sortValue: (r) => r.kindLabel, className: "whitespace-nowrap", cell: (r) => r.kindLabel },
    {
      id: "platform",
      header: "Platform",
      sortValue: (r) => r.platform,
      className: "whitespace-nowrap",
      cell: (r) => r.platform ?? <span className="text-slate-500">—</span>,
    },
    {
      id: "degree",
      header: "Degree",
      numeric: true,
      sortValue: (r) => r.degree,
      cell: (r) => (
        <span title={`${r.degree} ${r.degree === 1 ? "hop" : "hops"} away`} data-degree={r.degree}>
          {r.degree}
        </span>
      ),
    },
  ];

  const download = () => {
    const url = URL.createObjectURL(new Blob([toCsv(filtered, side)], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = csvName(name, side);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {side === "downstream" ? "Everything a change to this asset could affect" : "Everything this asset depends on"}: every asset {sideWord} it at any
        distance, with its degree (hops away)
        {kind === "experiment" ? ", through the experiment's runs" : ""}.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <div role="group" aria-label="Direction" className="inline-flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-700">
          {(["downstream", "upstream"] as const).map((d) => (
            <button
              key={d}
              type="button"
              aria-pressed={side === d}
              onClick={() => update({ side: d === "downstream" ? undefined : d, page: undefined, kind: undefined, platform: undefined })}
              className={`px-3 py-1 text-sm ${side === d ? "bg-indigo-600 font-medium text-white dark:bg-indigo-500" : "bg-white text-slate-800 hover:bg-slate-100 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"}`}
            >
              {d === "downstream" ? "Downstream" : "Upstream"}
            </button>
          ))}
        </div>
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Filter by name, kind or platform"
          aria-label="Filter assets"
          className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm sm:w-72 dark:border-slate-700 dark:bg-slate-950"
        />
        <span className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
          {impact.loading
            ? "Loading…"
            : rows
              ? `${filtered.length.toLocaleString("en-US")} of ${rows.length.toLocaleString("en-US")} ${rows.length === 1 ? "asset" : "assets"}`
              : ""}
        </span>
        <button type="button" className={`${BUTTON} sm:ml-auto`} onClick={download} disabled={!rows || filtered.length === 0}>
          Download CSV{rows ? ` (${filtered.length.toLocaleString("en-US")} ${filtered.length === 1 ? "row" : "rows"})` : ""}
        </button>
      </div>
      {impact.coverage.capped && rows ? (
        <p
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          The server found {impact.coverage.total.toLocaleString("en-US")} assets {sideWord} {kind === "experiment" ? "its runs" : "this one"}; this table holds
          the {impact.coverage.fetched.toLocaleString("en-US")} nearest it returned
          {kind === "experiment" ? " (the first 1,000 per run)" : ""}. Filters, sorting and the CSV apply to those only.
        </p>
      ) : null}
      {impact.error ? <ErrorMessage error={impact.error} what="The impact analysis" /> : null}
      {experiment.error ? <ErrorMessage error={experiment.error} what="The experiment's runs" /> : null}
      {!rows ? (
        impact.error ? null : (
          <Skeleton lines={8} label="Loading the impact analysis" />
        )
      ) : (
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-[14rem_minmax(0,1fr)]">
          <aside aria-label="Filters" className="space-y-4">
            <Facet legend="Kind" values={choices!.kinds} chosen={search.kind} onChange={(kind) => update({ kind, page: undefined })} />
            <Facet legend="Platform" values={choices!.platforms} chosen={search.platform} onChange={(platform) => update({ platform, page: undefined })} />
            <Facet
              legend="Degree"
              values={choices!.degrees.map((d) => ({ ...d, label: d.value === "1" ? "1 (direct)" : d.value === "3+" ? "3 or more" : d.value }))}
              chosen={search.degree}
              onChange={(degree) => update({ degree, page: undefined })}
            />
            {filtering ? (
              <Link
                {...urls.entity(kind, urn, "impact", { side: search.side } satisfies EntityTabSearch)}
                className="text-sm text-indigo-700 underline dark:text-indigo-300"
              >
                Clear the filters
              </Link>
            ) : null}
          </aside>
          <Card title={`${side === "downstream" ? "Downstream" : "Upstream"} of ${name}`}>
            {rows.length === 0 ? (
              <EmptyNote>
                {side === "downstream"
                  ? "Nothing downstream of this asset as far as the catalog knows: no run reads it, no model names it, no dataset is derived from it."
                  : "Nothing upstream of this asset as far as the catalog knows: no input, training run or source is recorded for it."}
              </EmptyNote>
            ) : filtered.length === 0 ? (
              <EmptyNote>No asset {sideWord} this one matches these filters.</EmptyNote>
            ) : (
              <DataTable
                caption={`Assets ${sideWord} ${name}, page ${paged.page} of ${paged.pages}`}
                columns={columns}
                rows={paged.rows}
                rowKey={(r) => r.urn}
                sort={sort}
                onSort={(next) =>
                  update({
                    sort: next.id === "degree" && next.dir === "asc" ? undefined : next.id,
                    dir: next.dir === "asc" ? undefined : next.dir,
                    page: undefined,
                  })
                }
                rowClassName={(r) => `impact-degree-${bucketOf(r.degree) === "3+" ? "3plus" : bucketOf(r.degree)}`}
              />
            )}
            <Pager
              page={search.page ?? 1}
              pages={paged.pages}
              label="Impact pages"
              renderLink={(target, children, className, rel) => (
                <Link
                  {...urls.entity(kind, urn, "impact", { ...search, page: target === 1 ? undefined : target } satisfies EntityTabSearch)}
                  resetScroll={false}
                  rel={rel}
                  className={className}
                >
                  {children}
                </Link>
              )}
            />
            {filtered.length > PAGE_SIZE ? (
              <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
                {PAGE_SIZE} per page; the CSV holds all {filtered.length.toLocaleString("en-US")} filtered rows.
              </p>
            ) : null}
          </Card>
        </div>
      )}
    </div>
  );
}

/** One filter: a checkbox per value with its count; the first eight, then the rest on request. */
function Facet({
  legend,
  values,
  chosen,
  onChange,
}: {
  legend: string;
  values: FacetValue[];
  chosen: string[] | undefined;
  onChange: (next: string[] | undefined) => void;
}) {
  const [all, setAll] = useState(false);
  const on = new Set(chosen ?? []);
  const shown = all ? values : values.filter((v, i) => i < 8 || on.has(v.value));
  if (values.length === 0) return null;
  return (
    <fieldset>
      <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{legend}</legend>
      <ul className="space-y-0.5 text-sm">
        {shown.map((v) => (
          <li key={v.value}>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={on.has(v.value)}
                onChange={(e) => {
                  const next = new Set(on);
                  if (e.target.checked) next.add(v.value);
                  else next.delete(v.value);
                  onChange(next.size ? [...next] : undefined);
                }}
              />
              <span className="min-w-0 flex-1 truncate" title={v.label}>
                {v.label}
              </span>
              <span className="text-xs text-slate-600 tabular-nums dark:text-slate-400">{v.count.toLocaleString("en-US")}</span>
            </label>
          </li>
        ))}
      </ul>
      {shown.length < values.length ? (
        <button type="button" className="mt-1 text-xs text-indigo-700 underline dark:text-indigo-300" onClick={() => setAll(true)}>
          Show all {values.length}
        </button>
      ) : null}
    </fieldset>
  );
}
