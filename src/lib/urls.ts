/**
 * Every URL of the app, in one typed table. Components link with `<Link {...urls.entity(…)}>` and
 * never concatenate paths; search parameters are validated here (zod) and nowhere else.
 *
 * Search strings are flat (`?type=MLMODEL&type=DATASET&page=2`), not TanStack's default JSON, so a
 * link typed or shared by a person reads as expected and `q=2021` stays a string.
 */
import * as z from "zod/mini";
import { defaultTab, type AnyTabId, type Kind, type TabId } from "./kinds";

const text = (max: number) => z.catch(z.optional(z.string().check(z.maxLength(max))), undefined);
const list = z.catch(
  z.optional(z.union([z.string().check(z.maxLength(2000)), z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(50))])),
  undefined,
);
const pageNo = z.catch(z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(10_000))), undefined);

const asList = (v: string | string[] | undefined): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

/** Search orders besides relevance (the default): by name A–Z / Z–A, by last change newest / oldest first. */
export const SEARCH_SORTS = ["name", "-name", "-changed", "changed"] as const;
export type SearchSortParam = (typeof SEARCH_SORTS)[number];

/** /search?q=…&type=…&platform=…&tag=…&term=…&owner=…&sort=…&page=… */
const SearchSchema = z.object({
  q: text(1000),
  type: list,
  platform: list,
  tag: list,
  term: list,
  owner: list,
  sort: z.catch(z.optional(z.enum(SEARCH_SORTS)), undefined),
  page: pageNo,
});

export interface SearchParams {
  q?: string;
  type?: string[];
  platform?: string[];
  tag?: string[];
  term?: string[];
  owner?: string[];
  sort?: SearchSortParam;
  page?: number;
}

export function parseSearchParams(raw: Record<string, unknown>): SearchParams {
  const s = SearchSchema.parse(raw);
  return {
    q: s.q,
    type: asList(s.type),
    platform: asList(s.platform),
    tag: asList(s.tag),
    term: asList(s.term),
    owner: asList(s.owner),
    sort: s.sort,
    page: s.page,
  };
}

/**
 * /browse?platform=…&path=…&path=…&gpage=…: a platform's groups (experiments, projects, folders) one
 * level at a time, `path` the entries walked down (DataHub's browse path), `gpage` the page of groups;
 * the assets under it take the search page's parameters (`q`, `type`, `tag`, `term`, `owner`, `sort`,
 * `page`). Without a platform: the platforms.
 */
const BrowseSchema = z.object({
  ...SearchSchema.shape,
  platform: text(2000),
  path: z.catch(z.optional(z.union([z.string().check(z.maxLength(2000)), z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(20))])), undefined),
  gpage: pageNo,
});

export interface BrowseSearch extends Omit<SearchParams, "platform"> {
  platform?: string;
  path?: string[];
  gpage?: number;
}

export function parseBrowseSearch(raw: Record<string, unknown>): BrowseSearch {
  const s = BrowseSchema.parse(raw);
  const out: BrowseSearch = {
    q: s.q,
    type: asList(s.type),
    tag: asList(s.tag),
    term: asList(s.term),
    owner: asList(s.owner),
    sort: s.sort,
    page: s.page,
    platform: s.platform,
    path: s.platform ? asList(s.path)?.filter(Boolean) : undefined,
    gpage: s.gpage,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as BrowseSearch;
}

const hops = z.catch(z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(5))), undefined);

/**
 * The lineage graph's view, on an entity's Lineage tab and on /lineage: hops each way (`up`, `down`),
 * node kinds shown (`types`, EntityType names), selection (`sel`), nodes expanded beyond the hops
 * (`xu`, `xd`), nodes folded (`cu`, `cd`), extra pages of children (`more`, one `side~urn` per page),
 * children revealed from a "+N more" list (`pin`), the two ends of path mode (`path`) and the
 * search-in-graph text (`find`).
 */
const LineageShape = {
  up: hops,
  down: hops,
  types: list,
  sel: text(2000),
  xu: list,
  xd: list,
  cu: list,
  cd: list,
  more: list,
  pin: list,
  path: list,
  find: text(200),
};
const LineageSchema = z.object(LineageShape);

export interface LineageSearch {
  up?: number;
  down?: number;
  types?: string[];
  sel?: string;
  xu?: string[];
  xd?: string[];
  cu?: string[];
  cd?: string[];
  more?: string[];
  pin?: string[];
  path?: string[];
  find?: string;
}

export const LINEAGE_KEYS = Object.keys(LineageShape) as Array<keyof LineageSearch>;

