/**
 * The benchmark catalog's proposals: the synthetic catalog from server/demo/generate/ plus a few
 * lineage hubs. A module of its own so the ingestion pipeline's preparing thread can import it
 * (benchCatalogSource) without the writer's side.
 */
import { generateCatalog } from "../server/demo/generate";
import type { PipelineSource, SourceSections } from "../server/ingest/pipeline";

export const HUB_COUNT = 10;

/**
 * Lineage hubs: a dataset read by 100 runs; each run trains 3 models (grouped into 20 groups) and
 * writes 5 datasets; each of those feeds one derived dataset. Three hops downstream of the hub reach
 * ~1,000 nodes — the size the 3-hop budget is about. The generated catalog alone has smaller fan-outs.
 */
export function* lineageHubs(count: number) {
  const j = (entityUrn: string, aspectName: string, json: Record<string, unknown>) => ({ entityUrn, changeType: "UPSERT", aspectName, aspect: { json } });
  const ds = (h: number, name: string) => `urn:li:dataset:(urn:li:dataPlatform:snowflake,hub${h}_${name},PROD)`;
  for (let h = 0; h < count; h++) {
    const hub = ds(h, "source");
    yield j(hub, "datasetProperties", { name: `hub ${h} source` });
    for (let g = 0; g < 20; g++)
      yield j(`urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,hub${h}_group_${g},PROD)`, "mlModelGroupProperties", { name: `hub ${h} group ${g}` });
    for (let r = 0; r < 100; r++) {
      const run = `urn:li:dataProcessInstance:hub${h}_run_${r}`;
      const outputs = Array.from({ length: 5 }, (_, o) => ds(h, `out_${r}_${o}`));
      yield j(run, "dataProcessInstanceProperties", { name: `hub ${h} run ${r}`, created: { time: 1_700_000_000_000, actor: "urn:li:corpuser:bench" } });
      yield j(run, "dataProcessInstanceInput", { inputs: [hub] });
      yield j(run, "dataProcessInstanceOutput", { outputs });
      for (const [o, out] of outputs.entries()) {
        yield j(out, "datasetProperties", { name: `hub ${h} output ${r}.${o}` });
        yield j(ds(h, `derived_${r}_${o}`), "upstreamLineage", { upstreams: [{ dataset: out, type: "TRANSFORMED" }] });
      }
      for (let m = 0; m < 3; m++)
        yield j(`urn:li:mlModel:(urn:li:dataPlatform:mlflow,hub${h}_model_${r}_${m},PROD)`, "mlModelProperties", {
          name: `hub ${h} model ${r}.${m}`,
          trainingJobs: [run],
          groups: [`urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,hub${h}_group_${(r * 3 + m) % 20},PROD)`],
        });
    }
  }
}

function* chain<T>(...gens: Iterable<T>[]): Generator<T> {
  for (const g of gens) yield* g;
}

/** The benchmark catalog of `entities` (seeded), as the pipeline's preparing thread reads it. */
export function benchCatalogProposals(entities: number, seed: number): SourceSections {
  return { sections: [{ label: "synthetic", items: chain(generateCatalog({ entities, seed }), lineageHubs(HUB_COUNT)) }] };
}

/** benchCatalogProposals() as a pipeline source. */
export function benchCatalogSource(entities: number, seed = 7): PipelineSource {
  return { module: import.meta.url, export: "benchCatalogProposals", args: [entities, seed] };
}
