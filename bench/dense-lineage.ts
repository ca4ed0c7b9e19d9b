/**
 * A dense lineage graph: `layers` layers of `width` datasets, every dataset of a layer derived from
 * every dataset of the layer before (`upstreamLineage`, DataHub's DownstreamOf edges), so layer k
 * and layer k+1 are joined by width² edges. Opened at a dataset of the first layer with two hops
 * downstream, it has 1 + 2·width nodes and width + width² edges among them: what a graph view or an
 * impact analysis must not answer unbounded. Used by the attack benchmark and the security tests.
 */
import type { Proposal } from "../server/demo/generate";

export interface DenseLineage {
  proposals: Proposal[];
  /** a dataset of the first layer */
  focus: string;
  /** dataset urns, by layer */
  layers: string[][];
}

export function denseLineage(opts: { layers?: number; width?: number } = {}): DenseLineage {
  const nLayers = opts.layers ?? 3;
  const width = opts.width ?? 600;
  const urn = (layer: number, i: number) => `urn:li:dataset:(urn:li:dataPlatform:hive,dense.l${layer}_${String(i).padStart(4, "0")},PROD)`;
  const layers = Array.from({ length: nLayers }, (_, l) => Array.from({ length: width }, (_, i) => urn(l, i)));
  const systemMetadata = { lastObserved: 1_700_000_000_000, runId: "dense-lineage", properties: { clientId: "orrery-bench", clientVersion: "1" } };
  const proposals: Proposal[] = [];
  const emit = (entityUrn: string, aspectName: string, json: Record<string, unknown>) =>
    proposals.push({ entityType: "dataset", entityUrn, changeType: "UPSERT", aspectName, aspect: { json }, systemMetadata });
  layers.forEach((layer, l) => {
    for (const u of layer) {
      emit(u, "datasetProperties", { name: u.slice(u.indexOf("dense."), u.lastIndexOf(",")), description: `layer ${l}` });
      if (l > 0)
        emit(u, "upstreamLineage", {
          upstreams: layers[l - 1]!.map((dataset) => ({
            dataset,
            type: "TRANSFORMED",
            auditStamp: { time: 1_700_000_000_000, actor: "urn:li:corpuser:datahub" },
          })),
        });
    }
  });
  return { proposals, focus: layers[0]![0]!, layers };
}
