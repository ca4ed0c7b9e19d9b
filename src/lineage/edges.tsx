/**
 * The graph's edge: the route worked out by routing.ts (around cards, never under one) and an
 * arrowhead drawn as a path of its own. Hovering it names the relationship in plain words next to
 * the pointer.
 *
 * Colours, widths, dashes and opacity are SVG attributes, not CSS: an image export (html-to-image)
 * copies an <svg> element's children as they are, without the page's style sheets, so anything
 * styled by a class would be lost from the picture (edges used to vanish from PNG and SVG exports).
 */
import { createContext, memo, useContext, useState } from "react";
import { EdgeLabelRenderer, useReactFlow, useStore, type Edge, type EdgeProps, type ReactFlowState } from "@xyflow/react";

/** An edge's colours in each scheme: plain, and lit by a selection or a path. */
export const EDGE_PALETTES = {
  light: { plain: "#64748b", lit: "#4f46e5" }, // slate-500, indigo-600
  dark: { plain: "#94a3b8", lit: "#a5b4fc" }, // slate-400, indigo-300
} as const;
export type EdgePalette = (typeof EDGE_PALETTES)[keyof typeof EDGE_PALETTES];
export const EdgePaletteContext = createContext<EdgePalette>(EDGE_PALETTES.light);

export type EdgeLook = "plain" | "lit" | "dim";

export interface LineageEdgeData extends Record<string, unknown> {
  look: EdgeLook;
  /** dashed: joined through hidden kinds, or the link to a "+N more" */
  dash: "indirect" | "more" | null;
  /** DataHub's relationship names (or "Indirect", "More") */
  types: string[];
  /** the route's line and arrowhead (SVG path data) */
  d: string;
  arrowD: string;
  /** what the edge says, in plain words: "Simple Training Run produced Iris Model Output Data"; null for a "+N more" link */
  sentence: string | null;
  /** the phrase alone: "produced" */
  phrase: string | null;
}

export type LineageFlowEdge = Edge<LineageEdgeData, "lineage">;

export const LineageEdge = memo(function LineageEdge({ id, data }: EdgeProps<LineageFlowEdge>) {
  const rf = useReactFlow();
  const palette = useContext(EdgePaletteContext);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  if (!data) return null;
  const track = (e: React.MouseEvent) => setAt(rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  const colour = data.look === "lit" ? palette.lit : palette.plain;
  return (
    <>
      <g opacity={data.look === "dim" ? 0.15 : 1} data-edge={id}>
        <path
          className="react-flow__edge-path lineage-edge-line"
          d={data.d}
          fill="none"
          stroke={colour}
          strokeWidth={data.look === "lit" ? 2.5 : 1.5}
          strokeDasharray={data.dash === "indirect" ? "6 4" : data.dash === "more" ? "2 4" : undefined}
        />
        <path className="lineage-edge-arrow" d={data.arrowD} fill={colour} stroke="none" />
      </g>
      {data.sentence ? (
        <path
          className="lineage-edge-hit"
          d={data.d}
          fill="none"
          strokeOpacity={0}
          strokeWidth={14}
          onMouseEnter={track}
          onMouseMove={track}
          onMouseLeave={() => setAt(null)}
        />
      ) : null}
      {at && data.sentence ? <EdgeTooltip id={id} at={at} phrase={data.phrase} sentence={data.sentence} /> : null}
    </>
  );
});

const zoomOf = (s: ReactFlowState) => s.transform[2];

/** The relationship next to the pointer, at the same size whatever the zoom (only a hovered edge follows the zoom). */
function EdgeTooltip({ id, at, phrase, sentence }: { id: string; at: { x: number; y: number }; phrase: string | null; sentence: string }) {
  const zoom = useStore(zoomOf);
  return (
    <EdgeLabelRenderer>
      <div
        role="tooltip"
        data-edge-label={id}
        className="pointer-events-none absolute top-0 left-0 z-10 w-max max-w-72 origin-top-left rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800 shadow-md dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        style={{ transform: `translate(${at.x}px, ${at.y}px) scale(${1 / zoom}) translate(-50%, calc(-100% - 12px))` }}
      >
        <span className="font-semibold">{phrase}</span>
        <span className="block text-slate-600 dark:text-slate-400">{sentence}</span>
      </div>
    </EdgeLabelRenderer>
  );
}

export const EDGE_TYPES = { lineage: LineageEdge };
