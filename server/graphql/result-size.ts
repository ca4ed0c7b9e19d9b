/**
 * The most values a query could return, from its page sizes (`count`, `limit`, `maxNodes`, mostly
 * inside an `input` object, which GraphQL Armor's static cost does not read): each field counts
 * once per item of every paged field above it. Refused before execution past `maxResultSize`.
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { DEFAULT_GRAPH_NODES, MAX_GRAPH_NODES } from "../lineage/graph";
import { PAGE_RULES, type PageRule } from "../model/paging";
import { resolvableDocument } from "./resolvable";
import type { Context } from "./context";
import { normalizeUrn } from "../model/urn";

/**
 * The page size of each paged field when the query does not give one (the resolvers' defaults), and
 * the largest each accepts (used for variables whose value is not known, as in the web app's
 * documents): the resolvers' own rules (server/model/paging.ts). Keyed by field name; `arg` is where
 * the size is read: `input.count`, `count`, `limit`, ….
 */
const paged = (arg: string, rule: PageRule) => ({ arg, default: rule.defaultCount, max: rule.maxCount });
export const PAGED_FIELDS: Record<string, { arg: string; default: number; max: number }> = {
  searchAcrossEntities: paged("input.count", PAGE_RULES.search),
  searchAcrossLineage: paged("input.count", PAGE_RULES.lineageSearch),
  search: paged("input.count", PAGE_RULES.search),
  entities: paged("input.count", PAGE_RULES.search), // Container.entities; Query.entities counts its urns
  relationships: paged("input.count", PAGE_RULES.relationships),
  lineage: paged("input.count", PAGE_RULES.relationships),
  browseV2: paged("input.count", PAGE_RULES.browse),
  autoComplete: paged("input.limit", PAGE_RULES.autoComplete),
  autoCompleteForMultiple: paged("input.limit", PAGE_RULES.autoComplete),
  state: paged("limit", PAGE_RULES.runEvents),
  entityHistory: paged("count", PAGE_RULES.entityHistory),
  lineageGraph: { arg: "input.maxNodes", default: DEFAULT_GRAPH_NODES, max: MAX_GRAPH_NODES },
  orreryRuns: paged("input.count", PAGE_RULES.orreryRuns),
  runs: paged("count", PAGE_RULES.relationships), // DataJob.runs
};

type Variables = Record<string, unknown> | null | undefined;
/** `unknown` variables (no value, no default) count at the field's maximum. */
type VarLookup = (name: string) => unknown;

function literal(node: ValueNode, vars: VarLookup): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return vars(node.name.value);
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map((v) => literal(v, vars));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value, vars)]));
    case Kind.NULL:
      return null;
    default:
      return "value" in node ? node.value : undefined;
  }
}

const UNKNOWN = Symbol("unknown variable");

/** Distinct items of a list; a variable's list, given to many aliases, is counted once. */
const distinctCounts = new WeakMap<readonly unknown[], number>();
function distinctCount(list: readonly unknown[]): number {
  let n = distinctCounts.get(list);
  if (n === undefined) distinctCounts.set(list, (n = new Set(list).size));
  return n;
}

/**
 * The relationships an entity really has, where the estimate knows them: the entities a root field
 * looks up by urn (`mlModel(urn:)`, `entity(urn:)`, …), read before execution through the request's
 * loaders (which the resolvers then reuse). A page of them holds at most that many.
 */
export interface KnownEdges {
  incoming: readonly { type: string }[];
  outgoing: readonly { type: string }[];
}

/** How many of an entity's relationships a `relationships` or `lineage` field can list. */
function realLength(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, known: KnownEdges): number | undefined {
  const input = args.input && typeof args.input === "object" ? (args.input as Record<string, unknown>) : {};
  if (field.name === "lineage") return known.incoming.length + known.outgoing.length;
  if (field.name !== "relationships") return undefined;
  const types = Array.isArray(input.types) ? new Set(input.types) : null;
  const edges = input.direction === "OUTGOING" ? known.outgoing : input.direction === "INCOMING" ? known.incoming : null;
  if (!edges || (types && types.has(UNKNOWN))) return undefined;
  return types ? edges.filter((e) => types.has(e.type)).length : edges.length;
}

