/**
 * Export the whole graph — every visible node, not just what the viewport shows — as PNG, SVG or
 * JSON. Images follow React Flow's documented recipe: render the viewport element with html-to-image
 * at a transform that frames the bounds of all nodes (export-content.ts says which frame).
 */
import { toPng, toSvg } from "html-to-image";
import { getNodesBounds, type Node } from "@xyflow/react";
import { imageFrame, isNodeControl, type GraphJson } from "./export-content";

export interface ImageExport {
  dataUrl: string;
  width: number;
  height: number;
}

export async function graphImage(format: "png" | "svg", root: HTMLElement, nodes: Node[], background: string): Promise<ImageExport> {
  const viewport = root.querySelector<HTMLElement>(".react-flow__viewport");
  if (!viewport) throw new Error("The graph is not on the page yet.");
  const { width, height, transform } = imageFrame(getNodesBounds(nodes));
  const options = {
    backgroundColor: background,
    width,
    height,
    pixelRatio: 1,
    skipFonts: true,
    filter: (el: Node | HTMLElement | unknown) => !(el instanceof HTMLElement && isNodeControl(el.dataset)),
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform,
    },
  };
  const dataUrl = format === "png" ? await toPng(viewport, options as never) : await toSvg(viewport, options as never);
  return { dataUrl, width, height };
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
