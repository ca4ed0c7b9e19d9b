/**
 * The demo catalog: what a new, empty Orrery database is filled with so that every page has content.
 * Three sources, loaded in this order:
 *  1. the DataHub AI/ML tutorial, as the proposals its Python client POSTs (test/fixtures/tutorial);
 *  2. DataHub's MLflow golden file (test/fixtures/datahub-golden, Apache-2.0, see its NOTICE.md);
 *  3. a synthetic catalog of ~3,000 entities from bench/generate.ts (seed 42).
 */
import fs from "node:fs";
import { generateCatalog } from "../../bench/generate";

export interface DemoProposalSource {
  label: string;
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

export function demoProposalSources(): Array<{ label: string; proposals: () => Iterable<unknown> }> {
  const sources: DemoProposalSource[] = [
    {
      label: "DataHub AI/ML tutorial",
      proposals: () => readJsonArray(new URL("../../test/fixtures/tutorial/proposals.json", import.meta.url)),
    },
    {
      label: "DataHub MLflow golden file",
      proposals: () => readJsonArray(new URL("../../test/fixtures/datahub-golden/mlflow_mcps_golden.json", import.meta.url)),
    },
    {
      label: `generated catalog (${DEMO_GENERATED_ENTITIES.toLocaleString("en-US")} entities, seed ${DEMO_SEED})`,
      proposals: () => generateCatalog({ entities: DEMO_GENERATED_ENTITIES, seed: DEMO_SEED }),
    },
  ];
  return sources;
}
