/**
 * DataHub's search filters (an OR of AND-ed criteria, each a field, values, a FilterOperator and
 * `negated`) compiled to one SQL condition on an entity id. Fields are the facet fields the index
 * keeps (`facets` rows) and the entity row's own columns (kind, urn, soft-delete flag, last change).
 * What the catalog cannot answer is refused with a message naming it, never ignored.
 */
import { InvalidArgument } from "../model/paging";
import { words } from "../model/search-query";

/** One criterion: `field` compared to `values` by `condition` (EQUAL when none), negated when asked. */
export interface FilterCriterion {
  field: string;
  values: readonly string[];
  condition?: string | null;
  negated?: boolean | null;
}

/** DataHub's `orFilters`: any one branch matches when every criterion of it does. */
export type FilterBranches = ReadonlyArray<readonly FilterCriterion[]>;

/** Facet fields the index keeps, by the names DataHub's filters use (and the aliases search has always taken). */
const FACET_FIELD: Readonly<Record<string, string>> = {
  platform: "platform",
  platforms: "platform",
  tags: "tags",
  glossaryTerms: "glossaryTerms",
  terms: "glossaryTerms",
  owners: "owners",
  typeNames: "typeNames",
  container: "container",
  domains: "domains",
  // One row per prefix of an entity's browse path (model/browse-path.ts): a path finds everything under it.
  browsePathV2: "browsePathV2",
};

/** Columns of the entity row a filter may name. Time columns compare as numbers (epoch milliseconds). */
const ENTITY_COLUMN: Readonly<Record<string, { column: string; numeric?: boolean; boolean?: boolean }>> = {
  _entityType: { column: "type" },
  entityType: { column: "type" },
  urn: { column: "urn" },
  removed: { column: "removed", boolean: true },
  lastModifiedAt: { column: "updated_at", numeric: true },
  _lastModified: { column: "updated_at", numeric: true },
  lastModified: { column: "updated_at", numeric: true },
  createdAt: { column: "created_at", numeric: true },
};

/** Every field a filter may name. */
export const FILTER_FIELDS: readonly string[] = [...Object.keys(FACET_FIELD), ...Object.keys(ENTITY_COLUMN)];

const RANGE: Readonly<Record<string, string>> = {
  GREATER_THAN: ">",
  GREATER_THAN_OR_EQUAL_TO: ">=",
  LESS_THAN: "<",
  LESS_THAN_OR_EQUAL_TO: "<=",
};

