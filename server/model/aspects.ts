/**
 * zod schemas for the aspects Orrery stores, following DataHub's PDL models as the golden files and
 * the Python SDK write them. Objects keep unknown keys (DataHub adds fields over time), but every
 * field we know is checked for its type, and strings have limits so oversized values get a clear error.
 */
import { z } from "zod";
import { entityTypeOf, parseUrn, UrnError, type EntityType } from "./urn";

export const MAX_NAME = 1000;
export const MAX_TEXT = 1_000_000;
export const MAX_LIST = 10_000;

const str = (max = 10_000) => z.string().max(max, { error: `must be at most ${max} characters` });
const name = str(MAX_NAME);
const text = str(MAX_TEXT);
const time = z.number().int().nonnegative();

export const urn = z.string().superRefine((v, ctx) => {
  try {
    parseUrn(v);
  } catch (e) {
    ctx.addIssue({ code: "custom", message: e instanceof UrnError ? `invalid urn: ${e.message}` : "invalid urn" });
  }
});
const urnOf = (...types: EntityType[]) =>
  urn.superRefine((v, ctx) => {
    try {
      const t = entityTypeOf(v);
      if (!types.includes(t)) ctx.addIssue({ code: "custom", message: `expected a ${types.join(" or ")} urn, got a ${t} urn` });
    } catch {
      /* reported by urn */
    }
  });
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST, { error: `must have at most ${MAX_LIST} items` });
const obj = <T extends z.core.$ZodLooseShape>(shape: T) => z.looseObject(shape);

const Stamp = obj({ time, actor: urn.optional(), impersonator: urn.optional(), message: str().optional() });
const TimeStamp = obj({ time, actor: urn.optional() });
const CustomProperties = z.record(str(1000), str(MAX_TEXT / 10));
const VersionTag = obj({ versionTag: str(1000).optional(), metadataAttribution: z.unknown().optional() });
const Param = obj({ name: str(1000), value: z.union([str(100_000), z.number(), z.boolean()]).optional(), description: text.optional(), createdAt: time.optional() });
const Edge = obj({
  destinationUrn: urn,
  sourceUrn: urn.optional(),
  created: Stamp.optional(),
  lastModified: Stamp.optional(),
  properties: z.record(z.string(), z.string()).optional(),
});

const OWNERSHIP_TYPES = [
  "DATAOWNER", "TECHNICAL_OWNER", "BUSINESS_OWNER", "PRODUCER", "DEVELOPER", "CONSUMER", "DELEGATE", "STAKEHOLDER", "DATA_STEWARD", "NONE", "CUSTOM",
] as const;
const FEATURE_DATA_TYPES = [
  "USELESS", "NOMINAL", "ORDINAL", "BINARY", "COUNT", "TIME", "INTERVAL", "IMAGE", "VIDEO", "AUDIO", "TEXT", "MAP", "SEQUENCE", "SET", "CONTINUOUS", "BYTE", "UNKNOWN",
] as const;

const editable = obj({ description: text.optional(), name: name.optional(), created: Stamp.optional(), lastModified: Stamp.optional(), deleted: Stamp.optional() });

const mlModelProperties = obj({
  name: name.optional(),
  description: text.optional(),
  date: time.optional(),
  created: TimeStamp.optional(),
  lastModified: TimeStamp.optional(),
  customProperties: CustomProperties.optional(),
  externalUrl: str(4000).optional(),
  version: VersionTag.optional(),
  type: str(1000).optional(),
  hyperParameters: z.record(z.string(), z.unknown()).optional(),
  hyperParams: list(Param).optional(),
  trainingMetrics: list(Param).optional(),
  onlineMetrics: list(Param).optional(),
  mlFeatures: list(urnOf("mlFeature", "mlPrimaryKey")).optional(),
  tags: list(str(1000)).optional(),
  deployments: list(urn).optional(),
  trainingJobs: list(urn).optional(),
  downstreamJobs: list(urn).optional(),
  groups: list(urnOf("mlModelGroup")).optional(),
});

const mlModelGroupProperties = obj({
  name: name.optional(),
  description: text.optional(),
  createdAt: time.optional(),
  created: TimeStamp.optional(),
  lastModified: TimeStamp.optional(),
  customProperties: CustomProperties.optional(),
  externalUrl: str(4000).optional(),
  version: VersionTag.optional(),
  trainingJobs: list(urn).optional(),
  downstreamJobs: list(urn).optional(),
});

const RUN_RESULTS = ["SUCCESS", "FAILURE", "SKIPPED", "UP_FOR_RETRY"] as const;

