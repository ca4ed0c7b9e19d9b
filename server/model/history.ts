/**
 * An entity's change history: who changed what, when, field by field, and the entity's version
 * number as OpenMetadata computes it for ML models (reference: OpenMetadata VERSIONING.md §1–2).
 * The store numbers each change when it is written (`markChange`, kept in its `changes` table, so old
 * aspect versions can be pruned without renumbering anything) and History diffs the stored versions
 * of the page it shows (`diffAspect`); `buildHistory` computes the same from all stored versions at
 * once (the reference the store's numbering is tested against, and how older catalogs are numbered
 * when they are migrated).
 *
 * - A change is one write: the aspects one actor wrote at one moment (a proposal batch, a mutation).
 * - Version numbers: the first change makes 0.1; every later change with a field difference adds
 *   0.1 (minor); for ML models a change of the algorithm (`mlModelProperties.type`), of the serving
 *   endpoint (`orreryMlModelServing.servingEndpoint`, DataHub's `deployments`) or of the target
 *   (`orreryMlModelServing.target`; also custom properties `algorithm`, `server`, `target`) adds 1.0
 *   and keeps the decimal (major: 0.2 → 1.2); adding or removing one counts too, as in
 *   OpenMetadata. A write that changes nothing bumps nothing.
 * - Session consolidation (OpenMetadata's SessionConsolidationPolicy): a person's edit made within
 *   10 minutes of the same person's previous edit belongs to that edit's version — the version is
 *   recomputed from the one before the session with the combined changes, so a session that changed
 *   the algorithm is major. Ingestion never consolidates (OpenMetadata: PUT never does), and the
 *   first version is never consolidated into. Each change is still listed with its own time.
 * - Field diffs: tags, glossary terms and owners by item (added / removed), custom properties by key,
 *   every other top-level field as before → after (JSON).
 */
import type { AspectRecord } from "./records";
import { isPersonWrite } from "./curation";
import { isJsonObject as isMap } from "./json";

/** OpenMetadata's editing session: a person's edits this close together make one version. */
export const SESSION_MILLIS = 10 * 60 * 1000;

export type ChangeKind = "ADDED" | "REMOVED" | "UPDATED";

export interface FieldChange {
  /** `description`, `tags`, `customProperties.team`, … */
  field: string;
  change: ChangeKind;
  /** JSON of the value before (null when added) */
  before: string | null;
  /** JSON of the value after (null when removed) */
  after: string | null;
}

export interface AspectChange {
  aspect: string;
  /** the stored version this change produced (0 = current) */
  storedVersion: number;
  fields: FieldChange[];
}

/** What numbering reads of a changed aspect: its name and the fields that changed (an AspectChange is one). */
export interface ChangedAspect {
  aspect: string;
  fields: ReadonlyArray<{ field: string }>;
}

export interface EntityChange {
  /** OpenMetadata-style version after this change, e.g. "1.3" */
  version: string;
  major: boolean;
  timestampMillis: number;
  actor: string;
  aspects: AspectChange[];
}

type Json = Record<string, unknown>;

/** How to name the items of list fields, so a diff says which item came or went. */
const ITEM_KEYS: Record<string, (item: unknown) => string | null> = {
  "globalTags.tags": (i) => str((i as Json)?.tag),
  "editableMlModelProperties.tags": (i) => str(i),
  "glossaryTerms.terms": (i) => str((i as Json)?.urn),
  "ownership.owners": (i) => str((i as Json)?.owner),
};

function str(v: unknown): string | null {
  return typeof v === "string" ? v : null;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The field-level difference between two values of one aspect. */
export function diffAspect(aspect: string, before: unknown, after: unknown): FieldChange[] {
  if (aspect === "orreryMetricHistory") return diffMetricHistory(before, after);
  const out: FieldChange[] = [];
  const b = (before && typeof before === "object" ? before : {}) as Json;
  const a = (after && typeof after === "object" ? after : {}) as Json;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => k !== "lastModified" && k !== "created" && k !== "auditStamp");
  for (const k of keys) {
    const bv = b[k];
    const av = a[k];
    if (same(bv, av)) continue;
    const itemKey = ITEM_KEYS[`${aspect}.${k}`];
    if (itemKey && (Array.isArray(bv) || bv === undefined) && (Array.isArray(av) || av === undefined)) {
      const bItems = new Map(((bv as unknown[]) ?? []).map((i) => [itemKey(i) ?? JSON.stringify(i), i]));
      const aItems = new Map(((av as unknown[]) ?? []).map((i) => [itemKey(i) ?? JSON.stringify(i), i]));
      for (const [id, i] of aItems) if (!bItems.has(id)) out.push({ field: k, change: "ADDED", before: null, after: json(id) ?? json(i) });
      for (const [id, i] of bItems) if (!aItems.has(id)) out.push({ field: k, change: "REMOVED", before: json(id) ?? json(i), after: null });
      for (const [id, i] of aItems)
        if (bItems.has(id) && !same(bItems.get(id), i)) out.push({ field: k, change: "UPDATED", before: json(bItems.get(id)), after: json(i) });
      continue;
    }
    if (k === "customProperties" && isMap(bv ?? {}) && isMap(av ?? {})) {
      const bm = (bv ?? {}) as Json;
      const am = (av ?? {}) as Json;
      for (const p of [...new Set([...Object.keys(bm), ...Object.keys(am)])]) {
        if (same(bm[p], am[p])) continue;
        out.push({
          field: `customProperties.${p}`,
          change: !Object.hasOwn(bm, p) ? "ADDED" : !Object.hasOwn(am, p) ? "REMOVED" : "UPDATED",
          before: json(bm[p]),
          after: json(am[p]),
        });
      }
      continue;
    }
    // An empty list or map coming or going says nothing a person needs to read.
    if ((bv === undefined && isEmpty(av)) || (av === undefined && isEmpty(bv))) continue;
    out.push({ field: k, change: bv === undefined ? "ADDED" : av === undefined ? "REMOVED" : "UPDATED", before: json(bv), after: json(av) });
  }
  return out;
}

