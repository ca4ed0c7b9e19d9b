/**
 * Read queries run off the main thread, in a small pool of worker threads, each with its own
 * read-only connection to the catalog (SQLite in WAL mode lets them read while the main thread
 * writes). The main thread keeps what must be quick whatever else runs: HTTP, sign-in, `me`,
 * `__typename`, `orreryInfo`, and writes (the one writer connection). So a costly read, or many at
 * once, slows down other reads (each worker gives every request under way its turn, see
 * RequestBudget) but never freezes the server. See "Read workers" in docs/ARCHITECTURE.md.
 *
 * The main thread has parsed and validated the operation and checked its static limits; a worker
 * executes it under the same per-request limits and sends back the answer as JSON text, which the
 * main thread writes as it is (it never parses nor re-serialises a large answer).
 */
import { Worker } from "node:worker_threads";
import {
  GraphQLError,
  Kind,
  getOperationAST,
  print,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Principal } from "../auth/roles";
import type { RequestLimits } from "./budget";
import type { SchemaFlavour } from "./index";

/** Root fields answered on the main thread: they read nothing costly. */
export const MAIN_THREAD_FIELDS: ReadonlySet<string> = new Set(["__typename", "me", "orreryInfo"]);

export interface ReadJob {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  principal: Principal;
}

/** A worker's answer: the JSON text to send, and what the status code depends on. */
export interface ReadAnswer {
  json: string;
  /** the answer has a `data` key (an execution result), as opposed to a refusal */
  hasData: boolean;
  /** its errors' messages and extensions, each distinct one once (for the HTTP status) */
  errors: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** Messages a worker sends. */
export type WorkerMessage =
  | ({ type: "answer"; id: number } & ReadAnswer)
  | { type: "failed"; id: number; error: { name: string; message: string; stack?: string } }
  | { type: "log"; error: { name: string; message: string; stack?: string } }
  /** the worker cannot start (it then exits) */
  | { type: "fatal"; error: { name: string; message: string; stack?: string } };

interface Slot {
  worker: Worker;
  inFlight: number;
}

/**
 * Reads one worker runs at once (it gives each its turn); more wait in the pool's queue, first in
 * first out. Bounds the memory the reads under way hold.
 */
export const READS_PER_WORKER = 4;
/** Reads that may wait for a worker; past them a read is refused (503, SERVER_BUSY). */
export const MAX_WAITING_READS = 256;
/** The scheduling priority of a read worker's thread, on Linux (see read-worker.ts). */
export const READ_WORKER_NICE = 10;
/** Heap of one worker (MB): a safety net; a read is bounded far below it (see RequestBudget). */
const WORKER_HEAP_MB = 1024;
/**
 * Young generation of one worker (MB; V8's default is about a third of this). A read allocates
 * mostly short-lived objects (rows, resolver values, the answer's text): a larger nursery is swept
 * less often, and fewer of them live long enough to be copied into the old generation.
 */
export const WORKER_YOUNG_MB = 96;

const WORKER_ENTRY = new URL("./read-worker.mjs", import.meta.url);

/** What a worker threw, as an Error: a plain object keeps whatever message and code it carried. */
function asError(e: unknown): Error {
  if (e instanceof Error) return e;
  const o = (e ?? {}) as { message?: unknown; code?: unknown };
  const said = [o.code, o.message].filter((x) => typeof x === "string" && x).join(": ");
  return new Error(`read worker failed: ${said || JSON.stringify(e)}`);
}

function revive(e: { name: string; message: string; stack?: string }): Error {
  const error = new Error(e.message);
  error.name = e.name;
  if (e.stack) error.stack = e.stack;
  return error;
}

export class ReadPool {
  private slots: Slot[] = [];
  private readonly pending = new Map<number, { resolve: (a: ReadAnswer) => void; reject: (e: Error) => void; slot: Slot }>();
  private waiting: Array<{ job: ReadJob; resolve: (a: ReadAnswer) => void; reject: (e: Error) => void }> = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly opts: {
      db: string;
      schema: SchemaFlavour;
      limits: RequestLimits;
      /** workers (started on the first read that needs one) */
      size: number;
      /** the cause of every unexpected error in a worker */
      onError?: (error: Error) => void;
    },
  ) {}

