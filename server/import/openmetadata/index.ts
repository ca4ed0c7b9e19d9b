/**
 * OpenMetadata ML models → DataHub proposals (`orrery import-openmetadata`).
 *
 * Reads MlModel entities as OpenMetadata's REST API returns them (`GET /v1/mlmodels/name/{fqn}`, the
 * list `GET /v1/mlmodels` as `{data: [...], paging}`, or a folder of such files), checks each against
 * OpenMetadata's JSON schema (entity/data/mlmodel.json: required id, name, algorithm, service;
 * entityName is 1–256 characters without "::"; tag labels, entity references, enums), and maps it to
 * proposals: the model, one mlFeature per feature, and a dataset per table that a feature source
 * names. The mapping is documented in docs/ARCHITECTURE.md ("OpenMetadata import").
 *
 * An entity is converted whole or not at all: every proposal it yields is validated here, with the
 * same aspect schemas ingestion uses, before any is handed to ingestion, so an invalid entity writes
 * nothing. The output depends only on the input, so importing the same file again changes nothing.
 *
 * The parts: schema.ts (OpenMetadata's MlModel schema), results.ts (what a conversion gives),
 * naming.ts (FQNs, urns, platforms), read.ts (files), convert.ts (an entity → its proposals) and
 * mapping.ts (the proposals' parts and their checks).
 */
export { OpenMetadataMlModel, SERVICE_TYPES } from "./schema";
export type { ConvertedModel, ImportOptions, InvalidModel, Issue, ModelResult } from "./results";
export { DEFAULT_DATASET_PLATFORM, PLATFORM_OF_SERVICE, datasetUrnOf, encodeUrnPart, quoteFqnPart, splitFqn } from "./naming";
export { readOpenMetadataPath, type OpenMetadataFile } from "./read";
export { convertMlModel, convertOpenMetadata } from "./convert";
