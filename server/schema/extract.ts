/**
 * Generates server/schema/datahub.graphql (`npm run schema:extract`): the subset of DataHub's GraphQL schema that Orrery
 * implements, cut mechanically out of DataHub's reference SDL so names, arguments, defaults,
 * nullability and list wrappers are DataHub's by construction.
 *
 *
 * KEEP lists the fields kept of the big types; every other type reached from them is kept whole,
 * except for fields whose types are in DROP_TYPES (large features Orrery does not serve).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLUnionType,
  getNamedType,
  isScalarType,
  type GraphQLNamedType,
  type GraphQLField,
  type GraphQLInputField,
  buildSchema,
  print,
  astFromValue,
  isSpecifiedScalarType,
  validateSchema,
} from "graphql";
import { buildReferenceSchema } from "./reference";

const ENTITY_COMMON = [
  "urn",
  "type",
  "exists",
  "lastIngested",
  "status",
  "ownership",
  "tags",
  "glossaryTerms",
  "relationships",
  "lineage",
  "institutionalMemory",
  "deprecation",
  "dataPlatformInstance",
  "browsePathV2",
  "lineageFeatures",
  "domain",
  "structuredProperties",
];

const KEEP: Record<string, string[]> = {
  Query: [
    "entity",
    "entities",
    "entityExists",
    "mlModel",
    "mlModelGroup",
    "mlFeature",
    "mlFeatureTable",
    "mlPrimaryKey",
    "container",
    "dataProcessInstance",
    "dataset",
    "dataPlatform",
    "corpUser",
    "corpGroup",
    "tag",
    "glossaryTerm",
    "glossaryNode",
    "domain",
    "structuredProperty",
    "versionSet",
    "dataFlow",
    "dataJob",
    "searchAcrossEntities",
    "searchAcrossLineage",
    "autoComplete",
    "autoCompleteForMultiple",
    "getEntityCounts",
    "me",
  ],
  AuthenticatedUser: ["corpUser", "platformPrivileges"],
  PlatformPrivileges: ["createTags", "manageTags", "manageGlossaries", "manageTokens", "manageIngestion", "manageIdentities"],
  Mutation: [
    "updateDescription",
    "updateName",
    "addTag",
    "addTags",
    "removeTag",
    "batchAddTags",
    "batchRemoveTags",
    "addTerm",
    "addTerms",
    "removeTerm",
    "batchAddTerms",
    "batchRemoveTerms",
    "addOwner",
    "addOwners",
    "removeOwner",
    "createTag",
    "patchEntity",
    "patchEntities",
  ],
  Entity: ["urn", "type", "relationships"],
  EntityWithRelationships: ["urn", "type", "relationships", "lineage", "lineageFeatures"],
  SupportsVersions: ["versionProperties"],
  MLModel: [...ENTITY_COMMON, "name", "platform", "origin", "description", "globalTags", "properties", "editableProperties", "versionProperties"],
  MLModelGroup: [...ENTITY_COMMON, "name", "platform", "origin", "description", "properties", "editableProperties"],
  MLFeature: [...ENTITY_COMMON, "name", "featureNamespace", "description", "dataType", "featureProperties", "properties", "editableProperties"],
  MLPrimaryKey: [...ENTITY_COMMON, "name", "featureNamespace", "description", "dataType", "properties", "primaryKeyProperties", "editableProperties"],
  MLFeatureTable: [...ENTITY_COMMON, "name", "platform", "description", "properties", "featureTableProperties", "editableProperties"],
  Container: [
    "urn",
    "type",
    "exists",
    "lastIngested",
    "status",
    "ownership",
    "tags",
    "glossaryTerms",
    "relationships",
    "institutionalMemory",
    "deprecation",
    "dataPlatformInstance",
    "browsePathV2",
    "platform",
    "container",
    "parentContainers",
    "properties",
    "editableProperties",
    "subTypes",
    "entities",
  ],
  DataProcessInstance: [
    "urn",
    "type",
    "exists",
    "status",
    "state",
    "created",
    "name",
    "relationships",
    "lineage",
    "externalUrl",
    "lineageFeatures",
    "properties",
    "dataPlatformInstance",
    "subTypes",
    "container",
    "platform",
    "parentContainers",
    "mlTrainingRunProperties",
    "parentTemplate",
  ],
  Dataset: [
    ...ENTITY_COMMON,
    "platform",
    "container",
    "parentContainers",
    "name",
    "properties",
    "editableProperties",
    "schemaMetadata",
    "editableSchemaMetadata",
    "subTypes",
    "versionProperties",
  ],
  // pipelines and their tasks
  DataFlow: [...ENTITY_COMMON, "orchestrator", "flowId", "cluster", "platform", "properties", "editableProperties", "container", "parentContainers"],
  DataJob: [...ENTITY_COMMON, "jobId", "dataFlow", "properties", "editableProperties", "inputOutput", "container", "parentContainers", "subTypes", "runs"],
  DataJobInputOutput: ["inputDatasets", "outputDatasets", "inputDatajobs"],
  DataPlatform: ["urn", "type", "name", "properties", "displayName", "relationships"],
  CorpUser: ["urn", "type", "exists", "username", "properties", "editableProperties", "relationships"],
  CorpGroup: ["urn", "type", "exists", "name", "properties", "relationships"],
  Tag: ["urn", "type", "exists", "name", "description", "properties", "ownership", "relationships"],
  GlossaryTerm: ["urn", "type", "exists", "name", "hierarchicalName", "properties", "ownership", "relationships", "parentNodes", "domain"],
  GlossaryNode: ["urn", "type", "exists", "properties", "ownership", "relationships", "parentNodes"],
  Domain: ["urn", "type", "id", "properties", "ownership", "institutionalMemory", "entities", "parentDomains", "relationships", "structuredProperties"],
  DomainEntitiesInput: ["query", "start", "count", "filters"],
  StructuredPropertyEntity: ["urn", "type", "exists", "definition", "relationships"],
  StructuredPropertyDefinition: ["qualifiedName", "displayName", "description", "cardinality", "allowedValues", "valueType", "entityTypes", "immutable"],
  StructuredPropertiesEntry: ["structuredProperty", "values", "valueEntities", "associatedUrn"],
  DataTypeEntity: ["urn", "type", "info", "relationships"],
  EntityTypeEntity: ["urn", "type", "info", "relationships"],
  VersionSet: ["urn", "type", "relationships", "latestVersion"],
  DataPlatformInstance: ["urn", "type", "platform", "instanceId", "relationships"],
  CorpUserProperties: ["active", "displayName", "title", "email", "firstName", "lastName", "fullName", "customProperties"],
  CorpUserEditableProperties: ["displayName", "title", "aboutMe", "pictureLink", "email"],
  CorpGroupProperties: ["displayName", "description", "email"],
  GlossaryTermProperties: ["name", "description", "definition", "termSource", "sourceRef", "sourceUrl", "customProperties"],
  Owner: ["owner", "type", "source", "associatedUrn"],
  GlossaryTermAssociation: ["term", "actor", "associatedUrn", "context"],
  SearchResult: ["entity", "matchedFields"],
  MatchedField: ["name", "value", "entity"],
  SearchResults: ["start", "count", "total", "searchResults", "facets"],
  FacetMetadata: ["field", "displayName", "aggregations"],
  AggregationMetadata: ["value", "count", "entity", "displayName"],
  SearchAcrossLineageResults: ["start", "count", "total", "searchResults", "facets"],
  SearchAcrossLineageResult: ["entity", "matchedFields", "paths", "degree", "degrees", "explored", "truncatedChildren", "ignoredAsHop"],
  SearchAcrossEntitiesInput: ["types", "query", "start", "count", "filters", "orFilters", "sortInput"],
  SearchAcrossLineageInput: ["urn", "direction", "types", "query", "start", "count", "filters", "orFilters"],
  AutoCompleteInput: ["type", "query", "field", "limit", "filters", "orFilters"],
  AutoCompleteMultipleInput: ["types", "query", "field", "limit", "filters", "orFilters"],
  FacetFilterInput: ["field", "value", "values", "negated", "condition"],
  InstitutionalMemoryMetadata: ["url", "label", "author", "created", "updated", "description", "associatedUrn"],
  Deprecation: ["deprecated", "decommissionTime", "note", "actor", "actorEntity", "replacement"],
  SchemaField: [
    "fieldPath",
    "jsonPath",
    "label",
    "nullable",
    "description",
    "type",
    "nativeDataType",
    "recursive",
    "globalTags",
    "tags",
    "glossaryTerms",
    "isPartOfKey",
    "isPartitioningKey",
    "jsonProps",
  ],
  SchemaMetadata: ["aspectVersion", "datasetUrn", "name", "platformUrn", "version", "cluster", "hash", "platformSchema", "fields", "primaryKeys", "createdAt"],
  EditableSchemaFieldInfo: ["fieldPath", "description", "globalTags", "tags", "glossaryTerms"],
  ContainerEntitiesInput: ["query", "start", "count", "filters"],
  DescriptionUpdateInput: ["description", "resourceUrn", "subResourceType", "subResource"],
  TagAssociationInput: ["tagUrn", "resourceUrn", "subResourceType", "subResource"],
  AddTagsInput: ["tagUrns", "resourceUrn", "subResourceType", "subResource"],
  TermAssociationInput: ["termUrn", "resourceUrn", "subResourceType", "subResource"],
  AddTermsInput: ["termUrns", "resourceUrn", "subResourceType", "subResource"],
  AddOwnerInput: ["ownerUrn", "ownerEntityType", "type", "ownershipTypeUrn", "resourceUrn"],
  AddOwnersInput: ["owners", "resourceUrn"],
  OwnerInput: ["ownerUrn", "ownerEntityType", "type", "ownershipTypeUrn"],
  RemoveOwnerInput: ["ownerUrn", "ownershipTypeUrn", "resourceUrn"],
  PatchEntityInput: ["urn", "aspectName", "patch", "systemMetadata", "headers"],
  EntityCountInput: ["types"],
};

/** Types whose fields are dropped wherever they appear. */
const DROP_TYPES = new Set([
  "BrowsableEntity",
  "Forms",
  "Form",
  "Share",
  "EntityPrivileges",
  "Origin",
  "RawAspect",
  "AspectParams",
  "BrowsePath",
  "EntityIncidentsResult",
  "Access",
  "DataProduct",
  "Health",
  "ApplicationAssociation",
  "Assertion",
  "SearchInsight",
  "ExtraProperty",
  "SearchSuggestion",
  "FreshnessStats",
  "SchemaFieldEntity",
  "ForeignKeyConstraint",
  "OwnershipTypeEntity",
  "ResolvedActor",
  "InstitutionalMemoryMetadataSettings",
  "CorpUserStatus",
  "CorpUserAppearanceSettings",
  "CorpUserSettings",
  "CorpUserViewsSettings",
  "SearchFlags",
  "LineageFlags",
  "ScrollAcrossLineageInput",
  "DataPlatformInstanceProperties",
  "CorpUserInfo",
  "CorpUserEditableInfo",
  "CorpGroupInfo",
  "EntityAssertionsResult",
  "VersionsSearchInput",
  "AggregationMetadataFilterField",
  "SearchResultsVisualConfig",
  "MatchedFieldEntity",
  "SubResourceTypeWithDefault",
  "CorpGroupEditableProperties",
  "StructuredPropertyInputParams",
  "FormFilter",
  "EntityPath_unused",
]);
const DROP_FIELDS: Record<string, string[]> = {
  Dataset: [],
  SearchAcrossLineageResult: [],
  VersionSet: ["versionsSearch"],
};

