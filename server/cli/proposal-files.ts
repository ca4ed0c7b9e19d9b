/**
 * DataHub metadata files as `orrery ingest` reads them: a JSON array (DataHub's golden files), one
 * JSON object, or JSON lines; and the same files as a source of the ingestion pipeline, read on its
 * preparing thread.
 */
import fs from "node:fs";
import { expandMce } from "../ingest/proposals";
import type { PipelineSource, SourceSections } from "../ingest/pipeline";

/** A file that cannot be read as proposals: nothing of any file is ingested. */
export class ProposalFileError extends Error {}

/** Reads a file of proposals: a JSON array (DataHub golden files), one JSON object, or JSON lines. */
export function readProposalFile(file: string): unknown[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new ProposalFileError(`${file}: ${(e as Error).message}`);
  }
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
          throw new ProposalFileError(`${file}:${i + 1}: not valid JSON: ${(le as Error).message}`);
        }
      });
    }
    throw new ProposalFileError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * Every file read and its MCEs expanded before the first proposal is given, so a file that cannot be
 * read stops the ingestion before anything is written; a section per file.
 */
export function proposalFileSections(files: string[]): SourceSections {
  const sections = files.map((file) => ({ label: file, items: readProposalFile(file).flatMap(expandMce) }));
  return { total: sections.reduce((n, s) => n + s.items.length, 0), sections };
}

/** proposalFileSections() as a pipeline source. */
export function proposalFilesSource(files: string[]): PipelineSource {
  return { module: import.meta.url, export: "proposalFileSections", args: [files] };
}
