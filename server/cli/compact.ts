/** `orrery compact`: the catalog rewritten in the current, smaller layout. */
import type { Command } from "commander";
import { CatalogFileError } from "../store/backup";
import { compactCatalog } from "../store/compact";
import { DEFAULT_DB } from "./shared";

export function addCompact(program: Command): void {
  program
    .command("compact")
    .description("rewrite the catalog in the current, smaller layout (migrate, then copy without free space); the catalog must not be open elsewhere")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .option("--quiet", "no progress lines")
    .action((opts) => {
      try {
        const r = compactCatalog(opts.db, { onStep: (step) => (opts.quiet ? undefined : process.stderr.write(`compact: ${step}…\n`)) });
        const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
        const per = (b: number) => (r.entities ? `, ${Math.round(b / r.entities).toLocaleString("en-US")} bytes per entity` : "");
        process.stdout.write(
          `compacted ${opts.db}: ${mb(r.bytesBefore)}${per(r.bytesBefore)} before (schema version ${r.schemaBefore}), ` +
            `${mb(r.bytesAfter)}${per(r.bytesAfter)} after (schema version ${r.schemaAfter}), ${r.entities} entities, in ${r.seconds} s\n`,
        );
      } catch (e) {
        if (!(e instanceof CatalogFileError)) throw e;
        process.stderr.write(`error: ${e.message}\n`);
        process.exitCode = 2;
      }
    });
}
