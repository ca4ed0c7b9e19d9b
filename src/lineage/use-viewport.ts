import { useCallback, useEffect, useEffectEvent, useRef, useState } from "react";
import { useReactFlow, type Node, type Viewport } from "@xyflow/react";
import type { Side, VisibleGraph } from "./model";
import type { LaidOut } from "./use-layout";
import {
  FOCUS_ZOOM,
  fitViewport,
  frameStep,
  graphBounds,
  initialViewport as initialViewportFor,
  nodeCentre,
  onScreen,
  overlaps,
  overviewRect,
  type Expansion,
} from "./viewport";

/**
 * The viewport: framed on the whole graph when React Flow mounts, fitted again when a new view
 * (`fitKey`: focus, hops, kinds) is laid out but not when a node is expanded or folded, moved to an
 * expansion's new children when they land outside it. `ready` turns true two frames after a fresh
 * layout is on screen and framed (the page's contract with the e2e tests and the benchmark). Fitting
 * keeps every card clear of the overview map while it is shown (`overview`).
 */
export function useViewport(a: { laid: LaidOut | null; fresh: boolean; flowNodes: Node[]; fitKey: string; visible: VisibleGraph | null; overview: boolean }) {
  const { laid, fresh, flowNodes, fitKey, visible, overview } = a;
  const rf = useReactFlow();
  const rootRef = useRef<HTMLDivElement>(null);
  /** the view last fitted */
  const fitted = useRef<string | null>(null);
  /** an expansion whose children are still to be brought into view */
  const expansion = useRef<Expansion | null>(null);

  const [initialViewport, setInitialViewport] = useState<Viewport | null>(null);
  useEffect(() => {
    const el = rootRef.current;
    if (initialViewport || !laid || !el) return;
    const vp = initialViewportFor(laid.result.positions, el.clientWidth, el.clientHeight, overview);
    if (!vp) return;
    fitted.current = fitKey;
    setInitialViewport(vp);
  }, [laid, initialViewport, fitKey, overview]);

  const settled = !!laid && fresh && flowNodes.length > 0 && !!initialViewport;
  const [readyState, setReady] = useState(false);
  // Not ready from the moment the layout on screen is not that of the view.
  if (!settled && readyState) setReady(false);
  const ready = settled && readyState;
  useEffect(() => {
    if (!laid || !fresh || flowNodes.length === 0 || !initialViewport) return;
    let raf = requestAnimationFrame(() => {
      const el = rootRef.current;
      const step = frameStep({
        fitKey,
        fitted: fitted.current,
        expansion: expansion.current,
        edges: visible?.edges ?? [],
        positions: laid.result.positions,
        viewport: rf.getViewport(),
        width: el?.clientWidth ?? 800,
        height: el?.clientHeight ?? 600,
      });
      if (step.type === "fit") {
        fitted.current = fitKey;
        const bounds = graphBounds(laid.result.positions);
        if (bounds) void rf.setViewport(fitViewport(bounds, el?.clientWidth ?? 800, el?.clientHeight ?? 600, overview));
      } else if (step.type !== "none") {
        expansion.current = null;
        if (step.type === "center") void rf.setCenter(step.x, step.y, { zoom: step.zoom, duration: 0 });
      }
      raf = requestAnimationFrame(() => {
        performance.mark("lineage:ready");
        setReady(true);
      });
    });
    return () => cancelAnimationFrame(raf);
  }, [laid, fresh, flowNodes, fitKey, rf, visible, initialViewport, overview]);

  // The overview map shown again over cards: frame the graph clear of it.
  const reframe = useEffectEvent(() => {
    const el = rootRef.current;
    const bounds = laid ? graphBounds(laid.result.positions) : null;
    if (!el || !bounds) return;
    if (overlaps(onScreen(bounds, rf.getViewport()), overviewRect(el.clientWidth, el.clientHeight)))
      void rf.setViewport(fitViewport(bounds, el.clientWidth, el.clientHeight, true));
  });
  useEffect(() => {
    if (overview) reframe();
  }, [overview]);

  /** centre on a node, zoomed in to at least FOCUS_ZOOM unless `zoom` says otherwise */
  const centerOn = useCallback(
    (id: string, zoom?: number) => {
      const p = laid?.result.positions[id];
      if (!p) return;
      const c = nodeCentre(p);
      void rf.setCenter(c.x, c.y, { zoom: zoom ?? Math.max(rf.getZoom(), FOCUS_ZOOM), duration: 250 });
    },
    [laid, rf],
  );

  const expectExpansion = useCallback((urn: string, side: Side) => {
    expansion.current = { urn, side };
  }, []);

  return { rootRef, initialViewport, ready, centerOn, expectExpansion };
}

/** Search-in-graph: the current match is centred (also once the graph is on screen, for a view opened from a URL with `find`). */
export function useCenterOnMatch(ready: boolean, matches: readonly string[], matchIndex: number, centerOn: (id: string, zoom?: number) => void) {
  const center = useEffectEvent((id: string) => centerOn(id, 1));
  useEffect(() => {
    if (ready && matches.length) center(matches[Math.min(matchIndex, matches.length - 1)]!);
  }, [matches, matchIndex, ready]);
}
