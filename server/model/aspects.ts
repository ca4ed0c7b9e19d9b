/**
 * zod schemas for the aspects Orrery stores, following DataHub's PDL models as the golden files and
 * the Python SDK write them. Objects keep unknown keys (DataHub adds fields over time), but every
 * field we know is checked for its type, and strings have limits so oversized values get a clear error.
 */
import { z } from "zod";
import { entityTypeOf, normalizeUrn, parseUrn, UrnError, ENTITY_TYPES, type EntityType } from "./urn";
import { DATAHUB_ASPECT_CLASSES, DATAHUB_ENTITY_TYPES } from "./datahub-model";

export const MAX_NAME = 1000;
export const MAX_TEXT = 1_000_000;
export const MAX_LIST = 10_000;

const str = (max = 10_000) => z.string().max(max, { error: `must be at most ${max} characters` });
const name = str(MAX_NAME);
const text = str(MAX_TEXT);
const time = z.number().int().nonnegative();

/**
 * Checks a urn an aspect refers to. Urns of DataHub entity types this catalog does not store (a
 * model's `deployments`, a run's `parentTemplate` job, …) are checked for the grammar every urn
 * shares (prefix, length, characters, balanced parentheses), since their key's own grammar is not
 * modelled here.
 */
function checkUrn(v: string): void {
  try {
    parseUrn(v);
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
const urnOf = (...types: EntityType[]) =>
  urn.superRefine((v, ctx) => {
    try {
      const t = entityTypeOf(v);
      if (!types.includes(t)) ctx.addIssue({ code: "custom", message: `expected a ${types.join(" or ")} urn, got a ${t} urn` });
    } catch {
      // Malformed ones are reported by `urn`; a well-formed urn of a kind not stored here is still the wrong kind.
      const t = /^urn:li:([A-Za-z][A-Za-z0-9]*):/.exec(v)?.[1];
      if (t && DATAHUB_ENTITY_TYPES.includes(t)) ctx.addIssue({ code: "custom", message: `expected a ${types.join(" or ")} urn, got a ${t} urn` });
    }
  });
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST, { error: `must have at most ${MAX_LIST} items` });
const obj = <T extends z.core.$ZodLooseShape>(shape: T) => z.looseObject(shape);

const Stamp = obj({ time, actor: urn.optional(), impersonator: urn.optional(), message: str().optional() });
const TimeStamp = obj({ time, actor: urn.optional() });
const CustomProperties = z.record(str(1000), str(MAX_TEXT / 10));
const VersionTag = obj({ versionTag: str(1000).optional(), metadataAttribution: z.unknown().optional() });
const Param = obj({
  name: str(1000),
  value: z.union([str(100_000), z.number(), z.boolean()]).optional(),
  description: text.optional(),
  createdAt: time.optional(),
});
const Edge = obj({
  destinationUrn: urn,
  sourceUrn: urn.optional(),
  created: Stamp.optional(),
  lastModified: Stamp.optional(),
  properties: z.record(z.string(), z.string()).optional(),
});

const OWNERSHIP_TYPES = [
  "DATAOWNER",
  "TECHNICAL_OWNER",
  "BUSINESS_OWNER",
  "PRODUCER",
  "DEVELOPER",
  "CONSUMER",
  "DELEGATE",
  "STAKEHOLDER",
  "DATA_STEWARD",
  "NONE",
  "CUSTOM",
] as const;
const FEATURE_DATA_TYPES = [
  "USELESS",
  "NOMINAL",
  "ORDINAL",
  "BINARY",
  "COUNT",
  "TIME",
  "INTERVAL",
  "IMAGE",
  "VIDEO",
  "AUDIO",
  "TEXT",
  "MAP",
  "SEQUENCE",
  "SET",
  "CONTINUOUS",
  "BYTE",
  "UNKNOWN",
] as const;

const editable = obj({
  description: text.optional(),
  name: name.optional(),
  created: Stamp.optional(),
  lastModified: Stamp.optional(),
  deleted: Stamp.optional(),
});

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

// ML model cards (DataHub's com.linkedin.ml.metadata records; every field optional unless noted).
const notes = list(str(100_000));
const BaseData = obj({ dataset: urnOf("dataset"), motivation: text.optional(), preProcessing: notes.optional() });
const ModelFactors = obj({ groups: notes.optional(), instrumentation: notes.optional(), environment: notes.optional() });
const MODEL_CARD_SCHEMAS = {
  intendedUse: obj({
    primaryUses: notes.optional(),
    primaryUsers: list(z.enum(["ENTERPRISE", "HOBBY", "ENTERTAINMENT"])).optional(),
    outOfScopeUses: notes.optional(),
  }),
  mlModelFactorPrompts: obj({ relevantFactors: list(ModelFactors).optional(), evaluationFactors: list(ModelFactors).optional() }),
  mlModelMetrics: obj({ performanceMeasures: notes.optional(), decisionThreshold: notes.optional() }),
  mlModelEvaluationData: obj({ evaluationData: list(BaseData) }),
  mlModelTrainingData: obj({ trainingData: list(BaseData) }),
  // ResultsType is a union of one member, string: Pegasus writes {"string": …}, which reading unwraps.
  mlModelQuantitativeAnalyses: obj({ unitaryResults: text.optional(), intersectionalResults: text.optional() }),
  mlModelEthicalConsiderations: obj({
    data: notes.optional(),
    humanLife: notes.optional(),
    mitigations: notes.optional(),
    risksAndHarms: notes.optional(),
    useCases: notes.optional(),
  }),
  mlModelCaveatsAndRecommendations: obj({
    caveats: obj({ needsFurtherTesting: z.boolean().optional(), caveatDescription: text.optional(), groupsNotRepresented: notes.optional() }).optional(),
    recommendations: text.optional(),
    idealDatasetCharacteristics: notes.optional(),
  }),
  sourceCode: obj({
    sourceCode: list(
      obj({ type: z.enum(["ML_MODEL_SOURCE_CODE", "TRAINING_PIPELINE_SOURCE_CODE", "EVALUATION_PIPELINE_SOURCE_CODE"]), sourceCodeUrl: str(4000) }),
    ),
  }),
  // CostValue is union[costId: double, costCode: string]: Pegasus writes {"costCode": …}, the Python SDK adds fieldDiscriminator.
  cost: obj({
    costType: z.enum(["ORG_COST_TYPE"]),
    cost: obj({ costId: z.number().optional(), costCode: str(1000).optional(), fieldDiscriminator: z.enum(["costId", "costCode"]).optional() }),
  }),
};

/**
 * DataHub's key aspects: each restates its entity's urn (`mlModelKey` = platform, name, origin). They
 * are stored as DataHub stores them, after `validateAspect` has checked that the key is the urn's.
 */
const keyPart = str(MAX_NAME * 2);
export const KEY_ASPECTS: Partial<Record<EntityType, { aspect: string; schema: z.ZodType; urnOf: (k: Record<string, unknown>) => string | null }>> = {
  mlModel: {
    aspect: "mlModelKey",
    schema: obj({ platform: urnOf("dataPlatform"), name: keyPart, origin: str(100) }),
    urnOf: (k) => `urn:li:mlModel:(${k.platform},${k.name},${k.origin})`,
  },
  mlModelGroup: {
    aspect: "mlModelGroupKey",
    schema: obj({ platform: urnOf("dataPlatform"), name: keyPart, origin: str(100) }),
    urnOf: (k) => `urn:li:mlModelGroup:(${k.platform},${k.name},${k.origin})`,
  },
  dataset: {
    aspect: "datasetKey",
    schema: obj({ platform: urnOf("dataPlatform"), name: keyPart, origin: str(100) }),
    urnOf: (k) => `urn:li:dataset:(${k.platform},${k.name},${k.origin})`,
  },
  mlFeatureTable: {
    aspect: "mlFeatureTableKey",
    schema: obj({ platform: urnOf("dataPlatform"), name: keyPart }),
    urnOf: (k) => `urn:li:mlFeatureTable:(${k.platform},${k.name})`,
  },
  mlFeature: {
    aspect: "mlFeatureKey",
    schema: obj({ featureNamespace: keyPart, name: keyPart }),
    urnOf: (k) => `urn:li:mlFeature:(${k.featureNamespace},${k.name})`,
  },
  mlPrimaryKey: {
    aspect: "mlPrimaryKeyKey",
    schema: obj({ featureNamespace: keyPart, name: keyPart }),
    urnOf: (k) => `urn:li:mlPrimaryKey:(${k.featureNamespace},${k.name})`,
  },
  // ContainerKey's guid is optional in DataHub's model; without it there is nothing to compare.
  container: { aspect: "containerKey", schema: obj({ guid: keyPart.optional() }), urnOf: (k) => (k.guid === undefined ? null : `urn:li:container:${k.guid}`) },
  dataProcessInstance: { aspect: "dataProcessInstanceKey", schema: obj({ id: keyPart }), urnOf: (k) => `urn:li:dataProcessInstance:${k.id}` },
  tag: { aspect: "tagKey", schema: obj({ name: keyPart }), urnOf: (k) => `urn:li:tag:${k.name}` },
  glossaryTerm: { aspect: "glossaryTermKey", schema: obj({ name: keyPart }), urnOf: (k) => `urn:li:glossaryTerm:${k.name}` },
  corpuser: { aspect: "corpUserKey", schema: obj({ username: keyPart }), urnOf: (k) => `urn:li:corpuser:${k.username}` },
  corpGroup: { aspect: "corpGroupKey", schema: obj({ name: keyPart }), urnOf: (k) => `urn:li:corpGroup:${k.name}` },
  dataPlatform: { aspect: "dataPlatformKey", schema: obj({ platformName: keyPart }), urnOf: (k) => `urn:li:dataPlatform:${k.platformName}` },
  platformResource: { aspect: "platformResourceKey", schema: obj({ id: keyPart }), urnOf: (k) => `urn:li:platformResource:${k.id}` },
};
const keyAspect = (t: EntityType): string[] => (KEY_ASPECTS[t] ? [KEY_ASPECTS[t].aspect] : []);

export const ASPECT_SCHEMAS: Record<string, z.ZodType> = {
  ...MODEL_CARD_SCHEMAS,
  ...Object.fromEntries(Object.values(KEY_ASPECTS).map((k) => [k.aspect, k.schema])),
  siblings: obj({ siblings: list(urn), primary: z.boolean() }),
  viewProperties: obj({ materialized: z.boolean(), viewLogic: text, formattedViewLogic: text.optional(), viewLanguage: str(1000) }),
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
    editableSchemaFieldInfo: list(
      obj({ fieldPath: str(10_000), description: text.optional(), globalTags: z.unknown().optional(), glossaryTerms: z.unknown().optional() }),
    ),
  }),
  upstreamLineage: obj({
    upstreams: list(
      obj({ dataset: urnOf("dataset"), type: str(100), auditStamp: Stamp.optional(), created: Stamp.optional(), properties: z.unknown().optional() }),
    ),
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
  corpUserEditableInfo: obj({
    aboutMe: text.optional(),
    displayName: name.optional(),
    title: str(1000).optional(),
    pictureLink: str(4000).optional(),
    email: str(1000).optional(),
  }),
  corpGroupInfo: obj({ displayName: name.optional(), description: text.optional(), email: str(1000).optional() }),
  dataPlatformInfo: obj({ name, type: str(100), datasetNameDelimiter: str(10), displayName: name.optional(), logoUrl: str(4000).optional() }),
  platformResourceInfo: obj({ resourceType: str(1000), primaryKey: str(10_000), secondaryKeys: list(str(10_000)).optional(), value: z.unknown().optional() }),
  editableMlModelProperties: editable,
  editableMlModelGroupProperties: editable,
  editableContainerProperties: editable,
  editableMlFeatureProperties: editable,
  editableMlFeatureTableProperties: editable,
  editableMlPrimaryKeyProperties: editable,
  /** Orrery extension: a person's description of a training run (DataHub has no editable aspect for runs) */
  orreryEditableDataProcessInstanceProperties: editable,
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

const COMMON = [
  "status",
  "ownership",
  "globalTags",
  "glossaryTerms",
  "institutionalMemory",
  "deprecation",
  "domains",
  "browsePaths",
  "browsePathsV2",
  "dataPlatformInstance",
  "subTypes",
] as const;

const STORED_ASPECTS: Record<EntityType, readonly string[]> = {
  mlModel: [...COMMON, "mlModelProperties", "editableMlModelProperties", "versionProperties", "orreryMlModelServing", ...Object.keys(MODEL_CARD_SCHEMAS)],
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
    "orreryEditableDataProcessInstanceProperties",
  ],
  dataset: [
    ...COMMON,
    "datasetProperties",
    "editableDatasetProperties",
    "schemaMetadata",
    "editableSchemaMetadata",
    "upstreamLineage",
    "container",
    "siblings",
    "viewProperties",
  ],
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

/**
 * The aspects each entity type accepts: those above plus the type's key aspect. A type with none is
 * not stored by this catalog (its urns may still be referred to).
 */
export const ENTITY_ASPECTS: Record<EntityType, readonly string[]> = Object.fromEntries(
  Object.entries(STORED_ASPECTS).map(([t, list]) => [t, list.length ? [...list, ...keyAspect(t as EntityType)] : list]),
) as Record<EntityType, readonly string[]>;

/**
 * Aspect name → fully qualified class (DataHub's PDL record), as DataHub's Python client reads GET
 * /aspects answers; Orrery's own extension aspects have none.
 */
export const ASPECT_CLASS_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(DATAHUB_ASPECT_CLASSES)
    .filter(([, name]) => Object.hasOwn(ASPECT_SCHEMAS, name))
    .map(([cls, name]) => [name, cls]),
);

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
  if (r.success) {
    const key = KEY_ASPECTS[type];
    if (key?.aspect === aspectName) {
      // A key aspect restates the urn; one that names another entity is refused, as DataHub refuses it.
      let said: string | null = null;
      try {
        said = key.urnOf(r.data as Record<string, unknown>);
        if (said !== null && normalizeUrn(said) === normalizeUrn(urnValue)) said = null;
      } catch {
        /* a key that does not even form a urn disagrees with any urn */
      }
      if (said !== null) return { ok: false, error: `${urnValue} ${aspectName}: the key names ${said}, not the urn it was sent for` };
    }
    return { ok: true, value: r.data as Record<string, unknown> };
  }
  const issue = r.error.issues[0];
  const field = issue.path.map(String).join(".");
  const more = r.error.issues.length > 1 ? ` (and ${r.error.issues.length - 1} more problem${r.error.issues.length > 2 ? "s" : ""})` : "";
  return { ok: false, field, error: `${urnValue} ${aspectName}${field ? `.${field}` : ""}: ${issue.message}${more}` };
}