/** Most points one metric keeps in `orreryMetricHistory`; importers down-sample evenly beyond it. */
export const MAX_METRIC_POINTS = 10_000;

/** Orrery extension aspect: every logged point of a run's metrics (DataHub keeps only one value each). */
const orreryMetricHistory = obj({
  metrics: list(
    obj({
      name: str(1000),
      points: z
        .array(obj({ step: z.number().int(), timestampMillis: z.number().int(), value: z.number() }))
        .max(MAX_METRIC_POINTS, { error: `must have at most ${MAX_METRIC_POINTS} points (down-sample evenly, keeping the first and the last)` }),
      /** points logged in the source; more than `points.length` when down-sampled */
      totalPoints: z.number().int().nonnegative().optional(),
    }),
  ).superRefine((metrics, ctx) => {
    const seen = new Set<string>();
    metrics.forEach((m, i) => {
      if (seen.has(m.name)) ctx.addIssue({ code: "custom", path: [i, "name"], message: `metric '${m.name}' appears more than once` });
      seen.add(m.name);
    });
  }),
});

const schemaField = obj({
  fieldPath: str(10_000),
  jsonPath: str().optional(),
  nullable: z.boolean().optional(),
  description: text.optional(),
  label: str().optional(),
  type: obj({ type: z.record(z.string(), z.unknown()) }),
  nativeDataType: str(10_000),
  recursive: z.boolean().optional(),
  globalTags: z.unknown().optional(),
  glossaryTerms: z.unknown().optional(),
  isPartOfKey: z.boolean().optional(),
  isPartitioningKey: z.boolean().optional(),
  jsonProps: str(MAX_TEXT).optional(),
});

