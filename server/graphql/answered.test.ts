/**
 * Every non-null field of every type the server can return is really answered: by a resolver, or by
 * its parent object carrying it. The walk starts at the root fields with resolvers (and the empty
 * pages of ./absent.ts), follows the fields that are answered into the types they return, and for
 * each type reached checks its non-null fields against the resolver map and what the type's parent
 * (server/graphql/parents.ts) carries (./answered.ts): an entity only its urn, an aspect's value the
 * fields its zod schema requires, the other mapped parents what `OTHER_PARENTS` lists (checked against
 * their interfaces), and an unmapped type's parent is the GraphQL type itself, built by a resolver
 * whose return type the generated resolver types check (`npm run typecheck`).
 *
 * A non-null list without a resolver answers an empty list, as DataHub does for a missing aspect.
 * Abstract types are followed to the types the server can return (`returnable`: the entity kinds it
 * stores, and every non-entity type).
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
import { buildResolvers } from "./index";
import { rootFamily } from "./absent";
import { carried, returnable } from "./answered";

type Field = GraphQLField<unknown, unknown>;
const resolvers = buildResolvers() as unknown as Record<string, Record<string, unknown> | undefined>;

function concreteTypes(schema: GraphQLSchema, name: string): GraphQLObjectType[] {
  const t = schema.getType(name);
  if (isObjectType(t)) return returnable(t) ? [t] : [];
  if (!isAbstractType(t)) return [];
  return schema.getPossibleTypes(t).filter(returnable);
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
        const resolved = Boolean(resolvers[type.name]?.[f.name]) || carried(type.name, f.name, true);
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

describe('root queries without a resolver answer by family (docs/API.md, "What is not stored")', () => {
  const schema = buildSchema(datahubTypeDefs.join("\n"));
  const family = (name: string) => rootFamily(schema.getQueryType()!.getFields()[name]!);
  it.each([
    ["chart", "lookup"],
    ["versionedDataset", "lookup"],
    ["dataPlatformInstance", "lookup"],
    ["listPolicies", "empty"],
    ["listIngestionSources", "empty"],
    ["getHighlights", "empty"],
    ["appConfig", "setting"],
    ["isAnalyticsEnabled", "setting"],
    ["listGroups", "unsupported"],
    ["getTimeline", "unsupported"],
    ["getAccessTokenMetadata", "unsupported"],
  ])("%s: %s", (name, expected) => expect(family(name)).toBe(expected));

  it("every unresolved root query has a family, and every resolved one is left to its resolver", () => {
    const unresolved = Object.values(schema.getQueryType()!.getFields()).filter((f) => !resolvers.Query?.[f.name]);
    expect(unresolved.length).toBeGreaterThan(50);
    for (const f of unresolved) expect(["lookup", "empty", "setting", "unsupported"]).toContain(rootFamily(f));
  });
});
