/**
 * The demo catalog: what a new, empty Orrery database is filled with so that every page has content.
 * Five sources, all in this folder, loaded in this order:
 *  1. the DataHub AI/ML tutorial, as the proposals its Python client POSTs (./tutorial);
 *  2. DataHub's MLflow golden file (./datahub, Apache-2.0, see its NOTICE.md);
 *  3. the sample MLflow store (./mlflow-sample.ts, written by ./mlflow-file-store.ts), read by the MLflow importer;
 *  4. OpenMetadata ML models as its API returns them (./openmetadata), through its importer;
 *  5. a synthetic catalog of ~3,000 entities from ./generate/ (seed 42).
 * The benchmarks and tests may import from here; nothing here imports them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateCatalog } from "./generate";
import { readMlflowStore } from "../import/mlflow";
import { writeRealisticStore } from "./mlflow-sample";
import { convertOpenMetadata, readOpenMetadataPath } from "../import/openmetadata";

/** OpenMetadata's ML models as its API returns them (server/demo/openmetadata), through the OpenMetadata importer; the invalid ones are left out. */
function openMetadataSampleProposals(): unknown[] {
  const dir = new URL("./openmetadata/", import.meta.url);
  return convertOpenMetadata(readOpenMetadataPath(dir.pathname)).flatMap((m) => ("proposals" in m ? m.proposals : []));
}

/** The sample MLflow store, written to a temporary folder and read as `orrery import-mlflow` reads one. */
function mlflowSampleProposals(): unknown[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-demo-mlruns-"));
  try {
    writeRealisticStore(dir);
    return readMlflowStore(dir).proposals;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface DemoProposalSource {
  label: string;
  /** proposals per transaction (default 2,000); 1 replays a script call by call, as History shows it */
  batch?: number;
  /** Each call reads or generates the proposals afresh. */
  proposals: () => Iterable<unknown>;
}

/** Entity count of the generated part of the demo catalog. */
export const DEMO_GENERATED_ENTITIES = 3000;
/** Seed of the generated part, fixed so every demo catalog is the same. */
export const DEMO_SEED = 42;

function readJsonArray(url: URL): unknown[] {
  const parsed: unknown = JSON.parse(fs.readFileSync(url, "utf8"));
  if (!Array.isArray(parsed)) throw new Error(`${url.pathname}: expected a JSON array of proposals`);
  return parsed;
}

export function demoProposalSources(): DemoProposalSource[] {
  const sources: DemoProposalSource[] = [
    {
      label: "DataHub AI/ML tutorial",
      batch: 1,
      proposals: () => readJsonArray(new URL("./tutorial/proposals.json", import.meta.url)),
    },
    {
      label: "DataHub MLflow golden file",
      proposals: () => readJsonArray(new URL("./datahub/mlflow_mcps_golden.json", import.meta.url)),
    },
    {
      label: "sample MLflow store (churn-prediction experiment, churn-model registry), through the MLflow importer",
      proposals: mlflowSampleProposals,
    },
    {
      label: "OpenMetadata ML models (server/demo/openmetadata), through the OpenMetadata importer",
      proposals: openMetadataSampleProposals,
    },
    {
      label: `generated catalog (${DEMO_GENERATED_ENTITIES.toLocaleString("en-US")} entities, seed ${DEMO_SEED})`,
      proposals: () => generateCatalog({ entities: DEMO_GENERATED_ENTITIES, seed: DEMO_SEED }),
    },
  ];
  return sources;
}
