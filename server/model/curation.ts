/**
 * People's edits to aspects that ingestion also writes (tags, glossary terms, owners, custom
 * properties). DataHub keeps these in one aspect shared by people and ingestion, so a full re-ingest
 * replaces what a person added. Orrery keeps the same aspects (readers, edges and search see one
 * value) but remembers each item a person set or removed — a *curation* keyed by tag, term, owner or
 * property key — and re-applies those on top of every ingested value. A person's word on an item
 * wins over ingestion until a person changes that item again.
 */
import { PROPERTIES_ASPECT } from "./derive";

export type CurationOp = "set" | "remove";

export interface Curation {
  key: string;
  op: CurationOp;
  /** the item (list aspects) or the property value (custom properties); null for remove */
  value: unknown;
}

type Obj = Record<string, unknown>;

interface ListRule {
  kind: "list";
  field: string;
  keyOf: (item: Obj) => string | undefined;
}
interface MapRule {
  kind: "map";
  field: string;
}
type Rule = ListRule | MapRule;

const LIST_RULES: Record<string, ListRule> = {
  globalTags: { kind: "list", field: "tags", keyOf: (i) => str(i.tag) },
  glossaryTerms: { kind: "list", field: "terms", keyOf: (i) => str(i.urn) },
  ownership: { kind: "list", field: "owners", keyOf: (i) => str(i.owner) },
};

const PROPERTIES_ASPECTS: ReadonlySet<string | undefined> = new Set(Object.values(PROPERTIES_ASPECT));

function str(v: unknown): string | undefined {
  return typeof v === "string" && v ? v : undefined;
}

function ruleFor(aspect: string): Rule | null {
  if (LIST_RULES[aspect]) return LIST_RULES[aspect];
  if (PROPERTIES_ASPECTS.has(aspect)) return { kind: "map", field: "customProperties" };
  return null;
}

/** Whether people's edits of this aspect are remembered and re-applied over ingestion. */
export function isCurated(aspect: string): boolean {
  return ruleFor(aspect) !== null;
}

function itemsOf(value: Obj | null | undefined, field: string): Obj[] {
  const list = value?.[field];
  return Array.isArray(list) ? (list.filter((i) => i && typeof i === "object") as Obj[]) : [];
}

function mapOf(value: Obj | null | undefined, field: string): Record<string, unknown> {
  const m = value?.[field];
  return m && typeof m === "object" && !Array.isArray(m) ? (m as Record<string, unknown>) : {};
}

/**
 * What a person's write changed, item by item: the curations to remember. Compares the value
 * before and after the person's change; items they did not touch give nothing.
 */
export function curationsFromChange(aspect: string, before: Obj | null | undefined, after: Obj | null | undefined): Curation[] {
  const rule = ruleFor(aspect);
  if (!rule) return [];
  const out: Curation[] = [];
  if (rule.kind === "list") {
    const was = new Map<string, Obj>();
    for (const i of itemsOf(before, rule.field)) {
      const k = rule.keyOf(i);
      if (k) was.set(k, i);
    }
    const now = new Map<string, Obj>();
    for (const i of itemsOf(after, rule.field)) {
      const k = rule.keyOf(i);
      if (k) now.set(k, i);
    }
    for (const [k, item] of now) {
      const old = was.get(k);
      if (!old || JSON.stringify(old) !== JSON.stringify(item)) out.push({ key: k, op: "set", value: item });
    }
    for (const k of was.keys()) if (!now.has(k)) out.push({ key: k, op: "remove", value: null });
  } else {
    const was = mapOf(before, rule.field);
    const now = mapOf(after, rule.field);
    for (const [k, v] of Object.entries(now))
      if (!Object.hasOwn(was, k) || JSON.stringify(was[k]) !== JSON.stringify(v)) out.push({ key: k, op: "set", value: v });
    for (const k of Object.keys(was)) if (!Object.hasOwn(now, k)) out.push({ key: k, op: "remove", value: null });
  }
  return out;
}

/**
 * An ingested value with people's curations re-applied: items a person removed stay removed, items a
 * person set are present with the person's value (kept in place when ingestion also has them,
 * appended otherwise). Everything else is ingestion's, in ingestion's order.
 */
export function applyCurations(aspect: string, value: Obj, curations: readonly Curation[]): Obj {
  const rule = ruleFor(aspect);
  if (!rule || curations.length === 0) return value;
  const byKey = new Map(curations.map((c) => [c.key, c]));
  if (rule.kind === "list") {
    const seen = new Set<string>();
    const kept: Obj[] = [];
    for (const item of itemsOf(value, rule.field)) {
      const k = rule.keyOf(item);
      const c = k ? byKey.get(k) : undefined;
      if (k) seen.add(k);
      if (!c) kept.push(item);
      else if (c.op === "set") kept.push(c.value as Obj);
    }
    for (const c of curations) if (c.op === "set" && !seen.has(c.key)) kept.push(c.value as Obj);
    const hadField = Array.isArray(value[rule.field]);
    if (!hadField && kept.length === 0) return value;
    return { ...value, [rule.field]: kept };
  }
  const props = { ...mapOf(value, rule.field) };
  for (const c of curations) {
    // Own data properties only: a key can never set the object's prototype.
    if (c.op === "set") Object.defineProperty(props, c.key, { value: c.value, enumerable: true, writable: true, configurable: true });
    else delete props[c.key];
  }
  const hadField = Object.hasOwn(value, rule.field);
  if (!hadField && Object.keys(props).length === 0) return value;
  return { ...value, [rule.field]: props };
}

/**
 * The systemMetadata stamped on a person's write (a GraphQL mutation from the app or an API client),
 * as opposed to ingestion's. History uses it for OpenMetadata's session consolidation.
 */
export const PERSON_WRITE_METADATA: Readonly<Record<string, unknown>> = Object.freeze({ properties: Object.freeze({ origin: "person" }) });

export function isPersonWrite(systemMetadata: Record<string, unknown> | null | undefined): boolean {
  const p = systemMetadata?.properties as Record<string, unknown> | undefined;
  return p?.origin === "person";
}
