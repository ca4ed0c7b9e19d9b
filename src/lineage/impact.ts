/**
 * Impact analysis, as DataHub users know it: every asset upstream or downstream of one (at any
 * distance) with its degree, to filter by kind, platform and degree, to search, sort and page, and
 * to download as CSV. The rows come from DataHub's `searchAcrossLineage`; everything here is a pure
 * function of them and of the view in the URL, so it is unit-tested (impact.test.ts).
 */
import type { Kind } from "../lib/kinds";

export type Side = "upstream" | "downstream";
/** DataHub's degree buckets: 1, 2, and 3 or more hops away. */
export type DegreeBucket = "1" | "2" | "3+";
export const DEGREE_BUCKETS: readonly DegreeBucket[] = ["1", "2", "3+"];

export interface ImpactRow {
  urn: string;
  name: string;
  kind: Kind | null;
  /** the kind's label, or the entity type when the app has no page for it */
  kindLabel: string;
  platform: string | null;
  /** hops from the asset (the nearest, when several paths lead there) */
  degree: number;
}

export const bucketOf = (degree: number): DegreeBucket => (degree <= 1 ? "1" : degree === 2 ? "2" : "3+");

/**
 * One row per asset from any number of result lists (an experiment's runs each give one), the
 * nearest degree kept. `exclude` (the starting assets) never becomes a row.
 */
export function mergeRows(lists: ReadonlyArray<readonly ImpactRow[]>, exclude: ReadonlySet<string> = new Set()): ImpactRow[] {
  const byUrn = new Map<string, ImpactRow>();
  for (const rows of lists)
    for (const r of rows) {
      if (exclude.has(r.urn)) continue;
      const known = byUrn.get(r.urn);
      if (!known || r.degree < known.degree) byUrn.set(r.urn, r);
    }
  return [...byUrn.values()];
}

export interface ImpactFilter {
  /** words that must all occur in the name, urn, kind or platform */
  q?: string;
  kinds?: readonly string[];
  platforms?: readonly string[];
  degrees?: readonly string[];
}

/** The platform filter's value for a row without a platform. */
export const NO_PLATFORM = "(none)";

const platformKey = (r: ImpactRow) => r.platform ?? NO_PLATFORM;
const kindKey = (r: ImpactRow) => r.kind ?? r.kindLabel;

export function filterRows(rows: readonly ImpactRow[], f: ImpactFilter, skip?: keyof ImpactFilter): ImpactRow[] {
  const words = (f.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const kinds = skip === "kinds" || !f.kinds?.length ? null : new Set(f.kinds);
  const platforms = skip === "platforms" || !f.platforms?.length ? null : new Set(f.platforms);
  const degrees = skip === "degrees" || !f.degrees?.length ? null : new Set(f.degrees);
  return rows.filter((r) => {
    if (kinds && !kinds.has(kindKey(r))) return false;
    if (platforms && !platforms.has(platformKey(r))) return false;
    if (degrees && !degrees.has(bucketOf(r.degree))) return false;
    if (words.length) {
      const text = `${r.name} ${r.urn} ${r.kindLabel} ${r.platform ?? ""}`.toLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/**
 * The choices of each filter with how many rows each would show, counted over the rows the *other*
 * filters leave (so ticking one kind does not make the others' counts drop to zero).
 */
export function facets(rows: readonly ImpactRow[], f: ImpactFilter): { kinds: FacetValue[]; platforms: FacetValue[]; degrees: FacetValue[] } {
  const count = (subset: readonly ImpactRow[], key: (r: ImpactRow) => string, label: (r: ImpactRow) => string) => {
    const m = new Map<string, FacetValue>();
    for (const r of subset) {
      const k = key(r);
      const v = m.get(k);
      if (v) v.count++;
      else m.set(k, { value: k, label: label(r), count: 1 });
    }
    return m;
  };
  const kinds = [...count(filterRows(rows, f, "kinds"), kindKey, (r) => r.kindLabel).values()].sort(
    (a, b) => b.count - a.count || a.label.localeCompare(b.label),
  );
  const platforms = [...count(filterRows(rows, f, "platforms"), platformKey, (r) => r.platform ?? "No platform").values()].sort(
    (a, b) => b.count - a.count || a.label.localeCompare(b.label),
  );
  const byDegree = count(
    filterRows(rows, f, "degrees"),
    (r) => bucketOf(r.degree),
    (r) => bucketOf(r.degree),
  );
  const degrees = DEGREE_BUCKETS.map((d) => byDegree.get(d) ?? { value: d, label: d, count: 0 });
  // A value chosen in the URL stays offered even when nothing matches it now.
  for (const [list, chosen] of [
    [kinds, f.kinds],
    [platforms, f.platforms],
  ] as const)
    for (const c of chosen ?? []) if (!list.some((v) => v.value === c)) list.push({ value: c, label: c, count: 0 });
  return { kinds, platforms, degrees };
}

export type SortKey = "name" | "kind" | "platform" | "degree";
export const SORT_KEYS: readonly SortKey[] = ["name", "kind", "platform", "degree"];

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Rows sorted by `key`; ties by degree, then name, then urn, so the order is always the same. Rows without a platform sort last. */
export function sortRows(rows: readonly ImpactRow[], key: SortKey = "degree", dir: "asc" | "desc" = "asc"): ImpactRow[] {
  const sign = dir === "desc" ? -1 : 1;
  const byName = (a: ImpactRow, b: ImpactRow) => collator.compare(a.name, b.name) || (a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0);
  const primary = (a: ImpactRow, b: ImpactRow): number => {
    switch (key) {
      case "name":
        return collator.compare(a.name, b.name);
      case "kind":
        return collator.compare(a.kindLabel, b.kindLabel);
      case "platform":
        if (!a.platform || !b.platform) return a.platform ? -sign : b.platform ? sign : 0; // missing last either way
        return collator.compare(a.platform, b.platform);
      case "degree":
        return a.degree - b.degree;
    }
  };
  return [...rows].sort((a, b) => primary(a, b) * sign || a.degree - b.degree || byName(a, b));
}

export const PAGE_SIZE = 25;

export function pageOf<T>(rows: readonly T[], page: number, size = PAGE_SIZE): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((p - 1) * size, p * size), page: p, pages };
}

/** One CSV field (RFC 4180), with a leading quote on text a spreadsheet would run as a formula. */
export function csvField(v: string | number | null): string {
  if (v === null) return "";
  let s = String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = ["name", "urn", "kind", "platform", "degree", "direction"] as const;

/** The rows as CSV (header first, CRLF line ends, as RFC 4180 has it). */
export function toCsv(rows: readonly ImpactRow[], side: Side): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const r of rows) lines.push([csvField(r.name), csvField(r.urn), csvField(r.kindLabel), csvField(r.platform), csvField(r.degree), side].join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** A file name from the asset's name: "Iris_Training_Input_Data-downstream.csv". */
export function csvName(name: string, side: Side): string {
  const base =
    name
      .replace(/[^\w.-]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 80) || "lineage";
  return `${base}-${side}.csv`;
}

/**
 * What the table holds compared with what the server found: `capped` when it holds fewer rows than
 * the server counted (the table asks for at most a few pages per starting asset).
 */
export function coverage(lists: ReadonlyArray<{ total: number; fetched: number }>): { total: number; fetched: number; capped: boolean } {
  const total = lists.reduce((a, l) => a + l.total, 0);
  const fetched = lists.reduce((a, l) => a + l.fetched, 0);
  return { total, fetched, capped: lists.some((l) => l.fetched < l.total) };
}
