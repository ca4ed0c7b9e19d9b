import { useState, type RefObject } from "react";
import type { Node } from "@xyflow/react";
import type { NodeInfo } from "./graph-model";
import type { Graph, VisibleGraph } from "./model";
import type { LaidOut } from "./use-layout";
import { download, downloadJson, graphImage } from "./export";
import { exportName, graphJson, imageBackground, type ExportFormat } from "./export-content";

/** Exporting the graph (export-content.ts says what each format holds); `exporting` names the image format being drawn. */
export function useExport(a: {
  focus: string;
  focusName: string;
  graph: Graph | null;
  visible: VisibleGraph | null;
  laid: LaidOut | null;
  infos: ReadonlyMap<string, NodeInfo>;
  flowNodes: Node[];
  theme: "light" | "dark";
  root: RefObject<HTMLElement | null>;
}) {
  const { focus, focusName, graph, visible, laid, infos, flowNodes, theme, root } = a;
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const doExport = async (format: ExportFormat) => {
    if (!visible || !laid || !graph) return;
    if (format === "json") {
      downloadJson(
        exportName(focusName, "json"),
        graphJson({ focus, exportedAt: new Date().toISOString(), graph, visible, infos, positions: laid.result.positions }),
      );
      return;
    }
    setExporting(format);
    try {
      // Draw every node (not only those in the viewport) before taking the picture.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const img = await graphImage(format, root.current!, flowNodes, imageBackground(theme));
      download(exportName(focusName, format), img.dataUrl);
    } finally {
      setExporting(null);
    }
  };
  return { exporting, doExport };
}
