/**
 * DataHub MetadataChangeProposals → validated aspect writes. Accepts the three forms DataHub tooling
 * produces: the REST emitter's proposal (`aspect.value` is a JSON string), the golden-file form
 * (`aspect.json` is an object) and legacy MCEs (`proposedSnapshot`). Every proposal gets its own
 * result; good ones are written even when others in the same batch are rejected.
 */
import { z } from "zod";
import { applyJsonPatch, JsonPatchError } from "./json-patch";
import { validateAspect, TIMESERIES_ASPECTS, ENTITY_ASPECTS, KEY_ASPECTS } from "../model/aspects";
import { entityTypeOf, normalizeUrn, UrnError, type EntityType } from "../model/urn";
import type { Store } from "../store/store";
import { LazyValue, type AspectValue, type AspectWrite } from "../store/types";
import { deriveEdges, type DerivedEdge } from "../model/derive";
import { changedFields } from "../model/history";
import { applyCurations, curationsFromChange, isCurated, PERSON_WRITE_METADATA, type Curation } from "../model/curation";
import { aspectTooLarge, MAX_ASPECT_BYTES, storedBytes, WriteBudget, WriteLimitError } from "../store/limits";
import { aspectNameOfClass, readDataHubAspect, readDataHubEnvelope } from "./datahub-json";
import { packValue } from "../store/aspect-values";
import { notStoredHere } from "./scope";

export { MAX_ASPECT_BYTES };

/**
 * Deepest nesting of arrays and objects in an aspect value or systemMetadata. DataHub's aspects nest a
 * few levels; a much deeper value would overflow the stack of the code that copies, patches or stores
 * it, so it is refused up front (checked without recursion).
 */
export const MAX_VALUE_DEPTH = 64;

/**
 * What makes a value unfit to take, or null: nested deeper than `max` levels, or holding a `__proto__`
 * key (JSON.parse makes it an own key, but JavaScript code that copies the value could set a
 * prototype from it). Checked without recursion.
 */
function valueProblem(value: unknown, max: number): string | null {
  return fitValue(value, max) ? null : valueProblemAt(value, max);
}

/** valueProblem's check without the paths its messages need: true when the value is fit to take. */
function fitValue(value: unknown, max: number): boolean {
  const stack: unknown[] = [value];
  const depths: number[] = [0];
  while (stack.length) {
    const v = stack.pop();
    const depth = depths.pop()!;
    if (!v || typeof v !== "object") continue;
    if (depth >= max) return false;
    if (Array.isArray(v)) {
      for (const x of v)
        if (x && typeof x === "object") {
          stack.push(x);
          depths.push(depth + 1);
        }
      continue;
    }
    for (const k of Object.keys(v)) {
      if (k === "__proto__") return false;
      const x = (v as Record<string, unknown>)[k];
      if (x && typeof x === "object") {
        stack.push(x);
        depths.push(depth + 1);
      }
    }
  }
  return true;
}

function valueProblemAt(value: unknown, max: number): string | null {
  const stack: Array<[unknown, number, string]> = [[value, 0, ""]];
  while (stack.length) {
    const [v, depth, at] = stack.pop()!;
    if (!v || typeof v !== "object") continue;
    if (depth >= max) return `is nested more than ${max} levels deep`;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (v[i] && typeof v[i] === "object") stack.push([v[i], depth + 1, at ? `${at}.${i}` : String(i)]);
      continue;
    }
    for (const k of Object.keys(v)) {
      if (k === "__proto__") return `has a key '__proto__'${at ? ` at ${at}` : ""}; such keys are refused`;
      const child = (v as Record<string, unknown>)[k];
      if (child && typeof child === "object") stack.push([child, depth + 1, at ? `${at}.${k}` : k]);
    }
  }
  return null;
}

export interface ProposalResult {
  index: number;
  ok: boolean;
  urn?: string;
  aspect?: string;
  /** false when the value was identical to the stored one */
  changed?: boolean;
  error?: string;
}

export interface IngestReport {
  accepted: number;
  rejected: number;
  results: ProposalResult[];
}

