/**
 * Every GraphQL document of the web app, read from the `graphql(`…`)` calls in src/ (the same text
 * codegen and the build read), for the tests that check them.
 */
import fs from "node:fs";
import path from "node:path";
import { Kind, parse, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";

const SRC = path.resolve(import.meta.dirname);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "gql" ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test(-util)?\.tsx?$/.test(e.name) ? [p] : [];
  });
}

export const documents = sourceFiles(SRC).flatMap((f) =>
  [...fs.readFileSync(f, "utf8").matchAll(/\bgraphql\(\s*`([\s\S]*?)`\s*\)/g)].map((m) => ({ file: path.relative(SRC, f), text: m[1] })),
);

const definitions: DefinitionNode[] = documents.flatMap((d) => parse(d.text).definitions);
export const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
export const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** The fragments a definition needs, transitively. */
export function neededFragments(def: DefinitionNode): FragmentDefinitionNode[] {
  const needed = new Map<string, FragmentDefinitionNode>();
  const walk = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(s) {
        const f = fragments.get(s.name.value);
        if (f && !needed.has(f.name.value) && f !== def) {
          needed.set(f.name.value, f);
          walk(f);
        }
      },
    });
  walk(def);
  return [...needed.values()];
}

/** An operation plus every fragment it needs: what the app sends. */
export function withFragments(op: OperationDefinitionNode): DocumentNode {
  return { kind: Kind.DOCUMENT, definitions: [op, ...neededFragments(op)] };
}
