/**
 * Resolvers of the ML kinds: models (their properties, hyper-parameters, versions and version sets,
 * and Orrery's serving extension), model groups, features and primary keys (with Orrery's feature
 * details), and feature tables.
 */
import type { Context } from "./context";
import type { Resolvers } from "./generated/resolvers-types";
import type { EntityRef, MLFeaturePropertiesParent, MLModelGroupPropertiesParent, MLModelPropertiesParent, MLPrimaryKeyPropertiesParent } from "./parents";
import { aspect, auditStamp, customProperties, originOf, params, ref, refs, strings, withUrn } from "./entities";
import { commonFields, nameFromUrn, requiredPlatform } from "./fields";
import { mlExtensionResolvers } from "./ml-extensions";
import { aspectValue } from "../model/aspects/index";
import { latestVersion, type VersionMember } from "../model/versions";
import { displayNameFromUrn, parseUrn } from "../model/urn";

const { urn, type, exists, lastIngested, status, tags, glossaryTerms, ownership, institutionalMemory, deprecation, dataPlatformInstance } = commonFields;
const { editableProperties, description, browsePathV2, relationships, lineage } = commonFields;
/** The fields every ML kind has (none has sub-types or is in a container); features and keys have no platform. */
const mlFields = {
  urn,
  type,
  exists,
  lastIngested,
  status,
  tags,
  glossaryTerms,
  ownership,
  institutionalMemory,
  deprecation,
  dataPlatformInstance,
  editableProperties,
  description,
  relationships,
  lineage,
};

/** An entity's name from its properties aspect, else from its urn. */
const nameFromProps = (propsAspect: "mlModelProperties" | "mlModelGroupProperties") => async (p: EntityRef, _: unknown, ctx: Context) => {
  const props = await aspect(ctx, p.urn, propsAspect);
  return (typeof props?.name === "string" && props.name) || displayNameFromUrn(p.urn);
};

const lineageInfo = (v: MLModelPropertiesParent | MLModelGroupPropertiesParent) => ({
  trainingJobs: strings(v.trainingJobs) ?? [],
  downstreamJobs: strings(v.downstreamJobs) ?? [],
});

/** The latest member of a version set (server/model/versions.ts), from its members' versionProperties. */
async function latestOf(ctx: Context, versionSet: string): Promise<string | null> {
  const urns = (await ctx.loaders.incoming.load(versionSet)).filter((e) => e.type === "VersionOf").map((e) => e.src);
  const all = await ctx.loaders.aspects.loadMany(urns);
  const members: VersionMember[] = [];
  urns.forEach((urn, i) => {
    const m = all[i];
    if (m instanceof Map) members.push({ urn, versionProperties: aspectValue(m, "versionProperties") });
  });
  return latestVersion(members);
}

/** Features and primary keys share their shape: (namespace, name) urns and one properties aspect. */
function featureLike<N extends "mlFeatureProperties" | "mlPrimaryKeyProperties">(propsAspect: N) {
  const properties = async (p: EntityRef, _: unknown, ctx: Context) => withUrn(p.urn, await aspect(ctx, p.urn, propsAspect));
  return {
    ...mlFields,
    name: nameFromUrn,
    featureNamespace: (p: EntityRef) => {
      const u = parseUrn(p.urn);
      return "featureNamespace" in u ? u.featureNamespace : "";
    },
    dataType: async (p: EntityRef, _: unknown, ctx: Context) => (await aspect(ctx, p.urn, propsAspect))?.dataType ?? null,
    properties,
  };
}

const featureLikeProperties = {
  description: (v: MLFeaturePropertiesParent | MLPrimaryKeyPropertiesParent) => v.description ?? null,
  dataType: (v: MLFeaturePropertiesParent | MLPrimaryKeyPropertiesParent) => v.dataType ?? null,
  version: (v: MLFeaturePropertiesParent | MLPrimaryKeyPropertiesParent) => (v.version ? { versionTag: v.version.versionTag ?? null } : null),
  sources: (v: MLFeaturePropertiesParent | MLPrimaryKeyPropertiesParent) => refs(v.sources),
  customProperties: (v: MLFeaturePropertiesParent | MLPrimaryKeyPropertiesParent) => customProperties(v.__urn, v.customProperties),
};

/** A hyper-parameter's value as DataHub's boxes show it: a string is `{ string: … }` or the value itself. */
const boxedString = (v: unknown) => (typeof v === "object" && v ? ("string" in v && v.string != null ? String(v.string) : JSON.stringify(v)) : String(v));

