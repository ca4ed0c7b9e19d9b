import { SEARCHABLE_ENTITY_TYPES } from "../model/derive";
import { BROWSE_DELIMITER, encodeBrowsePath } from "../model/browse-path";
import type { Connection } from "./connection";
import { filterSql, type FilterBranches } from "./search-filters";

/** What a browse asks: the path under the filters (a platform, kinds), and a page of its groups. */
export interface BrowseQuery {
  path: readonly string[];
  /** kinds (as in urns); none: every searchable kind */
  types?: readonly string[];
  /** DataHub's orFilters, as search takes them (./search-filters.ts) */
  where?: FilterBranches;
  start: number;
  count: number;
}

export interface BrowseResult {
  /** the groups one entry below the path, most entities first (then by name), this page of them */
  groups: Array<{ name: string; count: number; hasSubGroups: boolean }>;
  /** how many groups there are under the path */
  total: number;
  /** how many live, searchable entities match the filters at or under the path */
  totalNumEntities: number;
}

/** The character after the delimiter: values between `P␟` and `P␠` are those under the path P. */
const AFTER_DELIMITER = String.fromCharCode(BROWSE_DELIMITER.charCodeAt(0) + 1);

/**
 * DataHub's browseV2 over the search index's `browsePathV2` facet rows (see model/browse-path.ts):
 * the groups under a path are the distinct values one entry longer, each counted over the entities
 * the filters let through (every entity under a group has exactly one such row). One range read of
 * the facet index, bounded by the entities under the path.
 */
export function browse(conn: Connection, q: BrowseQuery): BrowseResult {
  const conds = [`e.removed = 0`, `e.type IN (SELECT value FROM json_each(?))`];
  const params: unknown[] = [JSON.stringify(q.types?.length ? q.types : SEARCHABLE_ENTITY_TYPES)];
  const filter = filterSql(q.where, "e.id", "e");
  if (filter) {
    conds.push(filter.sql);
    params.push(...filter.params);
  }
  const prefix = encodeBrowsePath(q.path);
  const where = conds.join(" AND ");
  const totalNumEntities =
    q.path.length === 0
      ? (conn.get<{ n: number }>(`SELECT count(*) AS n FROM entities e WHERE ${where}`, ...params)?.n ?? 0)
      : (conn.get<{ n: number }>(
          `SELECT count(*) AS n FROM facets f CROSS JOIN entities e ON e.id = f.entity_id WHERE f.field = 'browsePathV2' AND f.value = ? AND ${where}`,
          prefix,
          ...params,
        )?.n ?? 0);
  // Every row under the path (any depth); those one entry longer are the groups, the deeper ones
  // only say that a group has groups of its own.
  const rows = conn.all<{ value: string; n: number }>(
    `SELECT f.value, count(*) AS n FROM facets f CROSS JOIN entities e ON e.id = f.entity_id
      WHERE f.field = 'browsePathV2' AND f.value > ? AND f.value < ? AND ${where}
      GROUP BY f.value`,
    prefix + BROWSE_DELIMITER,
    prefix + AFTER_DELIMITER,
    ...params,
  );
  const groups = new Map<string, { name: string; count: number; hasSubGroups: boolean }>();
  const from = prefix.length + 1;
  for (const r of rows) {
    const cut = r.value.indexOf(BROWSE_DELIMITER, from);
    const name = cut < 0 ? r.value.slice(from) : r.value.slice(from, cut);
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, count: 0, hasSubGroups: false }));
    if (cut < 0) g.count = r.n;
    else g.hasSubGroups = true;
  }
  const all = [...groups.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { groups: all.slice(q.start, q.start + q.count), total: all.length, totalNumEntities };
}
