/**
 * Limits on what one GraphQL request may ask for and cost.
 *
 * Before anything runs: depth, aliases, directives, tokens and a static cost come from Escape's
 * GraphQL Armor plugins. Their cost only multiplies by `first`/`last` arguments, while DataHub's API
 * pages with `count`/`limit` (mostly inside an `input` object), so `resultSizePlugin` adds one more
 * estimate: the most values a query could return, multiplying each field by the page sizes of the
 * paged fields above it.
 *
 * While it runs: a document says nothing of how long the lists inside an aspect are (a dataset's
 * schema fields, a model's hyper-parameters, custom properties) or how long its strings are, nor how
 * many relationships an entity has. So every field is metered as it is resolved (`meterResolvers`,
 * `RequestBudget`): the values and the bytes of JSON the answer has so far, and the lineage
 * relationships read. Past a limit the request stops and its answer is one error naming the limit,
 * before the rest is built. A request also gives way to others every few milliseconds (`pause`), so
 * a costly one slows down, rather than freezes, everyone else.
 *
 * The web app's own queries stay well under every limit (server/graphql/limits.test.ts checks each
 * of them).
 */
import {
  GraphQLError,
  Kind,
  defaultFieldResolver,
  getNamedType,
  isLeafType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLSchema,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { costLimitPlugin } from "@escape.tech/graphql-armor-cost-limit";
import type { ValidationContext } from "graphql";
import { MAX_RELATIONSHIPS_READ, type ReadMeter } from "../lineage/paging";
import { DEFAULT_GRAPH_NODES, MAX_GRAPH_NODES } from "../lineage/graph";
import { PAGE_RULES, type PageRule } from "../model/paging";

export const GRAPHQL_LIMITS = {
  /** nesting of fields (fragments do not count as a level); the web app's deepest query has 12 */
  maxDepth: 24,
  /** aliased fields in one operation; the web app uses at most 10 */
  maxAliases: 40,
  /** directives (`@include`, `@skip`, …) in one operation; the web app uses none */
  maxDirectives: 20,
  /** lexical tokens in the document; the web app's largest has about 420 */
  maxTokens: 5000,
  /** GraphQL Armor's static cost (objects 2, scalars 1, ×1.5 per level); the web app's costliest is about 3,100 */
  maxCost: 10_000,
  /**
   * values a query could return given its page sizes (see resultSizePlugin), and values (fields and
   * list items) its answer really holds (see RequestBudget); the web app's largest is a 2,000-node
   * lineage graph, estimated at about 180,000 and really about 61,000
   */
  maxResultSize: 500_000,
  /** bytes of JSON an answer may have (see RequestBudget); the web app's largest, that graph, has about 2 MB */
  maxResponseBytes: 8 * 1024 * 1024,
  /**
   * relationships one request may read (lineageGraph, searchAcrossLineage, relationships, lineage):
   * a 2,000-node graph of the lineage benchmark reads about 4,700
   */
  maxRelationshipsRead: MAX_RELATIONSHIPS_READ,
} as const;

/** The limits a request runs under (GRAPHQL_LIMITS unless a test asks for others). */
export interface RequestLimits {
  maxResultSize: number;
  maxResponseBytes: number;
  maxRelationshipsRead: number;
}

/** How long a request runs before it lets other requests in (milliseconds). */
export const SLICE_MS = 8;

/** Armor reports a limit as "Syntax Error: …" (it shares its parser's error path); report validation limits plainly. */
function plainReject(ctx: ValidationContext | null, error: GraphQLError): void {
  ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }));
}
const validationOpts = { propagateOnRejection: false, onReject: [plainReject] };

/** How each Armor limit counts (shared with the test that measures the web app's documents). */
export const ARMOR_OPTIONS = {
  maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
  maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
  maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
  maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
  costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, flattenFragments: true },
} as const;