class ProposalError extends Error {}

const SystemMetadata = z.record(z.string(), z.unknown()).nullish();

const GenericAspect = z.union([z.object({ value: z.string(), contentType: z.string().optional() }), z.object({ json: z.unknown() })]);

const Proposal = z.object({
  entityType: z.string().optional(),
  entityUrn: z.string({ error: "entityUrn is required" }),
  changeType: z.enum(["UPSERT", "CREATE", "CREATE_ENTITY", "PATCH", "DELETE", "RESTATE", "UPDATE"], {
    error: (i) => `changeType ${JSON.stringify(i.input)} is not one of UPSERT, CREATE, CREATE_ENTITY, PATCH, DELETE, RESTATE`,
  }),
  aspectName: z.string({ error: "aspectName is required" }),
  aspect: GenericAspect.optional(),
  systemMetadata: SystemMetadata,
  entityKeyAspect: z.unknown().optional(),
  headers: z.unknown().optional(),
});
export type Proposal = z.infer<typeof Proposal>;

const CHANGE_TYPES: ReadonlySet<unknown> = new Set(Proposal.shape.changeType.options);
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A proposal in one of the shapes every emitter sends (`aspect` as `{json}` or `{value[, contentType]}`,
 * known fields of the right types) is taken as it is, as the schema would take it; anything else
 * goes through the schema, which says what is wrong. Bulk ingestion sends little else, so the schema
 * runs for the odd proposal only.
 */
function readProposal(raw: unknown): Proposal {
  if (isPlainObject(raw)) {
    const { entityType, entityUrn, changeType, aspectName, aspect, systemMetadata } = raw;
    let plain =
      typeof entityUrn === "string" &&
      typeof aspectName === "string" &&
      CHANGE_TYPES.has(changeType) &&
      (entityType === undefined || typeof entityType === "string") &&
      (systemMetadata === undefined || systemMetadata === null || isPlainObject(systemMetadata));
    if (plain && aspect !== undefined) {
      if (!isPlainObject(aspect)) plain = false;
      else {
        const keys = Object.keys(aspect);
        plain =
          (keys.length === 1 && keys[0] === "json") ||
          (typeof aspect.value === "string" &&
            (aspect.contentType === undefined || typeof aspect.contentType === "string") &&
            keys.every((k) => k === "value" || k === "contentType"));
      }
    }
    // Other keys are left out of what is read, as the schema strips them.
    if (plain) return raw as Proposal;
  }
  const parsed = Proposal.safeParse(raw);
  if (!parsed.success) throw new ProposalError(`invalid proposal: ${zodMessage(parsed.error)}`);
  return parsed.data;
}

function zodMessage(e: z.ZodError): string {
  return e.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}

/**
 * Reads one item of a DataHub file or request as DataHub does (datahub-json.ts) and expands legacy
 * MCEs into one proposal-shaped object per aspect; other items pass through.
 */
export function expandMce(raw: unknown): unknown[] {
  const item = readDataHubEnvelope(raw);
  if (!item || typeof item !== "object" || !("proposedSnapshot" in item)) return [item];
  const snap = (item as { proposedSnapshot: unknown }).proposedSnapshot;
  if (!snap || typeof snap !== "object") return [item];
  const entries = Object.entries(snap as Record<string, unknown>);
  if (entries.length !== 1) return [item];
  const [, body] = entries[0];
  const { urn, aspects } = (body ?? {}) as { urn?: unknown; aspects?: unknown };
  if (typeof urn !== "string" || !Array.isArray(aspects)) return [item];
  const sys = (item as { systemMetadata?: unknown }).systemMetadata;
  return aspects.map((a) => {
    const [cls, value] = Object.entries((a ?? {}) as Record<string, unknown>)[0] ?? [];
    // Python emitters name classes with a ".pegasus2avro" segment; Java ones without.
    const aspectName = cls ? (aspectNameOfClass(cls) ?? cls) : "<missing aspect class>";
    return {
      entityUrn: urn,
      changeType: "UPSERT",
      aspectName,
      aspect: { json: value },
      systemMetadata: sys ?? null,
    };
  });
}

