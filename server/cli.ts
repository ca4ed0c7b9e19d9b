/**
 * `orrery` command line. The forms below are a contract other tooling depends on:
 *   orrery serve [--db PATH] [--port N] [--host H] [--no-demo] [--allow-origin ORIGIN]... [--allow-host NAME]...
 *   orrery ingest FILE... [--db PATH | --server URL --token T]
 *   orrery import-openmetadata FILE|DIR... [--db PATH | --server URL --token T] [--dataset-platform SERVICE=PLATFORM]
 *   orrery import-mlflow DIR [--db PATH | --server URL --token T] [--no-history]
 *   orrery token create --role reader|editor|ingest|admin [--db PATH]
 *   orrery session list [--all] | revoke ID | revoke-all [--db PATH]
 *   orrery backup FILE [--db PATH] [--force]
 *   orrery restore FILE [--db PATH] [--force]
 */
import { Command, Option, InvalidArgumentError } from "commander";
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import cliProgress from "cli-progress";
import { Store } from "./store/store";
import { createSignInCode, listSessions, revokeAllSessions, revokeSession } from "./store/sessions";
import { createToken, listTokens, revokeToken, ROLES, type Role } from "./store/tokens";
import { ingestProposals, expandMce, type IngestReport, type ProposalResult } from "./ingest/proposals";
import { readMlflowStore, batchItems, NotAnMlflowStoreError, platformInstanceProblem, type Counts, type MlflowRead } from "./import/mlflow";
import { describeCollisions, findCollisions, graphqlCatalog, storeCatalog, type Collision } from "./import/mlflow-merge";
import { ADMIN_ACTOR, startServer } from "./main";
import { convertOpenMetadata, readOpenMetadataPath, type ConvertedModel, type InvalidModel, type OpenMetadataFile } from "./import/openmetadata";
import { backupCatalog, CatalogFileError, restoreCatalog } from "./store/backup";
import { VERSION } from "./http";
import { DEFAULT_MAX_ASPECT_VERSIONS, MAX_ASPECT_VERSIONS_ENV, parseMaxVersions } from "./store/limits";
import { parseAllowedHost, parseAllowedOrigin } from "./http-guard";

export const DEFAULT_DB = path.join(".orrery", "catalog.db");

/** `--max-aspect-versions N` of the commands that write a catalog. */
function maxVersionsOption(): Option {
  return new Option(
    "--max-aspect-versions <n>",
    `previous values kept per aspect; older ones are pruned (default: $${MAX_ASPECT_VERSIONS_ENV}, else ${DEFAULT_MAX_ASPECT_VERSIONS})`,
  ).argParser((v: string) => {
    try {
      return parseMaxVersions(v, "--max-aspect-versions");
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message);
    }
  });
}

/** A repeatable option whose values are checked as they are read. */
const repeatable =
  (parse: (v: string) => string) =>
  (v: string, previous: string[] = []) => {
    try {
      return [...previous, parse(v)];
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message);
    }
  };

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("must be an integer from 0 to 65535");
  return n;
}

