/**
 * Resolvers of datasets: their properties, their schema (fields, field types, the platform's own
 * schema) and a person's edits of its fields.
 */
import type { Resolvers, SchemaFieldDataType } from "./generated/resolvers-types";
import { aspect, auditStampOrEpoch, customProperties, originOf, ref, strings, text, withUrn } from "./entities";
import { commonFields, nameFromUrn, requiredPlatform } from "./fields";
import { displayNameFromUrn } from "../model/urn";

const { description: _description, platform: _platform, ...datasetFields } = commonFields;

/** `key` of a stored value its aspect's schema leaves open (`unknown`), when it is an object that has one. */
function member(v: unknown, key: string): unknown {
  return v !== null && typeof v === "object" && key in v ? Reflect.get(v, key) : undefined;
}

/** A list inside such a value; none when it is not a list. */
const listIn = (v: unknown, key: string): unknown[] => {
  const list = member(v, key);
  return Array.isArray(list) ? list : [];
};

/** The urns a schema field's tags (`tag`) or terms (`urn`) name. */
const urnsIn = (list: unknown[], key: "tag" | "urn"): string[] => list.map((item) => member(item, key)).filter((u): u is string => typeof u === "string");

const FIELD_TYPES: { readonly [type: string]: SchemaFieldDataType | undefined } = {
  BooleanType: "BOOLEAN",
  FixedType: "FIXED",
  StringType: "STRING",
  BytesType: "BYTES",
  NumberType: "NUMBER",
  DateType: "DATE",
  TimeType: "TIME",
  EnumType: "ENUM",
  NullType: "NULL",
  MapType: "MAP",
  ArrayType: "ARRAY",
  UnionType: "UNION",
  RecordType: "STRUCT",
};

/** A schema field's type: the short name of its one member (`com.linkedin.schema.StringType` → STRING). */
function schemaFieldType(t: { type: Record<string, unknown> } | undefined): SchemaFieldDataType {
  const inner = t?.type;
  const key = inner && typeof inner === "object" ? Object.keys(inner)[0] : undefined;
  const short = key?.split(".").pop();
  return (short && FIELD_TYPES[short]) || "STRING";
}

export const datasetResolvers = {
  Dataset: {
    ...datasetFields,
    platform: requiredPlatform,
    name: nameFromUrn,
    origin: originOf,
    properties: async (p, _, ctx) => withUrn(p.urn, await aspect(ctx, p.urn, "datasetProperties")),
    schemaMetadata: async (p, _, ctx) => withUrn(p.urn, await aspect(ctx, p.urn, "schemaMetadata")),
    editableSchemaMetadata: async (p, _, ctx) => {
      const v = await aspect(ctx, p.urn, "editableSchemaMetadata");
      if (!v) return null;
      return {
        editableSchemaFieldInfo: (v.editableSchemaFieldInfo ?? []).map((f) => ({
          fieldPath: f.fieldPath,
          description: f.description ?? null,
          tags: f.globalTags ? { tags: urnsIn(listIn(f.globalTags, "tags"), "tag").map((urn) => ({ tag: { urn }, associatedUrn: p.urn })) } : null,
          globalTags: null,
          glossaryTerms: null,
        })),
      };
    },
  },
  DatasetProperties: {
    name: (v) => v.name ?? displayNameFromUrn(v.__urn),
    qualifiedName: (v) => v.qualifiedName ?? null,
    origin: (v) => originOf({ urn: v.__urn }),
    description: (v) => v.description ?? null,
    customProperties: (v) => customProperties(v.__urn, v.customProperties),
    externalUrl: (v) => v.externalUrl ?? null,
    created: (v) => v.created?.time ?? null,
    createdActor: (v) => v.created?.actor ?? null,
    lastModified: (v) => auditStampOrEpoch(v.lastModified),
    lastModifiedActor: (v) => v.lastModified?.actor ?? null,
  },
  SchemaMetadata: {
    aspectVersion: () => 0,
    datasetUrn: (v) => v.__urn,
    name: (v) => v.schemaName ?? "",
    platformUrn: (v) => v.platform ?? "",
    version: (v) => v.version ?? 0,
    cluster: (v) => text(v.cluster),
    hash: (v) => v.hash ?? "",
    platformSchema: (v) => {
      const ps = v.platformSchema;
      if (!ps || typeof ps !== "object") return null;
      const inner = Object.values(ps)[0];
      if (inner && typeof inner === "object" && "keySchema" in inner)
        return { __typename: "KeyValueSchema", keySchema: String(member(inner, "keySchema") ?? ""), valueSchema: String(member(inner, "valueSchema") ?? "") };
      return { __typename: "TableSchema", schema: String(member(inner, "tableSchema") ?? member(inner, "schema") ?? member(inner, "documentSchema") ?? "") };
    },
    fields: (v) =>
      (v.fields ?? []).map((f) => ({
        fieldPath: f.fieldPath,
        jsonPath: f.jsonPath ?? null,
        label: f.label ?? null,
        nullable: f.nullable === true,
        description: f.description ?? null,
        type: schemaFieldType(f.type),
        nativeDataType: f.nativeDataType ?? null,
        recursive: f.recursive === true,
        tags: f.globalTags
          ? {
              tags: urnsIn(listIn(f.globalTags, "tags"), "tag")
                .filter((urn) => ref(urn))
                .map((urn) => ({ tag: { urn }, associatedUrn: v.__urn })),
            }
          : null,
        globalTags: null,
        glossaryTerms: f.glossaryTerms
          ? {
              terms: urnsIn(listIn(f.glossaryTerms, "terms"), "urn")
                .filter((urn) => ref(urn))
                .map((urn) => ({ term: { urn }, associatedUrn: v.__urn })),
            }
          : null,
        isPartOfKey: f.isPartOfKey ?? null,
        isPartitioningKey: f.isPartitioningKey ?? null,
        jsonProps: f.jsonProps ?? null,
      })),
    primaryKeys: (v) => strings(v.primaryKeys),
    createdAt: (v) => v.created?.time ?? null,
  },
  PlatformSchema: { __resolveType: (v) => v.__typename ?? null },
} satisfies Resolvers;
