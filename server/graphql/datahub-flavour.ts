/**
 * The datahub flavour serves DataHub's schema without Orrery's extension types, but the catalog
 * still holds entities only an extension type shows (deployments, `OrreryMlModelDeployment`). A
 * plain DataHub never answers with such an entity, so neither does this flavour: searches that name
 * no types search the kinds the schema has a type for (a container's or domain's entities through
 * an `_entityType` filter, as they take no types), and a field that would return one of those
 * entities (a relationship's, a lineage node's, one of `entities(urns:)`) leaves it out.
 */
import { defaultFieldResolver, getNamedType, isAbstractType, isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLSchema } from "graphql";
import { ENTITY_TYPE_ENUM, GRAPHQL_TYPE, SEARCHABLE_TYPES, resolveEntityType } from "./entities";

const GRAPHQL_TYPES: { readonly [urnType: string]: string | undefined } = GRAPHQL_TYPE;

function isEntityValue(v: unknown): v is { urn: string } {
  return typeof v === "object" && v !== null && typeof (v as { urn?: unknown }).urn === "string";
}

export function hideUnservedEntities(schema: GraphQLSchema): GraphQLSchema {
  const served = (v: { urn: string }) => {
    const t = resolveEntityType(v);
    return t === null || schema.getType(t) !== undefined;
  };
  const searchable = SEARCHABLE_TYPES.filter((t) => schema.getType(GRAPHQL_TYPES[t] ?? "") !== undefined).map((t) => ENTITY_TYPE_ENUM[t]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const input = field.args.find((a) => a.name === "input");
      const inputType = input ? getNamedType(input.type) : null;
      const inputFields = inputType && isInputObjectType(inputType) ? inputType.getFields() : {};
      if (Object.hasOwn(inputFields, "types")) {
        field.resolve = (source, args, ctx, info) => {
          const given = args.input as { types?: unknown[] | null } | null | undefined;
          const types = given?.types?.length ? given.types : searchable;
          return resolve(source, { ...args, input: { ...given, types } }, ctx, info);
        };
      } else if (Object.hasOwn(inputFields, "filters") && getNamedType(field.type).name === "SearchResults") {
        // a search with no types argument (a container's or a domain's entities): the same kinds, as a filter
        field.resolve = (source, args, ctx, info) => {
          const given = args.input as { filters?: unknown[] | null } | null | undefined;
          const filters = [...(given?.filters ?? []), { field: "_entityType", values: searchable }];
          return resolve(source, { ...args, input: { ...given, filters } }, ctx, info);
        };
      }
      const named = getNamedType(field.type);
      const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
      const inner = field.resolve ?? defaultFieldResolver;
      if (isAbstractType(named)) {
        field.resolve = async (source, args, ctx, info) => {
          const value: unknown = await inner(source, args, ctx, info);
          if (list) return Array.isArray(value) ? value.filter((v) => !isEntityValue(v) || served(v)) : value;
          return isEntityValue(value) && !served(value) ? null : value;
        };
      } else if (list && isObjectType(named) && isNonNullType(named.getFields().entity?.type ?? null)) {
        // a list of results each holding one entity (search results in a container or domain): leave out the whole result
        field.resolve = async (source, args, ctx, info) => {
          const value: unknown = await inner(source, args, ctx, info);
          if (!Array.isArray(value)) return value;
          return value.filter((v) => {
            const e: unknown = typeof v === "object" && v !== null ? (v as { entity?: unknown }).entity : null;
            return !isEntityValue(e) || served(e);
          });
        };
      }
    }
  }
  return schema;
}
