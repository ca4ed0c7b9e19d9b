/** `orrery import-mlflow DIR`: an MLflow file store's experiments, runs, registered models and versions. */
import { type Command, InvalidArgumentError } from "commander";
import { Store } from "../store/store";
import { readMlflowStore, batchItems, NotAnMlflowStoreError, platformInstanceProblem, type Counts, type MlflowRead } from "../import/mlflow";
import { describeCollisions, findCollisions, graphqlCatalog, storeCatalog, type Collision } from "../import/mlflow-merge";
import { ingestLocal, ingestRemote, missingExtensions, type Summary } from "./send";
import { closing, DEFAULT_DB, maxVersionsOption } from "./shared";

export interface ImportMlflowOptions {
  db?: string;
  /** previous values kept per aspect in --db */
  maxVersions?: number;
  server?: string;
  token?: string;
  quiet?: boolean;
  /** send the orreryMetricHistory extension aspect (default true) */
  history?: boolean;
  /** DataHub's platform_instance: this store's experiments, models and datasets get urns of their own */
  platformInstance?: string;
  /** merge into another store's experiments and models of the same names instead of refusing */
  merge?: boolean;
  out?: (text: string) => void;
  err?: (text: string) => void;
}

export interface ImportMlflowResult {
  /** 0: all imported; 1: some items left out or proposals rejected; 2: not an MLflow store (or nothing could be sent); 3: refused to merge with another store */
  exitCode: number;
  read?: MlflowRead;
  summary?: Summary;
  /** this store's experiments and models that the catalog holds from another store */
  collisions?: Collision[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `orrery import-mlflow DIR`: reads the store, ingests it (locally or into a server) and prints a summary. */
export async function importMlflow(dir: string, opts: ImportMlflowOptions = {}): Promise<ImportMlflowResult> {
  const out = opts.out ?? ((t: string) => process.stdout.write(t));
  const err = opts.err ?? ((t: string) => process.stderr.write(t));
  if (opts.platformInstance !== undefined) {
    const why = platformInstanceProblem(opts.platformInstance);
    if (why) {
      err(`error: --platform-instance '${opts.platformInstance}' ${why}\n`);
      return { exitCode: 2 };
    }
  }
  let read: MlflowRead;
  try {
    read = readMlflowStore(dir, { metricHistory: opts.history !== false, platformInstance: opts.platformInstance });
  } catch (e) {
    if (!(e instanceof NotAnMlflowStoreError)) throw e;
    err(`error: ${e.message}\n`);
    return { exitCode: 2 };
  }
  const { report: r } = read;
  const counted = (c: Counts, one: string, many?: string) => `${plural(c.imported, one, many)}${c.deleted ? ` (${c.deleted} deleted)` : ""}`;
  out(
    `read ${dir}: ${counted(r.experiments, "experiment")}, ${counted(r.runs, "run")}, ${counted(r.models, "registered model")}, ` +
      `${counted(r.versions, "model version")}, ${plural(r.datasets, "dataset")}\n`,
  );
  if (opts.server && opts.history !== false) {
    const missing = await missingExtensions(opts.server, opts.token, ["orreryMetricHistory"]);
    if (missing) {
      err(`error: ${missing}; nothing was sent (--no-history leaves metric history out)\n`);
      return { exitCode: 2, read };
    }
  }
  // Whole items per batch, so each run, version, … is written in one transaction (or one request).
  const batches = batchItems(read.items);
  const files = new Map<string, unknown[]>([[dir, read.proposals]]);

  /** Into `store`, or to --server without one: the summary, or the result of a refusal or a failure. */
  const send = async (store: Store | undefined): Promise<{ summary: Summary; collisions: Collision[] } | ImportMlflowResult> => {
    let collisions: Collision[] = [];
    // Before anything is written: would this store merge into another store's experiments or models?
    try {
      collisions = await findCollisions(read.identity, store ? storeCatalog(store) : graphqlCatalog(opts.server!, opts.token));
    } catch (e) {
      const what = `could not read what ${opts.server ?? "the catalog"} holds, to check it for another MLflow store's experiments and models: ${(e as Error).message}`;
      if (!opts.merge) {
        err(`error: ${what}; nothing was imported (--merge imports without this check)\n`);
        return { exitCode: 2, read };
      }
      err(`warning: ${what}; importing anyway, as --merge asks\n`);
    }
    if (collisions.length) {
      err(describeCollisions(collisions, { platformInstance: opts.platformInstance, merge: opts.merge === true }));
      if (!opts.merge) return { exitCode: 3, read, collisions };
    }
    try {
      const summary = store
        ? await ingestLocal(store, files, "urn:li:corpuser:ingestion", opts.quiet === true, () => batches)
        : await ingestRemote(opts.server!, opts.token, files, opts.quiet === true, () => batches);
      return { summary, collisions };
    } catch (e) {
      err(`error: ${(e as Error).message}\n`);
      return { exitCode: 1, read, collisions };
    }
  };

  let sent: Awaited<ReturnType<typeof send>>;
  if (opts.server) sent = await send(undefined);
  else {
    let store: Store;
    try {
      store = Store.open(opts.db ?? DEFAULT_DB, { maxVersions: opts.maxVersions });
    } catch (e) {
      err(`error: ${(e as Error).message}\n`);
      return { exitCode: 1, read };
    }
    sent = await closing(store, send);
  }
  if ("exitCode" in sent) return sent;
  const { summary, collisions } = sent;

  const total = summary.accepted + summary.rejected.length;
  const unchanged = summary.unchanged ?? 0;
  out(
    `${plural(total, "proposal")}: ${summary.accepted} accepted (${summary.accepted - unchanged} changed, ${unchanged} unchanged), ` +
      `${summary.rejected.length} rejected\n`,
  );
  for (const { result } of summary.rejected.slice(0, 200)) out(`  rejected #${result.index}: ${result.error}\n`);
  if (summary.rejected.length > 200) out(`  … and ${summary.rejected.length - 200} more\n`);
  if (r.problems.length) {
    out(`${plural(r.problems.length, "item")} left out:\n`);
    for (const p of r.problems.slice(0, 200)) out(`  ${p.label}: ${p.path} ${p.message}\n`);
    if (r.problems.length > 200) out(`  … and ${r.problems.length - 200} more\n`);
  }
  if (r.warnings.length) {
    out(`${plural(r.warnings.length, "warning")}:\n`);
    for (const w of r.warnings.slice(0, 200)) out(`  ${w.label}: ${w.message}\n`);
    if (r.warnings.length > 200) out(`  … and ${r.warnings.length - 200} more\n`);
  }
  return { exitCode: summary.rejected.length || r.problems.length ? 1 : 0, read, summary, collisions };
}

export function addImportMlflow(program: Command): void {
  program
    .command("import-mlflow")
    .description("import an MLflow file store (the mlruns/ directory): experiments, runs with their metric history, registered models and versions")
    .argument("<dir>", "the MLflow store (the folder holding <experiment id>/, .trash/ and models/)")
    .option("--db <path>", "SQLite catalog file to write directly", DEFAULT_DB)
    .option("--server <url>", "send to a running server's ingestion endpoint instead of a file")
    .option("--token <token>", "Bearer token for --server (role ingest or admin)")
    .option("--no-history", "leave out the metric history (an Orrery extension aspect), e.g. for a DataHub server")
    .option(
      "--platform-instance <name>",
      "a name for this MLflow store (DataHub's platform_instance): its experiments, registered models and datasets get urns of their own, kept apart from another store's of the same names",
      (v: string) => {
        const why = platformInstanceProblem(v);
        if (why) throw new InvalidArgumentError(why);
        return v;
      },
    )
    .option(
      "--merge",
      "import even when the catalog holds another MLflow store's experiments or registered models of the same names, merging them (by default the import is refused, with a warning naming them)",
    )
    .addOption(maxVersionsOption())
    .option("--quiet", "no progress bar")
    .action(async (dir: string, opts) => {
      const r = await importMlflow(dir, {
        db: opts.db,
        maxVersions: opts.maxAspectVersions,
        server: opts.server,
        token: opts.token,
        quiet: opts.quiet === true,
        history: opts.history,
        platformInstance: opts.platformInstance,
        merge: opts.merge === true,
      });
      process.exitCode = r.exitCode;
    });
}
