/**
 * Every URL of the app, in one typed table. Components link with `<Link {...urls.entity(…)}>` and
 * never concatenate paths; search parameters are validated here (zod) and nowhere else.
 *
 * Search strings are flat (`?type=MLMODEL&type=DATASET&page=2`), not TanStack's default JSON, so a
 * link typed or shared by a person reads as expected and `q=2021` stays a string.
 */
import * as z from "zod/mini";
import type { AnyTabId, Kind, TabId } from "./kinds";

const text = (max: number) => z.catch(z.optional(z.string().check(z.maxLength(max))), undefined);
const list = z.catch(z.optional(z.union([z.string().check(z.maxLength(2000)), z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(50))])), undefined);
const pageNo = z.catch(z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(10_000))), undefined);

const asList = (v: string | string[] | undefined): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

/** /search?q=…&type=…&platform=…&tag=…&term=…&owner=…&page=… */
const SearchSchema = z.object({ q: text(1000), type: list, platform: list, tag: list, term: list, owner: list, page: pageNo });

export interface SearchParams {
  q?: string;
  type?: string[];
  platform?: string[];
  tag?: string[];
  term?: string[];
  owner?: string[];
  page?: number;
}

export function parseSearchParams(raw: Record<string, unknown>): SearchParams {
  const s = SearchSchema.parse(raw);
  return { q: s.q, type: asList(s.type), platform: asList(s.platform), tag: asList(s.tag), term: asList(s.term), owner: asList(s.owner), page: s.page };
}

/** State of the list on an entity tab (runs of an experiment, fields of a schema, versions of a group). */
const EntityTabSchema = z.object({
  q: text(500),
  sort: text(200),
  dir: z.catch(z.optional(z.enum(["asc", "desc"])), undefined),
  page: pageNo,
  result: text(40),
});
export type EntityTabSearch = z.infer<typeof EntityTabSchema>;

export function parseEntityTabSearch(raw: Record<string, unknown>): EntityTabSearch {
  const s = EntityTabSchema.parse(raw);
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as EntityTabSearch;
}

export const urls = {
  home: () => ({ to: "/" }) as const,
  search: (search: SearchParams = {}) => ({ to: "/search", search }) as const,
  entity: <K extends Kind>(kind: K, urn: string, tab: TabId<K> = "summary" as TabId<K>, search: EntityTabSearch = {}) =>
    ({ to: "/$kind/$urn/$tab", params: { kind, urn, tab: tab as AnyTabId }, search }) as const,
};

/** The same URLs as plain strings, for copying and for places without a router. */
export const hrefs = {
  entity: (kind: Kind, urn: string, tab: string = "summary") => `/${kind}/${encodeURIComponent(urn)}/${tab}`,
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
