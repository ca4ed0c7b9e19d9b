/**
 * Every non-null field of every type the server can return is really answered: by a resolver, or by
 * its parent object carrying it. The walk starts at the root fields with resolvers (and the empty
 * pages of ./absent.ts), follows the fields that are answered into the types they return, and for
 * each type reached checks its non-null fields against the resolver map and what the type's parent
 * (server/graphql/parents.ts) carries:
 *
 * - an entity (`EntityRef`) carries only its urn;
 * - an aspect's value carries the fields its zod schema requires (server/model/aspects);
 * - the other mapped parents carry the fields `OTHER_PARENTS` lists (checked against their interfaces);
 * - an unmapped type's parent is the GraphQL type itself, built by a resolver whose return type the
 *   generated resolver types check (`npm run typecheck`), so its non-null fields are there.
 *
 * A non-null list without a resolver answers an empty list, as DataHub does for a missing aspect.
 * Abstract types are followed to the entity types the server resolves (`GRAPHQL_TYPE`) and to every
 * member of the other unions and interfaces.
 */
import { describe, expect, it } from "vitest";
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { datahubTypeDefs, typeDefs } from "../schema/index";
import { ASPECT_SCHEMAS } from "../model/aspects/index";
import { buildResolvers } from "./index";
import { rootFamily } from "./absent";
import { GRAPHQL_TYPE } from "./entities";
import { ASPECT_PARENT_TYPES, ENTITY_PARENT_TYPES, OTHER_PARENTS } from "./parents";

type Field = GraphQLField<unknown, unknown>;
const resolvers = buildResolvers() as unknown as Record<string, Record<string, unknown> | undefined>;
const SERVED_ENTITIES = new Set<string>(Object.values(GRAPHQL_TYPE));
const ENTITY_PARENTS = new Set<string>(ENTITY_PARENT_TYPES);
const ASPECTS: Record<string, keyof typeof ASPECT_SCHEMAS> = ASPECT_PARENT_TYPES;
const OTHERS: Record<string, { carries: readonly string[] }> = OTHER_PARENTS;

/** Whether a type's parent object carries a field (see the file comment). */
function carried(type: string, field: string): boolean {
  if (ENTITY_PARENTS.has(type)) return field === "urn";
  const aspect = ASPECTS[type];
  if (aspect) {
    const shape = (ASPECT_SCHEMAS[aspect] as unknown as { shape: Record<string, { safeParse(v: unknown): { success: boolean } }> }).shape;
    return Object.hasOwn(shape, field) && !shape[field].safeParse(undefined).success;
  }
  if (OTHERS[type]) return OTHERS[type].carries.includes(field);
  return true; // unmapped: the resolver that built it returned the whole GraphQL type
}

function concreteTypes(schema: GraphQLSchema, name: string): GraphQLObjectType[] {
  const t = schema.getType(name);
  if (isObjectType(t)) return [t];
  if (!isAbstractType(t)) return [];
  const entity = schema.getType("Entity");
  return schema.getPossibleTypes(t).filter((m) => !(entity && m.getInterfaces().some((i) => i.name === "Entity")) || SERVED_ENTITIES.has(m.name));
}

/** Walks what the server can return; lists the non-null fields nothing answers. */
function unanswered(schema: GraphQLSchema): { reached: number; problems: string[] } {
  const problems: string[] = [];
  const seen = new Set<string>();
  const queue: string[] = [];
  const follow = (f: Field) => queue.push(getNamedType(f.type).name);
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const f of Object.values(root.getFields()))
      if (resolvers[root.name]?.[f.name]) follow(f);
      else if (root === schema.getQueryType() && rootFamily(f) === "empty") seen.add(`empty page ${f.name}`);
  }
  while (queue.length) {
    for (const type of concreteTypes(schema, queue.shift()!)) {
      if (seen.has(type.name)) continue;
      seen.add(type.name);
      for (const f of Object.values(type.getFields())) {
        const resolved = Boolean(resolvers[type.name]?.[f.name]) || carried(type.name, f.name);
        if (resolved) follow(f);
        else if (isNonNullType(f.type) && !isListType(getNullableType(f.type))) problems.push(`${type.name}.${f.name}: ${String(f.type)}`);
      }
    }
  }
  return { reached: seen.size, problems };
}

describe("every non-null field the server can return is answered", () => {
  for (const [flavour, sdl] of [
    ["datahub", datahubTypeDefs],
    ["orrery", typeDefs],
  ] as const) {
    it(`in the ${flavour} flavour`, () => {
      const { reached, problems } = unanswered(buildSchema(sdl.join("\n")));
      expect(reached).toBeGreaterThan(100);
      expect(problems).toEqual([]);
    });
  }

  it("(the check itself works: an entity's required field without a resolver is found)", () => {
    const schema = buildSchema(datahubTypeDefs.join("\n"));
    const saved = resolvers.MLModel;
    try {
      resolvers.MLModel = { ...saved, name: undefined };
      expect(unanswered(schema).problems).toContain("MLModel.name: String!");
    } finally {
      resolvers.MLModel = saved;
    }
  });
});