export function limitPlugins(): Plugin[] {
  return [
    maxTokensPlugin(ARMOR_OPTIONS.maxTokens),
    maxDepthPlugin({ ...ARMOR_OPTIONS.maxDepth, ...validationOpts }),
    maxAliasesPlugin({ ...ARMOR_OPTIONS.maxAliases, ...validationOpts }),
    maxDirectivesPlugin({ ...ARMOR_OPTIONS.maxDirectives, ...validationOpts }),
    costLimitPlugin({ ...ARMOR_OPTIONS.costLimit, ...validationOpts }),
    resultSizePlugin(GRAPHQL_LIMITS.maxResultSize),
    budgetPlugin(),
  ] as Plugin[];
}

// ---------- result size ----------

/**
 * The page size of each paged field when the query does not give one (the resolvers' defaults), and
 * the largest each accepts (used for variables whose value is not known, as in the web app's
 * documents): the resolvers' own rules (server/model/paging.ts). Keyed by field name; `arg` is where
 * the size is read: `input.count`, `count`, `limit`, ….
 */
const paged = (arg: string, rule: PageRule) => ({ arg, default: rule.defaultCount, max: rule.maxCount });
export const PAGED_FIELDS: Record<string, { arg: string; default: number; max: number }> = {
  searchAcrossEntities: paged("input.count", PAGE_RULES.search),
  searchAcrossLineage: paged("input.count", PAGE_RULES.search),
  entities: paged("input.count", PAGE_RULES.search), // Container.entities; Query.entities counts its urns
  relationships: paged("input.count", PAGE_RULES.relationships),
  lineage: paged("input.count", PAGE_RULES.relationships),
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

/** The page size a field asks for: 1 for fields that are not paged (or do not take the size argument). */
function multiplier(field: GraphQLField<unknown, unknown> | undefined, args: Record<string, unknown>): number {
  if (!field) return 1;
  const takes = (name: string) => field.args.some((a) => a.name === name);
  // Duplicate urns are answered once.
  if (field.name === "entities" && takes("urns")) return Array.isArray(args.urns) ? Math.max(1, distinctCount(args.urns)) : PAGED_FIELDS.entities!.max;
  const paged = PAGED_FIELDS[field.name];
  if (!paged || !takes(paged.arg.split(".")[0]!)) return 1;
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
 * refused by validation anyway).
 */
export function resultSize(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null, variables?: Variables): number {
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
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | undefined | null, factor: number, path: Set<string>): number => {
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[s.name.value] : undefined;
        total += factor;
        if (s.selectionSet) {
          const args = Object.fromEntries((s.arguments ?? []).map((a) => [a.name.value, literal(a.value, vars)]));
          total += walk(s.selectionSet, def && getNamedType(def.type), factor * multiplier(def, args), path);
        }
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        total += walk(s.selectionSet, typeNamed(s.typeCondition?.name.value, parent ?? undefined), factor, path);
      } else {
        const f = fragments.get(s.name.value);
        if (!f || path.has(f.name.value)) continue;
        total += walk(f.selectionSet, schema.getType(f.typeCondition.name.value), factor, new Set(path).add(f.name.value));
      }
      if (total > Number.MAX_SAFE_INTEGER) return total;
    }
    return total;
  };
  return walk(op.selectionSet, schema.getRootType(op.operation), 1, new Set());
}

