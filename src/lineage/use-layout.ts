/**
 * Lays a visible graph out: on the main thread for small graphs (a worker round trip costs more than
 * the layout), in a Web Worker above WORKER_THRESHOLD nodes so the page stays responsive.
 */
import { useEffect, useEffectEvent, useState } from "react";
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

/** A layout on this thread, and how long it took (ms). */
function layoutHere(nodes: LayoutNode[], edges: LayoutEdge[], previous: Positions | undefined): { result: LayoutResult; ms: number } {
  const t = performance.now();
  const result = layoutLineage(nodes, edges, DEFAULT_LAYOUT, previous);
  return { result, ms: performance.now() - t };
}

function layoutAsync(nodes: LayoutNode[], edges: LayoutEdge[]): Promise<{ result: LayoutResult; ms: number; where: "worker" | "main" }> {
  // A full layout of a big graph goes to the worker (placing a few new nodes next to fixed ones is cheap anywhere).
  const w = nodes.length > WORKER_THRESHOLD ? getWorker() : null;
  if (!w) return Promise.resolve({ ...layoutHere(nodes, edges, undefined), where: "main" });
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
  /** where the view's last full layout ran (incremental placements follow on the main thread) */
  full?: "worker" | "main";
}

/** The positions on screen: the view and the input they belong to, and the placement that made them (none for a full layout). */
interface Shown {
  view: string;
  key: string;
  positions: Positions;
  placed: LaidOut | null;
}

/**
 * The layout of the latest input; while a new one computes, the previous one stays. Within one view
 * (`view`: focus, hops, kinds) nodes keep the places they had and only new ones are placed, which is
 * cheap enough to do during render (no extra frame); a fresh layout of a new view runs in an effect
 * (in the worker when the graph is large). `key` identifies `input`.
 */
export function useLayout(key: string, input: { nodes: LayoutNode[]; edges: LayoutEdge[] }, view: string): LaidOut | null {
  /** the latest full layout */
  const [full, setFull] = useState<LaidOut | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);

  // Same view, new input: place the new nodes now, next to the others.
  let now = shown;
  if (shown && shown.view === view && shown.key !== key) {
    const placed: LaidOut = { key, ...layoutHere(input.nodes, input.edges, shown.positions), where: "main", full: full?.full };
    now = { view, key, positions: placed.result.positions, placed };
    setShown(now);
  }
  const current = now && now.view === view ? now : null;
  const sameView = current !== null;

  // A new view: a fresh layout, off the main thread when the graph is large. The input is the one
  // `key` names as the effect runs.
  const layOut = useEffectEvent(() => layoutAsync(input.nodes, input.edges));
  useEffect(() => {
    if (sameView) return;
    let live = true;
    void layOut().then((r) => {
      if (!live) return;
      setShown({ view, key, positions: r.result.positions, placed: null });
      setFull({ key, ...r, full: r.where });
    });
    return () => {
      live = false;
    };
  }, [key, view, sameView]);

  return current?.placed ?? full;
}
