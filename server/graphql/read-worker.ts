/**
 * A read worker (see ./read-pool.ts): its own read-only connection to the catalog and its own copy
 * of the schema. It executes the queries the main thread sends, each under the request limits
 * (RequestBudget: the answer's values and bytes, the relationships read, a turn for every request
 * under way), masks unexpected errors as the main thread does (and sends their causes to be
 * logged there), and answers with the JSON text to send.
 */
import fs from "node:fs";
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { GraphQLError, execute, parse, type DocumentNode, type ExecutionResult } from "graphql";
import { toDataHubError } from "./errors";
import { Store } from "../store/store";
import { buildExecutableSchema, type SchemaFlavour } from "./index";
import { createLoaders } from "./context";
import { RequestBudget, type RequestLimits } from "./budget";
import { READ_WORKER_NICE, type ReadJob, type WorkerMessage } from "./read-pool";

const { db, schema: flavour, limits } = workerData as { db: string; schema: SchemaFlavour; limits: RequestLimits };

/**
 * Reads yield the processor to the main thread: on Linux a thread has its own scheduling priority
 * (its id is in /proc/thread-self), and this one runs at nice 10, so when the machine is busy the
 * main thread (HTTP, sign-in, writes, quick reads) goes first. Elsewhere this does nothing.
 */
function lowerPriority(): void {
  try {
    const tid = Number(fs.readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, READ_WORKER_NICE);
  } catch {
    /* not Linux, or not allowed: the worker runs at the process's priority */
  }
}
lowerPriority();
const port = parentPort!;
const send = (m: WorkerMessage) => port.postMessage(m);
const plain = (e: unknown) => {
  const error = e instanceof Error ? e : new Error(String(e));
  return { name: error.name, message: error.message, stack: error.stack };
};

function init(): { store: Store; schema: ReturnType<typeof buildExecutableSchema> } {
  try {
    return { store: Store.open(db, { readonly: true }), schema: buildExecutableSchema(flavour) };
  } catch (e) {
    // What a worker throws reaches the main thread without its message when its class cannot be
    // cloned (SqliteError), and its "error" event may overtake a message posted just before: say it
    // first, then throw a plain Error, which is cloned with its message.
    const error = plain(e);
    send({ type: "fatal", error });
    throw new Error(error.message);
  }
}
const { store, schema } = init();

/** Parsed documents by text (the app sends the same few), the most recently used kept. */
const documents = new Map<string, DocumentNode>();
function parsed(query: string): DocumentNode {
  let doc = documents.get(query);
  if (doc) documents.delete(query);
  else doc = parse(query);
  documents.set(query, doc);
  if (documents.size > 200) documents.delete(documents.keys().next().value!);
  return doc;
}

/** As yoga's maskError: an error whose cause is not a GraphQLError becomes "Unexpected error.", and the cause is logged. */
function masked(error: GraphQLError): GraphQLError {
  let cause: unknown = error.originalError;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  if (cause === undefined || cause === null || cause instanceof GraphQLError) return error;
  send({ type: "log", error: plain(cause) });
  return new GraphQLError("Unexpected error.", {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { code: "INTERNAL_SERVER_ERROR", unexpected: true },
  });
}

/** An error as yoga writes it: without the extensions meant for the server (`http`, `unexpected`). */
function formatted(error: GraphQLError) {
  const json = error.toJSON() as { extensions?: Record<string, unknown> };
  if (json.extensions) {
    const { http: _http, unexpected: _unexpected, ...rest } = json.extensions;
    if (Object.keys(rest).length) json.extensions = rest;
    else delete json.extensions;
  }
  return json;
}

async function run(id: number, job: ReadJob): Promise<void> {
  // Each read gives the others in this worker their turn.
  const budget = new RequestBudget(limits, true);
  let result: ExecutionResult = await execute({
    schema,
    document: parsed(job.query),
    variableValues: job.variables ?? undefined,
    operationName: job.operationName ?? undefined,
    contextValue: { store, principal: job.principal, loaders: createLoaders(store, budget), budget },
  });
  const refusal = budget.refusal();
  if (refusal) result = { errors: [refusal] };
  // DataHub's schema answers in DataHub's error shape (./errors.ts).
  const errors = (result.errors ?? []).map(masked).map((e) => (flavour === "datahub" ? toDataHubError(e) : e));
  const json = JSON.stringify({ ...(errors.length ? { errors: errors.map(formatted) } : {}), ...("data" in result ? { data: result.data } : {}) });
  // The status depends on the errors' extensions: each distinct kind once.
  const kinds = new Map<string, { message: string; extensions?: Record<string, unknown> }>();
  for (const e of errors) {
    const key = JSON.stringify(e.extensions ?? {});
    if (!kinds.has(key)) kinds.set(key, { message: e.message, extensions: { ...e.extensions } });
  }
  send({ type: "answer", id, json, hasData: "data" in result, errors: [...kinds.values()] });
}

port.on("message", (m: { type: "job"; id: number } & ReadJob) => {
  if (m.type !== "job") return;
  run(m.id, m).catch((e: unknown) => send({ type: "failed", id: m.id, error: plain(e) }));
});