export const ASPECT_SCHEMAS: Record<string, z.ZodType> = {
  mlModelProperties,
  mlModelGroupProperties,
  versionProperties: obj({
    versionSet: urnOf("versionSet"),
    version: VersionTag,
    aliases: list(VersionTag).optional(),
    comment: text.optional(),
    sortId: str(1000),
    versioningScheme: str(200).optional(),
    sourceCreatedTimestamp: Stamp.optional(),
    metadataCreatedTimestamp: Stamp.optional(),
    isLatest: z.boolean().optional(),
  }),
  containerProperties: obj({
    name,
    description: text.optional(),
    customProperties: CustomProperties.optional(),
    externalUrl: str(4000).optional(),
    qualifiedName: str(4000).optional(),
    created: TimeStamp.optional(),
    lastModified: TimeStamp.optional(),
    env: str(100).optional(),
  }),
  container: obj({ container: urnOf("container") }),
  subTypes: obj({ typeNames: list(str(200)) }),
  dataPlatformInstance: obj({ platform: urnOf("dataPlatform"), instance: urn.optional() }),
  dataProcessInstanceProperties: obj({
    name,
    created: Stamp,
    type: z.enum(["BATCH_SCHEDULED", "BATCH_AD_HOC", "STREAMING"]).optional(),
    customProperties: CustomProperties.optional(),
    externalUrl: str(4000).optional(),
  }),
  dataProcessInstanceRelationships: obj({
    parentTemplate: urn.optional(),
    parentInstance: urn.optional(),
    upstreamInstances: list(urn).optional(),
  }),
  mlTrainingRunProperties: obj({
    id: str(1000).optional(),
    outputUrls: list(str(4000)).optional(),
    hyperParams: list(Param).optional(),
    trainingMetrics: list(Param).optional(),
    externalUrl: str(4000).optional(),
    customProperties: CustomProperties.optional(),
  }),
  dataProcessInstanceRunEvent: obj({
    timestampMillis: time,
    eventGranularity: z.unknown().optional(),
    partitionSpec: z.unknown().optional(),
    messageId: str().optional(),
    externalUrl: str(4000).optional(),
    status: z.enum(["STARTED", "COMPLETE"]),
    attempt: z.number().int().optional(),
    result: obj({ type: z.enum(RUN_RESULTS), nativeResultType: str(1000) }).optional(),
    durationMillis: time.optional(),
  }),
  orreryMetricHistory,
  dataProcessInstanceInput: obj({ inputs: list(urn), inputEdges: list(Edge).optional() }),
  dataProcessInstanceOutput: obj({ outputs: list(urn), outputEdges: list(Edge).optional() }),
  datasetProperties: obj({
    name: name.optional(),
    qualifiedName: str(4000).optional(),
    description: text.optional(),
    customProperties: CustomProperties.optional(),
    externalUrl: str(4000).optional(),
    uri: str(4000).optional(),
    created: TimeStamp.optional(),
    lastModified: TimeStamp.optional(),
    tags: list(str(1000)).optional(),
  }),
  editableDatasetProperties: editable,
  schemaMetadata: obj({
    schemaName: str(4000),
    platform: urnOf("dataPlatform"),
    version: z.number().int(),
    created: Stamp.optional(),
    lastModified: Stamp.optional(),
    hash: str(1000),
    platformSchema: z.record(z.string(), z.unknown()),
    fields: list(schemaField),
    primaryKeys: list(str(10_000)).optional(),
    foreignKeys: z.unknown().optional(),
  }),
  editableSchemaMetadata: obj({
    created: Stamp.optional(),
    lastModified: Stamp.optional(),
    editableSchemaFieldInfo: list(obj({ fieldPath: str(10_000), description: text.optional(), globalTags: z.unknown().optional(), glossaryTerms: z.unknown().optional() })),
  }),
  upstreamLineage: obj({
    upstreams: list(obj({ dataset: urnOf("dataset"), type: str(100), auditStamp: Stamp.optional(), created: Stamp.optional(), properties: z.unknown().optional() })),
    fineGrainedLineages: z.unknown().optional(),
  }),
  mlFeatureProperties: obj({
    description: text.optional(),
    dataType: z.enum(FEATURE_DATA_TYPES).optional(),
    version: VersionTag.optional(),
    sources: list(urn).optional(),
    customProperties: CustomProperties.optional(),
  }),
  mlPrimaryKeyProperties: obj({
    description: text.optional(),
    dataType: z.enum(FEATURE_DATA_TYPES).optional(),
    version: VersionTag.optional(),
    sources: list(urn),
    customProperties: CustomProperties.optional(),
  }),
  mlFeatureTableProperties: obj({
    description: text.optional(),
    mlFeatures: list(urnOf("mlFeature")).optional(),
    mlPrimaryKeys: list(urnOf("mlPrimaryKey")).optional(),
    customProperties: CustomProperties.optional(),
  }),
  globalTags: obj({ tags: list(obj({ tag: urnOf("tag"), context: str().optional(), attribution: z.unknown().optional() })) }),
  glossaryTerms: obj({
    terms: list(obj({ urn: urnOf("glossaryTerm"), context: str().optional(), attribution: z.unknown().optional() })),
    auditStamp: Stamp,
  }),
  ownership: obj({
    owners: list(
      obj({
        owner: urnOf("corpuser", "corpGroup"),
        type: z.enum(OWNERSHIP_TYPES),
        typeUrn: urn.optional(),
        source: obj({ type: str(100), url: str(4000).optional() }).optional(),
        attribution: z.unknown().optional(),
      }),
    ),
    ownerTypes: z.unknown().optional(),
    lastModified: Stamp.optional(),
  }),
  status: obj({ removed: z.boolean() }),
  institutionalMemory: obj({
    elements: list(obj({ url: str(4000), description: str(10_000), createStamp: Stamp, updateStamp: Stamp.optional() })),
  }),
  browsePaths: obj({ paths: list(str(10_000)) }),
  browsePathsV2: obj({ path: list(obj({ id: str(10_000), urn: urn.optional() })) }),
  deprecation: obj({ deprecated: z.boolean(), decommissionTime: time.optional(), note: text, actor: urn, replacement: urn.optional() }),
  domains: obj({ domains: list(urn) }),
  tagProperties: obj({ name, description: text.optional(), colorHex: str(20).optional() }),
  glossaryTermInfo: obj({
    id: str().optional(),
    name: name.optional(),
    definition: text,
    parentNode: urn.optional(),
    termSource: str(100),
    sourceRef: str().optional(),
    sourceUrl: str(4000).optional(),
    customProperties: CustomProperties.optional(),
  }),
  corpUserInfo: obj({
    active: z.boolean(),
    displayName: name.optional(),
    email: str(1000).optional(),
    title: str(1000).optional(),
    fullName: name.optional(),
    firstName: name.optional(),
    lastName: name.optional(),
    customProperties: CustomProperties.optional(),
  }),
  corpUserEditableInfo: obj({ aboutMe: text.optional(), displayName: name.optional(), title: str(1000).optional(), pictureLink: str(4000).optional(), email: str(1000).optional() }),
  corpGroupInfo: obj({ displayName: name.optional(), description: text.optional(), email: str(1000).optional() }),
  dataPlatformInfo: obj({ name, type: str(100), datasetNameDelimiter: str(10), displayName: name.optional(), logoUrl: str(4000).optional() }),
  platformResourceInfo: obj({ resourceType: str(1000), primaryKey: str(10_000), secondaryKeys: list(str(10_000)).optional(), value: z.unknown().optional() }),
  editableMlModelProperties: editable,
  editableMlModelGroupProperties: editable,
  editableContainerProperties: editable,
  editableMlFeatureProperties: editable,
  editableMlFeatureTableProperties: editable,
  editableMlPrimaryKeyProperties: editable,
  // Orrery extension aspects: what OpenMetadata records about ML models and features and DataHub's
  // aspects have no field for (docs/API.md, "ML model serving and feature details").
  orreryMlModelServing: obj({
    servingEndpoint: str(4000).optional(),
    target: name.optional(),
    store: obj({ storage: str(4000).optional(), imageRepository: str(4000).optional() }).optional(),
    dashboard: obj({ name: name.optional(), qualifiedName: str(4000).optional(), url: str(4000).optional() }).optional(),
  }),
  orreryMlFeatureDetails: obj({
    featureAlgorithm: str(1000).optional(),
    sourceColumns: list(
      obj({ dataset: urnOf("dataset").optional(), column: name.optional(), dataType: str(100).optional(), description: text.optional() }),
    ).optional(),
  }),
};