/** Reads a file of proposals: a JSON array (DataHub golden files), one JSON object, or JSON lines. */
export function readProposalFile(file: string): unknown[] {
  const text = fs.readFileSync(file, "utf8");
  const trimmed = text.trim();
  if (trimmed === "") return [];
  try {
    const data = JSON.parse(trimmed);
    return Array.isArray(data) ? data : [data];
  } catch (e) {
    const lines = trimmed.split(/\r?\n/).filter((l) => l.trim());
    if (lines.length > 1) {
      return lines.map((l, i) => {
        try {
          return JSON.parse(l);
        } catch (le) {
          throw new Error(`${file}:${i + 1}: not valid JSON: ${(le as Error).message}`);
        }
      });
    }
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
}

/** The REST emitter's wire form: aspect.value as a JSON string. */
function toRestProposal(p: unknown): unknown {
  if (!p || typeof p !== "object") return p;
  const a = (p as { aspect?: { json?: unknown } }).aspect;
  if (a && typeof a === "object" && "json" in a) return { ...(p as object), aspect: { value: JSON.stringify(a.json), contentType: "application/json" } };
  return p;
}

interface Summary {
  accepted: number;
  /** accepted proposals whose value equalled the stored one (when the receiver says) */
  unchanged?: number;
  rejected: Array<{ file: string; result: ProposalResult }>;
}

type Chunker = (items: unknown[]) => unknown[][];

function progressBar(quiet: boolean): cliProgress.SingleBar | null {
  if (quiet) return null;
  return new cliProgress.SingleBar(
    {
      format: " {bar} {percentage}% | {value}/{total} proposals | {file}",
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
}

const CHUNK = 1000;
/** Pause between two chunks written to a catalog file (see ingestLocal). */
const LOCAL_CHUNK_PAUSE_MS = 20;

const sliceChunks: Chunker = (items) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, k) => items.slice(k * CHUNK, (k + 1) * CHUNK));

/**
 * Feeds every file's proposals, CHUNK at a time (or as `chunksOf` groups them), to `send`, with a
 * progress bar and a summary.
 */
async function ingestInChunks(
  files: Map<string, unknown[]>,
  quiet: boolean,
  send: (chunk: unknown[]) => Promise<{ accepted: number; unchanged?: number; rejected: ProposalResult[] }>,
  chunksOf: Chunker = sliceChunks,
): Promise<Summary> {
  const summary: Summary = { accepted: 0, unchanged: 0, rejected: [] };
  const total = [...files.values()].reduce((n, l) => n + l.length, 0);
  const bar = progressBar(quiet);
  bar?.start(total, 0, { file: "" });
  let done = 0;
  for (const [file, items] of files) {
    let i = 0;
    for (const chunk of chunksOf(items)) {
      const r = await send(chunk);
      summary.accepted += r.accepted;
      summary.unchanged = (summary.unchanged ?? 0) + (r.unchanged ?? 0);
      for (const bad of r.rejected) summary.rejected.push({ file, result: { ...bad, index: bad.index + i } });
      i += chunk.length;
      done += chunk.length;
      bar?.update(done, { file: path.basename(file) });
    }
  }
  bar?.stop();
  return summary;
}

const unchangedIn = (results: ProposalResult[]) => results.filter((r) => r.ok && r.changed === false).length;

/** Thrown inside a chunk's transaction to undo it when one proposal of an all-or-nothing chunk is rejected. */
class ChunkRejected extends Error {
  constructor(readonly report: IngestReport) {
    super("chunk rejected");
  }
}

/** `allOrNothing`: a chunk with a rejected proposal writes nothing (each chunk is one transaction). */
function ingestLocal(store: Store, files: Map<string, unknown[]>, actor: string, quiet: boolean, chunksOf?: Chunker, allOrNothing = false): Promise<Summary> {
  return ingestInChunks(
    files,
    quiet,
    async (chunk) => {
      let report: IngestReport;
      try {
        report = store.transaction(() => {
          const r = ingestProposals(store, chunk, actor);
          if (allOrNothing && r.rejected) throw new ChunkRejected(r);
          return r;
        });
      } catch (e) {
        if (!(e instanceof ChunkRejected)) throw e;
        report = { ...e.report, accepted: 0 };
      }
      // Let the progress bar draw, and another process writing this catalog (a server) take the lock
      // between two chunks: it tries every few milliseconds without blocking its other requests.
      await new Promise((r) => setTimeout(r, LOCAL_CHUNK_PAUSE_MS));
      return { accepted: report.accepted, unchanged: unchangedIn(report.results), rejected: report.results.filter((r) => !r.ok) };
    },
    chunksOf,
  );
}

function ingestRemote(server: string, token: string | undefined, files: Map<string, unknown[]>, quiet: boolean, chunksOf?: Chunker): Promise<Summary> {
  const base = server.replace(/\/+$/, "");
  return ingestInChunks(
    files,
    quiet,
    async (chunk) => {
      const res = await fetch(`${base}/aspects?action=ingestProposalBatch`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "X-RestLi-Protocol-Version": "2.0.0",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ proposals: chunk.map(toRestProposal), async: "false" }),
      });
      const text = await res.text();
      let body: { value?: { results?: ProposalResult[] }; message?: string } = {};
      try {
        body = JSON.parse(text);
      } catch {
        /* not JSON: reported below */
      }
      const results = body.value?.results;
      if (Array.isArray(results))
        return { accepted: results.filter((r) => r.ok).length, unchanged: unchangedIn(results), rejected: results.filter((r) => !r.ok) };
      // A plain DataHub GMS answers {} for an accepted batch.
      if (res.ok) return { accepted: chunk.length, rejected: [] };
      throw new Error(`${base} answered ${res.status}: ${body.message ?? text.slice(0, 300)}`);
    },
    chunksOf,
  );
}

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
  let summary: Summary;
  let collisions: Collision[] = [];
  let store: Store | undefined;
  try {
    store = opts.server ? undefined : Store.open(opts.db ?? DEFAULT_DB, { maxVersions: opts.maxVersions });
  } catch (e) {
    err(`error: ${(e as Error).message}\n`);
    return { exitCode: 1, read };
  }
  try {
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
      if (store) summary = await ingestLocal(store, files, "urn:li:corpuser:ingestion", opts.quiet === true, () => batches);
      else summary = await ingestRemote(opts.server!, opts.token, files, opts.quiet === true, () => batches);
    } catch (e) {
      err(`error: ${(e as Error).message}\n`);
      return { exitCode: 1, read, collisions };
    }
  } finally {
    store?.close();
  }
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

