/**
 * The parts the aspect schemas are built of: bounded strings, urns (checked for their grammar and,
 * where the model says so, their kind), bounded lists, open objects, and the records many aspects
 * share (audit stamps, custom properties, version tags, parameters, edges).
 */
import { z } from "zod";
import { entityTypeOf, entityTypeOrNull, parseUrn, UrnError, ENTITY_TYPES, type EntityType } from "../urn";
import { DATAHUB_ENTITY_TYPES } from "../datahub-model";

export const MAX_NAME = 1000;
export const MAX_TEXT = 1_000_000;
export const MAX_LIST = 10_000;

export const str = (max = 10_000) => z.string().max(max, { error: `must be at most ${max} characters` });
export const name = str(MAX_NAME);
export const text = str(MAX_TEXT);
export const time = z.number().int().nonnegative();

/**
 * Checks a urn an aspect refers to. Urns of DataHub entity types this catalog does not store (a
 * model's `deployments`, a run's `parentTemplate` job, …) are checked for the grammar every urn
 * shares (prefix, length, characters, balanced parentheses), since their key's own grammar is not
 * modelled here.
 */
function checkUrn(v: string): void {
  try {
    // parseUrn's check, remembered for urns met lately (urn.ts caches the urns it has typed).
    entityTypeOf(v);
  } catch (e) {
    const type = /^urn:li:([A-Za-z][A-Za-z0-9]*):/.exec(v)?.[1];
    if (!type || (ENTITY_TYPES as readonly string[]).includes(type) || !DATAHUB_ENTITY_TYPES.includes(type)) throw e;
    try {
      parseUrn(`urn:li:tag:${v.slice(`urn:li:${type}:`.length)}`); // the shared grammar, with a key of no particular form
    } catch (inner) {
      if (!(inner instanceof UrnError)) throw inner;
      throw new UrnError(`${inner.message.replace(/ in ".*"$/s, "")} in ${JSON.stringify(v.length > 120 ? `${v.slice(0, 120)}…` : v)}`, v);
    }
  }
}

export const urn = z.string().superRefine((v, ctx) => {
  try {
    checkUrn(v);
  } catch (e) {
    ctx.addIssue({ code: "custom", message: e instanceof UrnError ? `invalid urn: ${e.message}` : "invalid urn" });
  }
});
export const urnOf = (...types: EntityType[]) =>
  urn.superRefine((v, ctx) => {
    const t = entityTypeOrNull(v);
    if (t) {
      if (!types.includes(t)) ctx.addIssue({ code: "custom", message: `expected a ${types.join(" or ")} urn, got a ${t} urn` });
      return;
    }
    // Malformed ones are reported by `urn`; a well-formed urn of a kind not stored here is still the wrong kind.
    const kind = /^urn:li:([A-Za-z][A-Za-z0-9]*):/.exec(v)?.[1];
    if (kind && DATAHUB_ENTITY_TYPES.includes(kind)) ctx.addIssue({ code: "custom", message: `expected a ${types.join(" or ")} urn, got a ${kind} urn` });
  });
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST, { error: `must have at most ${MAX_LIST} items` });
export const obj = <T extends z.core.$ZodLooseShape>(shape: T) => z.looseObject(shape);

export const Stamp = obj({ time, actor: urn.optional(), impersonator: urn.optional(), message: str().optional() });
export const TimeStamp = obj({ time, actor: urn.optional() });
export const CustomProperties = z.record(str(1000), str(MAX_TEXT / 10));
export const VersionTag = obj({ versionTag: str(1000).optional(), metadataAttribution: z.unknown().optional() });
export const Param = obj({
  name: str(1000),
  value: z.union([str(100_000), z.number(), z.boolean()]).optional(),
  description: text.optional(),
  createdAt: time.optional(),
});
export const Edge = obj({
  destinationUrn: urn,
  sourceUrn: urn.optional(),
  created: Stamp.optional(),
  lastModified: Stamp.optional(),
  properties: z.record(z.string(), z.string()).optional(),
});

/** The editable properties aspect every editable kind has (a person's description, and name). */
export const editable = obj({
  description: text.optional(),
  name: name.optional(),
  created: Stamp.optional(),
  lastModified: Stamp.optional(),
  deleted: Stamp.optional(),
});
