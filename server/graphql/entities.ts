/**
 * Resolvers for DataHub's entity types. A resolved entity is just `{ urn }`; every field loads what it
 * needs through the request's DataLoaders, so sibling entities share one SQL statement.
 */
import type { Context } from "./context";
import { badInput, checked } from "./context";
import type { AspectValue, EdgeRecord } from "../store/types";
import { entityTypeOf, displayNameFromUrn, normalizeUrn, parseUrn, UrnError, platformName } from "../model/urn";
import { EDITABLE_ASPECT, PROPERTIES_ASPECT, SEARCHABLE_ENTITY_TYPES } from "../model/derive";
import { countArg, pageArgs, pageOf, PAGE_RULES } from "../model/paging";
import { latestVersion, type VersionMember } from "../model/versions";
import { lineageTypes } from "../lineage/reader";
import { aspectValue } from "../model/aspects/index";

export type Ref = { urn: string };
type A = Record<string, any>; // aspect JSON as stored (validated on the way in)

/** GraphQL object type for each URN entity type we serve. */
export const GRAPHQL_TYPE: Record<string, string> = {
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
};

/** DataHub's EntityType enum value for each URN entity type. */
export const ENTITY_TYPE_ENUM: Record<string, string> = {
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

export const URN_TYPE_OF_ENUM: Record<string, string> = Object.fromEntries(
  Object.entries(ENTITY_TYPE_ENUM)
    .filter(([k]) => GRAPHQL_TYPE[k])
    .map(([k, v]) => [v, k]),
);

/** The searchable kinds (what "all types" means in search and autocomplete). */
export const SEARCHABLE_TYPES = SEARCHABLE_ENTITY_TYPES;

const PLATFORM_NAMES: Record<string, string> = {
  mlflow: "MLflow",
  sagemaker: "SageMaker",
  vertexai: "Vertex AI",
  snowflake: "Snowflake",
  bigquery: "BigQuery",
  s3: "S3",
  hive: "Hive",
  feast: "Feast",
  postgres: "PostgreSQL",
  mysql: "MySQL",
  kafka: "Kafka",
  databricks: "Databricks",
  redshift: "Redshift",
  openmetadata: "OpenMetadata",
  sklearn: "scikit-learn",
};
const PLATFORM_TYPES: Record<string, string> = {
  snowflake: "RELATIONAL_DB",
  bigquery: "RELATIONAL_DB",
  postgres: "RELATIONAL_DB",
  mysql: "RELATIONAL_DB",
  redshift: "RELATIONAL_DB",
  s3: "OBJECT_STORE",
  hive: "QUERY_ENGINE",
  kafka: "MESSAGE_BROKER",
};

/** A resolvable reference, or null for URNs of kinds the schema does not have. */
export function ref(urn: string | null | undefined): Ref | null {
  if (!urn) return null;
  try {
    return GRAPHQL_TYPE[entityTypeOf(urn)] ? { urn } : null;
  } catch {
    return null;
  }
}

export function resolveEntityType(obj: Ref): string | null {
  try {
    return GRAPHQL_TYPE[entityTypeOf(obj.urn)] ?? null;
  } catch {
    return null;
  }
}

export async function aspects(ctx: Context, urn: string): Promise<Map<string, AspectValue>> {
  return ctx.loaders.aspects.load(urn);
}

export async function aspect(ctx: Context, urn: string, name: string): Promise<A | undefined> {
  return (await aspects(ctx, urn)).get(name) as A | undefined;
}

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
export async function lookup(ctx: Context, urnInput: unknown, expected?: string | readonly string[]): Promise<Ref | null> {
  const urn = urnArg(urnInput, expected);
  return (await ctx.loaders.exists.load(urn)) ? { urn } : null;
}

export const auditStamp = (v: A | undefined | null) => (v && typeof v.time === "number" ? { time: v.time, actor: v.actor ?? null } : null);

export const customProperties = (urn: string, v: unknown) =>
  v && typeof v === "object"
    ? Object.entries(v as Record<string, unknown>).map(([key, value]) => ({ key, value: value == null ? null : String(value), associatedUrn: urn }))
    : null;

const params = (list: unknown) =>
  Array.isArray(list)
    ? list.map((p: A) => ({
        name: p.name ?? null,
        description: p.description ?? null,
        value: p.value == null ? null : String(p.value),
        createdAt: p.createdAt ?? null,
      }))
    : null;

const refs = (list: unknown) => (Array.isArray(list) ? list.map((u) => ref(u as string)) : null);
const strings = (list: unknown) => (Array.isArray(list) ? list.filter((x) => typeof x === "string") : null);

function platformUrnOf(urn: string, asp: Map<string, AspectValue>): string | null {
  const dpi = asp.get("dataPlatformInstance") as A | undefined;
  if (typeof dpi?.platform === "string") return dpi.platform;
  try {
    const p = parseUrn(urn) as { platform?: string };
    if (p.platform) return p.platform;
  } catch {
    /* not a platform-keyed urn */
  }
  const schema = asp.get("schemaMetadata") as A | undefined;
  return typeof schema?.platform === "string" ? schema.platform : null;
}

// ---------- fields every entity type shares ----------

/** A page of an entity's relationships (or one-hop lineage), as `start` and `count` ask. */
function page<T>(items: T[], start: unknown, count: unknown) {
  return pageOf(
    items,
    checked(() => pageArgs(start, count, PAGE_RULES.relationships)),
  );
}

async function liveEdges(ctx: Context, edges: EdgeRecord[], other: (e: EdgeRecord) => string) {
  const ok = await ctx.loaders.exists.loadMany(edges.map(other));
  return edges.filter((e, i) => ok[i] === true && ref(other(e)));
}

export const commonFields = {
  urn: (p: Ref) => p.urn,
  type: (p: Ref) => ENTITY_TYPE_ENUM[entityTypeOf(p.urn)] ?? "OTHER",
  exists: (p: Ref, _: unknown, ctx: Context) => ctx.loaders.exists.load(p.urn),
  lastIngested: async (p: Ref, _: unknown, ctx: Context) => (await ctx.loaders.entity.load(p.urn))?.updatedAt ?? null,
  status: async (p: Ref, _: unknown, ctx: Context) => {
    const s = await aspect(ctx, p.urn, "status");
    return s ? { removed: s.removed === true } : null;
  },
  tags: async (p: Ref, _: unknown, ctx: Context) => {
    const t = await aspect(ctx, p.urn, "globalTags");
    if (!t) return null;
    return {
      tags: (t.tags ?? []).filter((x: A) => ref(x.tag)).map((x: A) => ({ tag: { urn: x.tag }, associatedUrn: p.urn, context: x.context ?? null })),
    };
  },
  glossaryTerms: async (p: Ref, _: unknown, ctx: Context) => {
    const t = await aspect(ctx, p.urn, "glossaryTerms");
    if (!t) return null;
    return {
      terms: (t.terms ?? [])
        .filter((x: A) => ref(x.urn))
        .map((x: A) => ({
          term: { urn: x.urn },
          associatedUrn: p.urn,
          context: x.context ?? null,
          actor: t.auditStamp?.actor && ref(t.auditStamp.actor) ? { urn: t.auditStamp.actor } : null,
        })),
      auditStamp: auditStamp(t.auditStamp),
    };
  },
  ownership: async (p: Ref, _: unknown, ctx: Context) => {
    const o = await aspect(ctx, p.urn, "ownership");
    if (!o) return null;
    return {
      owners: (o.owners ?? [])
        .filter((x: A) => ref(x.owner))
        .map((x: A) => ({
          owner: { urn: x.owner },
          type: x.type ?? null,
          ownershipType: null,
          source: x.source ? { type: x.source.type ?? "OTHER", url: x.source.url ?? null } : null,
          associatedUrn: p.urn,
        })),
      lastModified: auditStamp(o.lastModified) ?? { time: 0, actor: null },
    };
  },
  subTypes: async (p: Ref, _: unknown, ctx: Context) => {
    const s = await aspect(ctx, p.urn, "subTypes");
    return s ? { typeNames: strings(s.typeNames) } : null;
  },
  institutionalMemory: async (p: Ref, _: unknown, ctx: Context) => {
    const m = await aspect(ctx, p.urn, "institutionalMemory");
    if (!m) return null;
    return {
      elements: (m.elements ?? []).map((e: A) => ({
        url: e.url,
        label: e.description ?? e.url,
        description: e.description ?? "",
        author: { urn: e.createStamp?.actor ?? "urn:li:corpuser:unknown" },
        actor: { urn: e.createStamp?.actor ?? "urn:li:corpuser:unknown" },
        created: auditStamp(e.createStamp) ?? { time: 0, actor: null },
        updated: auditStamp(e.updateStamp),
        associatedUrn: p.urn,
      })),
    };
  },
  deprecation: async (p: Ref, _: unknown, ctx: Context) => {
    const d = await aspect(ctx, p.urn, "deprecation");
    if (!d) return null;
    return {
      deprecated: d.deprecated === true,
      decommissionTime: d.decommissionTime ?? null,
      note: d.note ?? null,
      actor: d.actor ?? null,
      actorEntity: ref(d.actor),
      replacement: ref(d.replacement),
    };
  },
  dataPlatformInstance: async (p: Ref, _: unknown, ctx: Context) => {
    const d = await aspect(ctx, p.urn, "dataPlatformInstance");
    if (!d?.platform) return null;
    const instance = typeof d.instance === "string" ? d.instance : null;
    return {
      urn: instance ?? `urn:li:dataPlatformInstance:(${d.platform},default)`,
      type: "DATA_PLATFORM_INSTANCE",
      platform: { urn: d.platform },
      // DataHub's make_dataplatform_instance_urn: urn:li:dataPlatformInstance:(<platform urn>,<instance>)
      instanceId: instance ? (/^urn:li:dataPlatformInstance:\(urn:li:dataPlatform:[^,()]+,(.+)\)$/.exec(instance)?.[1] ?? displayNameFromUrn(instance)) : "",
      properties: null,
    };
  },
  platform: async (p: Ref, _: unknown, ctx: Context) => {
    const u = platformUrnOf(p.urn, await aspects(ctx, p.urn));
    return u ? { urn: u } : null;
  },
  editableProperties: async (p: Ref, _: unknown, ctx: Context) => {
    const name = EDITABLE_ASPECT[entityTypeOf(p.urn)];
    const e = name ? await aspect(ctx, p.urn, name) : undefined;
    return e ? { description: e.description ?? null, name: e.name ?? null } : null;
  },
  description: async (p: Ref, _: unknown, ctx: Context) => {
    const props = await aspect(ctx, p.urn, PROPERTIES_ASPECT[entityTypeOf(p.urn)] ?? "");
    return props?.description ?? null;
  },
  container: async (p: Ref, _: unknown, ctx: Context) => {
    const c = await aspect(ctx, p.urn, "container");
    return c?.container ? ref(c.container) : null;
  },
  parentContainers: async (p: Ref, _: unknown, ctx: Context) => {
    const containers: Ref[] = [];
    const seen = new Set([p.urn]);
    let cur = p.urn;
    for (let i = 0; i < 20; i++) {
      const c = await aspect(ctx, cur, "container");
      const next = c?.container;
      if (typeof next !== "string" || seen.has(next)) break;
      seen.add(next);
      containers.push({ urn: next });
      cur = next;
    }
    return { count: containers.length, containers };
  },
  browsePathV2: async (p: Ref, _: unknown, ctx: Context) => {
    const b = await aspect(ctx, p.urn, "browsePathsV2");
    if (!b) return null;
    return { path: (b.path ?? []).map((e: A) => ({ name: e.id, entity: ref(e.urn) })) };
  },
  relationships: async (p: Ref, args: { input: A }, ctx: Context) => {
    const input = args.input ?? {};
    const types = new Set<string>(input.types ?? []);
    const outgoing = input.direction === "OUTGOING";
    const all = await (outgoing ? ctx.loaders.outgoing : ctx.loaders.incoming).load(p.urn);
    const other = (e: EdgeRecord) => (outgoing ? e.dst : e.src);
    const matching = await liveEdges(
      ctx,
      all.filter((e) => types.size === 0 || types.has(e.type)),
      other,
    );
    const pg = page(matching, input.start, input.count);
    return {
      start: pg.start,
      count: pg.count,
      total: pg.total,
      relationships: pg.items.map((e) => ({
        type: e.type,
        direction: input.direction,
        entity: { urn: other(e) },
        created: { time: e.createdAt, actor: null },
      })),
    };
  },
  lineage: async (p: Ref, args: { input: A }, ctx: Context) => {
    const input = args.input ?? {};
    const direction = input.direction === "UPSTREAM" ? "UPSTREAM" : "DOWNSTREAM";
    const t = lineageTypes(direction);
    const [out, inc] = await Promise.all([ctx.loaders.outgoing.load(p.urn), ctx.loaders.incoming.load(p.urn)]);
    const hops = [
      ...(
        await liveEdges(
          ctx,
          out.filter((e) => t.outgoing.has(e.type)),
          (e) => e.dst,
        )
      ).map((e) => ({ e, other: e.dst })),
      ...(
        await liveEdges(
          ctx,
          inc.filter((e) => t.incoming.has(e.type)),
          (e) => e.src,
        )
      ).map((e) => ({ e, other: e.src })),
    ];
    const pg = page(hops, input.start, input.count);
    return {
      start: pg.start,
      count: pg.count,
      total: pg.total,
      filtered: 0,
      relationships: pg.items.map(({ e, other }) => ({
        type: e.type,
        entity: { urn: other },
        degree: 1,
        createdOn: e.createdAt,
        createdActor: null,
        updatedOn: e.createdAt,
        updatedActor: null,
        isManual: false,
        paths: [{ path: [{ urn: p.urn }, { urn: other }] }],
      })),
    };
  },
};

// ---------- per-type resolvers ----------

const nameFromProps = (propsAspect: string) => async (p: Ref, _: unknown, ctx: Context) => {
  const props = await aspect(ctx, p.urn, propsAspect);
  return (typeof props?.name === "string" && props.name) || displayNameFromUrn(p.urn);
};

const propsOf = (propsAspect: string) => async (p: Ref, _: unknown, ctx: Context) => {
  const v = await aspect(ctx, p.urn, propsAspect);
  return v ? { ...v, __urn: p.urn } : null;
};

const originOf = (p: Ref) => {
  try {
    return (parseUrn(p.urn) as { env?: string }).env ?? "PROD";
  } catch {
    return "PROD";
  }
};

type P = A & { __urn: string };

const lineageInfo = (v: P) => ({
  trainingJobs: strings(v.trainingJobs) ?? [],
  downstreamJobs: strings(v.downstreamJobs) ?? [],
});

/** Features and primary keys share their shape: (namespace, name) urns and one properties aspect. */
function featureLike(propsAspect: string, deprecatedPropsField: string) {
  return {
    ...commonFields,
    name: (p: Ref) => displayNameFromUrn(p.urn),
    featureNamespace: (p: Ref) => (parseUrn(p.urn) as { featureNamespace: string }).featureNamespace,
    dataType: async (p: Ref, _: unknown, ctx: Context) => (await aspect(ctx, p.urn, propsAspect))?.dataType ?? null,
    properties: propsOf(propsAspect),
    [deprecatedPropsField]: propsOf(propsAspect),
  };
}

const featureLikeProperties = {
  description: (v: P) => v.description ?? null,
  dataType: (v: P) => v.dataType ?? null,
  version: (v: P) => (v.version ? { versionTag: v.version.versionTag ?? null } : null),
  sources: (v: P) => refs(v.sources),
  customProperties: (v: P) => customProperties(v.__urn, v.customProperties),
};

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

export const entityResolvers = {
  MLModel: {
    ...commonFields,
    name: nameFromProps("mlModelProperties"),
    origin: originOf,
    properties: propsOf("mlModelProperties"),
    globalTags: commonFields.tags,
    versionProperties: async (p: Ref, _: unknown, ctx: Context) => {
      const v = await aspect(ctx, p.urn, "versionProperties");
      return v ? { ...v, __urn: p.urn } : null;
    },
  },
  MLModelProperties: {
    name: (v: P) => v.name ?? null,
    description: (v: P) => v.description ?? null,
    lastModified: (v: P) => auditStamp(v.lastModified),
    created: (v: P) => auditStamp(v.created),
    date: (v: P) => v.date ?? null,
    version: (v: P) => v.version?.versionTag ?? null,
    type: (v: P) => v.type ?? null,
    hyperParameters: (v: P) =>
      v.hyperParameters && typeof v.hyperParameters === "object" ? Object.entries(v.hyperParameters).map(([key, value]) => ({ key, value })) : null,
    hyperParams: (v: P) => params(v.hyperParams),
    trainingMetrics: (v: P) => params(v.trainingMetrics),
    onlineMetrics: (v: P) => params(v.onlineMetrics),
    mlFeatures: (v: P) => strings(v.mlFeatures),
    tags: (v: P) => strings(v.tags),
    groups: (v: P) => refs(v.groups),
    customProperties: (v: P) => customProperties(v.__urn, v.customProperties),
    externalUrl: (v: P) => v.externalUrl ?? null,
    mlModelLineageInfo: lineageInfo,
    deployments: (v: P) => refs(v.deployments),
  },
  HyperParameterValueType: {
    __resolveType: (v: unknown) =>
      typeof v === "boolean" ? "BooleanBox" : typeof v === "number" ? (Number.isInteger(v) ? "IntBox" : "FloatBox") : "StringBox",
  },
  StringBox: { stringValue: (v: unknown) => (typeof v === "object" && v ? ((v as A).string ?? JSON.stringify(v)) : String(v)) },
  IntBox: { intValue: (v: unknown) => v },
  FloatBox: { floatValue: (v: unknown) => v },
  BooleanBox: { booleanValue: (v: unknown) => v },
  VersionProperties: {
    versionSet: (v: P) => ({ urn: v.versionSet }),
    version: (v: P) => ({ versionTag: v.version?.versionTag ?? null }),
    aliases: (v: P) => (v.aliases ?? []).map((a: A) => ({ versionTag: a.versionTag ?? null })),
    comment: (v: P) => v.comment ?? null,
    isLatest: async (v: P, _: unknown, ctx: Context) => (await latestOf(ctx, v.versionSet)) === v.__urn,
    created: (v: P) => (v.metadataCreatedTimestamp ? { time: v.metadataCreatedTimestamp.time, actor: ref(v.metadataCreatedTimestamp.actor) } : null),
    createdInSource: (v: P) => (v.sourceCreatedTimestamp ? { time: v.sourceCreatedTimestamp.time, actor: ref(v.sourceCreatedTimestamp.actor) } : null),
  },
  VersionSet: {
    urn: commonFields.urn,
    type: commonFields.type,
    relationships: commonFields.relationships,
    latestVersion: async (p: Ref, _: unknown, ctx: Context) => ref(await latestOf(ctx, p.urn)),
  },
  MLModelGroup: {
    ...commonFields,
    name: nameFromProps("mlModelGroupProperties"),
    origin: originOf,
    properties: propsOf("mlModelGroupProperties"),
  },
  MLModelGroupProperties: {
    name: (v: P) => v.name ?? null,
    description: (v: P) => v.description ?? null,
    created: (v: P) => auditStamp(v.created),
    lastModified: (v: P) => auditStamp(v.lastModified),
    version: (v: P) => (v.version ? { versionTag: v.version.versionTag ?? null } : null),
    customProperties: (v: P) => customProperties(v.__urn, v.customProperties),
    externalUrl: (v: P) => v.externalUrl ?? null,
    createdAt: (v: P) => v.createdAt ?? v.created?.time ?? null,
    mlModelLineageInfo: lineageInfo,
  },
  MLFeature: featureLike("mlFeatureProperties", "featureProperties"),
  MLFeatureProperties: featureLikeProperties,
  MLPrimaryKey: featureLike("mlPrimaryKeyProperties", "primaryKeyProperties"),
  MLPrimaryKeyProperties: featureLikeProperties,
  MLFeatureTable: {
    ...commonFields,
    name: (p: Ref) => displayNameFromUrn(p.urn),
    properties: propsOf("mlFeatureTableProperties"),
    featureTableProperties: propsOf("mlFeatureTableProperties"),
  },
  MLFeatureTableProperties: {
    description: (v: P) => v.description ?? null,
    mlFeatures: (v: P) => refs(v.mlFeatures),
    mlPrimaryKeys: (v: P) => refs(v.mlPrimaryKeys),
    customProperties: (v: P) => customProperties(v.__urn, v.customProperties),
  },
  Container: {
    ...commonFields,
    properties: async (p: Ref, _: unknown, ctx: Context) => {
      const v = await aspect(ctx, p.urn, "containerProperties");
      return v ? { ...v, __urn: p.urn } : null;
    },
    platform: async (p: Ref, _: unknown, ctx: Context) => {
      const u = platformUrnOf(p.urn, await aspects(ctx, p.urn));
      return { urn: u ?? "urn:li:dataPlatform:unknown" };
    },
  },
  ContainerProperties: {
    name: (v: P) => v.name ?? displayNameFromUrn(v.__urn),
    description: (v: P) => v.description ?? null,
    customProperties: (v: P) => customProperties(v.__urn, v.customProperties),
    externalUrl: (v: P) => v.externalUrl ?? null,
    qualifiedName: (v: P) => v.qualifiedName ?? null,
    created: (v: P) => auditStamp(v.created),
    lastModified: (v: P) => auditStamp(v.lastModified),
  },
  DataProcessInstance: {
    ...commonFields,
    name: async (p: Ref, _: unknown, ctx: Context) => (await aspect(ctx, p.urn, "dataProcessInstanceProperties"))?.name ?? null,
    created: async (p: Ref, _: unknown, ctx: Context) => auditStamp((await aspect(ctx, p.urn, "dataProcessInstanceProperties"))?.created),
    externalUrl: async (p: Ref, _: unknown, ctx: Context) =>
      (await aspect(ctx, p.urn, "dataProcessInstanceProperties"))?.externalUrl ?? (await aspect(ctx, p.urn, "mlTrainingRunProperties"))?.externalUrl ?? null,
    properties: async (p: Ref, _: unknown, ctx: Context) => {
      const v = await aspect(ctx, p.urn, "dataProcessInstanceProperties");
      return v ? { ...v, __urn: p.urn } : null;
    },
    mlTrainingRunProperties: async (p: Ref, _: unknown, ctx: Context) => {
      const v = await aspect(ctx, p.urn, "mlTrainingRunProperties");
      return v ? { ...v, __urn: p.urn } : null;
    },
    state: async (p: Ref, args: { startTimeMillis?: number; endTimeMillis?: number; limit?: number }, ctx: Context) => {
      let events = await ctx.loaders.runEvents.load(p.urn);
      if (args.startTimeMillis != null) events = events.filter((e) => e.timestampMillis >= args.startTimeMillis!);
      if (args.endTimeMillis != null) events = events.filter((e) => e.timestampMillis <= args.endTimeMillis!);
      const limit = checked(() => countArg(args.limit, PAGE_RULES.runEvents, "limit"));
      return events.slice(0, limit).map((e) => {
        const v = e.value as A;
        return {
          status: v.status ?? null,
          attempt: v.attempt ?? null,
          result: v.result ? { resultType: v.result.type ?? null, nativeResultType: v.result.nativeResultType ?? null } : null,
          timestampMillis: e.timestampMillis,
          durationMillis: v.durationMillis ?? null,
        };
      });
    },
    parentTemplate: async (p: Ref, _: unknown, ctx: Context) => ref((await aspect(ctx, p.urn, "dataProcessInstanceRelationships"))?.parentTemplate),
    /** Orrery extension: a run's metric history, read only when asked for (one statement for all runs asked). */
    orreryMetricHistory: async (p: Ref, args: { names?: string[] | null }, ctx: Context) => {
      const names = args.names ? [...new Set(args.names)].sort() : null;
      const metrics = await ctx.loaders.metricHistory.load(`${p.urn}\u0000${JSON.stringify(names)}`);
      if (!metrics) return null;
      return (metrics as A[]).map((m: A) => ({
        name: m.name,
        points: (m.points ?? []).map((pt: A) => ({ step: pt.step ?? null, timestampMillis: pt.timestampMillis ?? null, value: pt.value })),
        totalPoints: m.totalPoints ?? m.points?.length ?? 0,
      }));
    },
  },
  DataProcessInstanceProperties: {
    name: (v: P) => v.name ?? displayNameFromUrn(v.__urn),
    externalUrl: (v: P) => v.externalUrl ?? null,
    created: (v: P) => auditStamp(v.created) ?? { time: 0, actor: null },
    customProperties: (v: P) => customProperties(v.__urn, v.customProperties),
  },
  MLTrainingRunProperties: {
    id: (v: P) => v.id ?? null,
    outputUrls: (v: P) => strings(v.outputUrls),
    hyperParams: (v: P) => params(v.hyperParams),
    trainingMetrics: (v: P) => params(v.trainingMetrics),
  },
  Dataset: {
    ...commonFields,
    name: (p: Ref) => displayNameFromUrn(p.urn),
    origin: originOf,
    properties: async (p: Ref, _: unknown, ctx: Context) => {
      const v = await aspect(ctx, p.urn, "datasetProperties");
      return v ? { ...v, __urn: p.urn } : null;
    },
    schemaMetadata: async (p: Ref, _: unknown, ctx: Context) => {
      const v = await aspect(ctx, p.urn, "schemaMetadata");
      return v ? { ...v, __urn: p.urn } : null;
    },
    editableSchemaMetadata: async (p: Ref, _: unknown, ctx: Context) => {
      const v = await aspect(ctx, p.urn, "editableSchemaMetadata");
      if (!v) return null;
      return {
        editableSchemaFieldInfo: (v.editableSchemaFieldInfo ?? []).map((f: A) => ({
          fieldPath: f.fieldPath,
          description: f.description ?? null,
          tags: f.globalTags ? { tags: (f.globalTags.tags ?? []).map((t: A) => ({ tag: { urn: t.tag }, associatedUrn: p.urn })) } : null,
          globalTags: null,
          glossaryTerms: null,
        })),
      };
    },
  },
  DatasetProperties: {
    name: (v: P) => v.name ?? displayNameFromUrn(v.__urn),
    qualifiedName: (v: P) => v.qualifiedName ?? null,
    origin: (v: P) => originOf({ urn: v.__urn }),
    description: (v: P) => v.description ?? null,
    customProperties: (v: P) => customProperties(v.__urn, v.customProperties),
    externalUrl: (v: P) => v.externalUrl ?? null,
    created: (v: P) => v.created?.time ?? null,
    createdActor: (v: P) => v.created?.actor ?? null,
    lastModified: (v: P) => auditStamp(v.lastModified) ?? { time: 0, actor: null },
    lastModifiedActor: (v: P) => v.lastModified?.actor ?? null,
  },
  SchemaMetadata: {
    aspectVersion: () => 0,
    datasetUrn: (v: P) => v.__urn,
    name: (v: P) => v.schemaName ?? "",
    platformUrn: (v: P) => v.platform ?? "",
    version: (v: P) => v.version ?? 0,
    cluster: (v: P) => v.cluster ?? null,
    hash: (v: P) => v.hash ?? "",
    platformSchema: (v: P) => {
      const ps = v.platformSchema;
      if (!ps || typeof ps !== "object") return null;
      const inner = Object.values(ps)[0] as A | undefined;
      if (inner && "keySchema" in inner) return { __typename: "KeyValueSchema", keySchema: inner.keySchema ?? "", valueSchema: inner.valueSchema ?? "" };
      return { __typename: "TableSchema", schema: inner?.tableSchema ?? inner?.schema ?? inner?.documentSchema ?? "" };
    },
    fields: (v: P) =>
      (v.fields ?? []).map((f: A) => ({
        fieldPath: f.fieldPath,
        jsonPath: f.jsonPath ?? null,
        label: f.label ?? null,
        nullable: f.nullable === true,
        description: f.description ?? null,
        type: schemaFieldType(f.type),
        nativeDataType: f.nativeDataType ?? null,
        recursive: f.recursive === true,
        tags: f.globalTags
          ? { tags: (f.globalTags.tags ?? []).filter((t: A) => ref(t.tag)).map((t: A) => ({ tag: { urn: t.tag }, associatedUrn: v.__urn })) }
          : null,
        globalTags: null,
        glossaryTerms: f.glossaryTerms
          ? { terms: (f.glossaryTerms.terms ?? []).filter((t: A) => ref(t.urn)).map((t: A) => ({ term: { urn: t.urn }, associatedUrn: v.__urn })) }
          : null,
        isPartOfKey: f.isPartOfKey ?? null,
        isPartitioningKey: f.isPartitioningKey ?? null,
        jsonProps: f.jsonProps ?? null,
      })),
    primaryKeys: (v: P) => strings(v.primaryKeys),
    createdAt: (v: P) => v.created?.time ?? null,
  },
  PlatformSchema: { __resolveType: (v: A) => v.__typename },
  DataPlatform: {
    urn: commonFields.urn,
    type: commonFields.type,
    relationships: commonFields.relationships,
    name: (p: Ref) => platformName(p.urn),
    displayName: (p: Ref) => PLATFORM_NAMES[platformName(p.urn)] ?? platformName(p.urn),
    properties: async (p: Ref, _: unknown, ctx: Context) => {
      const info = await aspect(ctx, p.urn, "dataPlatformInfo");
      const n = platformName(p.urn);
      return {
        type: info?.type ?? PLATFORM_TYPES[n] ?? "OTHERS",
        displayName: info?.displayName ?? PLATFORM_NAMES[n] ?? n,
        datasetNameDelimiter: info?.datasetNameDelimiter ?? ".",
        logoUrl: info?.logoUrl ?? null,
      };
    },
  },
  CorpUser: {
    urn: commonFields.urn,
    type: commonFields.type,
    relationships: commonFields.relationships,
    exists: commonFields.exists,
    username: (p: Ref) => displayNameFromUrn(p.urn),
    properties: async (p: Ref, _: unknown, ctx: Context) => {
      const i = await aspect(ctx, p.urn, "corpUserInfo");
      return i
        ? {
            active: i.active ?? true,
            displayName: i.displayName ?? null,
            email: i.email ?? null,
            title: i.title ?? null,
            fullName: i.fullName ?? null,
            firstName: i.firstName ?? null,
            lastName: i.lastName ?? null,
            customProperties: customProperties(p.urn, i.customProperties),
          }
        : null;
    },
    info: async (p: Ref, _: unknown, ctx: Context) => {
      const i = await aspect(ctx, p.urn, "corpUserInfo");
      return i
        ? {
            active: i.active ?? true,
            displayName: i.displayName ?? null,
            email: i.email ?? null,
            title: i.title ?? null,
            fullName: i.fullName ?? null,
            firstName: i.firstName ?? null,
            lastName: i.lastName ?? null,
          }
        : null;
    },
    editableProperties: async (p: Ref, _: unknown, ctx: Context) => {
      const e = await aspect(ctx, p.urn, "corpUserEditableInfo");
      return e
        ? {
            displayName: e.displayName ?? null,
            title: e.title ?? null,
            aboutMe: e.aboutMe ?? null,
            pictureLink: e.pictureLink ?? null,
            email: e.email ?? null,
            slack: e.slack ?? null,
            phone: e.phone ?? null,
            teams: e.teams ?? null,
            skills: e.skills ?? null,
          }
        : null;
    },
    status: () => null,
  },
  CorpGroup: {
    urn: commonFields.urn,
    type: commonFields.type,
    relationships: commonFields.relationships,
    exists: commonFields.exists,
    name: (p: Ref) => displayNameFromUrn(p.urn),
    properties: async (p: Ref, _: unknown, ctx: Context) => {
      const i = await aspect(ctx, p.urn, "corpGroupInfo");
      return i ? { displayName: i.displayName ?? null, description: i.description ?? null, email: i.email ?? null } : null;
    },
    editableProperties: () => null,
  },
  Tag: {
    urn: commonFields.urn,
    type: commonFields.type,
    relationships: commonFields.relationships,
    exists: commonFields.exists,
    ownership: commonFields.ownership,
    name: async (p: Ref, _: unknown, ctx: Context) => (await aspect(ctx, p.urn, "tagProperties"))?.name ?? displayNameFromUrn(p.urn),
    description: async (p: Ref, _: unknown, ctx: Context) => (await aspect(ctx, p.urn, "tagProperties"))?.description ?? null,
    properties: async (p: Ref, _: unknown, ctx: Context) => {
      const t = await aspect(ctx, p.urn, "tagProperties");
      return { name: t?.name ?? displayNameFromUrn(p.urn), description: t?.description ?? null, colorHex: t?.colorHex ?? null };
    },
  },
  GlossaryTerm: {
    urn: commonFields.urn,
    type: commonFields.type,
    relationships: commonFields.relationships,
    exists: commonFields.exists,
    ownership: commonFields.ownership,
    name: (p: Ref) => displayNameFromUrn(p.urn),
    hierarchicalName: (p: Ref) => displayNameFromUrn(p.urn),
    properties: async (p: Ref, _: unknown, ctx: Context) => {
      const t = await aspect(ctx, p.urn, "glossaryTermInfo");
      return {
        name: t?.name ?? displayNameFromUrn(p.urn),
        description: t?.definition ?? null,
        definition: t?.definition ?? "",
        termSource: t?.termSource ?? "INTERNAL",
        sourceRef: t?.sourceRef ?? null,
        sourceUrl: t?.sourceUrl ?? null,
        customProperties: customProperties(p.urn, t?.customProperties),
        rawSchema: t?.rawSchema ?? null,
      };
    },
  },
  OwnerType: { __resolveType: (v: Ref) => (entityTypeOf(v.urn) === "corpGroup" ? "CorpGroup" : "CorpUser") },
  Entity: { __resolveType: resolveEntityType },
  EntityWithRelationships: { __resolveType: resolveEntityType },
  BrowsableEntity: { __resolveType: resolveEntityType },
  SupportsVersions: { __resolveType: resolveEntityType },
};

const FIELD_TYPES: Record<string, string> = {
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

function schemaFieldType(t: unknown): string {
  const inner = (t as A | undefined)?.type;
  const key = inner && typeof inner === "object" ? Object.keys(inner)[0] : undefined;
  const short = key?.split(".").pop();
  return (short && FIELD_TYPES[short]) || "STRING";
}
