/**
 * What an export holds: the JSON of the visible nodes (with positions) and edges, and for PNG and SVG
 * the frame around the bounds of all nodes (not just what the viewport shows), scaled down when a
 * side would pass what browsers can rasterise. export.ts draws and downloads them.
 */
import type { NodeInfo } from "./graph-model";
import type { Graph, VisibleGraph } from "./model";
import type { Positions } from "./flow-elements";

export type ExportFormat = "png" | "svg" | "json";

export interface GraphJson {
  focus: string;
  exportedAt: string;
  nodes: Array<{
    urn: string;
    name: string;
    type: string;
    kind: string | null;
    platform: string | null;
    degree: number;
    direction: string | null;
    position: { x: number; y: number } | null;
  }>;
  edges: Array<{ source: string; target: string; type: string }>;
}

/** The visible graph as JSON: every visible asset with its place, and the lineage edges among them ("+N more" links left out). */
export function graphJson(a: {
  focus: string;
  exportedAt: string;
  graph: Graph;
  visible: VisibleGraph;
  infos: ReadonlyMap<string, NodeInfo>;
  positions: Positions;
}): GraphJson {
  const byUrn = new Map(a.graph.nodes.map((n) => [n.urn, n]));
  return {
    focus: a.focus,
    exportedAt: a.exportedAt,
    nodes: a.visible.nodes.map((n) => {
      const i = a.infos.get(n.urn)!;
      const g = byUrn.get(n.urn)!;
      return {
        urn: n.urn,
        name: i.name,
        type: i.type,
        kind: i.kind,
        platform: i.subtitle.split(" · ")[1] ?? null,
        degree: g.degree,
        direction: g.direction,
        position: a.positions[n.urn] ?? null,
      };
    }),
    edges: a.visible.edges.filter((e) => e.type !== "More").map((e) => ({ source: e.source, target: e.target, type: e.type })),
  };
}

/** padding around the nodes in an image, in graph pixels */
export const IMAGE_PAD = 40;
/** the longest side browsers reliably rasterise */
export const MAX_SIDE = 16_000;

/** An image's size and the transform that puts the nodes' bounds inside it, padded. */
export function imageFrame(bounds: { x: number; y: number; width: number; height: number }): {
  width: number;
  height: number;
  scale: number;
  transform: string;
} {
  const scale = Math.min(1, MAX_SIDE / (bounds.width + 2 * IMAGE_PAD), MAX_SIDE / (bounds.height + 2 * IMAGE_PAD));
  return {
    width: Math.ceil((bounds.width + 2 * IMAGE_PAD) * scale),
    height: Math.ceil((bounds.height + 2 * IMAGE_PAD) * scale),
    scale,
    transform: `translate(${(IMAGE_PAD - bounds.x) * scale}px, ${(IMAGE_PAD - bounds.y) * scale}px) scale(${scale})`,
  };
}

/** The expand/collapse buttons are controls, not part of the picture. */
export function isNodeControl(dataset: { expand?: string; collapse?: string }): boolean {
  return !!(dataset.expand || dataset.collapse);
}

/** An image's background: the graph's own, in the page's colour scheme. */
export function imageBackground(theme: "light" | "dark"): string {
  return theme === "dark" ? "#020617" : "#ffffff";
}

/** A file name from the focus's name: letters, digits, dots, dashes and underscores. */
export function exportName(name: string, format: ExportFormat): string {
  const base =
    name
      .replace(/[^\w.-]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 80) || "lineage";
  return `${base}-lineage.${format}`;
}
