/** How search results are ordered; relevance is the default (newest change first when there is no query). */
export interface SearchSort {
  field: "relevance" | "name" | "lastModified";
  order: "ASCENDING" | "DESCENDING";
}

/**
 * DataHub's `sortInput` (SearchSortInput) to a search's sort. Fields: "name", "lastModified" (also
 * DataHub's "lastOperationTime" and "_lastModified"; "_entityName" is DataHub's name field), and relevance ("_score", "relevance"), the
 * default. The first criterion counts (ties are broken newest first). A message for anything else.
 */
export function sortFromInput(input: unknown): { sort?: SearchSort; error?: string } {
  if (input == null || typeof input !== "object") return {};
  const { sortCriteria, sortCriterion } = input as { sortCriteria?: unknown; sortCriterion?: unknown };
  const list = Array.isArray(sortCriteria) && sortCriteria.length ? sortCriteria : sortCriterion ? [sortCriterion] : [];
  const first = list[0] as { field?: unknown; sortOrder?: unknown } | undefined;
  if (!first) return {};
  const order = first.sortOrder === "DESCENDING" ? "DESCENDING" : "ASCENDING";
  const field = String(first.field ?? "");
  const name = SORT_FIELDS[field];
  if (!name) return { error: `sort field ${JSON.stringify(field)} is not supported; use one of ${Object.keys(SORT_FIELDS).join(", ")}` };
  return { sort: { field: name, order } };
}

const SORT_FIELDS: Record<string, SearchSort["field"]> = {
  _score: "relevance",
  relevance: "relevance",
  name: "name",
  _name: "name",
  _entityName: "name",
  lastModified: "lastModified",
  _lastModified: "lastModified",
  lastModifiedAt: "lastModified",
  lastOperationTime: "lastModified",
};
