/**
 * Resolvers of what organises and describes assets: domains (DataHub's `Domain`, an asset's `domain`),
 * glossary nodes (`GlossaryNode`, a term's or node's `parentNodes`) and structured properties (an
 * asset's `structuredProperties`, `StructuredPropertyEntity` and its definition).
 */
import type { Context } from "./context";
import { isJsonObject as isJson } from "../model/json";
import type { EntityType, StdDataType } from "./generated/resolvers-types";
import { aspect, customProperties, ENTITY_TYPE_ENUM, ref, storedEnum, urnArg } from "./entities";
import { commonFields } from "./fields";
import type { EntityRef as Ref, StructuredPropertiesEntryParent } from "./parents";
import type { GraphQLResolveInfo } from "graphql";
import { runSearch, type SearchInput } from "./search";
import { displayNameFromUrn } from "../model/urn";

type Json = { readonly [key: string]: unknown };

/** At most this many ancestors are walked (the chain is cut at a cycle too). */
const MAX_PARENTS = 20;

/** The chain of parents `parentOf` gives, nearest first. */
async function ancestors(ctx: Context, urn: string, parentOf: (urn: string) => Promise<unknown>): Promise<Ref[]> {
  const out: Ref[] = [];
  const seen = new Set([urn]);
  let cur = urn;
  for (let i = 0; i < MAX_PARENTS; i++) {
    const next = await parentOf(cur);
    if (typeof next !== "string" || seen.has(next)) break;
    seen.add(next);
    out.push({ urn: next });
    cur = next;
  }
  return out;
}

const glossaryParent = (ctx: Context) => async (urn: string) =>
  (await aspect(ctx, urn, urn.startsWith("urn:li:glossaryNode:") ? "glossaryNodeInfo" : "glossaryTermInfo"))?.parentNode;

const parentNodes = async (p: Ref, _: unknown, ctx: Context) => {
  const nodes = await ancestors(ctx, p.urn, glossaryParent(ctx));
  return { count: nodes.length, nodes };
};

/** An asset's domain, as DataHub's `domain` field gives it: the first of its `domains`. */
const domain = async (p: Ref, _: unknown, ctx: Context) => {
  const d = await aspect(ctx, p.urn, "domains");
  const first = Array.isArray(d?.domains) ? d.domains.find((u: unknown) => typeof u === "string" && ref(u)) : undefined;
  return first ? { domain: { urn: first }, associatedUrn: p.urn } : null;
};

type Entry = StructuredPropertiesEntryParent;

/** An asset's structured property values, in the order given. */
const structuredProperties = async (p: Ref, _: unknown, ctx: Context) => {
  const v = await aspect(ctx, p.urn, "structuredProperties");
  if (!v) return null;
  return {
    properties: (Array.isArray(v.properties) ? v.properties : []).flatMap((e: unknown): Entry[] =>
      isJson(e) && typeof e.propertyUrn === "string" ? [{ urn: p.urn, propertyUrn: e.propertyUrn, values: Array.isArray(e.values) ? e.values : [] }] : [],
    ),
  };
};

/** A PrimitivePropertyValue (`{ string }` or `{ double }`) as GraphQL's PropertyValue union. */
const propertyValue = (v: unknown) => {
  const o: Json = isJson(v) ? v : {};
  if (typeof o.double === "number") return { __typename: "NumberValue" as const, numberValue: o.double };
  if (typeof o.string === "string") return { __typename: "StringValue" as const, stringValue: o.string };
  return null;
};

/** DataHub's data type urns (`urn:li:dataType:datahub.string`) → StdDataType. */
const STD_TYPES: Record<string, string> = {
  "datahub.string": "STRING",
  "datahub.number": "NUMBER",
  "datahub.urn": "URN",
  "datahub.rich_text": "RICH_TEXT",
  "datahub.date": "DATE",
};

const dataTypeOf = (urn: string) => {
  const id = urn.replace(/^urn:li:dataType:/, "");
  return {
    urn,
    type: "DATA_TYPE" as const,
    info: { type: storedEnum<StdDataType>(STD_TYPES[id] ?? "OTHER"), qualifiedName: id, displayName: null, description: null },
  };
};

/** `urn:li:entityType:datahub.mlModel` → its EntityType (OTHER for kinds this schema has no value for). */
const entityTypeOf = (urn: string) => {
  const id = urn.replace(/^urn:li:entityType:/, "");
  const kind = id.replace(/^datahub\./, "");
  return {
    urn,
    type: "ENTITY_TYPE" as const,
    info: { type: storedEnum<EntityType>(ENTITY_TYPE_ENUM[kind] ?? "OTHER"), qualifiedName: id, displayName: null, description: null },
  };
};

