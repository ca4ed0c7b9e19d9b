/**
 * The resolvers match the schema they serve: building it refuses a resolver of a type or field it
 * lacks, and the datahub flavour leaves out exactly the resolvers of Orrery's extensions.
 */
import { describe, expect, it } from "vitest";
import { buildSchema, isInterfaceType, isObjectType } from "graphql";
import { createSchema } from "graphql-yoga";
import { datahubTypeDefs, typeDefs } from "../schema/index";
import { buildExecutableSchema, buildResolvers, resolversOf } from "./index";

/** `Type.field` (or `Type`) of every resolver. */
function resolverKeys(resolvers: object): string[] {
  return Object.entries(resolvers).flatMap(([type, value]) =>
    value && typeof value === "object" && !("serialize" in value) ? Object.keys(value).map((field) => `${type}.${field}`) : [type],
  );
}

describe("resolvers and schema", () => {
  it("build both flavours, every resolver naming a type and field of the schema", () => {
    expect(() => buildExecutableSchema("orrery")).not.toThrow();
    expect(() => buildExecutableSchema("datahub")).not.toThrow();
  });

  it("refuse a resolver of a field the schema does not have", () => {
    const resolvers = buildResolvers();
    expect(() =>
      createSchema({
        typeDefs,
        resolvers: { ...resolvers, MLModel: { ...resolvers.MLModel, notAField: () => 1 } },
        resolverValidationOptions: { requireResolversToMatchSchema: "error" },
      }),
    ).toThrow(/MLModel\.notAField/);
  });

  it("leave out of the datahub flavour exactly the resolvers of what only Orrery's extensions define", () => {
    const all = resolverKeys(buildResolvers());
    const kept = new Set(resolverKeys(resolversOf(buildSchema(datahubTypeDefs.join("\n")), buildResolvers())));
    const datahub = buildSchema(datahubTypeDefs.join("\n"));
    const orrery = buildSchema(typeDefs.join("\n"));
    const inSchema = (schema: typeof datahub, key: string) => {
      const [typeName, field] = key.split(".");
      const type = schema.getType(typeName);
      if (!type) return false;
      if (!field || field.startsWith("__")) return true;
      return (isObjectType(type) || isInterfaceType(type)) && Object.hasOwn(type.getFields(), field);
    };
    for (const key of all) {
      expect(inSchema(orrery, key), key).toBe(true);
      expect(kept.has(key), key).toBe(inSchema(datahub, key));
    }
    expect(all.filter((k) => !kept.has(k))).toContain("MLModel.orreryServing");
  });
});
