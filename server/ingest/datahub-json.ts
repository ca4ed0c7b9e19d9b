/**
 * Reads DataHub's JSON the way DataHub's own readers do, before anything is validated:
 *
 * - **`null` is "not set".** DataHub's serialisers write every optional field, unset ones as `null`
 *   (older golden files are full of them). A `null` where the schema's field is optional is dropped;
 *   where the field is required, or as an item of an array or a value of a map, it is kept, so
 *   validation refuses it as DataHub does (Pegasus and Avro arrays and maps hold no nulls).
 * - **Avro union wrappers are unwrapped.** In Avro's JSON encoding an optional field's value is
 *   wrapped in its branch: `{"string": "…"}`, `{"long": 1}`,
 *   `{"com.linkedin.pegasus2avro.common.AuditStamp": {…}}`. A single-key object is such a wrapper
 *   only where the schema expects something else: a string, a number, a list, or a record that has no
 *   field of that name. Where the schema expects a map (`customProperties`) the object is the map,
 *   whatever its one key is called; where it expects a Pegasus union (modelled as a map from member
 *   name to value, like a schema field's `type`) or does not describe the value, it is kept as sent.
 *
 * The schema decides, so this module only walks the zod schemas Orrery validates with; it never
 * validates or refuses anything itself.
 */
import { z } from "zod";
import { aspectSchema } from "../model/aspects/index";
import { DATAHUB_ASPECT_CLASSES } from "../model/datahub-model";
import { isJsonObject as isObject } from "../model/json";

type Json = Record<string, unknown>;

/** Branch names of Avro's JSON union encoding that are not record names. */
const AVRO_BRANCHES = new Set(["string", "int", "long", "float", "double", "boolean", "bytes", "array", "map", "enum", "fixed"]);
/** A fully-qualified name of a record or enum of DataHub's models, as Java (`com.linkedin.…`) or Avro (`com.linkedin.pegasus2avro.…`) names it. */
const DATAHUB_NAME = /^com\.linkedin\.(?:[a-z][\w]*\.)+[A-Z]\w*$/;

function isBranchName(key: string): boolean {
  return AVRO_BRANCHES.has(key) || DATAHUB_NAME.test(key);
}

/** The aspect name of a record class (`com.linkedin.ml.metadata.MLModelProperties`, with or without `.pegasus2avro`). */
export function aspectNameOfClass(cls: string): string | undefined {
  return DATAHUB_ASPECT_CLASSES[cls.replace(/^com\.linkedin\.pegasus2avro\./, "com.linkedin.")];
}

// zod 4 keeps a schema's structure in `_zod.def`; only the kinds below matter here.
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const isOptional = (s: z.ZodType): boolean => (s as unknown as { _zod: { optin?: string } })._zod.optin === "optional";

/** The schema under optional/nullable/default/pipe wrappers. */
function core(s: z.ZodType): z.ZodType {
  for (let i = 0; i < 20; i++) {
    const d = defOf(s);
    if (
      (d.type === "optional" || d.type === "nullable" || d.type === "default" || d.type === "prefault" || d.type === "readonly" || d.type === "catch") &&
      d.innerType
    )
      s = d.innerType;
    else if (d.type === "pipe" && d.in) s = d.in;
    else if (d.type === "lazy" && d.getter) s = d.getter();
    else return s;
  }
  return s;
}

/** Whether `{[key]: …}` is a value of `s` itself (a record with that field, a map) rather than an Avro wrapper around one. */
function ownsKey(s: z.ZodType, key: string, inner: unknown): boolean {
  const d = defOf(s);
  switch (d.type) {
    case "object":
      return !!d.shape && Object.hasOwn(d.shape, key);
    case "record": {
      // A map: `{"string": "x"}` is an entry. Only Avro's `{"map": {…}}` around a map of non-objects is a wrapper.
      if (key !== "map" || !isObject(inner)) return true;
      const vt = defOf(core(d.valueType!)).type;
      return vt === "object" || vt === "record" || vt === "unknown" || vt === "any" || vt === "union";
    }
    case "union":
      return (d.options ?? []).some((o) => ownsKey(core(o), key, inner));
    case "unknown":
    case "any":
      return true; // not described: kept as sent
    default:
      return false;
  }
}

