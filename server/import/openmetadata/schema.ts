/** OpenMetadata's MlModel schema: the parts an import reads (unknown fields are ignored). */
import { z } from "zod";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = z.string().regex(UUID, { error: "must be a UUID" });
/** basic.json#/definitions/entityName */
const entityName = z
  .string()
  .min(1, { error: "must not be empty" })
  .max(256, { error: "must be at most 256 characters" })
  .refine((s) => !s.includes("::"), { error: 'must not contain "::"' });
/** basic.json#/definitions/fullyQualifiedEntityName */
const fqn = z.string().min(1, { error: "must not be empty" }).max(3072, { error: "must be at most 3072 characters" });
/** basic.json#/definitions/href (format: uri) */
const href = z.string().refine((s) => URL.canParse(s), { error: "must be a URI (with a scheme, e.g. https://…)" });
const markdown = z.string();

const EntityReference = z.looseObject({
  id: uuid,
  type: z.string(),
  name: z.string().optional(),
  fullyQualifiedName: z.string().optional(),
  description: markdown.nullish(),
  displayName: z.string().nullish(),
  deleted: z.boolean().optional(),
  inherited: z.boolean().optional(),
  href: href.optional(),
});
export type EntityReference = z.infer<typeof EntityReference>;
/** Owners are users or teams (OpenMetadata refuses other references as owners). */
const OwnerReference = EntityReference.extend({ type: z.enum(["user", "team"]) });
/** The model's service must be named: its FQN is the first part of the model's. */
const ServiceReference = EntityReference.refine((r) => !!(r.fullyQualifiedName || r.name), {
  error: "is required to name the model (service.name or service.fullyQualifiedName)",
  path: ["name"],
});

const TagLabel = z.looseObject({
  tagFQN: z.string().min(1, { error: "must not be empty" }).max(128, { error: "must be at most 128 characters" }),
  name: z.string().optional(),
  displayName: z.string().nullish(),
  description: markdown.nullish(),
  source: z.enum(["Classification", "Glossary"]),
  labelType: z.enum(["Manual", "Propagated", "Automated", "Derived"]),
  state: z.enum(["Suggested", "Confirmed"]),
  href: href.optional(),
});
export type TagLabel = z.infer<typeof TagLabel>;
const tags = z.array(TagLabel).nullish();

const FEATURE_SOURCE_TYPES = ["integer", "number", "string", "array", "date", "timestamp", "object", "boolean"] as const;

const MlFeatureSource = z.looseObject({
  name: entityName.optional(),
  dataType: z.enum(FEATURE_SOURCE_TYPES).optional(),
  description: markdown.nullish(),
  fullyQualifiedName: fqn.optional(),
  dataSource: EntityReference.nullish(),
  tags,
});

const MlFeature = z.looseObject({
  // Optional in OpenMetadata's schema, but a feature becomes an entity named after it.
  name: entityName,
  dataType: z.enum(["numerical", "categorical"]).optional(),
  description: markdown.nullish(),
  fullyQualifiedName: fqn.optional(),
  featureSources: z.array(MlFeatureSource).nullish(),
  featureAlgorithm: z.string().nullish(),
  tags,
});
type MlFeature = z.infer<typeof MlFeature>;

const MlHyperParameter = z.looseObject({
  name: z.string().min(1, { error: "must not be empty" }),
  value: z.string().nullish(),
  description: markdown.nullish(),
});

const MlStore = z.looseObject({ storage: z.string().nullish(), imageRepository: z.string().nullish() });

export const SERVICE_TYPES = ["Mlflow", "Sklearn", "CustomMlModel", "SageMaker", "VertexAI"] as const;

export const OpenMetadataMlModel = z.looseObject({
  id: uuid,
  name: entityName,
  fullyQualifiedName: fqn.optional(),
  displayName: z.string().nullish(),
  description: markdown.nullish(),
  algorithm: z.string(),
  mlFeatures: z.array(MlFeature).nullish(),
  mlHyperParameters: z.array(MlHyperParameter).nullish(),
  target: entityName.nullish(),
  dashboard: EntityReference.nullish(),
  mlStore: MlStore.nullish(),
  server: href.nullish(),
  href: href.optional(),
  owners: z.array(OwnerReference).nullish(),
  /** OpenMetadata 1.4 and earlier: one owner */
  owner: OwnerReference.nullish(),
  followers: z.array(EntityReference).nullish(),
  tags,
  version: z.number().min(0.1, { error: "must be at least 0.1" }).optional(),
  updatedAt: z.number().int().nonnegative().optional(),
  updatedBy: z.string().optional(),
  service: ServiceReference,
  serviceType: z.enum(SERVICE_TYPES).optional(),
  deleted: z.boolean().optional(),
  extension: z.record(z.string(), z.unknown()).nullish(),
  sourceUrl: z.string().nullish(),
  sourceHash: z.string().min(1).max(32).optional(),
});
export type OpenMetadataMlModel = z.infer<typeof OpenMetadataMlModel>;