/** Metric history changes by metric, as point counts: the points themselves are too many to read. */
/**
 * The names of the fields `diffAspect` would list, in its order: what History's change records keep
 * (the `changes` table's `fields`, and what numbering reads to tell a major change). A value written
 * where there was none (every aspect of a new entity, the bulk of an ingestion) is not diffed: its
 * fields are named without serialising any of them.
 */
export function changedFields(aspect: string, before: unknown, after: unknown): string[] {
  if (before !== undefined || !after || typeof after !== "object") return diffAspect(aspect, before, after).map((f) => f.field);
  const a = after as Json;
  if (aspect === "orreryMetricHistory") {
    const metrics = a.metrics as Json[] | undefined;
    return [...new Set((metrics ?? []).map((m) => `metrics.${String(m.name)}`))];
  }
  const out: string[] = [];
  for (const k of Object.keys(a)) {
    if (k === "lastModified" || k === "created" || k === "auditStamp") continue;
    const av = a[k];
    if (av === undefined || av === null) continue;
    if (ITEM_KEYS[`${aspect}.${k}`] && Array.isArray(av)) {
      if (av.length) out.push(k);
      continue;
    }
    if (k === "customProperties" && isMap(av)) {
      for (const p of Object.keys(av)) if (av[p] !== undefined && av[p] !== null) out.push(`customProperties.${p}`);
      continue;
    }
    if (isEmpty(av)) continue;
    out.push(k);
  }
  return out;
}

function diffMetricHistory(before: unknown, after: unknown): FieldChange[] {
  const series = (v: unknown) => new Map((((v as Json | undefined)?.metrics as Json[] | undefined) ?? []).map((m) => [String(m.name), m]));
  const b = series(before);
  const a = series(after);
  const count = (m: Json | undefined) =>
    m ? json(`${(m.totalPoints as number | undefined) ?? (m.points as unknown[] | undefined)?.length ?? 0} points`) : null;
  const out: FieldChange[] = [];
  for (const name of [...new Set([...b.keys(), ...a.keys()])]) {
    const x = b.get(name);
    const y = a.get(name);
    if (same(x, y)) continue;
    out.push({ field: `metrics.${name}`, change: !x ? "ADDED" : !y ? "REMOVED" : "UPDATED", before: count(x), after: count(y) });
  }
  return out;
}

function isEmpty(v: unknown): boolean {
  return (Array.isArray(v) && v.length === 0) || (isMap(v) && Object.keys(v).length === 0);
}

/** Does this change alter what an ML model computes or where it is served (OpenMetadata's major fields)? */
export function isMajor(entityType: string, aspects: readonly ChangedAspect[]): boolean {
  if (entityType !== "mlModel") return false;
  return aspects.some((a) =>
    a.fields.some(
      (f) =>
        ((a.aspect === "mlModelProperties" || a.aspect === "editableMlModelProperties") && (f.field === "type" || f.field === "deployments")) ||
        (a.aspect === "orreryMlModelServing" && (f.field === "servingEndpoint" || f.field === "target")) ||
        /^customProperties\.(algorithm|server|target)$/.test(f.field),
    ),
  );
}

/** OpenMetadata's arithmetic: minor +0.1, major +1.0 (keeping the decimal), rounded to tenths. */
export function nextVersion(v: number, major: boolean): number {
  return Math.round((v + (major ? 1 : 0.1)) * 10) / 10;
}

export const formatVersion = (v: number) => v.toFixed(1);

