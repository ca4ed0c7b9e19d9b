/**
 * `orrery` command line. The forms below are a contract other tooling depends on:
 *   orrery serve [--db PATH] [--port N] [--host H] [--no-demo] [--require-auth] [--allow-origin ORIGIN]... [--allow-host NAME[:PORT]]...
 *                [--upstream URL] [--upstream-token T] [--schema orrery|datahub] [--max-aspect-versions N] [--build-if-needed] [--quiet]
 *   orrery ingest FILE... [--db PATH | --server URL --token T] [--max-aspect-versions N] [--quiet]
 *   orrery import-mlflow DIR [--db PATH | --server URL --token T] [--no-history] [--platform-instance NAME] [--merge]
 *                [--max-aspect-versions N] [--quiet]
 *   orrery import-openmetadata FILE|DIR... [--db PATH | --server URL --token T] [--dataset-platform SERVICE=PLATFORM]...
 *                [--max-aspect-versions N] [--quiet]
 *   orrery signin-link [--role reader|editor|ingest|admin] [--actor URN] [--url URL] [--db PATH]
 *   orrery token create --role reader|editor|ingest|admin [--name NAME] [--actor URN] [--db PATH]
 *   orrery token list [--db PATH]
 *   orrery token revoke ID [--db PATH]
 *   orrery session list [--all] [--db PATH]
 *   orrery session revoke ID [--db PATH]
 *   orrery session revoke-all [--db PATH]
 *   orrery backup FILE [--db PATH] [--force] [--quiet]
 *   orrery restore FILE [--db PATH] [--force]
 *   orrery compact [--db PATH] [--quiet]
 *   orrery --help | --version
 * Each command is built in server/cli/, one file per command; `bin/orrery.js` runs this file.
 */
import { Command } from "commander";
import { VERSION } from "./version";
import { addBackup } from "./cli/backup";
import { addCompact } from "./cli/compact";
import { addImportMlflow } from "./cli/import-mlflow";
import { addImportOpenMetadata } from "./cli/import-openmetadata";
import { addIngest } from "./cli/ingest";
import { addRestore } from "./cli/restore";
import { addServe } from "./cli/serve";
import { addSession } from "./cli/session";
import { addSigninLink } from "./cli/signin-link";
import { addToken } from "./cli/token";

export { DEFAULT_DB } from "./cli/shared";
export { readProposalFile } from "./cli/ingest";
export { importMlflow, type ImportMlflowOptions, type ImportMlflowResult } from "./cli/import-mlflow";
export { importOpenMetadata, type OpenMetadataImportOptions } from "./cli/import-openmetadata";

export function buildCli(): Command {
  const program = new Command();
  program
    .name("orrery")
    .description("Orrery: an ML asset catalog with lineage, speaking DataHub's GraphQL and ingestion APIs.")
    .version(VERSION)
    .showHelpAfterError();
  // In this order in --help.
  for (const add of [addServe, addIngest, addImportMlflow, addImportOpenMetadata, addSigninLink, addBackup, addRestore, addCompact, addToken, addSession])
    add(program);
  return program;
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