/**
 * A property's definition; a property the catalog holds no definition of still has one, from its
 * urn (its id is its qualified name) and the values seen (strings, unless told otherwise).
 */
const definition = async (p: Ref, _: unknown, ctx: Context) => {
  const d = await aspect(ctx, p.urn, "propertyDefinition");
  const id = displayNameFromUrn(p.urn);
  return {
    qualifiedName: d?.qualifiedName ?? id,
    displayName: d?.displayName ?? null,
    description: d?.description ?? null,
    cardinality: d?.cardinality ?? "SINGLE",
    allowedValues: Array.isArray(d?.allowedValues)
      ? d.allowedValues.flatMap((a: { value?: unknown; description?: string | null }) => {
          const value = propertyValue(a.value);
          return value ? [{ value, description: a.description ?? null }] : [];
        })
      : null,
    valueType: dataTypeOf(typeof d?.valueType === "string" ? d.valueType : "urn:li:dataType:datahub.string"),
    entityTypes: (Array.isArray(d?.entityTypes) ? d.entityTypes : []).filter((u: unknown) => typeof u === "string").map(entityTypeOf),
    immutable: d?.immutable === true,
  };
};

/** Domains, nodes and properties exist once stored, or (domains) once an asset names one, as tags do. */
export const catalogQueryResolvers = {
  domain: async (_: unknown, args: { urn: string }, ctx: Context) => {
    const urn = urnArg(args.urn, "domain");
    if (await ctx.loaders.exists.load(urn)) return { urn };
    return ctx.store.isReferenced(urn, "AssociatedWith") ? { urn } : null;
  },
  glossaryNode: async (_: unknown, args: { urn: string }, ctx: Context) => {
    const urn = urnArg(args.urn, "glossaryNode");
    if (await ctx.loaders.exists.load(urn)) return { urn };
    return ctx.store.isReferenced(urn, "IsPartOf") ? { urn } : null;
  },
  structuredProperty: async (_: unknown, args: { urn: string }, ctx: Context) => {
    const urn = urnArg(args.urn, "structuredProperty");
    return (await ctx.loaders.exists.load(urn)) ? { urn } : null;
  },
};

/** The fields every asset kind with `domain` and `structuredProperties` shares. */
export const assetCatalogFields = { domain, structuredProperties };

export const catalogResolvers = {
  Domain: {
    urn: commonFields.urn,
    type: commonFields.type,
    relationships: commonFields.relationships,
    ownership: commonFields.ownership,
    institutionalMemory: commonFields.institutionalMemory,
    structuredProperties,
    id: (p: Ref) => displayNameFromUrn(p.urn),
    properties: async (p: Ref, _: unknown, ctx: Context) => {
      const v = await aspect(ctx, p.urn, "domainProperties");
      return { name: v?.name ?? displayNameFromUrn(p.urn), description: v?.description ?? null };
    },
    entities: (p: Ref, args: { input?: SearchInput | null }, ctx: Context, info: GraphQLResolveInfo) =>
      runSearch(ctx, { query: "*", ...(args.input ?? {}) }, { domains: [p.urn] }, info),
    parentDomains: async (p: Ref, _: unknown, ctx: Context) => {
      const domains = await ancestors(ctx, p.urn, async (u) => (await aspect(ctx, u, "domainProperties"))?.parentDomain);
      return { count: domains.length, domains };
    },
  },
  GlossaryNode: {
    urn: commonFields.urn,
    type: commonFields.type,
    exists: commonFields.exists,
    relationships: commonFields.relationships,
    ownership: commonFields.ownership,
    parentNodes,
    properties: async (p: Ref, _: unknown, ctx: Context) => {
      const v = await aspect(ctx, p.urn, "glossaryNodeInfo");
      return {
        name: v?.name ?? displayNameFromUrn(p.urn),
        description: v?.definition ?? null,
        customProperties: customProperties(p.urn, v?.customProperties),
      };
    },
  },
  GlossaryTerm: { parentNodes, domain },
  StructuredPropertyEntity: {
    urn: commonFields.urn,
    type: commonFields.type,
    exists: commonFields.exists,
    relationships: commonFields.relationships,
    definition,
  },
  StructuredPropertiesEntry: {
    structuredProperty: (e: Entry) => ({ urn: e.propertyUrn }),
    values: (e: Entry) => e.values.map(propertyValue),
    valueEntities: (e: Entry) =>
      e.values.flatMap((v) => {
        const r = isJson(v) && typeof v.string === "string" ? ref(v.string) : null;
        return r ? [r] : [];
      }),
    associatedUrn: (e: Entry) => e.urn,
  },
  PropertyValue: { __resolveType: (v: { __typename?: "NumberValue" | "StringValue" }) => v.__typename ?? null },
};
