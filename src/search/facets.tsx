import { useState, type ReactNode } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import type { FacetFieldsFragment } from "../gql/graphql";
import { KINDS, kindOfEntityType } from "../lib/kinds";
import { urnTail } from "../lib/format";
import type { SearchParams } from "../lib/urls";
import type { FacetParam } from "./params";

export const FacetFields = graphql(`
  fragment FacetFields on FacetMetadata {
    field
    displayName
    aggregations {
      value
      count
      displayName
      entity {
        urn
        ... on Tag { name properties { name } }
        ... on GlossaryTerm { name properties { name } }
        ... on CorpUser { username properties { displayName fullName } }
        ... on CorpGroup { name properties { displayName } }
        ... on DataPlatform { name properties { displayName } }
      }
    }
  }
`);

/** A facet's values as if its own filter were off, so more values can be added to it (values of one facet are OR'd). */
const SearchFacetQuery = graphql(`
  query SearchFacet($query: String!, $filters: [FacetFilterInput!]) {
    searchAcrossEntities(input: { query: $query, start: 0, count: 0, orFilters: [{ and: $filters }] }) {
      facets { ...FacetFields }
    }
  }
`);

/** What a link inside the view carries besides its target. */
export interface SearchLinkProps {
  className: string;
  children: ReactNode;
  "aria-label"?: string;
  "aria-current"?: "true";
  rel?: string;
}

/** Draws a link to the same view with other parameters (a filter added or removed, another page). */
export type SearchLink = (target: SearchParams, props: SearchLinkProps) => ReactNode;

const FACET_SHOWN = 12;

type Agg = FacetFieldsFragment["aggregations"][number];

export function aggLabel(field: string, a: Agg): string {
  if (field === "_entityType") {
    const k = kindOfEntityType(a.value);
    return k ? KINDS[k].plural : a.value;
  }
  const e = a.entity;
  if (e?.__typename === "CorpUser") return e.properties?.displayName || e.properties?.fullName || e.username;
  if (e?.__typename === "CorpGroup") return e.properties?.displayName || e.name;
  if (e?.__typename === "DataPlatform") return e.properties?.displayName || e.name;
  if (e?.__typename === "Tag" || e?.__typename === "GlossaryTerm") return e.properties?.name || e.name;
  return a.displayName || urnTail(a.value);
}

export function withFacet(params: SearchParams, param: FacetParam, values: string[]): SearchParams {
  return { ...params, [param]: values.length ? values : undefined, page: undefined };
}

/** One facet: its values with counts; selected values are checked and stay visible. */
export function FacetGroup({
  field,
  param,
  label,
  params,
  query,
  filters,
  facet: fromResults,
  loading,
  link,
}: {
  field: string;
  param: FacetParam;
  label: string;
  params: SearchParams;
  query: string;
  filters: Array<{ field: string; values: string[] }>;
  facet: FragmentType<typeof FacetFields> | undefined;
  loading: boolean;
  /** draws a link to the search with this facet's values changed */
  link: SearchLink;
}) {
  const selected = new Set(params[param] ?? []);
  // With a value of this facet selected, the results only hold that value: ask for the facet without its own filter.
  const own = useQuery(SearchFacetQuery, {
    variables: { query, filters: filters.filter((f) => f.field !== field) },
    skip: selected.size === 0,
  });
  const ownFacet = (own.data ?? own.previousData)?.searchAcrossEntities?.facets?.map((f) => getFragmentData(FacetFields, f)).find((f) => f.field === field);
  const facet = (selected.size > 0 && ownFacet) || getFragmentData(FacetFields, fromResults);
  const aggs = facet?.aggregations ?? [];
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? aggs : [...aggs.slice(0, FACET_SHOWN), ...aggs.slice(FACET_SHOWN).filter((a) => selected.has(a.value))];
  return (
    <fieldset>
      <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{label}</legend>
      {shown.length === 0 ? (
        <p className="px-2 text-xs text-slate-500 dark:text-slate-400">{loading ? "…" : "none in these results"}</p>
      ) : (
        <ul className="space-y-0.5">
          {shown.map((a) => {
            const on = selected.has(a.value);
            const next = on ? [...selected].filter((v) => v !== a.value) : [...selected, a.value];
            const text = aggLabel(field, a);
            return (
              <li key={a.value}>
                {link(withFacet(params, param, next), {
                  "aria-current": on ? "true" : undefined,
                  "aria-label": `${on ? "Remove filter" : "Filter by"} ${label.toLowerCase()} ${text} (${a.count})`,
                  className: `flex items-center justify-between gap-2 rounded px-2 py-0.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800 ${on ? "bg-indigo-50 font-medium text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200" : ""}`,
                  children: (
                    <>
                      <span className="flex min-w-0 items-center gap-1.5">
                        <span
                          aria-hidden
                          className={`inline-flex h-3.5 w-3.5 shrink-0 items-center justify-center rounded-sm border text-[0.6rem] ${on ? "border-indigo-600 bg-indigo-600 text-white dark:border-indigo-400 dark:bg-indigo-400 dark:text-slate-950" : "border-slate-400 dark:border-slate-500"}`}
                        >
                          {on ? "✓" : ""}
                        </span>
                        <span className="truncate" title={a.value}>
                          {text}
                        </span>
                      </span>
                      <span className="text-xs text-slate-600 tabular-nums dark:text-slate-400">{a.count.toLocaleString("en-US")}</span>
                    </>
                  ),
                })}
              </li>
            );
          })}
          {aggs.length > shown.length || expanded ? (
            <li>
              <button
                type="button"
                aria-expanded={expanded}
                onClick={() => setExpanded((e) => !e)}
                className="px-2 text-xs text-indigo-700 hover:underline dark:text-indigo-300"
              >
                {expanded ? "Show fewer" : `Show ${aggs.length - shown.length} more`}
              </button>
            </li>
          ) : null}
        </ul>
      )}
    </fieldset>
  );
}
