/**
 * DataHub's search input fields, checked and mapped to what the store's search takes: `types`,
 * `filters` and `orFilters` (an OR of AND-ed criteria, with `negated` and the FilterOperators that
 * apply here), `sortInput`, `searchFlags` and `viewUrn`. Every field DataHub's OSS schema defines is
 * accepted; what it means here is in docs/API.md ("Search inputs").
 */
import { badInput } from "./context";
import type { AndFilterInput, FacetFilterInput, SearchFlags, SearchSortInput } from "./generated/resolvers-types";
import { URN_TYPE_OF_ENUM } from "./entities";
import type { FilterBranches, FilterCriterion } from "../store/search-filters";
import { filterField } from "../store/search-filters";
import { sortFromInput, type SearchSort } from "../model/search-sort";

/** Most values one facet lists (DataHub's searchFlags.maxAggValues is capped here). */
export const MAX_AGG_VALUES = 1000;
/** Facet values listed when maxAggValues is not given. */
export const DEFAULT_AGG_VALUES = 50;

/** A non-null `viewUrn` asks for a saved view, which this catalog does not keep. */
export function refuseView(viewUrn: string | null | undefined): void {
  if (viewUrn != null) throw badInput(`views are not supported by this catalog: viewUrn must be null or left out (got ${JSON.stringify(viewUrn)})`);
}

/** One criterion, with its values in the form the store compares (entity kinds as urns spell them). */
function criterion(c: FacetFilterInput): FilterCriterion {
  const values: string[] = Array.isArray(c.values) && c.values.length ? [...c.values] : c.value != null ? [c.value] : [];
  const field = filterField(String(c.field));
  const kind = field === "_entityType" || field === "entityType";
  return {
    field,
    values: kind ? values.map((v) => URN_TYPE_OF_ENUM[v] ?? v) : values,
    condition: c.condition ?? null,
    negated: c.negated ?? false,
  };
}

/**
 * `filters` (AND, DataHub's older form) and `orFilters` (OR of ANDs) as the store's branches: each
 * orFilters branch also carries every `filters` criterion. `skip` names fields the caller handles
 * itself (lineage's `degree`).
 */
export function filterBranches(
  filters: readonly FacetFilterInput[] | null | undefined,
  orFilters: readonly AndFilterInput[] | null | undefined,
  skip: ReadonlySet<string> = new Set(),
): FilterBranches {
  const keep = (list: readonly FacetFilterInput[] | null | undefined) => (list ?? []).filter((c) => !skip.has(filterField(String(c.field)))).map(criterion);
  const base = keep(filters);
  const ors = orFilters ?? [];
  if (ors.length === 0) return base.length ? [base] : [];
  const branches = ors.map((b) => [...base, ...keep(b?.and)]);
  // A branch left empty by `skip` (only degree criteria) matches everything, as an empty branch does.
  return branches.some((b) => b.length === 0) ? [] : branches;
}

/** Every criterion of the filters given, whatever its branch (for fields a caller takes out, such as `degree`). */
export function allCriteria(
  filters: readonly FacetFilterInput[] | null | undefined,
  orFilters: readonly AndFilterInput[] | null | undefined,
): FacetFilterInput[] {
  return [...(filters ?? []), ...(orFilters ?? []).flatMap((b) => b?.and ?? [])];
}

/** `sortInput`, checked: every criterion must name a field search sorts by; the first one orders. */
export function sortArg(input: SearchSortInput | null | undefined): SearchSort | undefined {
  const criteria = [...(input?.sortCriteria ?? []), ...(input?.sortCriterion ? [input.sortCriterion] : [])];
  for (const c of criteria) {
    const { error } = sortFromInput({ sortCriteria: [c] });
    if (error) throw badInput(error);
  }
  const { sort, error } = sortFromInput(input);
  if (error) throw badInput(error);
  return sort;
}

/** What `searchFlags` change in a search. */
export interface SearchFlagOptions {
  skipAggregates: boolean;
  maxAggValues: number;
  includeSoftDeleted: boolean;
  skipHighlighting: boolean;
  /** the fields matchedFields may name; null: all */
  highlightFields: ReadonlySet<string> | null;
  /** false: the text is matched as written, without typo corrections */
  fulltext: boolean;
  skipCache: boolean;
}

export function searchFlagsArg(flags: SearchFlags | null | undefined): SearchFlagOptions {
  const max = flags?.maxAggValues;
  if (max != null && (!Number.isInteger(max) || max < 0 || max > MAX_AGG_VALUES))
    throw badInput(`searchFlags.maxAggValues must be an integer from 0 to ${MAX_AGG_VALUES}, got ${max}`);
  const custom = flags?.customHighlightingFields;
  return {
    skipAggregates: flags?.skipAggregates === true,
    maxAggValues: max ?? DEFAULT_AGG_VALUES,
    includeSoftDeleted: flags?.includeSoftDeleted === true,
    skipHighlighting: flags?.skipHighlighting === true,
    highlightFields: custom && custom.length ? new Set(custom) : null,
    fulltext: flags?.fulltext !== false,
    skipCache: flags?.skipCache === true,
  };
}
