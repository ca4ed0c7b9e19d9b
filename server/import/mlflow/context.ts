/** What the steps of a read share: the options, the report and items being built, and how problems are recorded. */
import path from "node:path";
import { validateAspect } from "../../model/aspects";
import { parseUrn } from "../../model/urn";
import { FileProblem } from "./files";
import type { Counts, ItemKind, MlflowItem, MlflowProposal, MlflowReport, Options, StoreIdentity } from "./types";

export interface ReadContext {
  /** the directory given */
  dir: string;
  opts: Options;
  instance: string | undefined;
  report: MlflowReport;
  items: MlflowItem[];
  identity: StoreIdentity;
  /** a path as reached from the directory given (with `:line` kept) */
  shown: (abs: string) => string;
  /** records a FileProblem against the item (rethrows anything else) */
  problem: (kind: ItemKind, label: string, e: unknown, counter: Counts) => void;
  /** keeps an item only when every proposal passes the same validation ingestion applies */
  addItem: (kind: ItemKind, label: string, file: string, proposals: MlflowProposal[], counter: Counts, deleted: boolean) => boolean;
  /** why the urn cannot be a DataHub urn, or null */
  urnOk: (urn: string) => string | null;
}

export function readContext(dir: string, opts: Options): ReadContext {
  const instance = opts.platformInstance;
  const root = path.resolve(dir);
  const shown = (abs: string) => {
    const [file, line] = abs.split(/:(?=\d+$)/);
    const rel = path.relative(root, file);
    return `${rel ? path.join(dir, rel) : dir}${line ? `:${line}` : ""}`;
  };
  const counts = (): Counts => ({ imported: 0, deleted: 0, skipped: 0 });
  const report: MlflowReport = { experiments: counts(), runs: counts(), models: counts(), versions: counts(), datasets: 0, problems: [], warnings: [] };
  const problem = (kind: ItemKind, label: string, e: unknown, counter: Counts) => {
    if (!(e instanceof FileProblem)) throw e;
    report.problems.push({ kind, label, path: shown(e.file), message: e.message });
    counter.skipped++;
  };
  const items: MlflowItem[] = [];
  /** keeps an item only when every proposal passes the same validation ingestion applies */
  const addItem = (kind: ItemKind, label: string, file: string, proposals: MlflowProposal[], counter: Counts, deleted: boolean): boolean => {
    for (const p of proposals) {
      const v = validateAspect(p.entityUrn, p.aspectName, p.aspect.json);
      if (!v.ok) {
        report.problems.push({ kind, label, path: shown(file), message: `would be rejected: ${v.error}` });
        counter.skipped++;
        return false;
      }
    }
    items.push({ kind, label, proposals });
    counter.imported++;
    if (deleted) counter.deleted++;
    return true;
  };
  const urnOk = (urn: string): string | null => {
    try {
      parseUrn(urn);
      return null;
    } catch (e) {
      return `its name cannot be part of a DataHub urn: ${(e as Error).message}`;
    }
  };
  return { dir, opts, instance, report, items, identity: { experiments: [], models: [] }, shown, problem, addItem, urnOk };
}
