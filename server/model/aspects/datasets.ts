/**
 * Schemas of the aspects of datasets: properties, schema (and a person's edits of its fields),
 * upstream lineage, siblings and views.
 */
import { z } from "zod";
import { CustomProperties, editable, list, MAX_TEXT, name, obj, Stamp, str, text, TimeStamp, urn, urnOf } from "./fields";

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

export const DATASET_ASPECT_SCHEMAS = {
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
  siblings: obj({ siblings: list(urn), primary: z.boolean() }),
  viewProperties: obj({ materialized: z.boolean(), viewLogic: text, formattedViewLogic: text.optional(), viewLanguage: str(1000) }),
};