export interface OpenMetadataImportOptions {
  /** write into this store (tests, or a caller that holds one open) */
  store?: Store;
  db?: string;
  /** previous values kept per aspect in --db */
  maxVersions?: number;
  server?: string;
  token?: string;
  quiet?: boolean;
  datasetPlatforms?: Record<string, string>;
}

/**
 * `orrery import-openmetadata`: reads OpenMetadata MlModels, reports the invalid ones (file#index,
 * field path, message) and ingests the others through the same path as `orrery ingest`, one
 * transaction (or one batch request) per model. Returns the exit code: 0 all imported, 1 some
 * entity invalid or rejected, 2 nothing could be read or the server cannot take the aspects.
 */
export async function importOpenMetadata(
  paths: string[],
  opts: OpenMetadataImportOptions,
  print: (line: string) => void,
  printError: (line: string) => void = print,
): Promise<number> {
  let files: OpenMetadataFile[];
  try {
    files = paths.flatMap(readOpenMetadataPath);
  } catch (e) {
    printError(`error: ${(e as Error).message}; nothing was imported`);
    return 2;
  }
  const results = convertOpenMetadata(files, { datasetPlatforms: opts.datasetPlatforms });
  const good = results.filter((r): r is ConvertedModel => r.ok);
  const bad = results.filter((r): r is InvalidModel => !r.ok);
  const where = (r: { file: string; index: number; name?: string }) => `${r.file}#${r.index}${r.name ? ` (${JSON.stringify(r.name)})` : ""}`;
  for (const r of bad) {
    print(`  invalid ${where(r)}: nothing imported`);
    for (const i of r.issues.slice(0, 20)) print(`    ${i.path || "(entity)"}: ${i.message}`);
    if (r.issues.length > 20) print(`    … and ${r.issues.length - 20} more`);
  }
  for (const r of good) for (const w of r.warnings) print(`  note ${where(r)} ${w.path}: ${w.message}`);
  // One key per model, never split: each model is written in one transaction (or one request).
  const wholeModel: Chunker = (items) => [items];
  const batches = new Map(good.map((r) => [`${r.file}#${r.index}`, r.proposals]));
  let summary: Summary = { accepted: 0, rejected: [] };
  if (good.length) {
    if (opts.server) {
      const missing = await missingExtensions(opts.server, opts.token, ["mlModelServing", "mlFeatureDetails"]);
      if (missing) {
        printError(`error: ${missing}; nothing was sent`);
        return 2;
      }
      summary = await ingestRemote(opts.server, opts.token, batches, opts.quiet === true, wholeModel);
    } else {
      const store = opts.store ?? Store.open(opts.db ?? DEFAULT_DB, { maxVersions: opts.maxVersions });
      try {
        summary = await ingestLocal(store, batches, "urn:li:corpuser:ingestion", opts.quiet === true, wholeModel, true);
      } finally {
        if (!opts.store) store.close();
      }
    }
  }
  const failed = new Set(summary.rejected.map((r) => r.file));
  for (const { file, result } of summary.rejected.slice(0, 200)) print(`  rejected ${file} proposal ${result.index}: ${result.error}`);
  const imported = good.filter((r) => !failed.has(`${r.file}#${r.index}`));
  const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  print(
    `${imported.length} of ${n(results.length, "model")} imported (${n(
      imported.reduce((k, r) => k + r.features.length, 0),
      "feature",
    )}, ` +
      `${n(new Set(imported.flatMap((r) => r.datasets)).size, "dataset")}; ${n(summary.accepted, "proposal")}, ${summary.unchanged ?? 0} unchanged), ${bad.length} invalid`,
  );
  return bad.length || summary.rejected.length ? 1 : 0;
}