/** The page size a field asks for: 1 for fields that are not paged (or do not take the size argument). */
function multiplier(field: GraphQLField<unknown, unknown> | undefined, args: Record<string, unknown>, known?: KnownEdges | null): number {
  if (!field) return 1;
  if (known) {
    const real = realLength(field, args, known);
    if (real !== undefined) return Math.max(1, Math.min(real, multiplier(field, args)));
  }
  const takes = (name: string) => field.args.some((a) => a.name === name);
  // Duplicate urns are answered once.
  if (field.name === "entities" && takes("urns")) return Array.isArray(args.urns) ? Math.max(1, distinctCount(args.urns)) : PAGED_FIELDS.entities.max;
  const paged = PAGED_FIELDS[field.name];
  if (!paged || !takes(paged.arg.split(".")[0])) return 1;
  let v: unknown = args;
  for (const part of paged.arg.split(".")) {
    if (v === UNKNOWN) break;
    v = v && typeof v === "object" ? (v as Record<string, unknown>)[part] : undefined;
  }
  if (v === UNKNOWN) return paged.max;
  // Out-of-range sizes are refused by the resolvers with a clear error; here they only must not slip under.
  return typeof v === "number" && Number.isFinite(v) ? Math.max(1, Math.min(v, paged.max)) : paged.default;
}

/**
 * The most values (fields of objects, list items included) the operation could return: each field
 * counts once per item of every paged field above it. Variables without a value count at the
 * maximum page size. Fragments are inlined; a spread already on the path counts nothing (cycles are
 * refused by validation anyway). Fragments on different concrete types of one field are alternatives
 * (a value has one type): only the largest of them counts.
 */
export function resultSize(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables?: Variables,
  knownEdges?: ReadonlyMap<string, KnownEdges>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const ops: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION) ops.push(d);
  }
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops[0];
  if (!op) return 0;
  const defaults = new Map(op.variableDefinitions?.map((v) => [v.variable.name.value, v.defaultValue]) ?? []);
  const vars: VarLookup = (name) => {
    if (variables && name in variables) return variables[name];
    const d = defaults.get(name);
    return d ? literal(d, () => UNKNOWN) : UNKNOWN;
  };
  const typeNamed = (name: string | undefined, fallback: GraphQLNamedType | undefined) => (name ? schema.getType(name) : fallback);
  const walk = (
    set: SelectionSetNode,
    parent: GraphQLNamedType | undefined | null,
    factor: number,
    path: Set<string>,
    known: KnownEdges | null = null,
  ): number => {
    let total = 0;
    // Fragments on one concrete type each: a value is of one type only, so only the largest counts.
    const byType = new Map<string, number>();
    const fragment = (type: GraphQLNamedType | undefined | null, n: number) => {
      if (type && isObjectType(type) && type !== parent) byType.set(type.name, (byType.get(type.name) ?? 0) + n);
      else total += n;
    };
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[s.name.value] : undefined;
        total += factor;
        if (s.selectionSet) {
          const args = Object.fromEntries((s.arguments ?? []).map((a) => [a.name.value, literal(a.value, vars)]));
          // Below a root lookup, that entity's relationships are known.
          const below = parent === root && typeof args.urn === "string" ? (knownEdges?.get(args.urn) ?? null) : null;
          total += walk(s.selectionSet, def && getNamedType(def.type), factor * multiplier(def, args, known), path, below);
        }
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const type = typeNamed(s.typeCondition?.name.value, parent ?? undefined);
        fragment(type, walk(s.selectionSet, type, factor, path, known));
      } else {
        const f = fragments.get(s.name.value);
        if (!f || path.has(f.name.value)) continue;
        const type = schema.getType(f.typeCondition.name.value);
        fragment(type, walk(f.selectionSet, type, factor, new Set(path).add(f.name.value), known));
      }
      if (total > Number.MAX_SAFE_INTEGER) return total;
    }
    return total + Math.max(0, ...byType.values());
  };
  const root = schema.getRootType(op.operation);
  return walk(op.selectionSet, root, 1, new Set());
}

/** The urns the operation's root fields look up (`urn:` arguments, literal or variable). */
export function rootUrns(document: DocumentNode, operationName?: string | null, variables?: Variables): string[] {
  const op = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!op || op.operation !== "query") return [];
  const urns = new Set<string>();
  for (const s of op.selectionSet.selections) {
    if (s.kind !== Kind.FIELD) continue;
    const arg = s.arguments?.find((a) => a.name.value === "urn");
    const v = arg && literal(arg.value, (name) => variables?.[name]);
    if (typeof v === "string") urns.add(v);
  }
  return [...urns];
}

/** At most this many looked-up entities have their relationships read before execution. */
const MAX_KNOWN_ROOTS = 20;

