/**
 * The lineage explorer: one `lineageGraph` request per view (focus, hops, kinds, expansions), the
 * visible graph computed from it and the URL (model.ts), laid out left to right (layout.ts, in a
 * worker for large graphs) and drawn with React Flow. Everything a person changes lives in the URL
 * (see LineageSearch in lib/urls.ts), so any view can be shared.
 *
 * Each concern is a hook over a pure module: use-graph-view.ts (graph-model.ts, view-state.ts, the
 * layout), use-selection.ts, use-flow-elements.ts (flow-elements.ts), use-viewport.ts (viewport.ts),
 * use-graph-keys.ts (keyboard.ts) and use-export.ts (export-content.ts).
 */
import { useState, type ReactNode } from "react";
import { ReactFlowProvider } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import "./lineage.css";
import { urls, type LineageSearch } from "../lib/urls";
import { kindOfUrn } from "../lib/kinds";
import { ErrorMessage, Skeleton } from "../components/states";
import type { LineageGraphState } from "./use-lineage-graph";
import { moreKey, truncationNote } from "./model";
import { warmUpWorker } from "./use-layout";
import { NodeActionsContext } from "./nodes";
import { useDocumentTheme } from "./theme";
import { LineageToolbar } from "./toolbar";
import { SidePanel } from "./side-panel";
import { GraphCanvas, NoLineageNote } from "./graph-canvas";
import { list, toggle } from "./view-state";
import { neighbourLinks } from "./relations";
import { useGraphView } from "./use-graph-view";
import { useSelection } from "./use-selection";
import { useFlowElements } from "./use-flow-elements";
import { useCenterOnMatch, useViewport } from "./use-viewport";
import { useNodeActions } from "./use-node-actions";
import { useGraphKeys, useOpenAsset } from "./use-graph-keys";
import { useExport } from "./use-export";

export interface ExplorerProps {
  urn: string;
  /** the view's graph, fetched outside this (lazily loaded) component: see use-lineage-graph.ts */
  state: LineageGraphState;
  search: LineageSearch;
  /** merge a patch into the URL's lineage state */
  update: (patch: Partial<LineageSearch>, replace?: boolean) => void;
  variant: "tab" | "fullscreen";
  /** the focus's name when the focus is no node of the graph (an experiment) */
  focusName?: string | null;
  /** hops each way can be chosen (not for an experiment's graph, which shows one hop around its runs) */
  hops?: boolean;
  /** a note above the graph (what an experiment's graph shows) */
  note?: ReactNode;
}

// The worker's script loads while the graph is being fetched, not after.
warmUpWorker();

export function LineageExplorer(props: ExplorerProps) {
  return (
    <ReactFlowProvider>
      <Explorer {...props} />
    </ReactFlowProvider>
  );
}

