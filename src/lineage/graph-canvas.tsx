/**
 * The graph itself: React Flow with the explorer's nodes and routed edges, zoom controls and an
 * overview map that can be hidden (the viewport is fitted so that no card sits under it); the note
 * over an empty graph.
 */
import { Background, ControlButton, Controls, MiniMap, ReactFlow, type Node, type Viewport } from "@xyflow/react";
import { KIND_COLOUR, NODE_TYPES, type EntityNodeData, type MoreNodeData } from "./nodes";
import { EDGE_PALETTES, EDGE_TYPES, EdgePaletteContext, type LineageFlowEdge } from "./edges";
import { OVERVIEW } from "./viewport";

/** Above this many nodes React Flow draws only what is inside the viewport. */
const VIRTUALISE_ABOVE = 300;

/** A node's colour in the overview map: its kind's, grey when dimmed or a "+N more". */
function overviewColour(n: Node): string {
  if (n.type === "more") return "#94a3b8";
  const d = n.data as EntityNodeData;
  return d.look === "dim" ? "#cbd5e1" : d.kind ? KIND_COLOUR[d.kind].hex : "#64748b";
}

export function GraphCanvas(p: {
  initialViewport: Viewport;
  nodes: Node[];
  edges: LineageFlowEdge[];
  theme: "light" | "dark";
  /** the overview map is shown */
  overview: boolean;
  onOverview: (shown: boolean) => void;
  /** an image is being drawn: every node must be in the DOM */
  exporting: boolean;
  onSelect: (urn: string | undefined) => void;
  onOpenMore: (parent: string, side: MoreNodeData["side"]) => void;
  onOpen: (urn: string) => void;
  /** a click on the background */
  onPane: () => void;
}) {
  return (
    <EdgePaletteContext.Provider value={EDGE_PALETTES[p.theme]}>
      <ReactFlow
        defaultViewport={p.initialViewport}
        nodes={p.nodes}
        edges={p.edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        colorMode={p.theme}
        minZoom={0.05}
        maxZoom={2}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        onlyRenderVisibleElements={!p.exporting && p.nodes.length > VIRTUALISE_ABOVE}
        onNodeClick={(_, n) => (n.type === "more" ? p.onOpenMore((n.data as MoreNodeData).parent, (n.data as MoreNodeData).side) : p.onSelect(n.id))}
        onNodeDoubleClick={(_, n) => p.onOpen(n.id)}
        onPaneClick={p.onPane}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} position="bottom-left" aria-label="Zoom controls">
          <ControlButton
            onClick={() => p.onOverview(!p.overview)}
            aria-pressed={p.overview}
            aria-label={p.overview ? "Hide the overview map" : "Show the overview map"}
            title={p.overview ? "Hide the overview map" : "Show the overview map"}
          >
            <svg viewBox="0 0 16 16" aria-hidden fill="none" stroke="currentColor" strokeWidth="1.5">
              <rect x="1.5" y="2.5" width="13" height="11" rx="1" />
              <rect x="8" y="8" width="5" height="4" fill="currentColor" stroke="none" />
            </svg>
          </ControlButton>
        </Controls>
        {p.overview ? (
          <MiniMap
            pannable
            zoomable
            position="bottom-right"
            ariaLabel="Overview of the graph"
            nodeStrokeWidth={2}
            nodeColor={overviewColour}
            style={{
              width: OVERVIEW.width,
              height: OVERVIEW.height,
              margin: OVERVIEW.margin,
            }}
          />
        ) : null}
      </ReactFlow>
    </EdgePaletteContext.Provider>
  );
}

/** Over the graph of an asset without lineage (in the kinds shown, when `filtered`). */
export function NoLineageNote({ filtered }: { filtered: boolean }) {
  return (
    <div className="pointer-events-none absolute inset-x-0 top-4 mx-auto w-fit max-w-lg rounded-md border border-slate-200 bg-white/95 px-4 py-2 text-center text-sm text-slate-700 shadow-sm dark:border-slate-700 dark:bg-slate-900/95 dark:text-slate-300">
      No lineage is recorded for this asset
      {filtered ? " among the kinds shown" : ""}. Lineage comes from run inputs and outputs, training jobs, model groups, feature sources and dataset upstreams.
    </div>
  );
}