/** The relationships of the entities the root fields look up, read through the request's loaders (the resolvers reuse them). */
export async function knownEdgesOf(urns: readonly string[], ctx: Pick<Context, "loaders">): Promise<Map<string, KnownEdges>> {
  const known = new Map<string, KnownEdges>();
  for (const given of urns.slice(0, MAX_KNOWN_ROOTS)) {
    let urn: string;
    try {
      urn = normalizeUrn(given);
    } catch {
      continue; // the resolver refuses it with a clear error
    }
    const [incoming, outgoing] = await Promise.all([ctx.loaders.incoming.load(urn), ctx.loaders.outgoing.load(urn)]);
    known.set(given, { incoming, outgoing });
  }
  return known;
}

/**
 * The variables an estimate without known relationships depends on: those used in the arguments of
 * fields with selections, except as a field's `urn` itself (which only picks known relationships).
 */
function sizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (v: ValueNode): void => {
    if (v.kind === Kind.VARIABLE) names.add(v.name.value);
    else if (v.kind === Kind.LIST) v.values.forEach(collect);
    else if (v.kind === Kind.OBJECT) for (const f of v.fields) collect(f.value);
  };
  const visit = (set: SelectionSetNode): void => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (!s.selectionSet) continue;
        for (const a of s.arguments ?? []) if (!(a.name.value === "urn" && a.value.kind === Kind.VARIABLE)) collect(a.value);
        visit(s.selectionSet);
      } else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
    }
  };
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) visit(d.selectionSet);
  return [...names].sort();
}

/** Per document: the variables its estimate depends on, and the estimates by operation and their values. */
const estimates = new WeakMap<DocumentNode, { variables: string[]; sizes: Map<string, number> }>();
/** Estimates kept per document (one per operation and set of page sizes a client sends). */
const ESTIMATES_PER_DOCUMENT = 64;
/**
 * Longest key kept (characters): page sizes and short lists make keys of a few dozen; a key past it
 * (a list of a thousand urns) is estimated afresh each time rather than kept, so what a client sends
 * cannot fill the server's memory through this memo.
 */
const MAX_ESTIMATE_KEY = 1024;

/**
 * resultSize without known relationships, memoised per (resolvable) document, operation and the
 * values of the variables it depends on: an entity page asked for another urn, or a search for
 * another text, costs a look-up.
 */
function estimated(schema: GraphQLSchema, doc: DocumentNode, operationName: string | null | undefined, variables: Variables): number {
  let memo = estimates.get(doc);
  if (!memo) estimates.set(doc, (memo = { variables: sizeVariables(doc), sizes: new Map() }));
  const key = JSON.stringify([operationName ?? null, ...memo.variables.map((v) => (variables && v in variables ? [variables[v]] : 0))]);
  if (key.length > MAX_ESTIMATE_KEY) return resultSize(schema, doc, operationName, variables);
  let n = memo.sizes.get(key);
  if (n === undefined) {
    n = resultSize(schema, doc, operationName, variables);
    if (memo.sizes.size >= ESTIMATES_PER_DOCUMENT) memo.sizes.delete(memo.sizes.keys().next().value!);
    memo.sizes.set(key, n);
  }
  return n;
}

/** The estimate resultSizePlugin first checks: from page sizes alone (memoised, as `estimated`). */
export function estimatedResultSize(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Variables): number {
  return estimated(schema, resolvableDocument(schema, document), operationName, variables);
}

/**
 * Refuses, before execution, an operation whose page sizes multiply past `max` values. Where the
 * estimate from page sizes alone is over, the relationships of the entities the operation looks up
 * are read and their pages counted at their real lengths (DataHub's own entity pages ask for 100
 * relationships of each kind, and an entity has a few).
 */
export function resultSizePlugin(max: number): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const doc = resolvableDocument(args.schema, args.document);
      const variables = args.variableValues as Variables;
      let n = estimated(args.schema, doc, args.operationName, variables);
      const ctx = args.contextValue as Partial<Context> | undefined;
      if (n > max && ctx?.loaders) {
        const urns = rootUrns(doc, args.operationName, variables);
        if (urns.length) n = resultSize(args.schema, doc, args.operationName, variables, await knownEdgesOf(urns, { loaders: ctx.loaders }));
      }
      if (n > max)
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `Query result size limit of ${max} exceeded: with the page sizes asked for (count, limit, maxNodes) it could return ${Math.round(n)} values. Ask for smaller pages or fewer nested lists.`,
              { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } },
            ),
          ],
        });
    },
  };
}