export const TIMESERIES_ASPECTS: ReadonlySet<string> = new Set(["dataProcessInstanceRunEvent"]);

const COMMON = ["status", "ownership", "globalTags", "glossaryTerms", "institutionalMemory", "deprecation", "domains", "browsePaths", "browsePathsV2", "dataPlatformInstance", "subTypes"] as const;

export const ENTITY_ASPECTS: Record<EntityType, readonly string[]> = {
  mlModel: [...COMMON, "mlModelProperties", "editableMlModelProperties", "versionProperties", "orreryMlModelServing"],
  mlModelGroup: [...COMMON, "mlModelGroupProperties", "editableMlModelGroupProperties", "versionProperties"],
  container: [...COMMON, "containerProperties", "editableContainerProperties", "container"],
  dataProcessInstance: [
    ...COMMON,
    "dataProcessInstanceProperties",
    "dataProcessInstanceRelationships",
    "mlTrainingRunProperties",
    "dataProcessInstanceRunEvent",
    "dataProcessInstanceInput",
    "dataProcessInstanceOutput",
    "container",
    "orreryMetricHistory",
  ],
  dataset: [...COMMON, "datasetProperties", "editableDatasetProperties", "schemaMetadata", "editableSchemaMetadata", "upstreamLineage", "container"],
  mlFeature: [...COMMON, "mlFeatureProperties", "editableMlFeatureProperties", "orreryMlFeatureDetails"],
  mlFeatureTable: [...COMMON, "mlFeatureTableProperties", "editableMlFeatureTableProperties"],
  mlPrimaryKey: [...COMMON, "mlPrimaryKeyProperties", "editableMlPrimaryKeyProperties"],
  tag: ["status", "ownership", "tagProperties", "deprecation"],
  glossaryTerm: ["status", "ownership", "glossaryTermInfo", "deprecation", "institutionalMemory", "domains"],
  corpuser: ["status", "corpUserInfo", "corpUserEditableInfo", "globalTags"],
  corpGroup: ["status", "corpGroupInfo", "ownership"],
  dataPlatform: ["dataPlatformInfo"],
  versionSet: [],
  platformResource: ["status", "platformResourceInfo", "dataPlatformInstance"],
  dataJob: [],
  dataFlow: [],
  schemaField: [],
};