function decodeValue(p: Proposal): unknown {
  const a = p.aspect;
  if (!a) throw new ProposalError("aspect is required");
  if ("json" in a) return a.json;
  const ct = a.contentType ?? "application/json";
  if (ct !== "application/json" && ct !== "application/json-patch+json")
    throw new ProposalError(`aspect.contentType '${ct}' is not supported (use application/json or application/json-patch+json)`);
  if (a.value.length > MAX_ASPECT_BYTES) throw new ProposalError(aspectTooLarge("the aspect value", a.value.length));
  try {
    return JSON.parse(a.value);
  } catch (e) {
    throw new ProposalError(`aspect.value is not valid JSON: ${(e as Error).message}`);
  }
}

function applyPatch(current: Record<string, unknown>, ops: unknown): unknown {
  // DataHub patch MCPs carry either a bare JSON-Patch array or {patch: [...]} (OpenAPI form).
  const list = Array.isArray(ops) ? ops : (ops as { patch?: unknown })?.patch;
  if (!Array.isArray(list)) throw new ProposalError("a PATCH aspect must be a JSON-Patch array");
  try {
    return applyJsonPatch(current, list, { maxSegments: MAX_VALUE_DEPTH });
  } catch (e) {
    if (e instanceof JsonPatchError) throw new ProposalError(e.message);
    throw e;
  }
}

/**
 * Whose write this is. Ingestion (the default) gets people's curations re-applied on top of its
 * value; a person's write (patchEntity) is itself remembered as curations.
 */
export type WriteOrigin = "ingestion" | "person";

/** A DELETE proposal: the aspect goes, or with the key aspect the whole entity (DataHub's semantics). */
interface AspectDelete {
  delete: "aspect" | "entity";
  urn: string;
  aspect: string;
}

/** A validated write, and what a person's write changed item by item (recorded once it is written). */
interface PreparedWrite {
  write: AspectWrite;
  curations: Curation[] | null;
}

/** A proposal read and checked as far as it can be without the catalog: its urn, type and the tag its errors start with. */
interface Head {
  p: Proposal;
  urn: string;
  type: EntityType;
  tag: string;
}

function headOf(raw: unknown): Head | AspectDelete {
  const p = readProposal(raw);
  const outside = notStoredHere(p.entityUrn, p.aspectName);
  if (outside) throw new ProposalError(outside);
  let urn: string;
  let type: EntityType;
  try {
    urn = normalizeUrn(p.entityUrn);
    type = entityTypeOf(urn);
  } catch (e) {
    if (e instanceof UrnError) throw new ProposalError(`invalid entityUrn: ${e.message}`);
    throw e;
  }
  if (p.entityType && p.entityType.toLowerCase() !== type.toLowerCase())
    throw new ProposalError(`${urn}: entityType '${p.entityType}' does not match the urn's type '${type}'`);
  if (!ENTITY_ASPECTS[type]) throw new ProposalError(`${urn}: entity type '${type}' cannot be ingested`);
  const tag = `${urn} ${p.aspectName}`;
  if (p.changeType === "DELETE") {
    if (!ENTITY_ASPECTS[type].includes(p.aspectName)) throw new ProposalError(`${tag}: aspect '${p.aspectName}' is not supported for entity type '${type}'`);
    if (TIMESERIES_ASPECTS.has(p.aspectName)) throw new ProposalError(`${tag}: timeseries aspects cannot be deleted by a proposal`);
    return { delete: KEY_ASPECTS[type]?.aspect === p.aspectName ? "entity" : "aspect", urn, aspect: p.aspectName };
  }
  return { p, urn, type, tag };
}

/** The proposal's value as sent, checked for depth and keys (and its systemMetadata). */
function sentValue({ p, tag }: Head): unknown {
  const value = decodeValue(p);
  const valueBad = valueProblem(value, MAX_VALUE_DEPTH);
  if (valueBad) throw new ProposalError(`${tag}: the aspect value ${valueBad}`);
  const metaBad = valueProblem(p.systemMetadata, MAX_VALUE_DEPTH);
  if (metaBad) throw new ProposalError(`${tag}: systemMetadata ${metaBad}`);
  return value;
}

