/**
 * Every GraphQL operation the web app sends must be valid against DataHub's own schema, so the same
 * app can point at a real DataHub. Operations that use only Orrery's marked extensions are exempt
 * (they are feature-detected at run time).
 */
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { parse, validate, Kind, visit, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { buildReferenceSchema } from "../server/schema/compat";
import { buildOrrerySchemaSDL } from "../server/schema/index";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "gql" ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith(".test.ts") ? [p] : [];
  });
}

const documents = sourceFiles("src").flatMap((f) =>
  [...fs.readFileSync(f, "utf8").matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => ({ file: f, text: m[1] })),
);
const definitions: DefinitionNode[] = documents.flatMap((d) => parse(d.text).definitions);
const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** The operation plus every fragment it needs, transitively. */
function withFragments(op: OperationDefinitionNode) {
  const needed = new Map<string, FragmentDefinitionNode>();
  const walk = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(s) {
        const f = fragments.get(s.name.value);
        if (f && !needed.has(f.name.value)) {
          needed.set(f.name.value, f);
          walk(f);
        }
      },
    });
  walk(op);
  return { kind: Kind.DOCUMENT, definitions: [op, ...needed.values()] } as const;
}

const EXTENSION_FIELDS = new Set(
  [...buildOrrerySchemaSDL().matchAll(/extend type \w+ \{([\s\S]*?)\n\}/g)].flatMap((m) => [...m[1].matchAll(/^\s+(\w+)[(:]/gm)].map((x) => x[1])),
);

function usesOnlyExtensions(op: OperationDefinitionNode): boolean {
  return op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && EXTENSION_FIELDS.has(s.name.value));
}

describe("web app operations", () => {
  const reference = buildReferenceSchema();

  it("finds the app's operations", () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  for (const op of operations) {
    it(`${op.name?.value ?? "anonymous"} is valid against DataHub's schema`, () => {
      if (usesOnlyExtensions(op)) return;
      expect(validate(reference, withFragments(op)).map((e) => e.message)).toEqual([]);
    });
  }
});
