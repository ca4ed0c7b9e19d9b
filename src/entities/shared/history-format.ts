/**
 * How a change in the History tab reads: field names in words, structured values as the fields that
 * changed (not JSON), and the urns of people, groups, tags and terms that a name can replace.
 */

const LABELS: Record<string, string> = {
  description: "Description",
  tags: "Tags",
  terms: "Glossary terms",
  owners: "Owners",
  customProperties: "Custom properties",
  name: "Name",
  externalUrl: "External URL",
  hyperParams: "Hyper-parameters",
  trainingMetrics: "Training metrics",
  trainingJobs: "Training runs",
  downstreamJobs: "Downstream jobs",
  mlFeatures: "Features",
  groups: "Model groups",
  version: "Model version",
  versionTag: "Version tag",
  aliases: "Aliases",
  type: "Type",
  created: "Created",
  lastModified: "Last modified",
  qualifiedName: "Qualified name",
  deprecated: "Deprecated",
  removed: "Removed",
  status: "Status",
};

/** "customProperties" → "Custom properties", "trainingMetrics.rmse" → "Training metrics › rmse", "someNewField" → "Some new field". */
export function fieldLabel(field: string): string {
  const [head, ...rest] = field.split(".");
  const words = (s: string) => {
    const known = LABELS[s];
    if (known) return known;
    const spaced = s
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .replace(/_/g, " ")
      .toLowerCase();
    return spaced.charAt(0).toUpperCase() + spaced.slice(1);
  };
  // Under a map (custom properties, hyper-parameters, metrics) the key is the person's own name: keep it.
  const mapLike = head === "customProperties" || head === "hyperParams" || head === "trainingMetrics";
  return [words(head ?? field), ...rest.map((r) => (mapLike ? r : words(r)))].join(" › ");
}

export interface LeafChange {
  /** dotted path inside the value ("" for the value itself) */
  path: string;
  before: unknown;
  after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** DataHub's name/value lists (hyper-parameters, metrics, custom properties) read as maps. */
function asMap(v: unknown): Record<string, unknown> | null {
  if (isObject(v)) return v;
  if (Array.isArray(v) && v.length > 0 && v.every((e) => isObject(e) && ("name" in e || "key" in e) && "value" in e))
    return Object.fromEntries(
      v.map((e) => [String((e as { name?: unknown; key?: unknown }).name ?? (e as { key: unknown }).key), (e as { value: unknown }).value]),
    );
  return null;
}

/**
 * What changed between two values, leaf by leaf: `{"versionTag":"1"}` → `{"versionTag":"2"}` is one
 * change at "versionTag" from "1" to "2". Lists of plain values are compared as sets by the caller;
 * here a list that differs is one leaf. At most `limit` leaves (the rest are summarised by the caller).
 */
export function leafChanges(before: unknown, after: unknown, path = "", limit = 50): LeafChange[] {
  const out: LeafChange[] = [];
  const walk = (b: unknown, a: unknown, p: string) => {
    if (out.length >= limit) return;
    const bm = asMap(b);
    const am = asMap(a);
    if ((bm || b === null || b === undefined) && (am || a === null || a === undefined) && (bm || am)) {
      const keys = [...new Set([...Object.keys(bm ?? {}), ...Object.keys(am ?? {})])].sort();
      for (const k of keys) walk(bm?.[k], am?.[k], p ? `${p}.${k}` : k);
      return;
    }
    if (JSON.stringify(b) !== JSON.stringify(a)) out.push({ path: p, before: b, after: a });
  };
  walk(before, after, path);
  return out;
}

/** A value as text: strings as they are, numbers and booleans plainly, urns by the name given for them, lists joined. */
export function valueText(v: unknown, names: ReadonlyMap<string, string> = new Map()): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "string") return names.get(v) ?? (v.startsWith("urn:li:") ? urnTailText(v) : v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return v.map((x) => valueText(x, names)).join(", ");
  if (isObject(v)) {
    // A time stamp ({time, actor}) reads as its time; anything else as its fields.
    if (typeof v.time === "number") return new Date(v.time).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
    return Object.entries(v)
      .map(([k, x]) => `${fieldLabel(k).toLowerCase()}: ${valueText(x, names)}`)
      .join("; ");
  }
  return String(v);
}

/** The readable end of a urn: `urn:li:corpuser:alice` → "alice", `urn:li:dataset:(urn:li:dataPlatform:hive,db.t,PROD)` → "db.t". */
export function urnTailText(urn: string): string {
  const body = urn.replace(/^urn:li:[A-Za-z]+:/, "");
  if (!body.startsWith("(")) return body;
  const parts = body.slice(1, -1).split(",");
  return parts.length >= 2 ? parts[parts.length - 2]! : body;
}

/** Every urn of a person, group, tag or glossary term in these values (to fetch their names once). */
export function nameableUrns(values: unknown[]): string[] {
  const found = new Set<string>();
  const visit = (v: unknown) => {
    if (typeof v === "string") {
      if (/^urn:li:(corpuser|corpGroup|tag|glossaryTerm):/.test(v)) found.add(v);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) Object.values(v).forEach(visit);
  };
  values.forEach(visit);
  return [...found].sort();
}
