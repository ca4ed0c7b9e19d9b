import { describe, expect, it } from "vitest";
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { selects } from "./search";

/** The resolve info of the document's first root field, as far as `selects` reads it. */
function infoOf(source: string) {
  const doc = parse(source);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const field = op.selectionSet.selections[0] as FieldNode;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [field], fragments };
}

describe("what a search's selection asks for", () => {
  it("sees a field selected directly, under an alias, in inline fragments and in fragment spreads, and under @include", () => {
    expect(selects(infoOf(`{ searchAcrossEntities(input: {query: "*"}) { total facets { field } } }`), "facets")).toBe(true);
    expect(selects(infoOf(`{ searchAcrossEntities(input: {query: "*"}) { total f: facets { field } } }`), "facets")).toBe(true);
    expect(selects(infoOf(`{ searchAcrossEntities(input: {query: "*"}) { ... on SearchResults { facets { field } } } }`), "facets")).toBe(true);
    expect(
      selects(
        infoOf(
          `query { searchAcrossEntities(input: {query: "*"}) { ...R } } fragment R on SearchResults { ...F } fragment F on SearchResults { facets { field } }`,
        ),
        "facets",
      ),
    ).toBe(true);
    expect(selects(infoOf(`query($f: Boolean!) { searchAcrossEntities(input: {query: "*"}) { facets @include(if: $f) { field } } }`), "facets")).toBe(true);
  });

  it("does not see it when only a nested field has the name, or when it is absent", () => {
    expect(selects(infoOf(`{ searchAcrossEntities(input: {query: "*"}) { total searchResults { entity { urn } } } }`), "facets")).toBe(false);
    expect(
      selects(
        infoOf(`{ searchAcrossEntities(input: {query: "*"}) { searchResults { entity { ... on Container { entities(input: {}) { facets { field } } } } } } }`),
        "facets",
      ),
    ).toBe(false);
    // A fragment that spreads itself (invalid, refused by validation before this runs) does not loop.
    expect(selects(infoOf(`query { searchAcrossEntities(input: {query: "*"}) { ...R } } fragment R on SearchResults { ...R }`), "facets")).toBe(false);
  });
});
