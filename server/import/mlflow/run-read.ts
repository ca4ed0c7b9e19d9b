/** Reading one run's folder: its meta.yaml, params, tags, metric files and dataset inputs. */
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { FileProblem, filesBelow, keyValueFolder, readMeta, readText, subdirs } from "./files";
import { DatasetMeta, InputMeta, RunMeta } from "./meta";
import { parsePythonFloat } from "./python";

export interface Point {
  step: number;
  timestampMillis: number;
  value: number;
}

interface RunInput {
  dataset: z.infer<typeof DatasetMeta>;
  tags: Record<string, string>;
}

export interface RunRead {
  id: string;
  dir: string;
  meta: z.infer<typeof RunMeta>;
  params: Array<[string, string]>;
  tags: Record<string, string>;
  metrics: Array<{ key: string; points: Point[] }>;
  inputs: RunInput[];
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** One metric file: a line per logged point, `<timestamp> <value> [<step>]` (a hot loop: no closures per line). */
function readMetricFile(file: string, key: string): Point[] {
  const text = readText(file);
  const points: Point[] = [];
  let lineNo = 0;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    lineNo++;
    const line = text.slice(from, to).trim();
    from = to + 1;
    if (!line) continue;
    const parts = line.split(" ");
    let why: string | null = null;
    let ts = 0;
    let value = 0;
    let step = 0;
    if (parts.length !== 2 && parts.length !== 3) why = `expected "<timestamp> <value> [<step>]", found ${parts.length} fields`;
    else if (!INTEGER.test(parts[0]) || !Number.isSafeInteger((ts = Number(parts[0])))) why = `timestamp '${parts[0]}' is not an integer`;
    else if (DECIMAL.test(parts[1])) value = Number(parts[1]);
    else {
      const v = parsePythonFloat(parts[1]);
      if (v === null) why = `value '${parts[1]}' is not a number`;
      else value = v;
    }
    if (!why && parts.length === 3 && (!INTEGER.test(parts[2]) || !Number.isSafeInteger((step = Number(parts[2])))))
      why = `step '${parts[2]}' is not an integer`;
    if (why) throw new FileProblem(`${file}:${lineNo}`, `metric '${key}': ${why} in ${JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line)}`);
    points.push({ step, timestampMillis: ts, value });
  }
  if (points.length === 0) throw new FileProblem(file, `metric '${key}' has no data`);
  return points;
}

export function readRun(runDir: string, runId: string, experimentId: string, datasetsDir: string): RunRead {
  const meta = readMeta(path.join(runDir, "meta.yaml"), RunMeta);
  const metaFile = path.join(runDir, "meta.yaml");
  const recorded = meta.run_id ?? meta.run_uuid;
  if (recorded && recorded !== runId) throw new FileProblem(metaFile, `run_id '${recorded}' does not match the run's folder '${runId}'`);
  if (meta.experiment_id !== experimentId)
    throw new FileProblem(metaFile, `experiment_id '${meta.experiment_id}' does not match the experiment folder '${experimentId}'`);
  const params = keyValueFolder(path.join(runDir, "params"));
  const tags = Object.fromEntries(keyValueFolder(path.join(runDir, "tags")));
  const metricsDir = path.join(runDir, "metrics");
  const metrics = filesBelow(metricsDir).map((key) => ({ key, points: readMetricFile(path.join(metricsDir, ...key.split("/")), key) }));
  const inputs: RunInput[] = [];
  for (const inputId of subdirs(path.join(runDir, "inputs"))) {
    const input = readMeta(path.join(runDir, "inputs", inputId, "meta.yaml"), InputMeta);
    if (input.source_type !== "DATASET") continue; // MLflow skips other input kinds too
    const dsFile = path.join(datasetsDir, input.source_id, "meta.yaml");
    if (!fs.existsSync(dsFile)) throw new FileProblem(dsFile, `is missing (dataset ${input.source_id}, an input of run ${runId})`);
    inputs.push({ dataset: readMeta(dsFile, DatasetMeta), tags: input.tags ?? {} });
  }
  return { id: runId, dir: runDir, meta, params, tags, metrics, inputs };
}
