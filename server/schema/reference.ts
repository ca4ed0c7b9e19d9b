/**
 * DataHub's reference GraphQL schema, built from DataHub's SDL files vendored in
 * server/schema/datahub/snapshot (provenance and licence: server/schema/datahub/SOURCES.md). Types
 * those files use but define elsewhere are stubbed as scalars, so the schema builds; everything else
 * is DataHub's own text.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildASTSchema, parse, Kind, type DocumentNode, type GraphQLSchema, visit } from "graphql";

export function referenceSdlDir(): string {
  return process.env.ORRERY_DATAHUB_SDL_DIR ?? fileURLToPath(new URL("./datahub/snapshot/", import.meta.url));
}

const BUILTIN = new Set(["String", "Int", "Float", "Boolean", "ID"]);

export function buildReferenceSchema(dir = referenceSdlDir()): GraphQLSchema {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort((a, b) => (a === "entity.graphql" ? -1 : b === "entity.graphql" ? 1 : a.localeCompare(b)));
  const docs: DocumentNode[] = files.map((f) => parse(fs.readFileSync(path.join(dir, f), "utf8")));
  const defined = new Set<string>();
  const used = new Set<string>();
  for (const doc of docs) {
    for (const d of doc.definitions) {
      if (
        "name" in d &&
        d.name &&
        d.kind !== Kind.OBJECT_TYPE_EXTENSION &&
        d.kind !== Kind.INTERFACE_TYPE_EXTENSION &&
        d.kind !== Kind.INPUT_OBJECT_TYPE_EXTENSION &&
        d.kind !== Kind.ENUM_TYPE_EXTENSION &&
        d.kind !== Kind.UNION_TYPE_EXTENSION &&
        d.kind !== Kind.SCALAR_TYPE_EXTENSION &&
        d.kind !== Kind.DIRECTIVE_DEFINITION
      )
        defined.add(d.name.value);
    }
    visit(doc, {
      NamedType(node) {
        used.add(node.name.value);
      },
    });
  }
  const stubs = [...used].filter((n) => !defined.has(n) && !BUILTIN.has(n)).map((n) => `scalar ${n}`);
  const all: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [...docs.flatMap((d) => d.definitions), ...(stubs.length ? parse(stubs.join("\n")).definitions : [])],
  };
  return buildASTSchema(all, { assumeValidSDL: true });
}