/** Legacy MCE snapshot aspect classes → aspect names. */
export const MCE_ASPECT_NAMES: Record<string, string> = {
  "com.linkedin.common.Status": "status",
  "com.linkedin.common.Ownership": "ownership",
  "com.linkedin.common.GlobalTags": "globalTags",
  "com.linkedin.common.GlossaryTerms": "glossaryTerms",
  "com.linkedin.common.BrowsePaths": "browsePaths",
  "com.linkedin.common.BrowsePathsV2": "browsePathsV2",
  "com.linkedin.common.InstitutionalMemory": "institutionalMemory",
  "com.linkedin.common.Deprecation": "deprecation",
  "com.linkedin.common.DataPlatformInstance": "dataPlatformInstance",
  "com.linkedin.common.SubTypes": "subTypes",
  "com.linkedin.ml.metadata.MLFeatureProperties": "mlFeatureProperties",
  "com.linkedin.ml.metadata.MLPrimaryKeyProperties": "mlPrimaryKeyProperties",
  "com.linkedin.ml.metadata.MLFeatureTableProperties": "mlFeatureTableProperties",
  "com.linkedin.ml.metadata.MLModelProperties": "mlModelProperties",
  "com.linkedin.ml.metadata.MLModelGroupProperties": "mlModelGroupProperties",
  "com.linkedin.dataset.DatasetProperties": "datasetProperties",
  "com.linkedin.dataset.EditableDatasetProperties": "editableDatasetProperties",
  "com.linkedin.dataset.UpstreamLineage": "upstreamLineage",
  "com.linkedin.schema.SchemaMetadata": "schemaMetadata",
  "com.linkedin.schema.EditableSchemaMetadata": "editableSchemaMetadata",
  "com.linkedin.container.ContainerProperties": "containerProperties",
  "com.linkedin.tag.TagProperties": "tagProperties",
  "com.linkedin.glossary.GlossaryTermInfo": "glossaryTermInfo",
  "com.linkedin.identity.CorpUserInfo": "corpUserInfo",
  "com.linkedin.identity.CorpGroupInfo": "corpGroupInfo",
};

const EXTRA_CLASS_NAMES: Record<string, string> = {
  versionProperties: "com.linkedin.common.VersionProperties",
  container: "com.linkedin.container.Container",
  dataProcessInstanceProperties: "com.linkedin.dataprocess.DataProcessInstanceProperties",
  dataProcessInstanceRelationships: "com.linkedin.dataprocess.DataProcessInstanceRelationships",
  dataProcessInstanceInput: "com.linkedin.dataprocess.DataProcessInstanceInput",
  dataProcessInstanceOutput: "com.linkedin.dataprocess.DataProcessInstanceOutput",
  mlTrainingRunProperties: "com.linkedin.ml.metadata.MLTrainingRunProperties",
  domains: "com.linkedin.domain.Domains",
  editableMlModelProperties: "com.linkedin.ml.metadata.EditableMLModelProperties",
  editableMlModelGroupProperties: "com.linkedin.ml.metadata.EditableMLModelGroupProperties",
  editableContainerProperties: "com.linkedin.container.EditableContainerProperties",
  editableMlFeatureProperties: "com.linkedin.ml.metadata.EditableMLFeatureProperties",
  editableMlFeatureTableProperties: "com.linkedin.ml.metadata.EditableMLFeatureTableProperties",
  editableMlPrimaryKeyProperties: "com.linkedin.ml.metadata.EditableMLPrimaryKeyProperties",
  corpUserEditableInfo: "com.linkedin.identity.CorpUserEditableInfo",
  dataPlatformInfo: "com.linkedin.dataplatform.DataPlatformInfo",
  platformResourceInfo: "com.linkedin.platformresource.PlatformResourceInfo",
};

/** Aspect name → fully qualified class, as DataHub's Python client reads GET /aspects answers. */
export const ASPECT_CLASS_NAMES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(MCE_ASPECT_NAMES).map(([cls, n]) => [n, cls])),
  ...EXTRA_CLASS_NAMES,
};

export type ValidationResult = { ok: true; value: Record<string, unknown> } | { ok: false; error: string; field?: string };

export function validateAspect(urnValue: string, aspectName: string, value: unknown): ValidationResult {
  let type: EntityType;
  try {
    type = entityTypeOf(urnValue);
  } catch (e) {
    return { ok: false, error: `${urnValue}: invalid urn: ${(e as Error).message}` };
  }
  const allowed = ENTITY_ASPECTS[type];
  const schema = ASPECT_SCHEMAS[aspectName];
  if (!allowed.includes(aspectName) || !schema) {
    return {
      ok: false,
      error: `${urnValue}: aspect '${aspectName}' is not supported for entity type '${type}'${allowed.length ? ` (supported: ${allowed.join(", ")})` : ""}`,
    };
  }
  if (!value || typeof value !== "object" || Array.isArray(value))
    return { ok: false, error: `${urnValue} ${aspectName}: the aspect value must be a JSON object` };
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data as Record<string, unknown> };
  const issue = r.error.issues[0];
  const field = issue.path.map(String).join(".");
  const more = r.error.issues.length > 1 ? ` (and ${r.error.issues.length - 1} more problem${r.error.issues.length > 2 ? "s" : ""})` : "";
  return { ok: false, field, error: `${urnValue} ${aspectName}${field ? `.${field}` : ""}: ${issue.message}${more}` };
}