export const mlResolvers = {
  MLModel: {
    ...mlFields,
    platform: requiredPlatform,
    browsePathV2,
    ...mlExtensionResolvers.MLModel,
    name: nameFromProps("mlModelProperties"),
    origin: originOf,
    properties: async (p, _, ctx) => withUrn(p.urn, await aspect(ctx, p.urn, "mlModelProperties")),
    globalTags: tags,
    versionProperties: async (p, _, ctx) => withUrn(p.urn, await aspect(ctx, p.urn, "versionProperties")),
  },
  MLModelProperties: {
    name: (v) => v.name ?? null,
    description: (v) => v.description ?? null,
    lastModified: (v) => auditStamp(v.lastModified),
    created: (v) => auditStamp(v.created),
    date: (v) => v.date ?? null,
    version: (v) => v.version?.versionTag ?? null,
    type: (v) => v.type ?? null,
    // One key and its value, the last (as DataHub's HyperParameterMapMapper answers a map).
    hyperParameters: (v) => {
      const last = v.hyperParameters && typeof v.hyperParameters === "object" ? Object.entries(v.hyperParameters).at(-1) : undefined;
      return last ? { key: last[0], value: last[1] } : null;
    },
    hyperParams: (v) => params(v.hyperParams),
    trainingMetrics: (v) => params(v.trainingMetrics),
    mlFeatures: (v) => strings(v.mlFeatures),
    tags: (v) => strings(v.tags),
    groups: (v) => refs(v.groups),
    customProperties: (v) => customProperties(v.__urn, v.customProperties),
    externalUrl: (v) => v.externalUrl ?? null,
    mlModelLineageInfo: lineageInfo,
  },
  HyperParameterValueType: {
    __resolveType: (v) => (typeof v === "boolean" ? "BooleanBox" : typeof v === "number" ? (Number.isInteger(v) ? "IntBox" : "FloatBox") : "StringBox"),
  },
  StringBox: { stringValue: boxedString },
  IntBox: { intValue: (v) => v },
  FloatBox: { floatValue: (v) => v },
  BooleanBox: { booleanValue: (v) => v },
  VersionProperties: {
    versionSet: (v) => ({ urn: v.versionSet }),
    version: (v) => ({ versionTag: v.version?.versionTag ?? null }),
    aliases: (v) => (v.aliases ?? []).map((a) => ({ versionTag: a.versionTag ?? null })),
    comment: (v) => v.comment ?? null,
    isLatest: async (v, _, ctx) => (await latestOf(ctx, v.versionSet)) === v.__urn,
    created: (v) => (v.metadataCreatedTimestamp ? { time: v.metadataCreatedTimestamp.time, actor: ref(v.metadataCreatedTimestamp.actor) } : null),
    createdInSource: (v) => (v.sourceCreatedTimestamp ? { time: v.sourceCreatedTimestamp.time, actor: ref(v.sourceCreatedTimestamp.actor) } : null),
  },
  VersionSet: {
    urn,
    type,
    relationships,
    latestVersion: async (p, _, ctx) => ref(await latestOf(ctx, p.urn)),
  },
  MLModelGroup: {
    ...mlFields,
    platform: requiredPlatform,
    browsePathV2,
    name: nameFromProps("mlModelGroupProperties"),
    origin: originOf,
    properties: async (p, _, ctx) => withUrn(p.urn, await aspect(ctx, p.urn, "mlModelGroupProperties")),
  },
  MLModelGroupProperties: {
    name: (v) => v.name ?? null,
    description: (v) => v.description ?? null,
    created: (v) => auditStamp(v.created),
    lastModified: (v) => auditStamp(v.lastModified),
    version: (v) => (v.version ? { versionTag: v.version.versionTag ?? null } : null),
    customProperties: (v) => customProperties(v.__urn, v.customProperties),
    externalUrl: (v) => v.externalUrl ?? null,
    createdAt: (v) => v.createdAt ?? v.created?.time ?? null,
    mlModelLineageInfo: lineageInfo,
  },
  MLFeature: {
    ...featureLike("mlFeatureProperties"),
    ...mlExtensionResolvers.MLFeature,
    browsePathV2,
    featureProperties: async (p, _, ctx) => withUrn(p.urn, await aspect(ctx, p.urn, "mlFeatureProperties")),
  },
  MLFeatureProperties: featureLikeProperties,
  MLPrimaryKey: {
    ...featureLike("mlPrimaryKeyProperties"),
    primaryKeyProperties: async (p, _, ctx) => withUrn(p.urn, await aspect(ctx, p.urn, "mlPrimaryKeyProperties")),
  },
  MLPrimaryKeyProperties: featureLikeProperties,
  OrreryFeatureSourceColumn: mlExtensionResolvers.OrreryFeatureSourceColumn,
  MLFeatureTable: {
    ...mlFields,
    platform: requiredPlatform,
    browsePathV2,
    name: nameFromUrn,
    properties: async (p, _, ctx) => withUrn(p.urn, await aspect(ctx, p.urn, "mlFeatureTableProperties")),
    featureTableProperties: async (p, _, ctx) => withUrn(p.urn, await aspect(ctx, p.urn, "mlFeatureTableProperties")),
  },
  MLFeatureTableProperties: {
    description: (v) => v.description ?? null,
    mlFeatures: (v) => refs(v.mlFeatures),
    mlPrimaryKeys: (v) => refs(v.mlPrimaryKeys),
    customProperties: (v) => customProperties(v.__urn, v.customProperties),
  },
} satisfies Resolvers;