/** `value` read against `schema`: nulls of optional fields dropped, Avro union wrappers unwrapped. */
export function readDataHubJson(schema: z.ZodType, value: unknown, depth = 0): unknown {
  if (depth > 200 || value === null || typeof value !== "object") return value;
  const s = core(schema);
  let v: unknown = value;
  // Unwrap `{"<branch>": x}` (nested wrappers too) where the schema does not own the key.
  for (let i = 0; i < 8 && isObject(v); i++) {
    const keys = Object.keys(v);
    if (keys.length !== 1 || !isBranchName(keys[0]) || ownsKey(s, keys[0], v[keys[0]])) break;
    v = v[keys[0]];
  }
  if (v === null || typeof v !== "object") return v;
  const d = defOf(s);
  switch (d.type) {
    case "object": {
      if (!isObject(v)) return v;
      const out: Json = {};
      for (const [k, x] of Object.entries(v)) {
        const fs = d.shape?.[k];
        if (x === null) {
          // Unset. A required field keeps its null so that validation names it.
          if (fs && !isOptional(fs)) out[k] = null;
          continue;
        }
        out[k] = fs ? readDataHubJson(fs, x, depth + 1) : x;
      }
      return out;
    }
    case "record": {
      if (!isObject(v)) return v;
      const out: Json = {};
      for (const [k, x] of Object.entries(v)) out[k] = readDataHubJson(d.valueType!, x, depth + 1);
      return out;
    }
    case "array":
      return Array.isArray(v) ? v.map((x) => readDataHubJson(d.element!, x, depth + 1)) : v;
    case "union": {
      // The first member the value reads as; DataHub's unions here are of records with distinct fields.
      const options = d.options ?? [];
      for (const o of options) {
        const r = readDataHubJson(o, v, depth + 1);
        if (o.safeParse(r).success) return r;
      }
      return options.length ? readDataHubJson(options[0], v, depth + 1) : v;
    }
    default:
      return v;
  }
}

/**
 * Whether reading `value` could change it: only a null in an object or a single-key object named like
 * an Avro branch can be dropped or unwrapped. Most values (every one Orrery's own emitters send) have
 * neither, and are taken as they are without walking their schema. Checked without recursion.
 */
function mayNeedReading(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === "object" && x !== null) stack.push(x);
      continue;
    }
    const keys = Object.keys(v);
    if (keys.length === 1 && isBranchName(keys[0]!)) return true;
    for (const k of keys) {
      const x = (v as Json)[k];
      if (x === null) return true;
      if (typeof x === "object") stack.push(x);
    }
  }
  return false;
}

/** An aspect value read against the aspect's schema; values of aspects without one are returned as they are. */
export function readDataHubAspect(aspectName: string, value: unknown): unknown {
  const schema = aspectSchema(aspectName);
  return schema && mayNeedReading(value) ? readDataHubJson(schema, value) : value;
}

// The envelopes, as far as reading them needs: MCPs (Rest.li and golden-file forms, Avro-encoded
// ones) and MCEs. Validation of the proposal itself stays in proposals.ts.
const Stamp = z.looseObject({ time: z.number(), actor: z.string(), impersonator: z.string().optional(), message: z.string().optional() });
const SystemMetadata = z.looseObject({
  lastObserved: z.number().optional(),
  runId: z.string().optional(),
  lastRunId: z.string().optional(),
  pipelineName: z.string().optional(),
  registryName: z.string().optional(),
  registryVersion: z.string().optional(),
  properties: z.record(z.string(), z.string()).optional(),
  version: z.string().optional(),
  schemaVersion: z.number().optional(),
  aspectCreated: Stamp.optional(),
  aspectModified: Stamp.optional(),
});
const Envelope = z.looseObject({
  auditHeader: z.unknown().optional(),
  entityType: z.string().optional(),
  entityUrn: z.string().optional(),
  entityKeyAspect: z.unknown().optional(),
  changeType: z.string().optional(),
  aspectName: z.string().optional(),
  // `json` is the aspect value itself: a null there is kept, for validation to refuse.
  aspect: z.looseObject({ value: z.string().optional(), contentType: z.string().optional(), json: z.unknown() }).optional(),
  systemMetadata: SystemMetadata.optional(),
  headers: z.record(z.string(), z.string()).optional(),
  proposedSnapshot: z.record(z.string(), z.looseObject({ urn: z.string(), aspects: z.array(z.record(z.string(), z.unknown())) })).optional(),
  proposedDelta: z.unknown().optional(),
});

/** A proposal or MCE as DataHub's file reader sees it (its own nulls dropped, Avro wrappers unwrapped); aspect values are read later, against their aspect's schema. */
export function readDataHubEnvelope(item: unknown): unknown {
  return isObject(item) && envelopeMayNeedReading(item) ? readDataHubJson(Envelope, item) : item;
}

/**
 * mayNeedReading of an envelope without walking its aspect value (`aspect.json`): the envelope's
 * schema leaves that value `unknown`, so reading the envelope keeps it as it is whatever it holds; it
 * is read later, once, against its aspect's schema (readDataHubAspect).
 */
function envelopeMayNeedReading(item: Json): boolean {
  const keys = Object.keys(item);
  if (keys.length === 1 && isBranchName(keys[0]!)) return true;
  for (const k of keys) {
    const x = item[k];
    if (x === null) return true;
    if (typeof x !== "object") continue;
    if (k !== "aspect" || Array.isArray(x)) {
      if (mayNeedReading(x)) return true;
      continue;
    }
    const aspectKeys = Object.keys(x);
    if (aspectKeys.length === 1 && isBranchName(aspectKeys[0]!)) return true;
    for (const a of aspectKeys) {
      if (a === "json") continue;
      const y = (x as Json)[a];
      if (y === null || (typeof y === "object" && mayNeedReading(y))) return true;
    }
  }
  return false;
}
