/** The graph itself: React Flow with the explorer's nodes, zoom controls and an overview map; the note over an empty one. */
import { Background, Controls, MiniMap, ReactFlow, type Edge, type Node, type Viewport } from "@xyflow/react";
import { KIND_COLOUR, NODE_TYPES, type EntityNodeData, type MoreNodeData } from "./nodes";

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
  edges: Edge[];
  theme: "light" | "dark";
  /** an image is being drawn: every node must be in the DOM */
  exporting: boolean;
  onSelect: (urn: string | undefined) => void;
  onOpenMore: (parent: string, side: MoreNodeData["side"]) => void;
  onOpen: (urn: string) => void;
  /** a click on the background */
  onPane: () => void;
}) {
  return (
    <ReactFlow
      defaultViewport={p.initialViewport}
      nodes={p.nodes}
      edges={p.edges}
      nodeTypes={NODE_TYPES}
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
      <Controls showInteractive={false} position="bottom-left" aria-label="Zoom controls" />
      <MiniMap pannable zoomable position="bottom-right" ariaLabel="Overview of the graph" nodeStrokeWidth={2} nodeColor={overviewColour} />
    </ReactFlow>
  );
}

/** Over the graph of an asset without lineage (in the kinds shown, when `filtered`). */
export function NoLineageNote({ filtered }: { filtered: boolean }) {
  return (
    <div className="pointer-events-none absolute inset-x-0 top-4 mx-auto w-fit max-w-lg rounded-md border border-slate-200 bg-white/95 px-4 py-2 text-center text-sm text-slate-700 shadow-sm dark:border-slate-700 dark:bg-slate-900/95 dark:text-slate-300">
      No lineage is recorded for this asset{filtered ? " among the kinds shown" : ""}. Lineage comes from run inputs and outputs, training jobs, model groups, feature sources and dataset upstreams.
    </div>
  );
}
