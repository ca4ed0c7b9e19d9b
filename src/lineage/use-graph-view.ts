import { useCallback, useEffect, useMemo, useState } from "react";
import type { LineageSearch } from "../lib/urls";
import type { ServerGraph } from "./merge";
import { layoutInput, visibleGraph } from "./model";
import { graphId, graphModel } from "./graph-model";
import { fitKey as fitKeyOf, layoutKey as layoutKeyOf, viewState } from "./view-state";
import { useLayout } from "./use-layout";

const NO_LAYOUT_INPUT: ReturnType<typeof layoutInput> = { nodes: [], edges: [] };

/**
 * The server's graph through the view in the URL: what each node shows, what is visible (model.ts)
 * and where it is (use-layout.ts). While a new layout computes, the latest one stays on screen (nodes
 * it has no place for yet wait): handing React Flow no nodes in between would unmount and remount
 * the whole graph.
 *
 * A new view (other hops or kinds) is laid out afresh and fitted once its own graph arrives; while
 * the previous view's graph is still on screen (`stale`), the previous view's key stays, so the old
 * graph is neither laid out again nor fitted in the new view's name.
 */
export function useGraphView(urn: string, server: ServerGraph | null, search: LineageSearch, stale = false) {
  const model = useMemo(() => graphModel(server), [server]);
  const { graph, infos } = model;
  const label = useCallback((u: string) => infos.get(u)?.name ?? u, [infos]);

  const { cu, cd, more, pin } = search;
  const view = useMemo(() => viewState({ cu, cd, more, pin }), [cu, cd, more, pin]);
  const visible = useMemo(() => (graph ? visibleGraph(graph, view, label) : null), [graph, view, label]);
  const layoutIn = useMemo(() => (visible ? layoutInput(visible) : NO_LAYOUT_INPUT), [visible]);
  const wanted = fitKeyOf(urn, search);
  const [shownView, setShownView] = useState(wanted);
  if (!stale && shownView !== wanted) setShownView(wanted);
  const fitKey = stale ? shownView : wanted;
  const layoutKey = layoutKeyOf(graphId(server), search);
  const laid = useLayout(layoutKey, layoutIn, fitKey);
  /** whether the layout on screen is that of the graph and view now shown */
  const fresh = !!laid && laid.key === layoutKey;

  // Stages of opening a view, for the lineage benchmark and the browser's performance panel.
  useEffect(() => {
    if (server) performance.mark("lineage:data");
  }, [server]);
  useEffect(() => {
    if (fresh) performance.mark("lineage:laid-out");
  }, [fresh, laid]);

  return { ...model, label, visible, laid, fresh, fitKey };
}
