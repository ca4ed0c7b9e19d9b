/**
 * What a request costs while it runs. A document says nothing of how long the lists inside an
 * aspect are (a dataset's schema fields, a model's hyper-parameters, custom properties) or how long
 * its strings are, nor how many relationships an entity has. So every field is metered as it is
 * resolved (`meterResolvers`, `RequestBudget`): the values and the bytes of JSON the answer has so
 * far, and the lineage relationships read. Past a limit the request stops and its answer is one
 * error naming the limit, before the rest is built. A request also gives way to others every few
 * milliseconds (`pause`), so a costly one slows down, rather than freezes, everyone else.
 */
import {
  GraphQLError,
  Kind,
  defaultFieldResolver,
  getNamedType,
  isLeafType,
  isObjectType,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import type { ReadMeter } from "../lineage/paging";

/** The limits a request runs under (GRAPHQL_LIMITS unless a test asks for others). */
export interface RequestLimits {
  maxResultSize: number;
  maxResponseBytes: number;
  maxRelationshipsRead: number;
}

/** How long a request runs before it lets other requests in (milliseconds). */
export const SLICE_MS = 8;

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
  const node = info.fieldNodes[0];
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
    readonly limits: RequestLimits,
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
      const release = this.queue[this.head];
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
    return this.exceededLimit && this.exceeded ? limitError(this.exceededLimit, this.limits[this.exceededLimit], this.exceeded.message) : null;
  }

  /**
   * Counts a resolved field's value. A list is checked against the fewest fields its items will
   * have. Once the request has used its slice, an object or a list is handed back on its next turn
   * (a promise), so what is built from it waits too.
   */
  charge<T>(v: T, info: GraphQLResolveInfo, leaf: boolean): T | Promise<T> {
    const node = info.fieldNodes[0];
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
