/**
 * Every GraphQL operation and fragment the web app uses must be valid against DataHub's own schema,
 * so the same app can point at a real DataHub. Operations that use only Orrery's marked extensions
 * (fields declared in server/schema/*.orrery.graphql) are exempt: they are feature-detected at run time.
 */
import { describe, expect, it } from "vitest";
import { Kind, NoUnusedFragmentsRule, specifiedRules, validate, type OperationDefinitionNode } from "graphql";
import { buildReferenceSchema } from "../server/schema/compat";
import { buildOrrerySchemaSDL } from "../server/schema/index";
import { documents, fragments, neededFragments, operations, withFragments } from "./documents.test-util";

const EXTENSION_FIELDS = new Set(
  [...buildOrrerySchemaSDL().matchAll(/extend type \w+ \{([\s\S]*?)\n\}/g)].flatMap((m) => [...m[1].matchAll(/^\s+(\w+)[(:]/gm)].map((x) => x[1])),
);

function usesOnlyExtensions(op: OperationDefinitionNode): boolean {
  return op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && EXTENSION_FIELDS.has(s.name.value));
}

describe("web app operations against DataHub's reference schema", () => {
  const reference = buildReferenceSchema();

  it("finds the app's documents", () => {
    expect(documents.length).toBeGreaterThan(20);
    expect(operations.length).toBeGreaterThan(15);
    expect(fragments.size).toBeGreaterThan(15);
  });

  for (const op of operations) {
    it(`query ${op.name?.value ?? "(anonymous)"} is valid`, () => {
      if (usesOnlyExtensions(op)) return;
      expect(validate(reference, withFragments(op)).map((e) => e.message)).toEqual([]);
    });
  }

  // Fragments are checked inside the operations that spread them; this also covers any fragment no operation uses yet.
  const rules = specifiedRules.filter((r) => r !== NoUnusedFragmentsRule);
  for (const f of fragments.values()) {
    it(`fragment ${f.name.value} is valid`, () => {
      expect(validate(reference, { kind: Kind.DOCUMENT, definitions: [f, ...neededFragments(f)] }, rules).map((e) => e.message)).toEqual([]);
    });
  }
});
