/**
 * zod schemas for the aspects Orrery stores, following DataHub's PDL models as the golden files and
 * the Python SDK write them. Objects keep unknown keys (DataHub adds fields over time), but every
 * field we know is checked for its type, and strings have limits so oversized values get a clear error.
 *
 * The schemas are grouped by the kind of entity they describe (./ml.ts, ./runs.ts, ./datasets.ts,
 * ./shared.ts, ./keys.ts, ./jobs.ts; their parts in ./fields.ts). This module puts them together, says which
 * aspects each kind accepts, validates values against them, and types what they let through:
 * `AspectValues["mlModelProperties"]`, read with `aspectValue`.
 */
import type { z } from "zod";
import { entityTypeOf, normalizeUrn, type EntityType } from "../urn";
import { DATAHUB_ASPECT_CLASSES } from "../datahub-model";
import { DATASET_ASPECT_SCHEMAS } from "./datasets";
import { KEY_ASPECT_SCHEMAS, KEY_ASPECTS } from "./keys";
import { ML_ASPECT_SCHEMAS, MODEL_CARD_SCHEMAS } from "./ml";
import { RUN_ASPECT_SCHEMAS } from "./runs";
import { JOB_ASPECT_SCHEMAS } from "./jobs";
import { CONTAINER_ASPECT_SCHEMAS, REFERENCED_ASPECT_SCHEMAS, SHARED_ASPECT_SCHEMAS } from "./shared";
import { CATALOG_ASPECT_SCHEMAS, CATALOG_TIMESERIES_ASPECTS } from "./catalog";

export { MAX_LIST, MAX_NAME, MAX_TEXT } from "./fields";
export { KEY_ASPECTS } from "./keys";
export { MAX_METRIC_POINTS } from "./runs";

/** Every aspect Orrery stores, by name, with its schema. */
export const ASPECT_SCHEMAS = {
  ...SHARED_ASPECT_SCHEMAS,
  ...ML_ASPECT_SCHEMAS,
  ...RUN_ASPECT_SCHEMAS,
  ...DATASET_ASPECT_SCHEMAS,
  ...CONTAINER_ASPECT_SCHEMAS,
  ...REFERENCED_ASPECT_SCHEMAS,
  ...CATALOG_ASPECT_SCHEMAS,
  ...KEY_ASPECT_SCHEMAS,
  ...JOB_ASPECT_SCHEMAS,
} satisfies Record<string, z.ZodType>;

export type AspectName = keyof typeof ASPECT_SCHEMAS;

/**
 * The value of each aspect as its schema lets it through: the fields it knows, typed (those it
 * leaves open are `unknown`), and any others DataHub may add, `unknown`.
 */
export type AspectValues = { [N in AspectName]: z.infer<(typeof ASPECT_SCHEMAS)[N]> };

/** Whether `name` is an aspect Orrery has a schema for. */
export function isAspectName(name: string): name is AspectName {
  return Object.hasOwn(ASPECT_SCHEMAS, name);
}

/** The schema of aspect `name`, if Orrery stores such an aspect. */
export function aspectSchema(name: string): z.ZodType | undefined {
  return isAspectName(name) ? ASPECT_SCHEMAS[name] : undefined;
}

/**
 * A stored value of aspect `name`, typed by its schema: every value is validated by its aspect's
 * schema before it is stored (validateAspect), so it has the schema's type (a value stored before a
 * schema gained a field may lack it, as the type says of every field the schema leaves optional).
 */
export function asAspectValue<N extends AspectName>(name: N, value: Record<string, unknown>): AspectValues[N] {
  return value as AspectValues[N];
}

/** The value of aspect `name` among an entity's aspects as the store reads them (`name` → value), or null. */
export function aspectValue<N extends AspectName>(aspects: ReadonlyMap<string, Record<string, unknown>> | null | undefined, name: N): AspectValues[N] | null {
  const value = aspects?.get(name);
  return value ? asAspectValue(name, value) : null;
}

export const TIMESERIES_ASPECTS: ReadonlySet<string> = new Set(["dataProcessInstanceRunEvent", ...CATALOG_TIMESERIES_ASPECTS]);

const MODEL_CARD_ASPECTS = Object.keys(MODEL_CARD_SCHEMAS) as Array<keyof typeof MODEL_CARD_SCHEMAS>;

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

/** Kinds whose assets carry structured property values (DataHub's `structuredProperties` aspect). */
const PROPERTIES = ["structuredProperties"] as const;

const STORED_ASPECTS: Record<EntityType, readonly AspectName[]> = {
  mlModel: [
    ...COMMON,
    ...PROPERTIES,
    "container",
    "mlModelProperties",
    "editableMlModelProperties",
    "versionProperties",
    "orreryMlModelServing",
    ...MODEL_CARD_ASPECTS,
  ],
  mlModelGroup: [...COMMON, ...PROPERTIES, "container", "mlModelGroupProperties", "editableMlModelGroupProperties", "versionProperties"],
  container: [...COMMON, ...PROPERTIES, "containerProperties", "editableContainerProperties", "container"],
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
    ...PROPERTIES,
    "datasetProfile",
    "datasetUsageStatistics",
    "operation",
  ],
  mlFeature: [...COMMON, ...PROPERTIES, "mlFeatureProperties", "editableMlFeatureProperties", "orreryMlFeatureDetails"],
  mlFeatureTable: [...COMMON, ...PROPERTIES, "mlFeatureTableProperties", "editableMlFeatureTableProperties"],
  mlPrimaryKey: [...COMMON, ...PROPERTIES, "mlPrimaryKeyProperties", "editableMlPrimaryKeyProperties"],
  tag: ["status", "ownership", "tagProperties", "deprecation"],
  glossaryTerm: ["status", "ownership", "glossaryTermInfo", "deprecation", "institutionalMemory", "domains", ...PROPERTIES],
  corpuser: ["status", "corpUserInfo", "corpUserEditableInfo", "globalTags"],
  corpGroup: ["status", "corpGroupInfo", "ownership"],
  dataPlatform: ["dataPlatformInfo"],
  versionSet: [],
  platformResource: ["status", "platformResourceInfo", "dataPlatformInstance"],
  dataJob: [...COMMON, ...PROPERTIES, "dataJobInfo", "dataJobInputOutput", "editableDataJobProperties", "container"],
  dataFlow: [...COMMON, ...PROPERTIES, "dataFlowInfo", "editableDataFlowProperties", "container"],
  schemaField: [],
  mlModelDeployment: ["status", "ownership", "globalTags", "deprecation", "dataPlatformInstance", "container", "mlModelDeploymentProperties"],
  domain: ["domainProperties", "institutionalMemory", "ownership", "deprecation", ...PROPERTIES],
  glossaryNode: ["status", "ownership", "glossaryNodeInfo", "institutionalMemory", "subTypes", "domains", ...PROPERTIES],
  structuredProperty: ["status", "propertyDefinition", "structuredPropertySettings", "institutionalMemory"],
};

const keyAspect = (t: EntityType): string[] => (KEY_ASPECTS[t] ? [KEY_ASPECTS[t].aspect] : []);

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
    .filter(([, name]) => isAspectName(name))
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
  const schema = aspectSchema(aspectName);
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
