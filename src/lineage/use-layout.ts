/**
 * Lays a visible graph out: on the main thread for small graphs (a worker round trip costs more than
 * the layout), in a Web Worker above WORKER_THRESHOLD nodes so the page stays responsive.
 */
import { useEffect, useRef, useState } from "react";
import { layoutLineage, type LayoutEdge, type LayoutNode, type LayoutResult } from "./layout";
import type { LayoutRequest } from "./layout.worker";

export const WORKER_THRESHOLD = 300;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: { result: LayoutResult; ms: number }) => void>();

function getWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === "undefined") return null;
  try {
    worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<{ id: number; result: LayoutResult; ms: number }>) => {
      pending.get(e.data.id)?.(e.data);
      pending.delete(e.data.id);
    };
    return worker;
  } catch {
    return null;
  }
}

function layoutAsync(nodes: LayoutNode[], edges: LayoutEdge[]): Promise<{ result: LayoutResult; ms: number; where: "worker" | "main" }> {
  const w = nodes.length > WORKER_THRESHOLD ? getWorker() : null;
  if (!w) {
    const t = performance.now();
    const result = layoutLineage(nodes, edges);
    return Promise.resolve({ result, ms: performance.now() - t, where: "main" });
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, (r) => resolve({ ...r, where: "worker" }));
    w.postMessage({ id, nodes, edges } satisfies LayoutRequest);
  });
}

export interface LaidOut {
  /** the input this layout belongs to */
  key: string;
  result: LayoutResult;
  ms: number;
  where: "worker" | "main";
}

/** The layout of the latest input; while a new one computes, the previous one stays. */
export function useLayout(key: string, input: { nodes: LayoutNode[]; edges: LayoutEdge[] }): LaidOut | null {
  const [laid, setLaid] = useState<LaidOut | null>(null);
  const latest = useRef(key);
  latest.current = key;
  useEffect(() => {
    let live = true;
    void layoutAsync(input.nodes, input.edges).then((r) => {
      if (live && latest.current === key) setLaid({ key, ...r });
    });
    return () => {
      live = false;
    };
    // `key` identifies the input (nodes, edges); the arrays themselves are rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return laid;
}
