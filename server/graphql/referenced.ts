/**
 * Resolvers of the kinds other entities refer to: platforms, users, groups, tags and glossary
 * terms; and which GraphQL type an entity reference is (the Entity interfaces, OwnerType).
 */
import type { PlatformType, Resolvers } from "./generated/resolvers-types";
import { aspect, customProperties, resolveEntityType, resolveTypeAmong, storedEnum } from "./entities";
import { commonFields, nameFromUrn } from "./fields";
import { displayNameFromUrn, entityTypeOf, platformName } from "../model/urn";
import { platformLogoUrl } from "../model/platform-logos";

const { urn, type, exists, relationships, ownership, description } = commonFields;

const PLATFORM_NAMES: { readonly [platform: string]: string | undefined } = {
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
const PLATFORM_TYPES: { readonly [platform: string]: PlatformType | undefined } = {
  snowflake: "RELATIONAL_DB",
  bigquery: "RELATIONAL_DB",
  postgres: "RELATIONAL_DB",
  mysql: "RELATIONAL_DB",
  redshift: "RELATIONAL_DB",
  s3: "OBJECT_STORE",
  hive: "QUERY_ENGINE",
  kafka: "MESSAGE_BROKER",
};

export const referencedResolvers = {
  DataPlatform: {
    urn,
    type,
    relationships,
    name: (p) => platformName(p.urn),
    displayName: (p) => PLATFORM_NAMES[platformName(p.urn)] ?? platformName(p.urn),
    properties: async (p, _, ctx) => {
      const info = await aspect(ctx, p.urn, "dataPlatformInfo");
      const n = platformName(p.urn);
      return {
        type: info?.type ? storedEnum(info.type) : (PLATFORM_TYPES[n] ?? "OTHERS"),
        displayName: info?.displayName ?? PLATFORM_NAMES[n] ?? n,
        datasetNameDelimiter: info?.datasetNameDelimiter ?? ".",
        logoUrl: info?.logoUrl ?? platformLogoUrl(n),
      };
    },
  },
  CorpUser: {
    urn,
    type,
    relationships,
    exists,
    username: nameFromUrn,
    properties: async (p, _, ctx) => {
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
    editableProperties: async (p, _, ctx) => {
      const e = await aspect(ctx, p.urn, "corpUserEditableInfo");
      return e
        ? { displayName: e.displayName ?? null, title: e.title ?? null, aboutMe: e.aboutMe ?? null, pictureLink: e.pictureLink ?? null, email: e.email ?? null }
        : null;
    },
  },
  CorpGroup: {
    urn,
    type,
    relationships,
    exists,
    name: nameFromUrn,
    properties: async (p, _, ctx) => {
      const i = await aspect(ctx, p.urn, "corpGroupInfo");
      return i ? { displayName: i.displayName ?? null, description: i.description ?? null, email: i.email ?? null } : null;
    },
  },
  Tag: {
    urn,
    type,
    relationships,
    ownership,
    name: async (p, _, ctx) => (await aspect(ctx, p.urn, "tagProperties"))?.name ?? displayNameFromUrn(p.urn),
    description,
    properties: async (p, _, ctx) => {
      const t = await aspect(ctx, p.urn, "tagProperties");
      return { name: t?.name ?? displayNameFromUrn(p.urn), description: t?.description ?? null, colorHex: t?.colorHex ?? null };
    },
  },
  GlossaryTerm: {
    urn,
    type,
    relationships,
    exists,
    ownership,
    name: nameFromUrn,
    hierarchicalName: nameFromUrn,
    properties: async (p, _, ctx) => {
      const t = await aspect(ctx, p.urn, "glossaryTermInfo");
      return {
        name: t?.name ?? displayNameFromUrn(p.urn),
        description: t?.definition ?? null,
        definition: t?.definition ?? "",
        termSource: t?.termSource ?? "INTERNAL",
        sourceRef: t?.sourceRef ?? null,
        sourceUrl: t?.sourceUrl ?? null,
        customProperties: customProperties(p.urn, t?.customProperties),
      };
    },
  },
  OwnerType: { __resolveType: (v) => (entityTypeOf(v.urn) === "corpGroup" ? "CorpGroup" : "CorpUser") },
  Entity: { __resolveType: resolveEntityType },
  EntityWithRelationships: {
    __resolveType: resolveTypeAmong(["DataProcessInstance", "Dataset", "MLFeature", "MLFeatureTable", "MLModel", "MLModelGroup", "MLPrimaryKey"]),
  },
  SupportsVersions: { __resolveType: resolveTypeAmong(["Dataset", "MLModel"]) },
} satisfies Resolvers;