function Explorer({ urn, state, search, update, variant, focusName: givenName, hops = true, note }: ExplorerProps) {
  const { loading, error, graph: server } = state;
  const { graph, infos, kinds, label, visible, laid, fresh, fitKey } = useGraphView(urn, server, search, state.stale);
  // The overview map starts shown on wide screens; hidden, it leaves the whole pane to the graph.
  const [overview, setOverview] = useState(() => typeof window === "undefined" || window.innerWidth >= 900);
  const s = useSelection(visible, search, update, label);
  const flow = useFlowElements({ visible, laid, infos, highlight: s.lit, selected: s.sel, ends: s.path, matches: s.matches, focus: urn });
  const { rootRef, initialViewport, ready, centerOn, expectExpansion } = useViewport({ laid, fresh, flowNodes: flow.nodes, fitKey, visible, overview });
  useCenterOnMatch(ready, s.matches, s.matchIndex, centerOn);
  const actions = useNodeActions({ search, update, state, showMore: s.showMore, expectExpansion });
  const open = useOpenAsset(infos);
  const moveTo = (to: string) => {
    update({ sel: to }, true);
    centerOn(to);
  };
  // The arrows' first press selects where the graph starts (the focus, or an experiment's first run).
  const onKeyDown = useGraphKeys({ selected: s.sel, focus: visible?.starts[0] ?? urn, laid, visible, select: moveTo, open, clear: s.clear });
  const theme = useDocumentTheme();
  const focusName = infos.get(urn)?.name ?? givenName ?? urn;
  const { exporting, doExport } = useExport({ focus: urn, focusName, graph, visible, laid, infos, flowNodes: flow.nodes, theme, root: rootRef });

  // Side by side from md up; on a phone the graph takes the width and the side panel goes below it.
  const height = variant === "fullscreen" ? "md:h-[calc(100vh-10.5rem)] md:min-h-96" : "md:h-[640px]";
  if (error && !server) return <ErrorMessage error={error} what="The lineage graph" />;
  if (!server && loading) return <Skeleton lines={8} label="Loading the lineage graph" />;
  if (!server || !graph || !visible) return <ErrorMessage error={new Error("No asset with this URN.")} what="The lineage graph" />;

  const alone = visible.nodes.length <= visible.starts.length && visible.more.length === 0;
  const selInfo = s.sel ? infos.get(s.sel) : undefined;
  const selNode = s.sel ? graph.nodes.find((n) => n.urn === s.sel) : undefined;
  const more = s.more;

  return (
    <NodeActionsContext.Provider value={actions}>
      <div className="space-y-2">
        {variant === "fullscreen" ? (
          <h1 className="truncate text-lg font-semibold text-slate-900 dark:text-white" title={focusName}>
            Lineage of {focusName}
          </h1>
        ) : null}
        <LineageToolbar
          hops={hops}
          search={search}
          update={update}
          kindsPresent={kinds}
          matches={s.matches.length}
          matchIndex={s.matchIndex}
          onMatchStep={s.stepMatch}
          picking={s.picking}
          onPick={s.togglePicking}
          pathState={s.pathState}
          onExport={doExport}
          exporting={exporting}
          fullScreenHref={variant === "tab" ? urls.lineage(urn, search) : null}
          backTo={variant === "fullscreen" ? { urn, name: focusName, kind: infos.get(urn)?.kind ?? kindOfUrn(urn) } : null}
        />
        {note}
        {server.truncated ? <LimitNote text={truncationNote(server)} /> : null}
        <ErrorMessage error={error} what="The latest change to the graph" />
        <div className={`flex flex-col gap-3 md:flex-row ${height}`}>
          <div
            ref={rootRef}
            data-testid="lineage-graph"
            data-ready={ready && !loading ? "true" : "false"}
            data-nodes={visible.nodes.length}
            data-layout={laid ? `${laid.full ?? laid.where}:${laid.ms.toFixed(1)}` : undefined}
            tabIndex={0}
            role="application"
            aria-roledescription="lineage graph"
            aria-label={`Lineage graph of ${focusName}: ${visible.nodes.length} assets. Arrow keys move the selection, Enter opens it, Escape clears it.`}
            onKeyDown={onKeyDown}
            className={`relative h-[60vh] min-h-80 min-w-0 flex-none overflow-hidden rounded-lg md:h-auto md:flex-1 border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-slate-800 dark:bg-slate-950 ${s.picking ? "cursor-crosshair" : ""}`}
          >
            {initialViewport ? (
              <GraphCanvas
                initialViewport={initialViewport}
                nodes={flow.nodes}
                edges={flow.edges}
                theme={theme}
                overview={overview}
                onOverview={setOverview}
                exporting={!!exporting}
                onSelect={s.select}
                onOpenMore={actions.openMore}
                onOpen={open}
                onPane={() => {
                  if (!s.picking) s.select(undefined);
                }}
              />
            ) : null}
            {alone ? <NoLineageNote filtered={!!search.types?.length} /> : null}
          </div>
          <SidePanel
            className="max-h-96 w-full shrink-0 md:max-h-none md:w-80"
            selected={selInfo && selNode ? { info: selInfo, node: selNode, links: neighbourLinks(visible.edges, selNode.urn, label) } : null}
            onSelect={moveTo}
            more={more ? { parent: infos.get(more.parent)?.name ?? more.parent, side: more.side, hidden: more.hidden.map((u) => infos.get(u)!) } : null}
            focus={urn}
            onPin={(u) => update({ pin: toggle(search.pin, u, true), sel: u })}
            onMore={() => more && update({ more: [...list(search.more), moreKey(more.side, more.parent)] })}
            onPathFrom={s.pathFrom}
            onClose={s.closePanel}
            kinds={kinds}
            stats={{
              nodes: visible.nodes.length,
              edges: visible.edges.filter((e) => e.type !== "More").length,
              hidden: visible.more.reduce((a, m) => a + m.hidden.length, 0),
            }}
          />
        </div>
      </div>
    </NodeActionsContext.Provider>
  );
}

/** Which cap cut the graph short (nodes, edges, the lineage read for one view, an expansion's hops). */
function LimitNote({ text }: { text: string }) {
  return (
    <p
      role="note"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      {text}
    </p>
  );
}
