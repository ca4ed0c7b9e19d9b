/**
 * What the server answers for the parts of DataHub's schema the catalog does not store. The served
 * schema is DataHub's whole (server/schema/datahub.graphql); resolvers exist for what the catalog
 * holds, and every other field is answered here, the way DataHub answers a missing aspect or an
 * absent feature (docs/API.md, "What is not stored"):
 *
 * - a field of an object without a resolver gives what its parent carries, else null, or an empty
 *   list where the type is a non-null list (DataHub's answer for an aspect an entity does not have);
 * - a root query without a resolver answers by family (`ROOT_FAMILIES`): a lookup by urn of a kind
 *   the catalog does not store is null (no such entity; a malformed urn is still refused); a list of things it does not store is an
 *   empty page; settings it does not have are null; anything else (what the catalog holds but does
 *   not offer in that form, and secrets, tokens and privileges) is an error naming the field;
 * - a mutation without a resolver is an error naming it.
 */
import {
  GraphQLError,
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import { urnArg } from "./entities";
import { carried, returnable } from "./answered";

/** The fields answered as missing whatever the request: no resolver, and a parent that never carries them. */
const ABSENT = new WeakSet<GraphQLField<unknown, unknown>>();

/** Whether the server answers this field as missing (null, or an empty list) for every object (see ./resolvable.ts). */
export function isAbsent(field: GraphQLField<unknown, unknown>): boolean {
  return ABSENT.has(field);
}

/** The error of a field this catalog does not answer. */
export function notSupported(what: string): GraphQLError {
  return new GraphQLError(`${what} is not supported by this catalog`, { extensions: { code: "BAD_USER_INPUT" } });
}

/** How an unresolved root query is answered. */
export type RootFamily = "lookup" | "empty" | "setting" | "unsupported";

/**
 * Root queries about what the catalog does hold but does not offer in that form (groups, which are
 * not in the search index; the glossary's roots; browsing; schema history) or about secrets, tokens
 * and privileges: an empty answer would be false, so they are refused by name.
 */
const REFUSED = new Set([
  "listGroups",
  "getRootGlossaryTerms",
  "getRootGlossaryNodes",
  "browse",
  "browseV2",
  "browsePaths",
  "getTimeline",
  "getSchemaBlame",
  "getSchemaVersionList",
  "getAccessToken",
  "getAccessTokenMetadata",
  "getGrantedPrivileges",
  "getInviteToken",
  "getSecretValues",
  "getPresignedUploadUrl",
  "debugAccess",
]);

/** Root queries whose answer is known without the feature: analytics is not enabled here. */
const CONSTANT: Record<string, unknown> = { isAnalyticsEnabled: false };

/**
 * An object type whose empty value is well defined: its required fields are counts and lists (a
 * page: `start`, `count`, `total` and the items), everything else nullable.
 */
function emptyPage(type: GraphQLObjectType): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  let items = false;
  for (const f of Object.values(type.getFields())) {
    const t = getNullableType(f.type);
    if (isListType(t)) {
      out[f.name] = [];
      items = true;
    } else if (isNonNullType(f.type)) {
      if (!(isScalarType(t) && t.name === "Int")) return null;
      out[f.name] = 0;
    } else out[f.name] = null;
  }
  return items ? out : null;
}

export function rootFamily(field: GraphQLField<unknown, unknown>): RootFamily {
  if (REFUSED.has(field.name)) return "unsupported";
  if (Object.hasOwn(CONSTANT, field.name)) return "setting";
  const type = getNullableType(field.type);
  if (isListType(type)) return "empty";
  const named = getNamedType(field.type);
  if (isObjectType(named) && emptyPage(named)) return "empty";
  if (isNonNullType(field.type)) return "unsupported";
  const urn = field.args.find((a) => a.name === "urn");
  if (urn && field.args.every((a) => a === urn || !isNonNullType(a.type))) return "lookup";
  return field.args.length === 0 || field.args.every((a) => !isNonNullType(a.type)) ? "setting" : "unsupported";
}

function rootAnswer(field: GraphQLField<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  const family = rootFamily(field);
  if (family === "unsupported") return () => Promise.reject(notSupported(`Query.${field.name}`));
  if (Object.hasOwn(CONSTANT, field.name)) return () => CONSTANT[field.name];
  if (family === "empty") {
    const type = getNullableType(field.type);
    const named = getNamedType(field.type);
    return () => (isListType(type) ? [] : emptyPage(named as GraphQLObjectType));
  }
  // A lookup checks its urn as every lookup does (a malformed one is the client's error), then finds nothing.
  if (family === "lookup")
    return (_, args: Record<string, unknown>) => {
      urnArg(args.urn);
      return null;
    };
  return () => null;
}

/** An object field without a resolver: what its parent carries, else DataHub's answer for a missing aspect. */
function carriedOrAbsent(type: GraphQLOutputType): GraphQLFieldResolver<unknown, unknown> {
  const absent = isNonNullType(type) && isListType(type.ofType) ? () => [] : () => null;
  return (source, args, ctx, info) => defaultFieldResolver(source, args, ctx, info) ?? absent();
}

/** Gives every field the schema leaves without a resolver its answer (see the file comment). */
export function answerAbsent(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) continue;
      if (type === query) field.resolve = rootAnswer(field);
      else if (type === mutation) field.resolve = () => Promise.reject(notSupported(`Mutation.${field.name}`));
      else {
        field.resolve = carriedOrAbsent(field.type);
        if (!returnable(type) || !carried(type.name, field.name)) ABSENT.add(field);
      }
    }
  }
  return schema;
}