/** Refuses, before execution, an operation whose page sizes multiply past `max` values. */
export function resultSizePlugin(max: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const n = resultSize(args.schema, args.document, args.operationName, args.variableValues as Variables);
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

// ---------- what a request costs while it runs ----------

type LimitName = keyof RequestLimits;

function limitError(limit: LimitName, max: number, message: string, located = false): GraphQLError {
  return new GraphQLError(message, {
    // A located error (one with a path) passes through graphql-js unchanged, so throwing it again from
    // every field still under way costs nothing.
    ...(located ? { path: [] } : {}),
    extensions: { code: "BAD_USER_INPUT", limit, max, http: { status: 400 } },
  });
}

const LIMIT_MESSAGE: Record<LimitName, (max: number) => string> = {
  maxResultSize: (max) =>
    `Query result size limit of ${max} exceeded: the answer holds more than ${max} values (fields and list items, the lists inside aspects included). Ask for fewer entities, smaller pages or fewer fields.`,
  maxResponseBytes: (max) =>
    `Response size limit of ${max} bytes exceeded: the answer would be larger than ${max} bytes of JSON. Ask for fewer entities, smaller pages or fewer fields.`,
  maxRelationshipsRead: (max) =>
    `Relationship read limit of ${max} exceeded: the entities asked for have more relationships than one request may read. Ask for fewer entities.`,
};

/** The fewest fields and bytes every item of a list will have (memoised per field node and item type). */
interface ItemFloor {
  fields: number;
  bytes: number;
}
const floors = new WeakMap<FieldNode, Map<string, ItemFloor>>();

function itemFloor(info: GraphQLResolveInfo): ItemFloor {
  const node = info.fieldNodes[0]!;
  const type = getNamedType(info.returnType);
  let byType = floors.get(node);
  const known = byType?.get(type.name);
  if (known) return known;
  // Fields every item has whatever its concrete type: those selected directly or in fragments on
  // the item type itself, without @skip/@include; each response key once.
  const keys = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.directives?.length) continue;
      if (s.kind === Kind.FIELD) keys.add(s.alias?.value ?? s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (!s.typeCondition || s.typeCondition.name.value === type.name) visit(s.selectionSet);
      } else {
        const f = info.fragments[s.name.value];
        if (f && f.typeCondition.name.value === type.name) visit(f.selectionSet);
      }
    }
  };
  for (const n of info.fieldNodes) visit(n.selectionSet);
  let bytes = 2;
  for (const k of keys) bytes += k.length + 4;
  const floor = { fields: keys.size, bytes };
  if (!byType) floors.set(node, (byType = new Map()));
  byType.set(type.name, floor);
  return floor;
}

function leafBytes(v: unknown): number {
  switch (typeof v) {
    case "string":
      return (v.length <= 32 ? v.length : Buffer.byteLength(v)) + 2;
    case "number":
      return 8;
    case "boolean":
      return 5;
    default:
      if (Array.isArray(v)) {
        let n = 2 + v.length;
        for (const x of v) n += leafBytes(x);
        return n;
      }
      return 4;
  }
}

const NOTHING = () => {};

/**
 * One request's running costs: the values and bytes of its answer so far (charged by the metered
 * resolvers as each field resolves; a list is checked as soon as it is known, against the fewest
 * fields its items will have, so an oversized list is refused before its items are built), the
 * relationships it read, and the time since it last let other requests in.
 */
export class RequestBudget {
  values = 0;
  bytes = 0;
  relationshipsRead = 0;
  /** the limit passed, once one was: every field still under way stops, and the answer is this error */
  exceeded: GraphQLError | null = null;
  private exceededLimit: LimitName | null = null;
  private sliceStart = performance.now();
  /**
   * What waits for this request's next turn, first in first out: while anything waits (or a turn
   * is under way) new work joins the queue, so the whole request waits, not one branch of it, and
   * each piece waits once however many turns it takes.
   */
  private queue: Array<() => void> = [];
  /** the first entry of `queue` not released yet */
  private head = 0;
  private waiting = false;

  /**
   * `slices`: give way to other requests every SLICE_MS (the read workers do; the main thread runs
   * only quick reads and writes, each in one piece, which also keeps SQL batches whole)
   */
  constructor(
    readonly limits: RequestLimits = GRAPHQL_LIMITS,
    private readonly slices = false,
  ) {}

  /** Whether this request should give way: work of it waits, or it has run SLICE_MS since its turn began. */
  private due(): boolean {
    return this.slices && (this.waiting || performance.now() - this.sliceStart >= SLICE_MS);
  }

  /** `value`, on a later turn of this request (after pending I/O, so other requests get theirs). */
  private later<T>(value: T): Promise<T> {
    return new Promise<T>((resolve) => {
      this.queue.push(() => resolve(value));
      if (!this.waiting) {
        this.waiting = true;
        setImmediate(() => void this.turn());
      }
    });
  }

