/**
 * What the entity resolvers share. A resolved entity is just `{ urn }` (./parents.ts); every field
 * loads what it needs through the request's DataLoaders, so sibling entities share one SQL
 * statement. Here: the GraphQL type and EntityType of each kind of urn, references, the typed read
 * of an entity's aspects, urn arguments, and the small mappings from stored values (audit stamps,
 * custom properties, parameters) to GraphQL's.
 */
import type { Context } from "./context";
import { badInput } from "./context";
import type { AuditStamp, CustomPropertiesEntry, EntityType as GraphQLEntityType, FabricType } from "./generated/resolvers-types";
import type { EntityRef } from "./parents";
import { aspectValue, type AspectName, type AspectValues } from "../model/aspects/index";
import type { AspectValue } from "../model/records";
import { SEARCHABLE_ENTITY_TYPES } from "../model/derive";
import { entityTypeOf, entityTypeOrNull, normalizeUrn, parseUrn, UrnError } from "../model/urn";

/** GraphQL object type for each URN entity type we serve. */
export const GRAPHQL_TYPE = {
  mlModel: "MLModel",
  mlModelGroup: "MLModelGroup",
  mlFeature: "MLFeature",
  mlFeatureTable: "MLFeatureTable",
  mlPrimaryKey: "MLPrimaryKey",
  container: "Container",
  dataProcessInstance: "DataProcessInstance",
  dataset: "Dataset",
  dataPlatform: "DataPlatform",
  corpuser: "CorpUser",
  corpGroup: "CorpGroup",
  tag: "Tag",
  glossaryTerm: "GlossaryTerm",
  versionSet: "VersionSet",
  domain: "Domain",
  glossaryNode: "GlossaryNode",
  structuredProperty: "StructuredPropertyEntity",
  dataFlow: "DataFlow",
  dataJob: "DataJob",
  // Orrery's extension type; the datahub flavour hides entities of it (./index.ts).
  mlModelDeployment: "OrreryMlModelDeployment",
} as const;
export type EntityTypeName = (typeof GRAPHQL_TYPE)[keyof typeof GRAPHQL_TYPE];
const GRAPHQL_TYPES: { readonly [type: string]: EntityTypeName | undefined } = GRAPHQL_TYPE;

/** The kinds of urn (as in urns) the schema has a type for. */
export const SERVED_TYPES: readonly string[] = Object.keys(GRAPHQL_TYPE);

/** DataHub's EntityType enum value for each URN entity type. */
export const ENTITY_TYPE_ENUM: { readonly [type: string]: GraphQLEntityType | undefined } = {
  mlModel: "MLMODEL",
  mlModelGroup: "MLMODEL_GROUP",
  mlFeature: "MLFEATURE",
  mlFeatureTable: "MLFEATURE_TABLE",
  mlPrimaryKey: "MLPRIMARY_KEY",
  container: "CONTAINER",
  dataProcessInstance: "DATA_PROCESS_INSTANCE",
  dataset: "DATASET",
  dataPlatform: "DATA_PLATFORM",
  corpuser: "CORP_USER",
  corpGroup: "CORP_GROUP",
  tag: "TAG",
  glossaryTerm: "GLOSSARY_TERM",
  versionSet: "VERSION_SET",
  dataJob: "DATA_JOB",
  dataFlow: "DATA_FLOW",
  schemaField: "SCHEMA_FIELD",
  platformResource: "OTHER",
  domain: "DOMAIN",
  glossaryNode: "GLOSSARY_NODE",
  structuredProperty: "STRUCTURED_PROPERTY",
  mlModelDeployment: "OTHER",
};

/** The urn entity type of each EntityType value the schema has a type for. */
export const URN_TYPE_OF_ENUM: { readonly [value: string]: string | undefined } = Object.fromEntries(
  Object.entries(ENTITY_TYPE_ENUM)
    .filter(([k]) => GRAPHQL_TYPES[k])
    .map(([k, v]) => [v, k]),
);

/** The searchable kinds (what "all types" means in search and autocomplete). */
export const SEARCHABLE_TYPES = SEARCHABLE_ENTITY_TYPES;

/** A resolvable reference, or null for URNs of kinds the schema does not have. */
export function ref(urn: string | null | undefined): EntityRef | null {
  if (!urn) return null;
  const type = entityTypeOrNull(urn);
  return type && GRAPHQL_TYPES[type] ? { urn } : null;
}

