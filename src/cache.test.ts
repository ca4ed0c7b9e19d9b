/**
 * Apollo's cache keeps one copy of each entity (by urn) and merges objects without identity, but it
 * replaces lists of such objects whole. If two queries select a list field (with the same arguments)
 * with different sub-fields, each one's answer removes fields the other needs, and the other query
 * goes back to the network. So every selection of such a list must ask for the same sub-fields.
 */
import { describe, expect, it } from "vitest";
import {
  buildSchema,
  getNamedType,
  isListType,
  getNullableType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  Kind,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type FieldNode,
  type SelectionSetNode,
  type GraphQLSchema,
} from "graphql";
import { buildOrrerySchemaSDL } from "../server/schema/index";
import { fragments, operations } from "./documents.test-util";

const schema: GraphQLSchema = buildSchema(buildOrrerySchemaSDL());

/** The names of leaf fields under a selection, as dotted paths (inline fragments and spreads flattened). */
function leafPaths(set: SelectionSetNode | undefined, prefix = ""): string[] {
  if (!set) return [prefix];
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD)
      return s.name.value === "__typename"
        ? []
        : leafPaths(s.selectionSet, `${prefix}${s.name.value}${s.arguments?.length ? `(${s.arguments.map(print).join(",")})` : ""}.`);
    if (s.kind === Kind.INLINE_FRAGMENT) return leafPaths(s.selectionSet, prefix);
    const f = fragments.get(s.name.value);
    return f ? leafPaths(f.selectionSet, prefix) : [];
  });
}

/** Entities (and interfaces and unions of them) are stored by urn; a path to a value starts at the nearest one. */
function isEntity(typeName: string): boolean {
  const t = schema.getType(typeName);
  if (isObjectType(t)) return t.getInterfaces().some((i) => i.name === "Entity");
  if (isInterfaceType(t)) return t.name === "Entity" || t.getInterfaces().some((i) => i.name === "Entity");
  if (isUnionType(t)) return t.getTypes().every((m) => isEntity(m.name));
  return false;
}

describe("list fields are selected the same way everywhere", () => {
  /** "Type.field(args)" → selection signature → operations */
  const seen = new Map<string, Map<string, string[]>>();
  for (const op of operations) {
    const perOp = new Map<string, Set<string>>();
    const typeInfo = new TypeInfo(schema);
    const inline = (node: typeof op) =>
      visit(node, {
        FragmentSpread(s) {
          const f = fragments.get(s.name.value)!;
          return { kind: Kind.INLINE_FRAGMENT, typeCondition: f.typeCondition, selectionSet: inline(f as never).selectionSet } as never;
        },
      });
    // Where a value lives in the cache: the path from the nearest entity (or the root query) down to it.
    const path: Array<{ seg: string; entity: boolean }> = [];
    visit(
      inline(op),
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter(node: FieldNode) {
            const type = typeInfo.getType();
            const parent = typeInfo.getParentType();
            const named = type ? getNamedType(type) : null;
            const seg = `${node.name.value}(${(node.arguments ?? []).map(print).join(",")})`;
            path.push({ seg, entity: !!named && isEntity(named.name) });
            if (!type || !parent || !named || !isListType(getNullableType(type)) || !isObjectType(named) || isEntity(named.name)) return;
            let from = path.length - 1;
            while (from > 0 && !path[from - 1].entity) from--;
            const owner = from > 0 ? "<entity>" : "Query";
            const key = `${owner}.${path
              .slice(from)
              .map((p) => p.seg)
              .join(".")}`;
            const paths = perOp.get(key) ?? new Set<string>();
            for (const p of leafPaths(node.selectionSet)) paths.add(p);
            perOp.set(key, paths);
          },
          leave() {
            path.pop();
          },
        },
      }),
    );
    for (const [key, paths] of perOp) {
      const sig = [...paths].sort().join(" ");
      const bySig = seen.get(key) ?? new Map<string, string[]>();
      bySig.set(sig, [...(bySig.get(sig) ?? []), op.name?.value ?? "?"]);
      seen.set(key, bySig);
    }
  }

  it("finds list fields to compare", () => {
    expect(seen.size).toBeGreaterThan(10);
  });

  for (const [key, bySig] of seen) {
    it(key, () => {
      expect(
        [...bySig.entries()].map(([sig, ops]) => `${ops.join(", ")}: ${sig}`),
        "the same list field is selected with different sub-fields",
      ).toHaveLength(1);
    });
  }
});
