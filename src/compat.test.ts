/**
 * Every GraphQL operation and fragment the web app uses must be valid against DataHub's own schema,
 * so the same app can point at a real DataHub. Operations that use only Orrery's marked extensions
 * (fields declared in server/schema/*.orrery.graphql, alone or under a DataHub root field with the
 * entity's urn) are exempt, apart from their DataHub part: they are feature-detected at run time.
 */
import { describe, expect, it } from "vitest";
import {
  Kind,
  NoUnusedFragmentsRule,
  NoUnusedVariablesRule,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { buildReferenceSchema } from "../server/schema/compat";
import { buildOrrerySchemaSDL } from "../server/schema/index";
import { documents, fragments, neededFragments, operations, withFragments } from "./documents.test-util";

const EXTENSION_FIELDS = new Set(
  [...buildOrrerySchemaSDL().matchAll(/extend type \w+ \{([\s\S]*?)\n\}/g)].flatMap((m) => [...m[1].matchAll(/^\s+(\w+)[(:]/gm)].map((x) => x[1])),
);

/**
 * An operation that asks for nothing but extensions: each root field is an extension, or a DataHub
 * field (`mlModel(urn:)`, `entities(urns:)`) under which only `urn`/`__typename` and extension fields
 * are selected (through inline fragments too). Such an operation is sent only when the server offers
 * the extension, so it need not be valid against DataHub as a whole.
 */
function usesOnlyExtensions(op: OperationDefinitionNode): boolean {
  let found = false;
  const keysAndExtensions = (set: SelectionSetNode): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.INLINE_FRAGMENT) return keysAndExtensions(s.selectionSet);
      if (s.kind !== Kind.FIELD) return false;
      if (EXTENSION_FIELDS.has(s.name.value)) return (found = true);
      return s.name.value === "urn" || s.name.value === "__typename";
    });
  return op.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && (EXTENSION_FIELDS.has(s.name.value) || (s.selectionSet !== undefined && keysAndExtensions(s.selectionSet) && found)),
  );
}

/**
 * The operation without its extension fields (and the variables only they used, typed with
 * extension inputs): what is left must still be DataHub's (root fields, arguments, keys).
 */
function withoutExtensions(op: OperationDefinitionNode, reference: GraphQLSchema): DocumentNode {
  const stripped = visit(op, {
    Field: (f) => (EXTENSION_FIELDS.has(f.name.value) ? null : undefined),
    VariableDefinition: (v) => {
      let t = v.type;
      while (t.kind !== Kind.NAMED_TYPE) t = t.type;
      return reference.getType(t.name.value) ? undefined : null;
    },
  });
  return { kind: Kind.DOCUMENT, definitions: [stripped] };
}
const strippedRules = specifiedRules.filter((r) => r !== NoUnusedVariablesRule);

describe("web app operations against DataHub's reference schema", () => {
  const reference = buildReferenceSchema();

  it("finds the app's documents", () => {
    expect(documents.length).toBeGreaterThan(20);
    expect(operations.length).toBeGreaterThan(15);
    expect(fragments.size).toBeGreaterThan(15);
  });

  for (const op of operations) {
    it(`query ${op.name?.value ?? "(anonymous)"} is valid`, () => {
      if (usesOnlyExtensions(op)) {
        expect(validate(reference, withoutExtensions(op, reference), strippedRules).map((e) => e.message)).toEqual([]);
        return;
      }
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
