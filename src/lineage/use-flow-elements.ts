import { useMemo } from "react";
import type { Highlight, VisibleGraph } from "./model";
import type { NodeInfo } from "./graph-model";
import type { LaidOut } from "./use-layout";
import { NO_FLOW, edgeRoutes, flowElements, type FlowElements, type FlowInput } from "./flow-elements";
import { useDerived } from "./use-derived";

/** React Flow's nodes and edges for what is on screen (see flow-elements.ts), reusing last render's objects. */
export function useFlowElements(a: {
  visible: VisibleGraph | null;
  laid: LaidOut | null;
  infos: ReadonlyMap<string, NodeInfo>;
  highlight: Highlight | null;
  selected: string | undefined;
  ends: readonly string[];
  matches: readonly string[];
  focus: string;
}): FlowElements {
  const { visible, laid, infos, highlight, selected, ends, matches, focus } = a;
  // Routes change with the places, not with the highlight.
  const routes = useMemo(() => (visible && laid ? edgeRoutes(visible, laid.result.positions) : null), [visible, laid]);
  const input: FlowInput | null = useMemo(
    () => (visible && laid && routes ? { visible, positions: laid.result.positions, routes, infos, highlight, selected, ends, matches, focus } : null),
    [visible, laid, routes, infos, highlight, selected, ends, matches, focus],
  );
  return useDerived(input, flowElements, NO_FLOW);
}
