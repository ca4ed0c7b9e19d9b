/**
 * Lays a visible graph out: on the main thread for small graphs (a worker round trip costs more than
 * the layout), in a Web Worker above WORKER_THRESHOLD nodes so the page stays responsive.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { DEFAULT_LAYOUT, layoutLineage, type LayoutEdge, type LayoutNode, type LayoutResult } from "./layout";
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

type Positions = Record<string, { x: number; y: number }>;

/** Start the worker early (its script loads while the graph is being fetched). */
export function warmUpWorker(): void {
  getWorker();
}

function layoutAsync(nodes: LayoutNode[], edges: LayoutEdge[], previous: Positions | undefined): Promise<{ result: LayoutResult; ms: number; where: "worker" | "main" }> {
  // Placing a few new nodes next to fixed ones is cheap anywhere; a full layout of a big graph is not.
  const heavy = nodes.length > WORKER_THRESHOLD && !previous;
  const w = heavy ? getWorker() : null;
  if (!w) {
    const t = performance.now();
    const result = layoutLineage(nodes, edges, DEFAULT_LAYOUT, previous);
    return Promise.resolve({ result, ms: performance.now() - t, where: "main" });
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, (r) => resolve({ ...r, where: "worker" }));
    w.postMessage({ id, nodes, edges, previous } satisfies LayoutRequest);
  });
}

export interface LaidOut {
  /** the input this layout belongs to */
  key: string;
  result: LayoutResult;
  ms: number;
  where: "worker" | "main";
  /** where the view's last full layout ran (incremental placements follow on the main thread) */
  full?: "worker" | "main";
}

/**
 * The layout of the latest input; while a new one computes, the previous one stays. Within one view
 * (`view`: focus, hops, kinds) nodes keep the places they had and only new ones are placed, which is
 * cheap enough to do during render (no extra frame); a fresh layout of a new view runs in an effect
 * (in the worker when the graph is large).
 */
export function useLayout(key: string, input: { nodes: LayoutNode[]; edges: LayoutEdge[] }, view: string): LaidOut | null {
  const [laid, setLaid] = useState<LaidOut | null>(null);
  const latest = useRef(key);
  latest.current = key;
  /** positions on screen, and the view they belong to */
  const shown = useRef<{ view: string; key: string; positions: Positions } | null>(null);
  /** where the view's last full layout ran */
  const fullWhere = useRef<"worker" | "main" | undefined>(undefined);
  const previous = shown.current && shown.current.view === view ? shown.current : null;

  // Same view: place the new nodes now.
  const incremental = useMemo(() => {
    if (!previous || previous.key === key) return null;
    const t = performance.now();
    const result = layoutLineage(input.nodes, input.edges, DEFAULT_LAYOUT, previous.positions);
    return { key, result, ms: performance.now() - t, where: "main" as const, full: fullWhere.current };
    // `key` identifies the input; `previous` is read when the key changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, previous !== null]);
  if (incremental) shown.current = { view, key, positions: incremental.result.positions };

  // A new view: a fresh layout, off the main thread when the graph is large.
  useEffect(() => {
    if (previous) return;
    let live = true;
    void layoutAsync(input.nodes, input.edges, undefined).then((r) => {
      if (!live || latest.current !== key) return;
      shown.current = { view, key, positions: r.result.positions };
      fullWhere.current = r.where;
      setLaid({ key, ...r, full: r.where });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, view]);

  return incremental ?? laid;
}