  /**
   * One turn: releases what waits, in order, each after the work the one before set off has run
   * (its promise reactions), until the slice is used up; the rest waits for the next turn.
   */
  private async turn(): Promise<void> {
    this.sliceStart = performance.now();
    while (this.head < this.queue.length) {
      const release = this.queue[this.head]!;
      this.queue[this.head++] = NOTHING;
      release();
      await null;
      if (performance.now() - this.sliceStart >= SLICE_MS) break;
    }
    if (this.head >= this.queue.length) {
      this.queue = [];
      this.head = 0;
      this.waiting = false;
      return;
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    setImmediate(() => void this.turn());
  }

  /**
   * For code that runs in steps (loaders, lineage walks), and for lists before their items are
   * built: once this request has used its slice, a promise of its next turn; otherwise undefined.
   */
  pause(): Promise<void> | undefined {
    return this.due() ? this.later(undefined) : undefined;
  }

  /** Stops the request: from now on every field throws, and the answer is one error naming `limit`. */
  refuse(limit: LimitName): never {
    if (!this.exceeded) {
      this.exceededLimit = limit;
      this.exceeded = limitError(limit, this.limits[limit], LIMIT_MESSAGE[limit](this.limits[limit]), true);
    }
    throw this.exceeded;
  }

  /** The answer of a refused request (a fresh error, without the path the located one carries). */
  refusal(): GraphQLError | null {
    return this.exceededLimit ? limitError(this.exceededLimit, this.limits[this.exceededLimit], this.exceeded!.message) : null;
  }

  /**
   * Counts a resolved field's value. A list is checked against the fewest fields its items will
   * have. Once the request has used its slice, an object or a list is handed back on its next turn
   * (a promise), so what is built from it waits too.
   */
  charge<T>(v: T, info: GraphQLResolveInfo, leaf: boolean): T | Promise<T> {
    const node = info.fieldNodes[0]!;
    this.values += 1;
    this.bytes += (node.alias?.value ?? node.name.value).length + 4;
    if (v == null) this.bytes += 4;
    else if (leaf) this.bytes += leafBytes(v);
    else if (Array.isArray(v)) {
      const n = v.length;
      this.values += n;
      this.bytes += 2 + 3 * n; // brackets, commas, each item's braces
      const floor = itemFloor(info);
      if (this.values + n * floor.fields > this.limits.maxResultSize) this.refuse("maxResultSize");
      if (this.bytes + n * floor.bytes > this.limits.maxResponseBytes) this.refuse("maxResponseBytes");
    } else this.bytes += 2;
    if (this.values > this.limits.maxResultSize) this.refuse("maxResultSize");
    if (this.bytes > this.limits.maxResponseBytes) this.refuse("maxResponseBytes");
    // An object's fields, a list's items, are built when it is returned: past the slice, on the
    // request's next turn.
    if (!leaf && v != null && this.due()) return this.later(v);
    return v;
  }

  /** Relationship rows this request may still read. */
  readLeft(): number {
    return Math.max(0, this.limits.maxRelationshipsRead - this.relationshipsRead);
  }

  /**
   * The read budget as the paged readers see it (server/lineage/paging.ts): the lineage walks stop where it runs
   * out and say the graph was cut; the relationship loaders refuse the request.
   */
  readMeter(): ReadMeter {
    return {
      left: () => this.readLeft(),
      add: (rows) => void (this.relationshipsRead += rows),
      pause: () => this.pause(),
    };
  }
}

/**
 * Meters every field of the schema's object types (not introspection's): each resolved value is
 * charged to the request's budget (`context.budget`), and once the request is refused every field
 * still under way throws the same error at once.
 */
export function meterResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const leaf = isLeafType(getNamedType(field.type));
      const metered: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
        const budget = (context as { budget?: RequestBudget } | null)?.budget;
        if (!budget) return resolve(source, args, context, info);
        if (budget.exceeded) throw budget.exceeded;
        const out = resolve(source, args, context, info);
        return out && typeof (out as Promise<unknown>).then === "function"
          ? (out as Promise<unknown>).then((v) => budget.charge(v, info, leaf))
          : budget.charge(out, info, leaf);
      };
      field.resolve = metered;
    }
  }
  return schema;
}

/** Replaces the answer of a request its budget refused by the one error naming the limit. */
export function budgetPlugin(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, setResult }) {
          const refusal = (args.contextValue as { budget?: RequestBudget }).budget?.refusal();
          if (refusal) setResult({ errors: [refusal] });
        },
      };
    },
  };
}