/** Why a server cannot take the extension aspects (an older Orrery, a DataHub), or null when it can. */
async function missingExtensions(server: string, token: string | undefined, names: string[]): Promise<string | null> {
  const url = `${new URL(server).origin}/api/graphql`;
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: "{ orreryInfo { extensions } }" }),
    });
    const body = (await res.json()) as { data?: { orreryInfo?: { extensions?: string[] } } };
    const has = new Set(body.data?.orreryInfo?.extensions ?? []);
    const lacking = names.filter((n) => !has.has(n));
    return lacking.length ? `${server} does not offer the ${lacking.join(" and ")} extension${lacking.length > 1 ? "s" : ""} (orreryInfo at ${url})` : null;
  } catch (e) {
    return `could not ask ${url} which extensions it offers: ${(e as Error).message}`;
  }
}

function platformMapping(v: string, prev: Record<string, string>): Record<string, string> {
  const m = /^([^=]+)=([A-Za-z0-9_.-]+)$/.exec(v);
  if (!m) throw new InvalidArgumentError("expected SERVICE=PLATFORM, e.g. warehouse=snowflake");
  return { ...prev, [m[1]]: m[2] };
}

/** --upstream must be an http(s) URL; a bare host gets DataHub's GraphQL path. */
function upstreamUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new InvalidArgumentError(`--upstream '${raw}' is not a URL (e.g. https://datahub.example.com/api/graphql)`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new InvalidArgumentError(`--upstream must be http(s), not ${u.protocol}`);
  if (u.pathname === "/" || u.pathname === "") u.pathname = "/api/graphql";
  return u.toString();
}

