/**
 * What of a document the server will really resolve, for the static request limits (./limits.ts):
 * DataHub's own clients spread fragments on every entity kind and select every aspect, but an answer
 * holds only what the catalog stores. So cost, aliases and result size are counted on the document
 * without
 *
 * - fragments (inline or named) on types the server never returns (the entity kinds it does not
 *   store: a value can never match them), and
 * - the selections under fields it answers as missing for every object (./absent.ts: no resolver, a
 *   parent that never carries them), whose answer is null or an empty list whatever is asked below.
 *
 * Depth, directives and tokens still count the document as sent, and while it runs the request is
 * metered on what it really returns and reads (./budget.ts), so nothing pruned here goes unbounded.
 */
import {
  Kind,
  TypeInfo,
  isAbstractType,
  isObjectType,
  validate,
  visit,
  visitWithTypeInfo,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
} from "graphql";
import { isAbsent } from "./absent";
import { returnable } from "./answered";

/** Whether any value the server returns can be of this type. */
function canMatch(schema: GraphQLSchema, name: string): boolean {
  const t = schema.getType(name);
  if (isObjectType(t)) return returnable(t);
  if (isAbstractType(t)) return schema.getPossibleTypes(t).some(returnable);
  return true;
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } };

const pruned = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, DocumentNode>>();

/** The document without what the server never resolves (see the file comment); memoised per document. */
export function resolvableDocument(schema: GraphQLSchema, document: DocumentNode): DocumentNode {
  let cache = pruned.get(schema);
  if (!cache) pruned.set(schema, (cache = new WeakMap()));
  const hit = cache.get(document);
  if (hit) return hit;
  const spreadTypes = new Map<string, string>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) spreadTypes.set(d.name.value, d.typeCondition.name.value);
  const typeInfo = new TypeInfo(schema);
  const visitor: ASTVisitor = {
    InlineFragment: (node) => (node.typeCondition && !canMatch(schema, node.typeCondition.name.value) ? null : undefined),
    FragmentSpread: (node) => {
      const on = spreadTypes.get(node.name.value);
      return on && !canMatch(schema, on) ? null : undefined;
    },
    FragmentDefinition: (node) => (canMatch(schema, node.typeCondition.name.value) ? undefined : null),
    Field: (node) => {
      const def = typeInfo.getFieldDef();
      // Keep the field (its null or empty list is in the answer), not what is asked below it.
      return node.selectionSet && def && isAbsent(def) ? { ...node, selectionSet: { kind: Kind.SELECTION_SET, selections: [TYPENAME] } } : undefined;
    },
    SelectionSet: {
      leave: (node: SelectionSetNode) => (node.selections.length ? undefined : { ...node, selections: [TYPENAME] }),
    },
  };
  const out = visit(document, visitWithTypeInfo(typeInfo, visitor));
  cache.set(document, out);
  return out;
}

/** Validation rules applied to the resolvable part of the document (errors reported on the document as sent). */
export function onResolvable(rules: readonly ValidationRule[]): ValidationRule {
  return (context) => ({
    Document: {
      enter(node) {
        const schema = context.getSchema();
        for (const e of validate(schema, resolvableDocument(schema, node), rules)) context.reportError(e);
        return false;
      },
    },
  });
}
