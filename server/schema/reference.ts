/**
 * DataHub's GraphQL schema as DataHub's OSS release serves it, built from the 29 SDL files vendored in
 * server/schema/datahub/oss/server (provenance and licence: server/schema/datahub/SOURCES.md).
 * The files stand on their own (every type they use is defined in one of them); `extend type` blocks
 * are merged into their types, as DataHub's server does.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildASTSchema, parse, Kind, visit, type DocumentNode, type GraphQLSchema } from "graphql";

export function referenceSdlDir(): string {
  return process.env.ORRERY_DATAHUB_SDL_DIR ?? fileURLToPath(new URL("./datahub/oss/server/", import.meta.url));
}

/** DataHub's SDL files, in name order (the order does not change the schema). */
export function referenceDocuments(dir = referenceSdlDir()): DocumentNode[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => parse(fs.readFileSync(path.join(dir, f), "utf8")));
}

/** The same definitions without their descriptions (what the server prints; descriptions are DataHub's prose). */
export function withoutDescriptions(doc: DocumentNode): DocumentNode {
  return visit(doc, {
    enter(node) {
      if ("description" in node && node.description) return { ...node, description: undefined };
      return undefined;
    },
  });
}

export function buildReferenceSchema(dir = referenceSdlDir()): GraphQLSchema {
  const docs = referenceDocuments(dir);
  return buildASTSchema({ kind: Kind.DOCUMENT, definitions: docs.flatMap((d) => d.definitions) });
}
