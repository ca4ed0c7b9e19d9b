/**
 * Every URL of the app, in one typed table. Components link with `<Link {...urls.entity(…)}>` and
 * never concatenate paths; search parameters are validated here (valibot) and nowhere else.
 *
 * Search strings are flat (`?type=MLMODEL&type=DATASET&page=2`), not TanStack's default JSON, so a
 * link typed or shared by a person reads as expected and `q=2021` stays a string.
 */
import * as v from "valibot";
import { defaultTab, type AnyTabId, type Kind, type TabId } from "./kinds";

/** A string of at most `max` characters; anything else (a number, a list, too long) is dropped. */
const text = (max: number) => v.fallback(v.optional(v.pipe(v.string(), v.maxLength(max))), undefined);
/** One string or a list of at most `items` strings, each of at most `max` characters; else dropped. */
const strings = (max: number, items: number) =>
  v.fallback(v.optional(v.union([v.pipe(v.string(), v.maxLength(max)), v.pipe(v.array(v.pipe(v.string(), v.maxLength(max))), v.maxLength(items))])), undefined);
const list = strings(2000, 50);
/** A whole number from `min` to `max`, from a number or its decimal text; else dropped. */
const whole = (min: number, max: number) =>
  v.fallback(v.optional(v.pipe(v.unknown(), v.transform(Number), v.number(), v.integer(), v.minValue(min), v.maxValue(max))), undefined);
const pageNo = whole(1, 10_000);
const oneOf = <const T extends readonly [string, ...string[]]>(options: T) => v.fallback(v.optional(v.picklist(options)), undefined);

const asList = (v: string | string[] | undefined): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

/** Search orders besides relevance (the default): by name A–Z / Z–A, by last change newest / oldest first. */
export const SEARCH_SORTS = ["name", "-name", "-changed", "changed"] as const;
export type SearchSortParam = (typeof SEARCH_SORTS)[number];

/** /search?q=…&type=…&platform=…&tag=…&term=…&owner=…&sort=…&page=… */
const SearchSchema = v.object({
  q: text(1000),
  type: list,
  platform: list,
  tag: list,
  term: list,
  owner: list,
  sort: oneOf(SEARCH_SORTS),
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
  const s = v.parse(SearchSchema, raw);
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
const BrowseSchema = v.object({
  ...SearchSchema.entries,
  platform: text(2000),
  path: strings(2000, 20),
  gpage: pageNo,
});

export interface BrowseSearch extends Omit<SearchParams, "platform"> {
  platform?: string;
  path?: string[];
  gpage?: number;
}

export function parseBrowseSearch(raw: Record<string, unknown>): BrowseSearch {
  const s = v.parse(BrowseSchema, raw);
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

const hops = whole(0, 5);

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
const LineageSchema = v.object(LineageShape);

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

function lineageFrom(s: v.InferOutput<typeof LineageSchema>): LineageSearch {
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
const EntityTabSchema = v.object({
  q: text(500),
  sort: text(2000),
  dir: oneOf(["asc", "desc"]),
  page: pageNo,
  result: text(40),
  filter: text(2000),
  cols: strings(1000, 200),
  metric: text(1000),
  x: oneOf(["step", "time"]),
  side: oneOf(["upstream", "downstream"]),
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
  const s = v.parse(EntityTabSchema, raw);
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
const LineageRouteSchema = v.object({ urn: text(2000), ...LineageShape });

export function parseLineageRouteSearch(raw: Record<string, unknown>): LineageRouteSearch {
  const s = v.parse(LineageRouteSchema, raw);
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
const CompareSchema = v.object({
  run: strings(2000, MAX_COMPARE),
  diff: oneOf(["1", "true"]),
  metric: text(500),
});

export function parseCompareSearch(raw: Record<string, unknown>): CompareSearch {
  const s = v.parse(CompareSchema, raw);
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