export const DATAHUB_SUBSET_FILE = new URL("./datahub.graphql", import.meta.url);

/** The SDL text of DataHub's schema cut down to what Orrery implements. */
export function extractDataHubSubset(): string {
  const ref = buildReferenceSchema();
  const keep = new Map<string, GraphQLNamedType>();
  const queue: string[] = Object.keys(KEEP).concat(["EntityType", "FabricType"]);
  const fieldsOf = new Map<string, Set<string>>();
  while (queue.length) {
    const name = queue.shift()!;
    if (keep.has(name) || DROP_TYPES.has(name)) continue;
    const t = ref.getType(name);
    if (!t) throw new Error(`reference schema has no type ${name}`);
    if (isSpecifiedScalarType(t)) continue;
    keep.set(name, t);
    if (t instanceof GraphQLObjectType || t instanceof GraphQLInterfaceType || t instanceof GraphQLInputObjectType) {
      const all = t.getFields() as Record<string, GraphQLField<unknown, unknown> | GraphQLInputField>;
      const wanted = KEEP[name] ?? Object.keys(all);
      const chosen = new Set<string>();
      for (const f of wanted) {
        const field = all[f];
        if (!field) {
          // ENTITY_COMMON lists fields most entity types have; a type without one simply lacks it.
          if (ENTITY_COMMON.includes(f)) continue;
          throw new Error(`${name}.${f} does not exist in the reference`);
        }
        if (DROP_FIELDS[name]?.includes(f)) continue;
        const named = getNamedType(field.type).name;
        if (DROP_TYPES.has(named)) continue;
        const args = "args" in field ? field.args : [];
        if (args.some((a) => DROP_TYPES.has(getNamedType(a.type).name) && a.type.toString().endsWith("!"))) continue;
        chosen.add(f);
        queue.push(named);
        for (const a of args) if (!DROP_TYPES.has(getNamedType(a.type).name)) queue.push(getNamedType(a.type).name);
      }
      fieldsOf.set(name, chosen);
      if (t instanceof GraphQLObjectType || t instanceof GraphQLInterfaceType) for (const i of t.getInterfaces()) queue.push(i.name);
    }
    if (t instanceof GraphQLUnionType) for (const m of t.getTypes()) if (KEEP[m.name] || !DROP_TYPES.has(m.name)) queue.push(m.name);
  }
  // Unions keep only members we serve; interfaces only where the implementor is kept.
  const lines: string[] = [
    "# DataHub's GraphQL schema, the subset Orrery implements. GENERATED by server/schema/extract.ts from",
    "# DataHub's reference SDL: do not edit by hand. Extensions live in *.orrery.graphql.",
    "",
    "scalar Long",
    "",
  ];
  const names = [...keep.keys()].sort((a, b) => (a === "Query" ? -1 : b === "Query" ? 1 : a === "Mutation" ? -1 : b === "Mutation" ? 1 : a.localeCompare(b)));
  for (const name of names) {
    const t = keep.get(name)!;
    if (isScalarType(t)) continue;
    lines.push(printType(t, fieldsOf.get(name), keep), "");
  }
  const sdl = lines.join("\n");
  const errors = validateSchema(buildSchema(sdl)); // must stand on its own
  if (errors.length) throw new Error(errors.map((e) => e.message).join("\n"));
  return sdl;
}