/** The field as the index names it: DataHub's `.keyword` suffix dropped. */
export function filterField(field: string): string {
  return field.endsWith(".keyword") ? field.slice(0, -".keyword".length) : field;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The condition on `expr` (a column) for one criterion's operator and values, with its parameters. */
function valueCondition(expr: string, c: FilterCriterion, kind: { numeric?: boolean; boolean?: boolean }): { sql: string; params: unknown[] } | "exists" {
  const condition = c.condition ?? "EQUAL";
  const values = kind.boolean
    ? c.values.map((v) => {
        if (v !== "true" && v !== "false") throw new InvalidArgument(`filter ${c.field} takes "true" or "false", got ${JSON.stringify(v)}`);
        return v === "true" ? 1 : 0;
      })
    : [...c.values];
  const needValues = () => {
    if (values.length === 0) throw new InvalidArgument(`filter ${c.field} with condition ${condition} needs at least one value`);
  };
  switch (condition) {
    case "EQUAL":
    case "IN":
      needValues();
      return { sql: `${expr} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(values)] };
    case "IEQUAL":
      needValues();
      return { sql: `lower(${expr}) IN (SELECT lower(value) FROM json_each(?))`, params: [JSON.stringify(values)] };
    case "CONTAIN":
    case "START_WITH":
    case "END_WITH": {
      needValues();
      if (kind.numeric || kind.boolean) throw new InvalidArgument(`filter ${c.field} is not text; ${condition} does not apply to it`);
      const patterns = values.map((v) => {
        const e = likeEscape(String(v));
        return condition === "CONTAIN" ? `%${e}%` : condition === "START_WITH" ? `${e}%` : `%${e}`;
      });
      return { sql: `EXISTS (SELECT 1 FROM json_each(?) p WHERE ${expr} LIKE p.value ESCAPE '\\')`, params: [JSON.stringify(patterns)] };
    }
    case "EXISTS":
      return "exists";
    case "GREATER_THAN":
    case "GREATER_THAN_OR_EQUAL_TO":
    case "LESS_THAN":
    case "LESS_THAN_OR_EQUAL_TO": {
      if (values.length !== 1) throw new InvalidArgument(`filter ${c.field} with condition ${condition} takes exactly one value, got ${values.length}`);
      const v = values[0];
      if (kind.numeric && !/^-?\d+(?:\.\d+)?$/.test(String(v)))
        throw new InvalidArgument(`filter ${c.field} compares numbers (epoch milliseconds), got ${JSON.stringify(v)}`);
      return { sql: `${expr} ${RANGE[condition]} ?`, params: [kind.numeric ? Number(v) : v] };
    }
    default:
      throw new InvalidArgument(
        `filter condition ${condition} is not supported (field ${c.field}); use EQUAL, IEQUAL, IN, CONTAIN, START_WITH, END_WITH, EXISTS, GREATER_THAN(_OR_EQUAL_TO) or LESS_THAN(_OR_EQUAL_TO)`,
      );
  }
}

/**
 * One criterion as a condition on the entity id `id` (an SQL expression); `row`, when given, is the
 * alias of that entity's own row, which criteria on its columns then read directly.
 */
function criterionSql(id: string, c: FilterCriterion, row?: string, probe?: ReadonlySet<FilterCriterion>): { sql: string; params: unknown[] } {
  const field = filterField(c.field);
  let out: { sql: string; params: unknown[] };
  const facet = FACET_FIELD[field];
  const column = ENTITY_COLUMN[field];
  if (facet) {
    const cond = valueCondition("facets.value", c, {});
    out =
      cond === "exists"
        ? { sql: `${id} IN (SELECT entity_id FROM facets WHERE field = ?)`, params: [facet] }
        : probe?.has(c)
          ? // each candidate looked up (few: the full-text prefilter narrowed them), not every entity listed
            { sql: `EXISTS (SELECT 1 FROM facets WHERE field = ? AND ${cond.sql} AND facets.entity_id = ${id})`, params: [facet, ...cond.params] }
          : { sql: `${id} IN (SELECT entity_id FROM facets WHERE field = ? AND ${cond.sql})`, params: [facet, ...cond.params] };
  } else if (column) {
    const cond = valueCondition(`${row ?? "entities"}.${column.column}`, c, column);
    // Without the row at hand, the entity is looked up by id (one seek per candidate), rather than
    // every entity the criterion lets through listed first (most of a catalog, for a common kind).
    out =
      cond === "exists"
        ? { sql: "1", params: [] }
        : row
          ? cond
          : { sql: `EXISTS (SELECT 1 FROM entities WHERE entities.id = ${id} AND ${cond.sql})`, params: cond.params };
  } else {
    throw new InvalidArgument(`filter field ${JSON.stringify(c.field)} is not supported; filter on ${FILTER_FIELDS.join(", ")}`);
  }
  return c.negated ? { sql: `NOT (${out.sql})`, params: out.params } : out;
}

/**
 * The branches as one SQL condition on the entity id `id` (`row`: the alias of the entity's row, when
 * the statement has it), or null when they filter nothing (no branch, or only empty ones). An empty branch among others matches everything, as in DataHub.
 */
export function filterSql(
  branches: FilterBranches | null | undefined,
  id: string,
  row?: string,
  probe?: ReadonlySet<FilterCriterion>,
): { sql: string; params: unknown[] } | null {
  const list = (branches ?? []).filter((b) => b.length > 0);
  if (list.length === 0 || list.length < (branches ?? []).length) return null;
  const params: unknown[] = [];
  const ors = list.map((branch) => {
    const ands = branch.map((c) => {
      const one = criterionSql(id, c, row, probe);
      params.push(...one.params);
      return one.sql;
    });
    return `(${ands.join(" AND ")})`;
  });
  return { sql: `(${ors.join(" OR ")})`, params };
}

/** A criterion that lets through the entities holding one of its values: EQUAL or IN, not negated. */
export const isPositiveMembership = (c: FilterCriterion): boolean => !c.negated && (!c.condition || c.condition === "EQUAL" || c.condition === "IN");

/** Facet fields whose values the full-text index also holds (their last part's words), by its column. */
const FTS_COLUMN: Readonly<Record<string, string>> = { platform: "platform", tags: "tags", glossaryTerms: "terms", owners: "owners" };

/**
 * A full-text condition every entity the branches let through meets, when they are one branch whose
 * criteria include values of platforms, tags, terms or owners (EQUAL or IN, not negated): each such
 * criterion as its values' words in their column (`{tags} : ("pii")`). The index intersects that
 * with the search's words far faster than SQLite checks each match against every tagged entity; it is
 * a superset (words, not whole values), so the criteria still decide, each one looked up per
 * candidate (`probe`, for filterSql). Null when there is no such criterion.
 */
export function ftsPrefilter(branches: FilterBranches | null | undefined): { match: string; probe: Set<FilterCriterion> } | null {
  const list = branches ?? [];
  if (list.length !== 1) return null;
  const parts: string[] = [];
  const probe = new Set<FilterCriterion>();
  for (const c of list[0]) {
    const column = FTS_COLUMN[FACET_FIELD[filterField(c.field)] ?? ""];
    if (!column || !isPositiveMembership(c) || c.values.length === 0) continue;
    const alternatives = c.values.map((v) => words(v.slice(v.lastIndexOf(":") + 1)));
    if (alternatives.some((w) => w.length === 0)) continue;
    parts.push(`{${column}} : (${alternatives.map((w) => `(${w.map((x) => `"${x}"`).join(" AND ")})`).join(" OR ")})`);
    probe.add(c);
  }
  return parts.length ? { match: parts.join(" AND "), probe } : null;
}

/**
 * The one facet criterion the branches consist of (one branch, one criterion: a facet field, EQUAL
 * or IN, not negated), by the field the index stores; else null. Its entities are then one range of
 * the facet index: counted and listed from it alone.
 */
export function singleFacetCriterion(branches: FilterBranches | null | undefined): { field: string; values: readonly string[] } | null {
  const list = branches ?? [];
  if (list.length !== 1 || list[0].length !== 1) return null;
  const c = list[0][0];
  const field = FACET_FIELD[filterField(c.field)];
  if (!field || !isPositiveMembership(c) || c.values.length === 0) return null;
  return { field, values: c.values };
}
