/** `orrery import-openmetadata FILE|DIR...`: OpenMetadata ML models as its REST API returns them. */
import { type Command, InvalidArgumentError } from "commander";
import type { Store } from "../store/store";
import { convertOpenMetadata, readOpenMetadataPath, type ConvertedModel, type InvalidModel, type OpenMetadataFile } from "../import/openmetadata";
import { ingestLocal, ingestRemote, missingExtensions, type Chunker, type Summary } from "./send";
import { DEFAULT_DB, maxVersionsOption, withStore } from "./shared";

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
      const write = (store: Store) => ingestLocal(store, batches, "urn:li:corpuser:ingestion", opts.quiet === true, wholeModel, true);
      summary = opts.store ? await write(opts.store) : await withStore(opts.db ?? DEFAULT_DB, write, { maxVersions: opts.maxVersions });
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

function platformMapping(v: string, prev: Record<string, string>): Record<string, string> {
  const m = /^([^=]+)=([A-Za-z0-9_.-]+)$/.exec(v);
  if (!m) throw new InvalidArgumentError("expected SERVICE=PLATFORM, e.g. warehouse=snowflake");
  return { ...prev, [m[1]]: m[2] };
}

export function addImportOpenMetadata(program: Command): void {
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
}