/**
 * The write of a value (as sent or patched): read as DataHub reads it, with people's `curations`
 * applied over it when ingestion writes a curated aspect (read only then), validated and serialised.
 */
function finishWrite(
  { p, urn, type, tag }: Head,
  sent: unknown,
  actor: string,
  origin: WriteOrigin,
  curations: (() => readonly Curation[]) | null,
): AspectWrite {
  // DataHub's JSON as DataHub reads it: null is "not set", Avro union wrappers are unwrapped.
  let value = readDataHubAspect(p.aspectName, sent);
  if (curations && value && typeof value === "object" && !Array.isArray(value))
    value = applyCurations(p.aspectName, value as Record<string, unknown>, curations());
  // A patch's paths can nest the result deeper than its values are.
  const patchedBad = p.changeType === "PATCH" ? valueProblem(value, MAX_VALUE_DEPTH) : null;
  if (patchedBad) throw new ProposalError(`${tag}: the patched value ${patchedBad}`);
  const v = validateAspect(urn, p.aspectName, value);
  if (!v.ok) throw new ProposalError(v.error);
  // What would be stored, whatever produced it (a patch, curations, a value sent as an object).
  const json = JSON.stringify(v.value);
  const sysJson = p.systemMetadata ? JSON.stringify(p.systemMetadata) : undefined;
  const size = storedBytes(json, sysJson);
  if (size > MAX_ASPECT_BYTES)
    throw new ProposalError(
      aspectTooLarge(`${tag}: the ${p.changeType === "PATCH" ? "patched " : ""}value${p.systemMetadata ? " with its systemMetadata" : ""}`, size),
    );
  const write: AspectWrite = {
    urn,
    entityType: type,
    aspect: p.aspectName,
    value: v.value,
    json,
    systemMetadata: p.systemMetadata ?? (origin === "person" ? { ...PERSON_WRITE_METADATA } : null),
    // Serialised once: the store measures and splits the same text.
    systemMetadataJson: sysJson,
    actor,
  };
  if (TIMESERIES_ASPECTS.has(p.aspectName)) {
    const ts = v.value.timestampMillis;
    if (typeof ts !== "number") throw new ProposalError(`${tag}.timestampMillis: required for a timeseries aspect`);
    write.timestampMillis = ts;
  }
  return write;
}

/**
 * Turns one raw proposal into a validated write. Reads the current aspect for PATCH and CREATE, so
 * it must run inside the transaction that then applies the write.
 */
function prepareWrite(store: Store, raw: unknown, actor: string, origin: WriteOrigin, budget: WriteBudget | undefined): PreparedWrite | AspectDelete {
  // A request that has used its budget gets nothing more read or written.
  budget?.check();
  const head = headOf(raw);
  if ("delete" in head) return head;
  const { p, urn, tag } = head;
  if (p.changeType === "CREATE_ENTITY" && store.existing([urn], { includeRemoved: true }).size)
    throw new ProposalError(`${tag}: entity already exists (changeType CREATE_ENTITY)`);
  let value = sentValue(head);
  const curated = isCurated(p.aspectName);
  const creates = p.changeType === "CREATE" || p.changeType === "CREATE_ENTITY";
  const current = p.changeType === "PATCH" || creates || (curated && origin === "person") ? store.getAspect(urn, p.aspectName) : null;
  budget?.charge(current?.bytes ?? 0);
  const before = current?.value ?? null;
  if (p.changeType === "PATCH") {
    if (TIMESERIES_ASPECTS.has(p.aspectName)) throw new ProposalError(`${tag}: timeseries aspects cannot be patched`);
    value = applyPatch(before ?? {}, value);
  } else if (p.changeType === "CREATE" && before) {
    throw new ProposalError(`${tag}: aspect already exists (changeType CREATE)`);
  }
  const write = finishWrite(head, value, actor, origin, curated && origin === "ingestion" ? () => store.curationsOf(urn, p.aspectName) : null);
  // What a person changed, item by item: recorded by the caller once the write is done.
  return { write, curations: curated && origin === "person" ? curationsFromChange(p.aspectName, before, write.value) : null };
}