/** The GraphQL type of an entity, null for a kind the schema does not have. */
export function resolveEntityType(obj: EntityRef): EntityTypeName | null {
  const type = entityTypeOrNull(obj.urn);
  return (type && GRAPHQL_TYPES[type]) ?? null;
}

/** `__resolveType` of an interface some of the entity types implement: their type, null for the others. */
export function resolveTypeAmong<T extends EntityTypeName>(implementors: readonly T[]): (obj: EntityRef) => T | null {
  const among = new Set<string>(implementors);
  const isImplementor = (t: EntityTypeName | null): t is T => t !== null && among.has(t);
  return (obj) => {
    const t = resolveEntityType(obj);
    return isImplementor(t) ? t : null;
  };
}

/** All current aspects of an entity (through the request's loader, so sibling entities share a statement). */
export async function aspects(ctx: Context, urn: string): Promise<Map<string, AspectValue>> {
  return ctx.loaders.aspects.load(urn);
}

/** The current value of one aspect of an entity, typed by its schema; null when the entity has none. */
export async function aspect<N extends AspectName>(ctx: Context, urn: string, name: N): Promise<AspectValues[N] | null> {
  return aspectValue(await aspects(ctx, urn), name);
}

/** The aspect's value as a parent of the type that shows it: with the urn of its entity (./parents.ts). */
export const withUrn = <V extends object>(urn: string, value: V | null): (V & { __urn: string }) | null => (value ? { ...value, __urn: urn } : null);

/** Parses and normalises a URN argument, checking its kind; a clear GraphQL error otherwise. */
export function urnArg(input: unknown, expected?: string | readonly string[]): string {
  if (typeof input !== "string") throw badInput("urn must be a string");
  let urn: string;
  try {
    urn = normalizeUrn(input);
  } catch (e) {
    throw badInput(`invalid urn: ${e instanceof UrnError ? e.message : String(e)}`);
  }
  if (expected) {
    const list = typeof expected === "string" ? [expected] : expected;
    const t = entityTypeOf(urn);
    if (!list.includes(t)) throw badInput(`urn ${urn} is a ${t}, expected ${list.join(" or ")}`);
  }
  return urn;
}

/** Root lookup: the entity if it exists, else null. */
export async function lookup(ctx: Context, urnInput: unknown, expected?: string | readonly string[]): Promise<EntityRef | null> {
  const urn = urnArg(urnInput, expected);
  return (await ctx.loaders.exists.load(urn)) ? { urn } : null;
}

/** A stored audit stamp (DataHub's AuditStamp or TimeStamp), or null for none. */
export const auditStamp = (v: { time: number; actor?: string } | undefined | null): AuditStamp | null =>
  v && typeof v.time === "number" ? { time: v.time, actor: v.actor ?? null } : null;

/** A stored audit stamp, or the epoch for none (fields the schema says are always there). */
export const auditStampOrEpoch = (v: { time: number; actor?: string } | undefined | null): AuditStamp => auditStamp(v) ?? { time: 0, actor: null };

export const customProperties = (urn: string, v: unknown): CustomPropertiesEntry[] | null =>
  v && typeof v === "object" ? Object.entries(v).map(([key, value]) => ({ key, value: value == null ? null : String(value), associatedUrn: urn })) : null;

/** A stored parameter or metric (`name`, `value`, …). */
type Param = { name?: string; description?: string; value?: string | number | boolean; createdAt?: number };

export const params = (list: readonly Param[] | undefined) =>
  Array.isArray(list)
    ? list.map((p: Param) => ({
        name: p.name ?? null,
        description: p.description ?? null,
        value: p.value == null ? null : String(p.value),
        createdAt: p.createdAt ?? null,
      }))
    : null;

export const refs = (list: readonly string[] | undefined) => (Array.isArray(list) ? list.map((u: string) => ref(u)) : null);
export const strings = (list: unknown) => (Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : null);

/** A text field as stored: a string, else null. */
export const text = (v: unknown): string | null => (typeof v === "string" ? v : null);

/**
 * A stored string answered as a value of a GraphQL enum. What is stored is checked against DataHub's
 * model, whose enums can be wider than this schema's (an urn's env may be SIT; an ownership source
 * any string): GraphQL refuses a value its enum lacks, as an error of that field.
 */
export const storedEnum = <T extends string>(value: string): T => value as T;

/** The fabric an entity's urn names (`PROD` when it names none). */
export const originOf = (p: EntityRef): FabricType => {
  try {
    const parsed = parseUrn(p.urn);
    return storedEnum("env" in parsed ? parsed.env : "PROD");
  } catch {
    return "PROD";
  }
};
