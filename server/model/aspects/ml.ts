/**
 * Schemas of the aspects of ML models, model groups, features, primary keys and feature tables:
 * their properties, model cards and versions, and Orrery's serving and feature-detail extensions.
 */
import { z } from "zod";
import { CustomProperties, editable, list, name, obj, Param, str, text, time, TimeStamp, urn, urnOf, VersionTag, Stamp } from "./fields";

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

// ML model cards (DataHub's com.linkedin.ml.metadata records; every field optional unless noted).
const notes = list(str(100_000));
const BaseData = obj({ dataset: urnOf("dataset"), motivation: text.optional(), preProcessing: notes.optional() });
const ModelFactors = obj({ groups: notes.optional(), instrumentation: notes.optional(), environment: notes.optional() });
/** The model card's aspects (the aspects of a model besides its properties). */
export const MODEL_CARD_SCHEMAS = {
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

export const ML_ASPECT_SCHEMAS = {
  ...MODEL_CARD_SCHEMAS,
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
  editableMlModelProperties: editable,
  editableMlModelGroupProperties: editable,
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
