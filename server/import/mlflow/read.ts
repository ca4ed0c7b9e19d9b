/** Reading a store: the check that it is one, the three steps, and batches for ingestion. */
import fs from "node:fs";
import path from "node:path";
import { readContext } from "./context";
import { readExperiments } from "./experiments";
import { subdirs } from "./files";
import { addModelItems } from "./models";
import { readRegistry } from "./registry";
import type { MlflowItem, MlflowProposal, MlflowRead, Options, ReadOptions } from "./types";
import { platformInstanceProblem } from "./urns";

/** The directory is missing, not a directory, or holds no MLflow store. */
export class NotAnMlflowStoreError extends Error {}

function checkStore(dir: string): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    throw new NotAnMlflowStoreError(`${dir}: no such directory`);
  }
  if (!st.isDirectory()) throw new NotAnMlflowStoreError(`${dir}: not a directory`);
  const top = subdirs(dir);
  const experiments = top.filter((d) => d !== ".trash" && d !== "models" && fs.existsSync(path.join(dir, d, "meta.yaml")));
  const trashed = subdirs(path.join(dir, ".trash")).filter((d) => fs.existsSync(path.join(dir, ".trash", d, "meta.yaml")));
  const models = subdirs(path.join(dir, "models"));
  if (experiments.length || trashed.length || models.length || top.includes(".trash")) return;
  const hint = top.includes("mlruns") ? ` (it has an mlruns/ folder: try ${path.join(dir, "mlruns")})` : "";
  throw new NotAnMlflowStoreError(
    `${dir} is not an MLflow file store: it has no experiment folders (<id>/meta.yaml), no .trash/ and no model registry (models/)${hint}`,
  );
}

/**
 * Reads an MLflow file store. Deterministic: the same files give the same proposals in the same order,
 * so importing twice changes nothing the second time. Throws NotAnMlflowStoreError when `dir` is not one.
 */
export function readMlflowStore(dir: string, options: ReadOptions = {}): MlflowRead {
  const opts: Options = { metricHistory: options.metricHistory !== false, platformInstance: options.platformInstance };
  if (opts.platformInstance !== undefined) {
    const why = platformInstanceProblem(opts.platformInstance);
    if (why) throw new Error(`platform instance '${opts.platformInstance}' ${why}`);
  }
  checkStore(dir);
  const ctx = readContext(dir, opts);
  const { report, items, shown, identity } = ctx;
  const { models, outputsOfRun } = readRegistry(ctx);
  const { runs, unreadableRuns } = readExperiments(ctx, outputsOfRun);
  addModelItems(ctx, models, runs, unreadableRuns);

  // An entity several items share (a user, a dataset two runs read) is written once: by the first.
  const seen = new Map<string, MlflowProposal>();
  for (const item of items) {
    item.proposals = item.proposals.filter((p) => {
      const ts = p.aspectName === "dataProcessInstanceRunEvent" ? `@${p.aspect.json.timestampMillis}` : "";
      const key = `${p.entityUrn}\u0000${p.aspectName}${ts}`;
      const before = seen.get(key);
      if (before === undefined) {
        seen.set(key, p);
        return true;
      }
      if (JSON.stringify(before.aspect.json) !== JSON.stringify(p.aspect.json))
        report.warnings.push({
          kind: item.kind,
          label: item.label,
          path: shown(dir),
          message: `${p.entityUrn} ${p.aspectName} differs from an earlier item's; the first is kept`,
        });
      return false;
    });
  }
  return { proposals: items.flatMap((i) => i.proposals), items, report, identity };
}

/**
 * Groups items into batches for ingestion: whole items only (so an item is written in one
 * transaction), at most `maxProposals` proposals and about `maxBytes` of JSON each.
 */
export function batchItems(items: readonly MlflowItem[], maxProposals = 1000, maxBytes = 8 * 1024 * 1024): MlflowProposal[][] {
  const out: MlflowProposal[][] = [];
  let cur: MlflowProposal[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = item.proposals.reduce((n, p) => n + JSON.stringify(p).length, 0);
    if (cur.length && (cur.length + item.proposals.length > maxProposals || bytes + size > maxBytes)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(...item.proposals);
    bytes += size;
  }
  if (cur.length) out.push(cur);
  return out;
}
