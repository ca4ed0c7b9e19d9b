/// <reference lib="webworker" />
/** Runs the lineage layout off the main thread for large graphs (see use-layout.ts). */
import { layoutLineage, type LayoutEdge, type LayoutNode, type LayoutOptions } from "./layout";

export interface LayoutRequest {
  id: number;
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  options?: LayoutOptions;
  previous?: Record<string, { x: number; y: number }>;
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const { id, nodes, edges, options, previous } = e.data;
  const started = performance.now();
  const result = layoutLineage(nodes, edges, options, previous);
  self.postMessage({ id, result, ms: performance.now() - started });
};