/**
 * What numbering a change needs to know of the change before it, and what it records of itself.
 * Versions are in tenths (13 is "1.3"), so stored numbers never drift.
 */
export interface ChangeMark {
  at: number;
  actor: string;
  /** every write of the change was a person's (a mutation), not ingestion */
  person: boolean;
  /** the entity's version after this change, in tenths */
  version: number;
  major: boolean;
  /** the version before this change's session (before this change when it is not in one), in tenths */
  base: number;
  /** when the person's editing session this change belongs to began; null for ingestion and the first change */
  sessionStart: number | null;
}

/**
 * The mark of a change made at `at` after `prev` (the entity's latest change; null when this is its
 * first). `joins` is true when it joins `prev`'s session: every change of that session then takes
 * this change's `version` and `major`.
 */
export function markChange(
  entityType: string,
  prev: ChangeMark | null,
  change: { at: number; actor: string; person: boolean; aspects: readonly ChangedAspect[] },
): ChangeMark & { joins: boolean } {
  const { at, actor, person } = change;
  const majorHere = isMajor(entityType, change.aspects);
  // OpenMetadata's session consolidation: a person's edit within 10 minutes of their previous one
  // joins that version instead of making a new one (never the first version, never ingestion).
  if (person && prev && prev.sessionStart !== null && prev.actor === actor && at - prev.at <= SESSION_MILLIS) {
    const major = prev.major || majorHere;
    return { at, actor, person, version: prev.base + (major ? 10 : 1), major, base: prev.base, sessionStart: prev.sessionStart, joins: true };
  }
  if (!prev) return { at, actor, person, version: 1, major: false, base: 0, sessionStart: null, joins: false };
  return {
    at,
    actor,
    person,
    version: prev.version + (majorHere ? 10 : 1),
    major: majorHere,
    base: prev.version,
    sessionStart: person ? at : null,
    joins: false,
  };
}

/** One change with the numbering state it left (buildHistory's detailed form). */
export interface MarkedChange extends EntityChange {
  mark: ChangeMark;
}

/**
 * Every change of an entity, oldest first, from its stored aspect versions (`records`, any order).
 * Stored versions: 0 is current, 1 the oldest kept, higher numbers newer (the previous value moves
 * to the next free number on each write).
 */
export function buildHistory(entityType: string, records: readonly AspectRecord[]): MarkedChange[] {
  // Order each aspect's values from oldest to newest: version 1, 2, …, then 0 (current).
  const byAspect = new Map<string, AspectRecord[]>();
  for (const r of records) (byAspect.get(r.aspect) ?? byAspect.set(r.aspect, []).get(r.aspect)!).push(r);
  const steps: Array<{ record: AspectRecord; before: unknown }> = [];
  for (const list of byAspect.values()) {
    list.sort((x, y) => (x.version === 0 ? Infinity : x.version) - (y.version === 0 ? Infinity : y.version));
    list.forEach((r, i) => steps.push({ record: r, before: i > 0 ? list[i - 1]!.value : undefined }));
  }
  // One change per moment and actor.
  const groups = new Map<string, Array<{ record: AspectRecord; before: unknown }>>();
  for (const s of steps.sort((x, y) => x.record.createdAt - y.record.createdAt || x.record.aspect.localeCompare(y.record.aspect))) {
    const k = `${s.record.createdAt}\u0000${s.record.createdBy}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(s);
  }
  const out: MarkedChange[] = [];
  let prev: ChangeMark | null = null;
  for (const g of groups.values()) {
    // One write may set an aspect several times (a batch re-sending a whole script): one net diff each.
    const net = new Map<string, { record: AspectRecord; before: unknown }>();
    for (const s of g) {
      const had = net.get(s.record.aspect);
      net.set(s.record.aspect, had ? { record: s.record, before: had.before } : s);
    }
    const aspects = [...net.values()]
      .map((s) => ({ aspect: s.record.aspect, storedVersion: s.record.version, fields: diffAspect(s.record.aspect, s.before, s.record.value) }))
      .filter((a) => a.fields.length > 0);
    if (aspects.length === 0) continue; // a write that changed nothing
    const at = g[0]!.record.createdAt;
    const actor = g[0]!.record.createdBy;
    const person = g.every((s) => isPersonWrite(s.record.systemMetadata));
    const { joins, ...mark } = markChange(entityType, prev, { at, actor, person, aspects });
    if (joins)
      for (const c of out)
        if (c.mark.sessionStart === mark.sessionStart && c.mark.actor === actor) {
          c.mark = { ...c.mark, version: mark.version, major: mark.major };
          c.version = formatVersion(mark.version / 10);
          c.major = mark.major;
        }
    out.push({ version: formatVersion(mark.version / 10), major: mark.major, timestampMillis: at, actor, aspects, mark });
    prev = mark;
  }
  return out;
}
