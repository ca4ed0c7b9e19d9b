/** `orrery backup FILE`: an online copy of the catalog. */
import type { Command } from "commander";
import cliProgress from "cli-progress";
import { backupCatalog, CatalogFileError } from "../store/backup";
import { DEFAULT_DB } from "./shared";

export function addBackup(program: Command): void {
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
}
