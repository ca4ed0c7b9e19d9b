/**
 * Search results with their filters (type, platform, tag, glossary term, owner), active-filter chips
 * and paging: the /search page, and the Assets tab of a tag, term, person or group (a search with
 * one filter fixed). Where the links go is the caller's: every link is drawn by `link`.
 */
import { Fragment, useState, type ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData } from "../gql";
import { FacetFields, FacetGroup, aggLabel, withFacet, type SearchLink } from "./facets";
import { FACET_PARAMS, PAGE_SIZE, type FacetParam } from "./params";
import { EntityListRow } from "../entities/shared/list-item";
import { ErrorMessage, Skeleton } from "../components/states";
import { Pager } from "../components/pager";
import { Highlight } from "../components/highlight";
import { urnTail } from "../lib/format";
import { SEARCH_SORTS, urls, type SearchParams, type SearchSortParam } from "../lib/urls";
import { SearchHelp } from "./search-help";

/** The sort choices, as the URL's `sort` and as DataHub's sortInput. */
const SORTS: Record<SearchSortParam, { label: string; field: string; sortOrder: "ASCENDING" | "DESCENDING" }> = {
  name: { label: "Name A–Z", field: "name", sortOrder: "ASCENDING" },
  "-name": { label: "Name Z–A", field: "name", sortOrder: "DESCENDING" },
  "-changed": { label: "Last changed", field: "lastModified", sortOrder: "DESCENDING" },
  changed: { label: "Least recently changed", field: "lastModified", sortOrder: "ASCENDING" },
};

const SearchQuery = graphql(`
  query Search($query: String!, $start: Int!, $count: Int!, $filters: [FacetFilterInput!], $sort: SearchSortInput) {
    searchAcrossEntities(input: { query: $query, start: $start, count: $count, orFilters: [{ and: $filters }], sortInput: $sort }) {
      start
      count
      total
      searchResults {
        entity { urn ...EntityListItem }
        matchedFields { name value }
      }
      facets { ...FacetFields }
    }
  }
`);

export type { SearchLink, SearchLinkProps } from "./facets";

/** Links of the /search page. */
export const searchPageLink: SearchLink = (target, props) => <Link {...urls.search(target)} {...props} />;

/** The facet filters the parameters ask for, as the server takes them. */
export function searchFilters(params: SearchParams): Array<{ field: string; values: string[] }> {
  return FACET_PARAMS.flatMap(({ field, param }) => {
    const values = params[param];
    return values?.length ? [{ field, values }] : [];
  });
}

/** Matches already visible in the row (name, description) or too vague to name. */
const HIDDEN_MATCHES = new Set(["name", "description", "urn", "id"]);
/** DataHub's names of the other text a hit may match: shown only when the name and description did not match. */
const OTHER_TEXT = new Set(["customProperties", "hyperParams", "trainingMetrics", "fieldPaths"]);
const MATCH_LABEL: Record<string, string> = {
  tags: "tag",
  glossaryTerms: "glossary term",
  owners: "owner",
  customProperties: "custom property",
  platform: "platform",
  fieldPaths: "field",
  hyperParams: "hyper-parameter",
  trainingMetrics: "metric",
};

/** The part of a long matched value around the first query word. */
function snippet(value: string, query: string | undefined, radius = 40): string {
  const words = (query ?? "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  const lower = value.toLowerCase();
  const at = Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0), Number.POSITIVE_INFINITY);
  if (!Number.isFinite(at) || value.length <= radius * 2) return value.length > radius * 2 ? `${value.slice(0, radius * 2)}…` : value;
  const from = Math.max(0, at - radius);
  const to = Math.min(value.length, at + radius);
  return `${from > 0 ? "…" : ""}${value.slice(from, to)}${to < value.length ? "…" : ""}`;
}