function lineageFrom(s: z.infer<typeof LineageSchema>): LineageSearch {
  const out: LineageSearch = {
    up: s.up,
    down: s.down,
    types: asList(s.types),
    sel: s.sel,
    xu: asList(s.xu),
    xd: asList(s.xd),
    cu: asList(s.cu),
    cd: asList(s.cd),
    more: asList(s.more),
    pin: asList(s.pin),
    path: asList(s.path)?.slice(0, 2),
    find: s.find,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as LineageSearch;
}

/**
 * State of the list on an entity tab (runs of an experiment, fields of a schema, versions of a group,
 * the Impact tab's assets), and of its lineage graph. The runs table adds `filter` (MLflow's search
 * syntax) and `cols` (its chosen columns, `metric:<name>` / `param:<name>`, or `none`); a run's
 * summary `metric` and `x` (its history chart's metric and x axis). The Impact tab adds which side
 * (`side`) and its filters: kinds (`kind`), platforms (`platform`) and degrees (`degree`: 1, 2, 3+).
 * The Assets tab of a tag, term, person or group takes the search page's filters (`q`, `type`,
 * `platform`, `tag`, `term`, `owner`, `page`), the page's own tag, term or owner being implied.
 */
const EntityTabSchema = z.object({
  q: text(500),
  sort: text(2000),
  dir: z.catch(z.optional(z.enum(["asc", "desc"])), undefined),
  page: pageNo,
  result: text(40),
  filter: text(2000),
  cols: z.catch(z.optional(z.union([z.string().check(z.maxLength(1000)), z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(200))])), undefined),
  metric: text(1000),
  x: z.catch(z.optional(z.enum(["step", "time"])), undefined),
  side: z.catch(z.optional(z.enum(["upstream", "downstream"])), undefined),
  kind: list,
  platform: list,
  degree: list,
  type: list,
  tag: list,
  term: list,
  owner: list,
  ...LineageShape,
});
export type EntityTabSearch = {
  q?: string;
  sort?: string;
  dir?: "asc" | "desc";
  page?: number;
  result?: string;
  filter?: string;
  cols?: string[];
  metric?: string;
  x?: "step" | "time";
  side?: "upstream" | "downstream";
  kind?: string[];
  platform?: string[];
  degree?: string[];
  type?: string[];
  tag?: string[];
  term?: string[];
  owner?: string[];
} & LineageSearch;

export function parseEntityTabSearch(raw: Record<string, unknown>): EntityTabSearch {
  const s = EntityTabSchema.parse(raw);
  const list = {
    q: s.q,
    sort: s.sort,
    dir: s.dir,
    page: s.page,
    result: s.result,
    filter: s.filter,
    cols: asList(s.cols),
    metric: s.metric,
    x: s.x,
    side: s.side,
    kind: asList(s.kind),
    platform: asList(s.platform),
    degree: asList(s.degree),
    type: asList(s.type),
    tag: asList(s.tag),
    term: asList(s.term),
    owner: asList(s.owner),
  };
  return { ...(Object.fromEntries(Object.entries(list).filter(([, v]) => v !== undefined)) as EntityTabSearch), ...lineageFrom(s) };
}

/** /lineage?urn=…&up=…: the full-screen graph. */
export type LineageRouteSearch = { urn?: string } & LineageSearch;
const LineageRouteSchema = z.object({ urn: text(2000), ...LineageShape });

export function parseLineageRouteSearch(raw: Record<string, unknown>): LineageRouteSearch {
  const s = LineageRouteSchema.parse(raw);
  return { ...(s.urn ? { urn: s.urn } : {}), ...lineageFrom(s) };
}

/** Most runs (or model versions) one comparison shows. */
export const MAX_COMPARE = 200;

/** /compare?run=…&run=…&diff=1&metric=…: runs side by side in the order picked, differences only, the charted metric. */
export interface CompareSearch {
  run?: string[];
  diff?: boolean;
  metric?: string;
}
const CompareSchema = z.object({
  run: z.catch(
    z.optional(z.union([z.string().check(z.maxLength(2000)), z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(MAX_COMPARE))])),
    undefined,
  ),
  diff: z.catch(z.optional(z.enum(["1", "true"])), undefined),
  metric: text(500),
});

export function parseCompareSearch(raw: Record<string, unknown>): CompareSearch {
  const s = CompareSchema.parse(raw);
  const out: CompareSearch = { run: asList(s.run), diff: s.diff ? true : undefined, metric: s.metric };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as CompareSearch;
}

export const urls = {
  compare: (search: CompareSearch) => ({ to: "/compare", search }) as const,
  home: () => ({ to: "/" }) as const,
  search: (search: SearchParams = {}) => ({ to: "/search", search }) as const,
  browse: (search: BrowseSearch = {}) => ({ to: "/browse", search }) as const,
  /** An entity's page, on its first tab unless told. */
  entity: <K extends Kind>(kind: K, urn: string, tab: TabId<K> = defaultTab(kind), search: EntityTabSearch = {}) =>
    ({ to: "/$kind/$urn/$tab", params: { kind, urn, tab: tab as AnyTabId }, search }) as const,
  lineage: (urn: string, search: LineageSearch = {}) => ({ to: "/lineage", search: { urn, ...search } }) as const,
};

/** The same URLs as plain strings, for copying and for places without a router. */
export const hrefs = {
  entity: (kind: Kind, urn: string, tab: string = defaultTab(kind)) => `/${kind}/${encodeURIComponent(urn)}/${tab}`,
  lineage: (urn: string) => `/lineage?urn=${encodeURIComponent(urn)}`,
};

/** TanStack Router's parseSearch: repeated keys become arrays, everything stays a string until the route's schema coerces it. */
export function parseSearchString(searchStr: string): Record<string, string | string[]> {
  const p = new URLSearchParams(searchStr.startsWith("?") ? searchStr.slice(1) : searchStr);
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(p.keys())) {
    const values = p.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

/** TanStack Router's stringifySearch: arrays as repeated keys; empty values are left out. */
export function stringifySearchObject(search: Record<string, unknown>): string {
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v === undefined || v === null || v === "") continue;
      p.append(key, typeof v === "object" ? JSON.stringify(v) : String(v));
    }
  }
  const s = p.toString();
  return s ? `?${s}` : "";
}
