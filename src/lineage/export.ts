/**
 * Export the whole graph — every visible node, not just what the viewport shows — as PNG, SVG or
 * JSON. Images follow React Flow's documented recipe: render the viewport element with html-to-image
 * at a transform that frames the bounds of all nodes. Very large graphs are scaled down so that the
 * image stays within what browsers can rasterise (16,000 px a side).
 */
import { toPng, toSvg } from "html-to-image";
import { getNodesBounds, type Node } from "@xyflow/react";

const PAD = 40;
const MAX_SIDE = 16_000;

export interface ImageExport {
  dataUrl: string;
  width: number;
  height: number;
}

export async function graphImage(format: "png" | "svg", root: HTMLElement, nodes: Node[], background: string): Promise<ImageExport> {
  const viewport = root.querySelector<HTMLElement>(".react-flow__viewport");
  if (!viewport) throw new Error("The graph is not on the page yet.");
  const b = getNodesBounds(nodes);
  const scale = Math.min(1, MAX_SIDE / (b.width + 2 * PAD), MAX_SIDE / (b.height + 2 * PAD));
  const width = Math.ceil((b.width + 2 * PAD) * scale);
  const height = Math.ceil((b.height + 2 * PAD) * scale);
  const options = {
    backgroundColor: background,
    width,
    height,
    pixelRatio: 1,
    skipFonts: true,
    // The expand/collapse buttons are controls, not part of the picture.
    filter: (el: Node | HTMLElement | unknown) => !(el instanceof HTMLElement && (el.dataset.expand || el.dataset.collapse)),
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${(PAD - b.x) * scale}px, ${(PAD - b.y) * scale}px) scale(${scale})`,
    },
  };
  const dataUrl = format === "png" ? await toPng(viewport, options as never) : await toSvg(viewport, options as never);
  return { dataUrl, width, height };
}

export interface GraphJson {
  focus: string;
  exportedAt: string;
  nodes: Array<{ urn: string; name: string; type: string; kind: string | null; platform: string | null; degree: number; direction: string | null; position: { x: number; y: number } | null }>;
  edges: Array<{ source: string; target: string; type: string }>;
}

export function download(filename: string, href: string) {
  const a = document.createElement("a");
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function downloadJson(filename: string, value: GraphJson) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: "application/json" }));
  download(filename, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the focus's name: letters, digits, dots, dashes and underscores. */
export function exportName(name: string, ext: string): string {
  const base = name.replace(/[^\w.-]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 80) || "lineage";
  return `${base}-lineage.${ext}`;
}