export function SearchView({
  params,
  fixed,
  link,
  heading,
  actions,
  empty,
  go,
  scope,
  noun = ["asset", "assets"],
}: {
  /** the search, the fixed filter included */
  params: SearchParams;
  /** a filter the page holds: neither offered as a facet nor removable (a tag's page lists what has the tag) */
  fixed?: FacetParam;
  link: SearchLink;
  heading: ReactNode;
  /** beside the count (e.g. a link to the same search on the search page) */
  actions?: ReactNode;
  /** what to show when nothing matches; `filtered` when filters beyond the fixed one are on */
  empty: (filtered: boolean) => ReactNode;
  noun?: [string, string];
  /** opens another search from this one (the sort control); without it, no sort is offered */
  go?: (target: SearchParams) => void;
  /** filters the page adds that are no facet (the Browse view's browse path) */
  scope?: ReadonlyArray<{ field: string; values: string[] }>;
}) {
  const page = params.page ?? 1;
  const filters = [...searchFilters(params), ...(scope ?? [])];
  const q = params.q?.trim() || "*";
  const { data, previousData, loading, error } = useQuery(SearchQuery, {
    variables: {
      query: q,
      start: (page - 1) * PAGE_SIZE,
      count: PAGE_SIZE,
      filters,
      sort: params.sort ? { sortCriteria: [{ field: SORTS[params.sort].field, sortOrder: SORTS[params.sort].sortOrder }] } : null,
    },
  });
  const result = (data ?? previousData)?.searchAcrossEntities;
  const total = result?.total ?? 0;
  const facets = (result?.facets ?? []).map((x) => getFragmentData(FacetFields, x));
  const labels = new Map<string, string>();
  for (const f of facets) for (const a of f.aggregations) labels.set(`${f.field}\u0000${a.value}`, aggLabel(f.field, a));
  // On broad searches the server counts facets over its newest matches only (docs/API.md, "Search scale"): say so.
  const typeFacet = facets.find((f) => f.field === "_entityType");
  const counted = typeFacet?.aggregations.reduce((n, a) => n + a.count, 0) ?? 0;
  const sampled = typeFacet && counted > 0 && counted < total ? counted : 0;
  // A text search that far is also counted only up to its newest matches: its total is an estimate,
  // and its pages reach those matches (a listing without text counts and pages every match).
  const estimated = sampled > 0 && q !== "*";
  const pages = Math.max(1, Math.ceil((estimated ? sampled : total) / PAGE_SIZE));
  const totalText = `${estimated ? "about " : ""}${total.toLocaleString("en-US")}`;
  const countText = `${estimated ? "About " : ""}${total.toLocaleString("en-US")} ${total === 1 ? noun[0] : noun[1]}`;
  const offered = FACET_PARAMS.filter((f) => f.param !== fixed);
  const active = offered.flatMap(({ field, param, label }) => (params[param] ?? []).map((value) => ({ field, param, label, value })));
  const [filtersOpen, setFiltersOpen] = useState(false);
  const chip =
    "inline-flex items-center gap-1 rounded-full bg-indigo-50 px-2 py-0.5 text-xs text-indigo-800 ring-1 ring-indigo-300 ring-inset hover:bg-indigo-100 dark:bg-indigo-950 dark:text-indigo-200 dark:ring-indigo-700";
  const cleared: SearchParams = { q: params.q, ...(fixed ? { [fixed]: params[fixed] } : {}) };

  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-[15rem_minmax(0,1fr)] md:gap-6">
      {/* Below md the filters fold away behind a button above the results. */}
      <button
        type="button"
        aria-expanded={filtersOpen}
        aria-controls="search-filters"
        onClick={() => setFiltersOpen((o) => !o)}
        className="justify-self-start rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-700 md:hidden dark:border-slate-700 dark:text-slate-200"
      >
        {filtersOpen ? "Hide filters" : active.length ? `Filters (${active.length})` : "Filters"}
      </button>
      <aside id="search-filters" aria-label="Filters" className={`space-y-5 ${filtersOpen ? "" : "hidden md:block"}`}>
        {sampled ? (
          <p className="rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            Counts are estimates: they cover the {sampled.toLocaleString("en-US")} newest of {totalText} matches. Add a word or a filter for exact counts.
          </p>
        ) : null}
        {offered.map(({ field, param, label }) => (
          <FacetGroup
            key={field}
            field={field}
            param={param}
            label={label}
            params={params}
            query={q}
            filters={filters}
            facet={result?.facets?.find((f) => getFragmentData(FacetFields, f).field === field)}
            loading={loading && !result}
            link={link}
          />
        ))}
      </aside>
      <section aria-label="Results" className="min-w-0">
        {heading}
        <div className="mb-3 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          <span aria-live="polite">{loading && !result ? "Searching…" : countText}</span>
          {go ? (
            <label className="ml-auto flex items-center gap-1 text-xs">
              Sort
              <select
                value={params.sort ?? ""}
                onChange={(e) => go({ ...params, sort: (e.target.value || undefined) as SearchSortParam | undefined, page: undefined })}
                className="rounded-md border border-slate-300 bg-white px-1.5 py-0.5 text-xs dark:border-slate-700 dark:bg-slate-900"
              >
                <option value="">{params.q?.trim() && params.q.trim() !== "*" ? "Relevance" : "Recently changed"}</option>
                {SEARCH_SORTS.map((s) => (
                  <option key={s} value={s}>
                    {SORTS[s].label}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <SearchHelp />
          {active.map((f) => {
            const text = labels.get(`${f.field}\u0000${f.value}`) ?? urnTail(f.value);
            const rest = (params[f.param] ?? []).filter((v) => v !== f.value);
            return (
              <Fragment key={`${f.param}:${f.value}`}>
                {link(withFacet(params, f.param, rest), {
                  className: chip,
                  "aria-label": `Remove filter ${f.label.toLowerCase()} ${text}`,
                  children: (
                    <>
                      {f.label}: {text} <span aria-hidden>×</span>
                    </>
                  ),
                })}
              </Fragment>
            );
          })}
          {active.length > 1
            ? link(cleared, { className: "text-xs text-indigo-700 hover:underline dark:text-indigo-300", children: "Clear all filters" })
            : null}
          {actions}
        </div>
        <ErrorMessage error={error} what="Search results" />
        {loading && !result ? (
          <Skeleton lines={8} label="Searching" />
        ) : total === 0 && !error ? (
          empty(active.length > 0 || !!params.q?.trim())
        ) : !result?.searchResults.length ? null : (
          <ol
            className={`divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4 dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900 ${loading ? "opacity-70" : ""}`}
          >
            {result?.searchResults.map((r) => {
              // Other text (custom properties, parameters, fields) is worth a snippet only when the name and description did not match.
              const visible = r.matchedFields.some((m) => m.name === "name" || m.name === "description");
              const extra = r.matchedFields.filter((m) => !HIDDEN_MATCHES.has(m.name) && !(OTHER_TEXT.has(m.name) && visible));
              return (
                <li key={r.entity.urn}>
                  <EntityListRow entity={r.entity} query={params.q}>
                    {extra.length ? (
                      <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-400">
                        {extra.slice(0, 4).map((m, i) => (
                          <span key={i} className="max-w-80 truncate" title={`${m.name}: ${m.value}`}>
                            matched {MATCH_LABEL[m.name] ?? m.name}: <Highlight text={snippet(m.value, params.q)} query={params.q} />
                          </span>
                        ))}
                      </p>
                    ) : null}
                  </EntityListRow>
                </li>
              );
            })}
          </ol>
        )}
        <Pager
          page={page}
          pages={pages}
          label="Result pages"
          renderLink={(target, children, className, rel) => link({ ...params, page: target }, { className, children, rel })}
        />
      </section>
    </div>
  );
}