/**
 * Change types whose value is the one sent, whatever the catalog holds (PATCH and the CREATEs read
 * it, DELETE deletes): ingestion's proposals of these can be prepared without the catalog.
 */
const DETACHABLE: ReadonlySet<string> = new Set(["UPSERT", "RESTATE", "UPDATE"]);

/** A write prepared without the catalog: an AspectWrite whose value, systemMetadata and actor the writer fills in. */
export interface DetachedWrite {
  urn: string;
  entityType: string;
  aspect: string;
  json: string;
  packed: string | Uint8Array;
  systemMetadataJson?: string;
  timestampMillis?: number;
  edges: DerivedEdge[];
  newFields: string[];
}

/**
 * What can be decided about one ingested proposal without the catalog (the ingestion pipeline does
 * this on another thread, see pipeline.ts): its write, or why it is rejected, or, for what needs the
 * catalog (PATCH, the CREATEs, DELETE), the proposal itself. A curated aspect's write keeps its
 * proposal too: when people have curated that aspect, the writer prepares it again with their curations.
 */
export type Detached = { write: DetachedWrite; raw?: unknown } | { rejected: string; urn?: string; aspect?: string } | { raw: unknown };

export function detach(raw: unknown): Detached {
  let curated = false;
  try {
    const head = headOf(raw);
    if ("delete" in head || !DETACHABLE.has(head.p.changeType)) return { raw };
    curated = isCurated(head.p.aspectName);
    const w = finishWrite(head, sentValue(head), "", "ingestion", null);
    const write: DetachedWrite = {
      urn: w.urn,
      entityType: w.entityType,
      aspect: w.aspect,
      json: w.json!,
      packed: packValue(w.json!),
      edges: deriveEdges(w.urn, w.aspect, w.value),
      newFields: changedFields(w.aspect, undefined, w.value),
    };
    if (w.systemMetadataJson !== undefined) write.systemMetadataJson = w.systemMetadataJson;
    if (w.timestampMillis !== undefined) write.timestampMillis = w.timestampMillis;
    return curated ? { write, raw } : { write };
  } catch (e) {
    if (!(e instanceof ProposalError)) throw e;
    // People's curations may make a curated aspect's value valid: the writer decides.
    if (curated) return { raw };
    return { rejected: e.message, ...whoseIs(raw) };
  }
}

/** The urn and aspect a rejected proposal names, as far as it names them. */
function whoseIs(raw: unknown): { urn?: string; aspect?: string } {
  const p = raw as { entityUrn?: unknown; aspectName?: unknown } | null;
  return {
    urn: typeof p?.entityUrn === "string" ? p.entityUrn : undefined,
    aspect: typeof p?.aspectName === "string" ? p.aspectName : undefined,
  };
}

/** A detached write as the writer takes it: its value is parsed only if the writer reads it (the search document reads a few aspects). */
class AttachedWrite implements AspectWrite {
  readonly urn: string;
  readonly entityType: string;
  readonly aspect: string;
  readonly json: string;
  readonly packed: string | Uint8Array;
  readonly systemMetadata: Record<string, unknown> | null;
  readonly systemMetadataJson: string | undefined;
  readonly timestampMillis: number | undefined;
  readonly edges: readonly DerivedEdge[];
  readonly newFields: readonly string[];
  readonly lazy: LazyValue;
  readonly actor: string;

  constructor(d: DetachedWrite, actor: string) {
    this.urn = d.urn;
    this.entityType = d.entityType;
    this.aspect = d.aspect;
    this.json = d.json;
    this.packed = d.packed;
    this.systemMetadataJson = d.systemMetadataJson;
    this.systemMetadata = d.systemMetadataJson === undefined ? null : (JSON.parse(d.systemMetadataJson) as Record<string, unknown>);
    this.timestampMillis = d.timestampMillis;
    this.edges = d.edges;
    this.newFields = d.newFields;
    this.lazy = new LazyValue(d.json);
    this.actor = actor;
  }

