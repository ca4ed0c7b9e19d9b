/** `orrery restore FILE`: a backup in place of the catalog, once it is checked. */
import type { Command } from "commander";
import { CatalogFileError, restoreCatalog } from "../store/backup";
import { DEFAULT_DB } from "./shared";

export function addRestore(program: Command): void {
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
}