export function buildCli(): Command {
  const program = new Command();
  program
    .name("orrery")
    .description("Orrery: an ML asset catalog with lineage, speaking DataHub's GraphQL and ingestion APIs.")
    .version(VERSION)
    .showHelpAfterError();

  program
    .command("serve")
    .description("serve the web app and the API (GraphQL at /api/graphql, DataHub ingestion at /aspects)")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .addOption(new Option("--port <n>", "port to listen on").default(8300).argParser(port))
    .option("--host <host>", "address to bind", "127.0.0.1")
    .option("--no-demo", "do not load the demo catalog into a new, empty database")
    .option("--require-auth", "reads need a token too (by default anyone who can reach the server can read)")
    .option(
      "--allow-origin <origin>",
      "let pages of this origin (https://tools.example.com) read the API, without the sign-in cookie (repeatable; by default only the app's own pages)",
      repeatable(parseAllowedOrigin),
    )
    .option(
      "--allow-host <name>",
      "answer requests for this host name, or name:port (repeatable; always localhost, 127.0.0.1, [::1], and IP addresses when --host is not loopback; '*': any)",
      repeatable(parseAllowedHost),
    )
    .option(
      "--upstream <url>",
      "answer GraphQL from this DataHub-compatible endpoint (e.g. https://datahub.example.com/api/graphql) instead of --db, which then keeps sign-in only",
    )
    .option("--upstream-token <token>", "Bearer token for --upstream (default: $ORRERY_UPSTREAM_TOKEN, which keeps it out of the process list)")
    .addOption(
      new Option("--schema <which>", "orrery: DataHub's schema and Orrery's extensions; datahub: DataHub's alone, to try clients against a plain DataHub")
        .choices(["orrery", "datahub"])
        .default("orrery"),
    )
    .addOption(maxVersionsOption())
    .option("--build-if-needed", "build the web app first when dist/ is missing or older than src/")
    .option("--quiet", "no request log")
    .action(async (opts) => {
      if (opts.buildIfNeeded) buildIfNeeded();
      await startServer({
        db: opts.db,
        maxAspectVersions: opts.maxAspectVersions,
        port: opts.port,
        host: opts.host,
        demo: opts.demo,
        requireAuth: opts.requireAuth === true,
        allowOrigins: opts.allowOrigin,
        allowHosts: opts.allowHost,
        log: opts.quiet ? undefined : (l: string) => process.stdout.write(`${l}\n`),
        upstream: opts.upstream ? { url: upstreamUrl(opts.upstream), token: opts.upstreamToken ?? process.env.ORRERY_UPSTREAM_TOKEN } : undefined,
        schema: opts.schema,
      });
    });

  program
    .command("ingest")
    .description("ingest DataHub metadata files (JSON arrays of MCPs/MCEs, as DataHub's golden files are)")
    .argument("<file...>", "files to ingest")
    .option("--db <path>", "SQLite catalog file to write directly", DEFAULT_DB)
    .option("--server <url>", "send to a running server's ingestion endpoint instead of a file")
    .option("--token <token>", "Bearer token for --server (role ingest or admin)")
    .addOption(maxVersionsOption())
    .option("--quiet", "no progress bar")
    .action(async (files: string[], opts) => {
      const loaded = new Map<string, unknown[]>();
      for (const f of files) {
        try {
          loaded.set(f, readProposalFile(f).flatMap(expandMce));
        } catch (e) {
          process.stderr.write(`error: ${(e as Error).message}\n`);
          process.exitCode = 2;
          return;
        }
      }
      let summary: Summary;
      if (opts.server) {
        summary = await ingestRemote(opts.server, opts.token, loaded, opts.quiet === true);
      } else {
        const store = Store.open(opts.db, { maxVersions: opts.maxAspectVersions });
        try {
          summary = await ingestLocal(store, loaded, "urn:li:corpuser:ingestion", opts.quiet === true);
        } finally {
          store.close();
        }
      }
      const total = summary.accepted + summary.rejected.length;
      process.stdout.write(`${summary.accepted} of ${total} proposals accepted, ${summary.rejected.length} rejected\n`);
      for (const { file, result } of summary.rejected.slice(0, 200)) process.stdout.write(`  rejected ${file}#${result.index}: ${result.error}\n`);
      if (summary.rejected.length > 200) process.stdout.write(`  … and ${summary.rejected.length - 200} more\n`);
      if (summary.rejected.length) process.exitCode = 1;
    });

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

  program
    .command("import-openmetadata")
    .description("import OpenMetadata ML models as its REST API returns them (one MlModel, a list response {data: [...]}, or a folder of .json files)")
    .argument("<path...>", "files or folders to import")
    .option("--db <path>", "SQLite catalog file to write directly", DEFAULT_DB)
    .option("--server <url>", "send to a running server's ingestion endpoint instead of a file")
    .option("--token <token>", "Bearer token for --server (role ingest or admin)")
    .option(
      "--dataset-platform <service=platform>",
      "DataHub platform of an OpenMetadata database service's tables (repeatable); unmapped tables get the openmetadata platform",
      platformMapping,
      {},
    )
    .addOption(maxVersionsOption())
    .option("--quiet", "no progress bar")
    .action(async (paths: string[], opts) => {
      process.exitCode = await importOpenMetadata(
        paths,
        {
          db: opts.db,
          maxVersions: opts.maxAspectVersions,
          server: opts.server,
          token: opts.token,
          quiet: opts.quiet === true,
          datasetPlatforms: opts.datasetPlatform,
        },
        (l) => process.stdout.write(`${l}\n`),
        (l) => process.stderr.write(`${l}\n`),
      );
    });

  program
    .command("signin-link")
    .description("print a one-time link that signs a browser in (default: as admin)")
    .addOption(new Option("--role <role>", "what the session may do").choices([...ROLES]).default("admin"))
    .option("--actor <urn>", "the corpuser urn that edits are attributed to")
    .option("--url <url>", "where the server is reached", "http://127.0.0.1:8300")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((opts) => {
      const store = Store.open(opts.db);
      try {
        const actor = opts.actor ?? (opts.role === "admin" ? ADMIN_ACTOR : `urn:li:corpuser:${opts.role}`);
        const code = createSignInCode(store, { role: opts.role, actor });
        process.stdout.write(`${opts.url.replace(/\/+$/, "")}/auth/signin?code=${code}\n`);
        process.stderr.write(`one-time sign-in link for ${actor} (${opts.role}); it works once, for 24 hours\n`);
      } finally {
        store.close();
      }
    });

  program
    .command("backup")
    .description("copy the catalog to FILE (an online backup: a server may go on serving and writing it meanwhile)")
    .argument("<file>", "where to write the backup")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .option("--force", "overwrite FILE when it exists")
    .option("--quiet", "no progress bar")
    .action(async (file: string, opts) => {
      const t0 = performance.now();
      let bar: cliProgress.SingleBar | null = null;
      try {
        const info = await backupCatalog(opts.db, file, {
          force: opts.force === true,
          onProgress: (done, total) => {
            // Only a backup that takes a while gets a bar.
            if (!bar && !opts.quiet && done < total && performance.now() - t0 > 500) {
              bar = new cliProgress.SingleBar(
                { format: " backup {bar} {percentage}% | {value}/{total} pages", stream: process.stderr, noTTYOutput: true, notTTYSchedule: 5000 },
                cliProgress.Presets.shades_classic,
              );
              bar.start(total, done);
            }
            bar?.setTotal(total);
            bar?.update(done);
          },
        });
        (bar as cliProgress.SingleBar | null)?.stop();
        process.stdout.write(
          `backed up ${opts.db} to ${file}: ${info.entities} entities, ${info.aspects} aspects, schema version ${info.schemaVersion}, ` +
            `${(info.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
        );
      } catch (e) {
        (bar as cliProgress.SingleBar | null)?.stop();
        if (!(e instanceof CatalogFileError)) throw e;
        process.stderr.write(`error: ${e.message}\n`);
        process.exitCode = 2;
      }
    });

  program
    .command("restore")
    .description("replace the catalog with a backup, after checking that the backup is a sound Orrery catalog")
    .argument("<file>", "the backup to restore")
    .option("--db <path>", "SQLite catalog file to replace", DEFAULT_DB)
    .option("--force", "replace an existing catalog")
    .action((file: string, opts) => {
      try {
        const info = restoreCatalog(file, opts.db, { force: opts.force === true });
        process.stdout.write(`restored ${file} to ${opts.db}: ${info.entities} entities, ${info.aspects} aspects, schema version ${info.schemaVersion}\n`);
      } catch (e) {
        if (!(e instanceof CatalogFileError)) throw e;
        process.stderr.write(`error: ${e.message}\n`);
        process.exitCode = 2;
      }
    });

  const token = program.command("token").description("manage API tokens");
  token
    .command("create")
    .description("create a token and print it once")
    .addOption(new Option("--role <role>", "what the token may do").choices([...ROLES]).makeOptionMandatory())
    .option("--name <name>", "a note on what the token is for")
    .option("--actor <urn>", "the corpuser urn that edits made with this token are attributed to")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((opts) => {
      const store = Store.open(opts.db);
      try {
        const { token: t, info } = createToken(store, { role: opts.role as Role, name: opts.name, actor: opts.actor });
        process.stderr.write(`created token ${info.id} (role ${info.role}, actor ${info.actor}); it is shown only once:\n`);
        process.stdout.write(`${t}\n`);
      } finally {
        store.close();
      }
    });
  token
    .command("list")
    .description("list tokens (never their secrets)")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((opts) => {
      const store = Store.open(opts.db);
      try {
        for (const t of listTokens(store))
          process.stdout.write(
            `${t.id}\t${t.role}\t${t.actor}\t${new Date(t.createdAt).toISOString()}\t${t.revoked ? "revoked" : "active"}\t${t.name ?? ""}\n`,
          );
      } finally {
        store.close();
      }
    });
  token
    .command("revoke")
    .description("revoke a token by id")
    .argument("<id>")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((id: string, opts) => {
      const store = Store.open(opts.db);
      try {
        if (!revokeToken(store, id)) {
          process.stderr.write(`error: no active token with id ${id}\n`);
          process.exitCode = 1;
        } else process.stdout.write(`revoked ${id}\n`);
      } finally {
        store.close();
      }
    });

  const session = program.command("session").description("manage browser sessions (sign-ins)");
  session
    .command("list")
    .description("list active browser sessions: id, role, actor, created, expires, state, token (never their secrets)")
    .option("--all", "include revoked and expired sessions")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((opts) => {
      const store = Store.open(opts.db);
      try {
        const rows = listSessions(store, { all: opts.all === true });
        process.stdout.write("id\trole\tactor\tcreated\texpires\tstate\ttoken\n");
        for (const r of rows)
          process.stdout.write(
            `${r.id}\t${r.role}\t${r.actor}\t${new Date(r.createdAt).toISOString()}\t${new Date(r.expiresAt).toISOString()}\t${r.state}\t${r.tokenId ?? "sign-in link"}\n`,
          );
        if (!rows.length) process.stderr.write(opts.all ? "no sessions\n" : "no active sessions\n");
      } finally {
        store.close();
      }
    });
  session
    .command("revoke")
    .description("end a session by id; a running server refuses its cookie from the next request on")
    .argument("<id>")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((id: string, opts) => {
      const store = Store.open(opts.db);
      try {
        if (!revokeSession(store, id)) {
          process.stderr.write(`error: no active session with id ${id}\n`);
          process.exitCode = 1;
        } else process.stdout.write(`revoked session ${id}\n`);
      } finally {
        store.close();
      }
    });
  session
    .command("revoke-all")
    .description("end every session and void every unused sign-in link (everyone signs in again)")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((opts) => {
      const store = Store.open(opts.db);
      try {
        const r = revokeAllSessions(store);
        process.stdout.write(
          `revoked ${r.sessions} session${r.sessions === 1 ? "" : "s"} and ${r.signInCodes} unused sign-in link${r.signInCodes === 1 ? "" : "s"}\n`,
        );
      } finally {
        store.close();
      }
    });
  return program;
}

/** Builds the SPA when dist/ is missing or older than the newest source file. */
function buildIfNeeded(): void {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
  const index = path.join(root, "dist", "index.html");
  const newest = (dir: string): number => {
    let t = 0;
    if (!fs.existsSync(dir)) return t;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
    }
    return t;
  };
  const srcTime = Math.max(
    newest(path.join(root, "src")),
    fs.existsSync(path.join(root, "index.html")) ? fs.statSync(path.join(root, "index.html")).mtimeMs : 0,
  );
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= srcTime) return;
  if (!fs.existsSync(path.join(root, "index.html"))) return;
  process.stdout.write("building the web app (npm run build)…\n");
  const r = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error("npm run build failed");
}

const isMain = process.argv[1] && /orrery(\.js)?$|cli\.ts$/.test(process.argv[1]);
if (isMain) {
  buildCli()
    .parseAsync(process.argv)
    .catch((e: unknown) => {
      process.stderr.write(`error: ${(e as Error).message}\n`);
      process.exit(1);
    });
}