function printType(t: GraphQLNamedType, fields: Set<string> | undefined, keep: Map<string, GraphQLNamedType>): string {
  const dep = (r: string | null | undefined) => (r == null ? "" : r === "No longer supported" ? " @deprecated" : ` @deprecated(reason: ${JSON.stringify(r)})`);
  if (t instanceof GraphQLEnumType) {
    return `enum ${t.name} {\n${t
      .getValues()
      .map((v) => `  ${v.name}${dep(v.deprecationReason)}`)
      .join("\n")}\n}`;
  }
  if (t instanceof GraphQLUnionType) {
    const members = t.getTypes().filter((m) => keep.has(m.name));
    return `union ${t.name} = ${members.map((m) => m.name).join(" | ")}`;
  }
  if (t instanceof GraphQLInputObjectType) {
    const fs_ = Object.values(t.getFields()).filter((f) => fields?.has(f.name));
    return `input ${t.name} {\n${fs_
      .map((f) => {
        const def = f.defaultValue !== undefined ? ` = ${print(astFromValue(f.defaultValue, f.type)!)}` : "";
        return `  ${f.name}: ${f.type.toString()}${def}${dep(f.deprecationReason)}`;
      })
      .join("\n")}\n}`;
  }
  if (t instanceof GraphQLObjectType || t instanceof GraphQLInterfaceType) {
    const ifaces = t.getInterfaces().filter((i) => keep.has(i.name));
    const kw = t instanceof GraphQLObjectType ? "type" : "interface";
    const impl = ifaces.length ? ` implements ${ifaces.map((i) => i.name).join(" & ")}` : "";
    const fs_ = Object.values(t.getFields()).filter((f) => fields?.has(f.name));
    const body = fs_
      .map((f) => {
        const args = f.args.filter(
          (a) => keep.has(getNamedType(a.type).name) || isSpecifiedScalarType(getNamedType(a.type)) || getNamedType(a.type).name === "Long",
        );
        const argText = args.length
          ? `(${args
              .map((a) => `${a.name}: ${a.type.toString()}${a.defaultValue !== undefined ? ` = ${print(astFromValue(a.defaultValue, a.type)!)}` : ""}`)
              .join(", ")})`
          : "";
        return `  ${f.name}${argText}: ${f.type.toString()}${dep(f.deprecationReason)}`;
      })
      .join("\n");
    return `${kw} ${t.name}${impl} {\n${body}\n}`;
  }
  return "";
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  fs.writeFileSync(DATAHUB_SUBSET_FILE, extractDataHubSubset());
  console.log(`wrote ${fileURLToPath(DATAHUB_SUBSET_FILE)}`);
}
