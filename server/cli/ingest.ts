/** `orrery ingest FILE...`: DataHub metadata files (MCPs and MCEs) into a catalog file or a server. */
import fs from "node:fs";
import type { Command } from "commander";
import { expandMce } from "../ingest/proposals";
import { ingestLocal, ingestRemote, type Summary } from "./send";
import { DEFAULT_DB, maxVersionsOption, withStore } from "./shared";

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

export function addIngest(program: Command): void {
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
      const summary: Summary = opts.server
        ? await ingestRemote(opts.server, opts.token, loaded, opts.quiet === true)
        : await withStore(opts.db, (store) => ingestLocal(store, loaded, "urn:li:corpuser:ingestion", opts.quiet === true), {
            maxVersions: opts.maxAspectVersions,
          });
      const total = summary.accepted + summary.rejected.length;
      process.stdout.write(`${summary.accepted} of ${total} proposals accepted, ${summary.rejected.length} rejected\n`);
      for (const { file, result } of summary.rejected.slice(0, 200)) process.stdout.write(`  rejected ${file}#${result.index}: ${result.error}\n`);
      if (summary.rejected.length > 200) process.stdout.write(`  … and ${summary.rejected.length - 200} more\n`);
      if (summary.rejected.length) process.exitCode = 1;
    });
}