  private start(): Slot {
    const worker = new Worker(WORKER_ENTRY, {
      workerData: { db: this.opts.db, schema: this.opts.schema, limits: this.opts.limits },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    // Workers never keep the process alive; the server closes them with the catalog.
    worker.unref();
    const slot: Slot = { worker, inFlight: 0 };
    let fatal: Error | null = null;
    worker.on("message", (m: WorkerMessage) => {
      if (m.type === "log") {
        this.opts.onError?.(revive(m.error));
        return;
      }
      if (m.type === "fatal") {
        fatal = revive(m.error);
        return;
      }
      const job = this.pending.get(m.id);
      if (!job) return;
      this.pending.delete(m.id);
      slot.inFlight--;
      if (m.type === "answer") job.resolve({ json: m.json, hasData: m.hasData, errors: m.errors });
      else job.reject(revive(m.error));
      this.next();
    });
    const lost = (why: Error) => {
      this.slots = this.slots.filter((s) => s !== slot);
      for (const [id, job] of this.pending)
        if (job.slot === slot) {
          this.pending.delete(id);
          job.reject(why);
        }
    };
    // What a worker throws arrives as an Error, or (a class it cannot clone) as a plain object.
    worker.on("error", (e: unknown) => lost(fatal ?? asError(e)));
    worker.on("exit", (code) => {
      lost(fatal ?? new Error(`read worker exited (code ${code})`));
      this.next();
    });
    this.slots.push(slot);
    return slot;
  }

  /** Runs a read in the least busy worker (starting one while fewer than `size` run), or waits for one. */
  run(job: ReadJob): Promise<ReadAnswer> {
    if (this.closed) return Promise.reject(new Error("the read workers are closed"));
    if (this.waiting.length >= MAX_WAITING_READS)
      return Promise.reject(
        new GraphQLError(`The server is busy: ${MAX_WAITING_READS} reads are waiting already. Try again shortly.`, {
          extensions: { code: "SERVER_BUSY", http: { status: 503, headers: { "retry-after": "1" } } },
        }),
      );
    return new Promise<ReadAnswer>((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.next();
    });
  }

  /** Hands waiting reads to workers with room. */
  private next(): void {
    while (this.waiting.length > 0 && !this.closed) {
      let slot = this.slots.reduce<Slot | undefined>((best, s) => (!best || s.inFlight < best.inFlight ? s : best), undefined);
      if (!slot || (slot.inFlight > 0 && this.slots.length < this.opts.size)) slot = this.start();
      if (slot.inFlight >= READS_PER_WORKER) return;
      const { job, resolve, reject } = this.waiting.shift()!;
      const id = this.nextId++;
      slot.inFlight++;
      this.pending.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ type: "job", id, ...job });
    }
  }

  /** Stops the workers (their connections close with them); reads still under way fail. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.slots) void s.worker.terminate();
    this.slots = [];
    for (const job of [...this.pending.values(), ...this.waiting]) job.reject(new Error("the server is closing"));
    this.pending.clear();
    this.waiting = [];
  }
}

/** Whether an operation asks only for fields the main thread answers (MAIN_THREAD_FIELDS). */
function onlyMainThreadFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): boolean {
  return set.selections.every((s) => {
    if (s.kind === Kind.FIELD) return MAIN_THREAD_FIELDS.has(s.name.value);
    if (s.kind === Kind.INLINE_FRAGMENT) return onlyMainThreadFields(s.selectionSet, fragments, seen);
    const f = fragments.get(s.name.value);
    if (!f || seen.has(f.name.value)) return true;
    return onlyMainThreadFields(f.selectionSet, fragments, new Set(seen).add(f.name.value));
  });
}

/** The result yoga sends for a worker's answer: its JSON text as it is, and what sets the status. */
export function toResult(answer: ReadAnswer): ExecutionResult & { stringify: () => string } {
  return {
    ...(answer.hasData ? { data: null } : {}),
    ...(answer.errors.length ? { errors: answer.errors.map((e) => new GraphQLError(e.message, { extensions: e.extensions })) } : {}),
    stringify: () => answer.json,
  };
}

/**
 * Sends every query that asks for more than MAIN_THREAD_FIELDS to the pool; mutations (and
 * subscriptions) stay on the main thread.
 */
export function readPoolPlugin(
  pool: ReadPool,
  /** called with each operation sent to the pool (see ./read-lane.ts) */
  onDispatch?: (query: string, operationName: string | null | undefined, document: DocumentNode) => void,
): Plugin {
  return {
    onExecute({ args, setExecuteFn }) {
      const op = getOperationAST(args.document as DocumentNode, args.operationName);
      if (!op || op.operation !== "query") return;
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const d of (args.document as DocumentNode).definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
      if (onlyMainThreadFields(op.selectionSet, fragments)) return;
      const ctx = args.contextValue as unknown as { principal: Principal; params?: { query?: string } };
      const job: ReadJob = {
        query: typeof ctx.params?.query === "string" ? ctx.params.query : print(args.document as DocumentNode),
        variables: (args.variableValues as Record<string, unknown> | undefined) ?? null,
        operationName: args.operationName ?? null,
        principal: ctx.principal,
      };
      onDispatch?.(job.query, job.operationName, args.document as DocumentNode);
      setExecuteFn(async () => toResult(await pool.run(job)));
    },
  };
}
