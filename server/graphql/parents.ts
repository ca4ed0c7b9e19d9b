/**
 * What the resolvers of a GraphQL type receive as their parent, for the generated resolver types
 * (codegen.ts, `mappers`): an entity is only its urn, and each field loads what it needs; a type
 * that shows an aspect gets the aspect's stored value with the urn of its entity.
 */
import type { AspectName } from "../model/aspects/index";
import type { AspectValue } from "../model/records";

/** A resolved entity: every field loads what it needs through the request's loaders. */
export interface EntityRef {
  urn: string;
}

/** The GraphQL types whose resolvers get an entity, `{ urn }` (codegen.ts maps them to EntityRef). */
export const ENTITY_PARENT_TYPES = [
  "Container",
  "DataFlow",
  "DataJob",
  "Domain",
  "GlossaryNode",
  "StructuredPropertyEntity",
  "CorpGroup",
  "CorpUser",
  "DataPlatform",
  "DataProcessInstance",
  "Dataset",
  "GlossaryTerm",
  "MLFeature",
  "MLFeatureTable",
  "MLModel",
  "MLModelGroup",
  "MLPrimaryKey",
  "Tag",
  "VersionSet",
] as const;

/** The GraphQL types whose resolvers get a stored aspect's value, with its entity's urn (`<type>Parent`), and that aspect. */
export const ASPECT_PARENT_TYPES = {
  ContainerProperties: "containerProperties",
  DataProcessInstanceProperties: "dataProcessInstanceProperties",
  DatasetProperties: "datasetProperties",
  MLFeatureProperties: "mlFeatureProperties",
  MLFeatureTableProperties: "mlFeatureTableProperties",
  MLModelGroupProperties: "mlModelGroupProperties",
  MLModelProperties: "mlModelProperties",
  MLPrimaryKeyProperties: "mlPrimaryKeyProperties",
  MLTrainingRunProperties: "mlTrainingRunProperties",
  SchemaMetadata: "schemaMetadata",
  VersionProperties: "versionProperties",
  DataFlowProperties: "dataFlowInfo",
  DataJobProperties: "dataJobInfo",
  DataJobInputOutput: "dataJobInputOutput",
} as const satisfies Record<string, AspectName>;

/**
 * The other mapped parents: the interface in this file each GraphQL type's resolvers get, and the
 * GraphQL fields it carries (checked against the interface), for the test that every non-null field
 * is answered (server/graphql/answered.test.ts).
 */
export const OTHER_PARENTS = {
  OrreryFeatureSourceColumn: { mapper: "FeatureSourceColumn", carries: [] },
  OrreryMlModelDeployment: { mapper: "DeploymentParent", carries: ["urn"] satisfies (keyof DeploymentParent)[] },
  DomainAssociation: { mapper: "DomainAssociationParent", carries: ["domain", "associatedUrn"] satisfies (keyof DomainAssociationParent)[] },
  StructuredPropertiesEntry: { mapper: "StructuredPropertiesEntryParent", carries: [] },
  BooleanBox: { mapper: "BooleanBoxParent", carries: [] },
  FloatBox: { mapper: "FloatBoxParent", carries: [] },
  IntBox: { mapper: "IntBoxParent", carries: [] },
  StringBox: { mapper: "StringBoxParent", carries: [] },
} as const;

/** An aspect's stored value, and the urn of the entity it belongs to (fields such as customProperties name it). */
export type AspectParent<N extends AspectName> = AspectValue<N> & { __urn: string };

export type ContainerPropertiesParent = AspectParent<"containerProperties">;
export type DataProcessInstancePropertiesParent = AspectParent<"dataProcessInstanceProperties">;
export type DatasetPropertiesParent = AspectParent<"datasetProperties">;
export type MLFeaturePropertiesParent = AspectParent<"mlFeatureProperties">;
export type MLFeatureTablePropertiesParent = AspectParent<"mlFeatureTableProperties">;
export type MLModelGroupPropertiesParent = AspectParent<"mlModelGroupProperties">;
export type MLModelPropertiesParent = AspectParent<"mlModelProperties">;
export type MLPrimaryKeyPropertiesParent = AspectParent<"mlPrimaryKeyProperties">;
export type MLTrainingRunPropertiesParent = AspectParent<"mlTrainingRunProperties">;
export type SchemaMetadataParent = AspectParent<"schemaMetadata">;
export type VersionPropertiesParent = AspectParent<"versionProperties">;

/** One source column of a feature (`orreryMlFeatureDetails.sourceColumns`). */
export type FeatureSourceColumn = NonNullable<AspectValue<"orreryMlFeatureDetails">["sourceColumns"]>[number];

/**
 * A hyper-parameter's value as stored, any JSON: HyperParameterValueType's boxes tell them apart
 * (booleans, integers, other numbers, and everything else as a string).
 */
export type BooleanBoxParent = boolean;
export type IntBoxParent = number;
export type FloatBoxParent = number;
export type StringBoxParent = unknown;

/**
 * A deployment: its urn, and whether the catalog holds it when that is known already (a model may
 * name one that is not there; one found by search or read by urn is looked up when asked).
 */
export interface DeploymentParent {
  urn: string;
  exists?: boolean;
}
/** An asset's domain association: the domain, and the asset. */
export interface DomainAssociationParent {
  domain: EntityRef;
  associatedUrn: string;
}
/** One structured property's values on an asset. */
export interface StructuredPropertiesEntryParent {
  urn: string;
  propertyUrn: string;
  values: unknown[];
}
export type DataFlowPropertiesParent = AspectParent<"dataFlowInfo">;
export type DataJobPropertiesParent = AspectParent<"dataJobInfo">;
export type DataJobInputOutputParent = AspectParent<"dataJobInputOutput">;
