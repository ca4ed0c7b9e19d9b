import type { KeyboardEvent } from "react";
import { useNavigate } from "@tanstack/react-router";
import { urls } from "../lib/urls";
import type { NodeInfo } from "./graph-model";
import type { VisibleGraph } from "./model";
import type { LaidOut } from "./use-layout";
import { keyCommand } from "./keyboard";

/** Opens an asset's page (when its kind has pages). */
export function useOpenAsset(infos: ReadonlyMap<string, NodeInfo>): (urn: string) => void {
  const navigate = useNavigate();
  return (urn: string) => {
    const k = infos.get(urn)?.kind;
    if (k) void navigate(urls.entity(k, urn));
  };
}

/** The graph's key handler (keyboard.ts says what each key does); keys typed into the graph's own controls are theirs. */
export function useGraphKeys(a: {
  selected: string | undefined;
  focus: string;
  laid: LaidOut | null;
  visible: VisibleGraph | null;
  /** select a node and bring it into view */
  select: (urn: string) => void;
  open: (urn: string) => void;
  clear: () => void;
}): (e: KeyboardEvent<HTMLElement>) => void {
  const { selected, focus, laid, visible, select, open, clear } = a;
  return (e) => {
    if ((e.target as HTMLElement).closest("input, button, a, select, textarea")) return;
    const command = keyCommand(e.key, { selected, focus, layout: laid && visible ? { positions: laid.result.positions, edges: visible.edges } : null });
    if (!command) return;
    e.preventDefault();
    if (command.type === "select") select(command.urn);
    else if (command.type === "open") open(command.urn);
    else if (command.type === "clear") clear();
  };
}
