/** `orrery ingest FILE...`: DataHub metadata files (MCPs and MCEs) into a catalog file or a server. */
import path from "node:path";
import type { Command } from "commander";
import { expandMce } from "../ingest/proposals";
import { ingestPipelined, SourceError } from "../ingest/pipeline";
import { Store } from "../store/store";
import { ingestRemote, lockSharing, progressBar, unchangedIn, type Summary } from "./send";
import { DEFAULT_DB, maxVersionsOption } from "./shared";
import { ProposalFileError, proposalFilesSource, readProposalFile } from "./proposal-files";

export { readProposalFile };

/** Proposals in one transaction of `orrery ingest --db`: short enough for a server beside it to get the write lock often. */
const LOCAL_CHUNK = 1000;

/**
 * Ingests DataHub files into a catalog file through the ingestion pipeline (server/ingest/pipeline.ts):
 * the files are read and their proposals prepared on a second thread while this one writes. A file
 * that cannot be read stops it before anything is written (and before `catalog`, when it is how to
 * open the catalog, is opened).
 */
export async function ingestFiles(catalog: Store | (() => Store), files: string[], actor: string, quiet: boolean): Promise<Summary> {
  const summary: Summary = { accepted: 0, unchanged: 0, rejected: [] };
  const bar = progressBar(quiet);
  const share = lockSharing();
  let done = 0;
  try {
    await ingestPipelined(catalog, proposalFilesSource(files), {
      actor,
      chunk: LOCAL_CHUNK,
      onStart: (total) => bar?.start(total ?? 0, 0, { file: "" }),
      afterChunk: async ({ label, offset, report, heldMs }) => {
        summary.accepted += report.accepted;
        summary.unchanged = (summary.unchanged ?? 0) + unchangedIn(report.results);
        for (const bad of report.results) if (!bad.ok) summary.rejected.push({ file: label, result: { ...bad, index: bad.index + offset } });
        done += report.results.length;
        bar?.update(done, { file: path.basename(label) });
        // Another process writing this catalog (a server) tries for the lock every few milliseconds.
        await share(heldMs);
      },
    });
  } finally {
    bar?.stop();
  }
  return summary;
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
      let summary: Summary;
      try {
        if (opts.server) {
          const loaded = new Map<string, unknown[]>();
          for (const f of files) loaded.set(f, readProposalFile(f).flatMap(expandMce));
          summary = await ingestRemote(opts.server, opts.token, loaded, opts.quiet === true);
        } else {
          // Opened once every file has been read: a file that cannot be creates no catalog.
          let opened: Store | undefined;
          const open = () => (opened = Store.open(opts.db, { maxVersions: opts.maxAspectVersions }));
          try {
            summary = await ingestFiles(open, files, "urn:li:corpuser:ingestion", opts.quiet === true);
          } finally {
            opened?.close();
          }
        }
      } catch (e) {
        if (!(e instanceof ProposalFileError) && !(e instanceof SourceError)) throw e;
        process.stderr.write(`error: ${e.message}\n`);
        process.exitCode = 2;
        return;
      }
      const total = summary.accepted + summary.rejected.length;
      process.stdout.write(`${summary.accepted} of ${total} proposals accepted, ${summary.rejected.length} rejected\n`);
      for (const { file, result } of summary.rejected.slice(0, 200)) process.stdout.write(`  rejected ${file}#${result.index}: ${result.error}\n`);
      if (summary.rejected.length > 200) process.stdout.write(`  … and ${summary.rejected.length - 200} more\n`);
      if (summary.rejected.length) process.exitCode = 1;
    });
}
