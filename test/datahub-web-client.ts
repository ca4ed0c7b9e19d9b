/**
 * DataHub's own web-client documents (server/schema/datahub/oss/web-client, vendored with the schema
 * from the same DataHub commit; see SOURCES.md there): the operations that touch ML entities, search,
 * lineage and the generic description/tag/term/owner mutations, each with the fragments it spreads,
 * as DataHub's web app sends them.
 */
import fs from "node:fs";
import { Kind, parse, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";

const DIR = new URL("../server/schema/datahub/oss/web-client/", import.meta.url);

const files = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".graphql"))
  .sort()
  .map((file) => ({ file, doc: parse(fs.readFileSync(new URL(file, DIR), "utf8")) }));

const fragments = new Map(
  files.flatMap(({ doc }) => doc.definitions).flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
);

/** The operations of DataHub's ML entity pages (one query each), run against the demo catalog. */
export const ML_PAGE_OPERATIONS = ["getMLModel", "getMLModelGroup", "getMLFeature", "getMLFeatureTable", "getMLPrimaryKey", "getDataProcessInstance"];

/** Files whose every operation is about search or lineage. */
const SEARCH_AND_LINEAGE_FILES = new Set(["search.graphql", "lineage.graphql", "scroll.graphql"]);

/** The generic mutations: descriptions, tags, terms and owners of any entity. */
const GENERIC_MUTATIONS = new Set([
  "updateDescription",
  "addTag",
  "addTags",
  "removeTag",
  "batchAddTags",
  "batchRemoveTags",
  "addTerm",
  "addTerms",
  "removeTerm",
  "batchAddTerms",
  "batchRemoveTerms",
  "addOwner",
  "addOwners",
  "removeOwner",
  "batchAddOwners",
  "batchRemoveOwners",
]);

function rootFields(op: OperationDefinitionNode): string[] {
  return op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
}

export interface ClientOperation {
  name: string;
  file: string;
  kind: "ml page" | "search or lineage" | "mutation";
  /** the operation with every fragment it needs, as DataHub's app sends it */
  document: DocumentNode;
}

/** The fragments a definition spreads, transitively; `strict`: an undefined one is an error (else it is left out, and validation names it). */
function neededFragments(def: DefinitionNode, strict = true, needed = new Map<string, FragmentDefinitionNode>()): FragmentDefinitionNode[] {
  visit(def, {
    FragmentSpread(s) {
      const f = fragments.get(s.name.value);
      if (!f) {
        if (strict) throw new Error(`DataHub's web client spreads an undefined fragment ${s.name.value}`);
        return;
      }
      if (!needed.has(f.name.value)) {
        needed.set(f.name.value, f);
        neededFragments(f, strict, needed);
      }
    },
  });
  return [...needed.values()];
}

/**
 * Every named operation of DataHub's web-client documents (all of its files), with the fragments it
 * spreads; a few spread fragments defined in files of DataHub's app outside these 25, which are left out.
 */
export const ALL_OPERATIONS: Array<{ name: string; file: string; document: DocumentNode }> = files.flatMap(({ file, doc }) =>
  doc.definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION && d.name
      ? [{ name: d.name.value, file, document: { kind: Kind.DOCUMENT, definitions: [d, ...neededFragments(d, false)] } as DocumentNode }]
      : [],
  ),
);

export const CLIENT_OPERATIONS: ClientOperation[] = files.flatMap(({ file, doc }) =>
  doc.definitions.flatMap((d): ClientOperation[] => {
    if (d.kind !== Kind.OPERATION_DEFINITION || !d.name) return [];
    const name = d.name.value;
    const kind = ML_PAGE_OPERATIONS.includes(name)
      ? "ml page"
      : SEARCH_AND_LINEAGE_FILES.has(file)
        ? "search or lineage"
        : d.operation === "mutation" && rootFields(d).every((f) => GENERIC_MUTATIONS.has(f))
          ? "mutation"
          : null;
    return kind ? [{ name, file, kind, document: { kind: Kind.DOCUMENT, definitions: [d, ...neededFragments(d)] } }] : [];
  }),
);