  get value(): AspectValue {
    return this.lazy.value;
  }
}

/** A detached write as the writer takes it, or the proposal prepared again when the catalog has a say. */
function attach(store: Store, d: Detached, actor: string): PreparedWrite | AspectDelete {
  if ("rejected" in d) throw new ProposalError(d.rejected);
  if (!("write" in d) || (d.raw !== undefined && store.curationsOf(d.write.urn, d.write.aspect).length > 0))
    return prepareWrite(store, d.raw, actor, "ingestion", undefined);
  return { write: new AttachedWrite(d.write, actor), curations: null };
}

/**
 * Writes prepared proposals in the caller's transaction, each accepted or rejected alone, and
 * refreshes the search documents they touched. `prepare(i)` gives proposal i's write (or throws
 * ProposalError); `whose(i)` what a rejection of it names.
 */
function applyEach(
  store: Store,
  count: number,
  prepare: (index: number) => PreparedWrite | AspectDelete,
  whose: (index: number) => { urn?: string; aspect?: string },
  actor: string,
  onProgress?: (done: number, result: ProposalResult) => void,
  budget?: WriteBudget,
): ProposalResult[] {
  const results: ProposalResult[] = [];
  const dirty = new Set<string>();
  for (let index = 0; index < count; index++) {
    let result: ProposalResult;
    try {
      const w = prepare(index);
      if ("delete" in w) {
        const changed = w.delete === "entity" ? store.deleteEntity(w.urn, dirty) : store.deleteAspect(w.urn, w.aspect, dirty);
        result = { index, ok: true, urn: w.urn, aspect: w.aspect, changed };
      } else {
        const [r] = store.applyWrites([w.write], dirty);
        budget?.charge(r.bytes);
        if (w.curations) store.recordCurations(w.write.urn, w.write.aspect, w.curations, actor);
        result = { index, ok: true, urn: w.write.urn, aspect: w.write.aspect, changed: r.changed };
      }
    } catch (e) {
      if (!(e instanceof ProposalError) && !(e instanceof WriteLimitError)) throw e;
      result = { index, ok: false, ...whose(index), error: e.message };
    }
    results.push(result);
    onProgress?.(index + 1, result);
  }
  store.reindexMany(dirty);
  return results;
}

const reportOf = (results: ProposalResult[]): IngestReport => {
  const accepted = results.filter((r) => r.ok).length;
  return { accepted, rejected: results.length - accepted, results };
};

/**
 * Ingests proposals in one transaction; each proposal is validated on its own and rejected alone.
 * `onProgress` is called after each proposal (for progress bars).
 */
export function ingestProposals(
  store: Store,
  items: readonly unknown[],
  actor: string,
  onProgress?: (done: number, result: ProposalResult) => void,
  origin: WriteOrigin = "ingestion",
  /** what the request may still make the server read and write (requests from the network carry one) */
  budget?: WriteBudget,
): IngestReport {
  const flat = items.flatMap(expandMce);
  const results = store.transaction(() =>
    applyEach(
      store,
      flat.length,
      (i) => prepareWrite(store, flat[i], actor, origin, budget),
      (i) => whoseIs(flat[i]),
      actor,
      onProgress,
      budget,
    ),
  );
  return reportOf(results);
}

/** Ingests proposals detached beforehand (detach()) in one transaction, as ingestProposals would ingest them. */
export function ingestDetached(store: Store, items: readonly Detached[], actor: string): IngestReport {
  const results = store.transaction(() =>
    applyEach(
      store,
      items.length,
      (i) => attach(store, items[i], actor),
      (i) => {
        const d = items[i];
        if ("rejected" in d) return { urn: d.urn, aspect: d.aspect };
        return "write" in d ? { urn: d.write.urn, aspect: d.write.aspect } : whoseIs(d.raw);
      },
      actor,
    ),
  );
  return reportOf(results);
}

export { ProposalError };
