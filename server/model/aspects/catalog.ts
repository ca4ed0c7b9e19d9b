/**
 * Schemas of the kinds that organise and describe ML assets besides the assets themselves: a model's
 * deployments, domains, glossary nodes (the folders of the glossary), structured property
 * definitions and the structured property values any asset carries, and the dataset aspects DataHub
 * keeps as timeseries (profiles, usage statistics, operations). Shapes follow DataHub's PDL models.
 */
import { z } from "zod";
import { CustomProperties, list, name, obj, Stamp, str, text, time, urn, urnOf, VersionTag } from "./fields";

/** DataHub's DeploymentStatus. */
export const DEPLOYMENT_STATUSES = ["OUT_OF_SERVICE", "CREATING", "UPDATING", "ROLLING_BACK", "IN_SERVICE", "DELETING", "FAILED", "UNKNOWN"] as const;

/** A structured property's value: DataHub's PrimitivePropertyValue, a union of string and double. */
const PrimitiveValue = z.union([obj({ string: str(100_000) }), obj({ double: z.number() })]);

const PartitionSpec = obj({ partition: str(10_000), type: str(100).optional(), timePartition: z.unknown().optional() });

/** What every timeseries aspect carries: when, and of which partition. */
const timeseries = {
  timestampMillis: time,
  eventGranularity: obj({ unit: str(100), multiple: z.number().int() }).optional(),
  partitionSpec: PartitionSpec.optional(),
  messageId: str(1000).optional(),
};

export const CATALOG_ASPECT_SCHEMAS = {
  mlModelDeploymentProperties: obj({
    customProperties: CustomProperties.optional(),
    externalUrl: str(4000).optional(),
    description: text.optional(),
    createdAt: time.optional(),
    version: VersionTag.optional(),
    status: z.enum(DEPLOYMENT_STATUSES).optional(),
  }),
  domainProperties: obj({
    name,
    description: text.optional(),
    created: Stamp.optional(),
    parentDomain: urnOf("domain").optional(),
    customProperties: CustomProperties.optional(),
  }),
  glossaryNodeInfo: obj({
    definition: text,
    parentNode: urnOf("glossaryNode").optional(),
    name: name.optional(),
    id: str().optional(),
    customProperties: CustomProperties.optional(),
  }),
  propertyDefinition: obj({
    qualifiedName: str(1000),
    displayName: name.optional(),
    valueType: urn,
    typeQualifier: z.record(str(1000), list(str(1000))).optional(),
    allowedValues: list(obj({ value: PrimitiveValue, description: text.optional() })).optional(),
    cardinality: z.enum(["SINGLE", "MULTIPLE"]).optional(),
    entityTypes: list(urn),
    description: text.optional(),
    searchConfiguration: z.unknown().optional(),
    immutable: z.boolean().optional(),
    version: str(100).optional(),
    created: Stamp.optional(),
    lastModified: Stamp.optional(),
  }),
  structuredPropertySettings: obj({
    isHidden: z.boolean().optional(),
    showInSearchFilters: z.boolean().optional(),
    showInAssetSummary: z.boolean().optional(),
    showAsAssetBadge: z.boolean().optional(),
    showInColumnsTable: z.boolean().optional(),
    lastModified: Stamp.optional(),
  }),
  structuredProperties: obj({
    properties: list(
      obj({
        propertyUrn: urnOf("structuredProperty"),
        values: list(PrimitiveValue),
        created: Stamp.optional(),
        lastModified: Stamp.optional(),
        attribution: z.unknown().optional(),
      }),
    ),
  }),
  datasetProfile: obj({
    ...timeseries,
    rowCount: z.number().int().optional(),
    columnCount: z.number().int().optional(),
    sizeInBytes: z.number().int().optional(),
    fieldProfiles: list(obj({ fieldPath: str(10_000) })).optional(),
  }),
  datasetUsageStatistics: obj({
    ...timeseries,
    uniqueUserCount: z.number().int().optional(),
    totalSqlQueries: z.number().int().optional(),
    topSqlQueries: list(str(100_000)).optional(),
    userCounts: list(obj({ user: urn, count: z.number().int(), userEmail: str(1000).optional() })).optional(),
    fieldCounts: list(obj({ fieldPath: str(10_000), count: z.number().int() })).optional(),
  }),
  operation: obj({
    ...timeseries,
    actor: urn.optional(),
    operationType: str(100),
    customOperationType: str(1000).optional(),
    numAffectedRows: z.number().int().optional(),
    affectedDatasets: list(urn).optional(),
    sourceType: str(100).optional(),
    customProperties: CustomProperties.optional(),
    lastUpdatedTimestamp: time,
    queries: list(urn).optional(),
  }),
};

/** The timeseries aspects among them (stored as points, not versions). */
export const CATALOG_TIMESERIES_ASPECTS = ["datasetProfile", "datasetUsageStatistics", "operation"] as const;
