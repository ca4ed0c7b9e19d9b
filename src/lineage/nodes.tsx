/**
 * The graph's custom nodes: one entity card per asset (icon, name, kind, platform, run result, alias
 * badges, expand/collapse at either side) and the "+N more" placeholder. Both are memoized and get
 * only primitive data, so panning and zooming never re-render them and an update re-renders only
 * the nodes whose look changed (see flow-elements.ts).
 */
import { createContext, memo, useContext } from "react";
import { Handle, Position, useStore, type Node, type NodeProps, type ReactFlowState } from "@xyflow/react";
import { KindIcon } from "../components/icons";
import { AliasBadge, RunResult } from "../components/badges";
import type { Kind } from "../lib/kinds";
import type { Control, Side } from "./model";

export type Look = "plain" | "dim" | "lit" | "selected" | "end";

export interface EntityNodeData extends Record<string, unknown> {
  urn: string;
  kind: Kind | null;
  name: string;
  subtitle: string;
  result: string | null;
  aliases: string[];
  up: Control;
  down: Control;
  look: Look;
  match: boolean;
  focus: boolean;
}

export interface MoreNodeData extends Record<string, unknown> {
  parent: string;
  side: Side;
  count: number;
  look: Look;
}

export type EntityFlowNode = Node<EntityNodeData, "entity">;
export type MoreFlowNode = Node<MoreNodeData, "more">;

/** What a node's buttons do; given once through context so node data stays primitive. */
export interface NodeActions {
  control(urn: string, side: Side, control: Control): void;
  openMore(parent: string, side: Side): void;
}
export const NodeActionsContext = createContext<NodeActions>({ control: () => {}, openMore: () => {} });

/**
 * The focus (the asset the graph is about): a tinted card with a thick indigo border and the word
 * "Focus" in its corner, so it stands out in any look, in both schemes and without colour.
 */
const FOCUS_CARD = "border-[3px] bg-indigo-100 !border-indigo-600 dark:bg-indigo-950 dark:!border-indigo-300";
const FOCUS_TAG =
  "absolute top-1 right-1.5 rounded bg-indigo-600 px-1 py-px text-[10px] leading-tight font-semibold tracking-wide text-white uppercase dark:bg-indigo-300 dark:text-indigo-950";

const LOOK: Record<Look, string> = {
  plain: "border-slate-300 dark:border-slate-600",
  lit: "border-indigo-400 dark:border-indigo-500",
  selected: "border-indigo-600 ring-2 ring-indigo-500 dark:border-indigo-300 dark:ring-indigo-400",
  end: "border-fuchsia-600 ring-2 ring-fuchsia-500 dark:border-fuchsia-300 dark:ring-fuchsia-400",
  dim: "border-slate-200 opacity-35 dark:border-slate-800",
};

const CONTROL_LABEL: Record<Exclude<Control, null>, (side: Side) => string> = {
  expand: (s) => `Expand ${s === "up" ? "upstream" : "downstream"}`,
  uncollapse: (s) => `Show ${s === "up" ? "upstream" : "downstream"}`,
  collapse: (s) => `Collapse ${s === "up" ? "upstream" : "downstream"}`,
};

function SideButton({ urn, name, side, control }: { urn: string; name: string; side: Side; control: Control }) {
  const actions = useContext(NodeActionsContext);
  if (!control) return null;
  const label = `${CONTROL_LABEL[control](side)} of ${name}`;
  return (
    <button
      type="button"
      data-expand={control === "collapse" ? undefined : side === "up" ? "upstream" : "downstream"}
      data-collapse={control === "collapse" ? (side === "up" ? "upstream" : "downstream") : undefined}
      aria-label={label}
      title={label}
      onClick={(e) => {
        e.stopPropagation();
        actions.control(urn, side, control);
      }}
      className={`nodrag nopan absolute top-1/2 z-10 flex h-5 w-5 -translate-y-1/2 items-center justify-center rounded-full border border-slate-400 bg-white text-xs leading-none font-bold text-slate-700 hover:border-indigo-500 hover:text-indigo-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-200 dark:hover:border-indigo-300 dark:hover:text-indigo-200 ${
        side === "up" ? "-left-2.5" : "-right-2.5"
      }`}
    >
      <span aria-hidden>{control === "collapse" ? "−" : "+"}</span>
    </button>
  );
}

const HANDLE = "!h-1 !w-1 !min-w-0 !border-0 !bg-transparent";

/**
 * Below this zoom a card's text is a few pixels high: the card is drawn as a block in its kind's
 * colour instead, which is far cheaper to paint (this is what keeps pan and zoom smooth at
 * thousands of nodes). Nodes re-render only when the zoom crosses the threshold.
 */
export const FAR_ZOOM = 0.45;
const isFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;

/** A colour per kind, for the far view, the minimap and the legend. */
export const KIND_COLOUR: Record<Kind, { block: string; hex: string }> = {
  dataset: { block: "bg-sky-200 border-sky-500 dark:bg-sky-900 dark:border-sky-400", hex: "#0ea5e9" },
  run: { block: "bg-amber-200 border-amber-500 dark:bg-amber-900 dark:border-amber-400", hex: "#f59e0b" },
  mlModel: { block: "bg-indigo-200 border-indigo-500 dark:bg-indigo-900 dark:border-indigo-400", hex: "#6366f1" },
  mlModelGroup: { block: "bg-violet-200 border-violet-500 dark:bg-violet-900 dark:border-violet-400", hex: "#8b5cf6" },
  feature: { block: "bg-emerald-200 border-emerald-500 dark:bg-emerald-900 dark:border-emerald-400", hex: "#10b981" },
  featureTable: { block: "bg-lime-200 border-lime-600 dark:bg-lime-900 dark:border-lime-400", hex: "#84cc16" },
  primaryKey: { block: "bg-rose-200 border-rose-500 dark:bg-rose-900 dark:border-rose-400", hex: "#f43f5e" },
  experiment: { block: "bg-slate-200 border-slate-500 dark:bg-slate-800 dark:border-slate-400", hex: "#64748b" },
  // Not lineage nodes (labels and people), listed so every kind has a colour.
  tag: { block: "bg-green-200 border-green-500 dark:bg-green-900 dark:border-green-400", hex: "#22c55e" },
  glossaryTerm: { block: "bg-cyan-200 border-cyan-500 dark:bg-cyan-900 dark:border-cyan-400", hex: "#06b6d4" },
  user: { block: "bg-blue-200 border-blue-500 dark:bg-blue-900 dark:border-blue-400", hex: "#3b82f6" },
  group: { block: "bg-pink-200 border-pink-500 dark:bg-pink-900 dark:border-pink-400", hex: "#ec4899" },
  domain: { block: "bg-yellow-200 border-yellow-500 dark:bg-yellow-900 dark:border-yellow-400", hex: "#eab308" },
  pipeline: { block: "bg-teal-200 border-teal-600 dark:bg-teal-900 dark:border-teal-400", hex: "#0d9488" },
  job: { block: "bg-fuchsia-200 border-fuchsia-600 dark:bg-fuchsia-900 dark:border-fuchsia-400", hex: "#c026d3" },
  deployment: { block: "bg-orange-200 border-orange-600 dark:bg-orange-900 dark:border-orange-400", hex: "#ea580c" },
  glossaryNode: { block: "bg-cyan-100 border-cyan-700 dark:bg-cyan-950 dark:border-cyan-500", hex: "#0e7490" },
};
const UNKNOWN_BLOCK = "bg-slate-200 border-slate-500 dark:bg-slate-800 dark:border-slate-400";

const FAR_LOOK: Record<Look, string> = {
  plain: "",
  lit: "",
  selected: "ring-8 ring-indigo-600 dark:ring-indigo-300",
  end: "ring-8 ring-fuchsia-600 dark:ring-fuchsia-300",
  dim: "opacity-25",
};

export const EntityNode = memo(function EntityNode({ data }: NodeProps<EntityFlowNode>) {
  const far = useStore(isFar);
  if (far)
    return (
      <div
        className={`relative h-16 w-60 rounded-lg ${data.focus ? "border-8 border-double border-indigo-700 dark:border-indigo-300" : "border-4"} ${data.kind ? KIND_COLOUR[data.kind].block : UNKNOWN_BLOCK} ${FAR_LOOK[data.look]} ${data.match ? "outline-8 outline-offset-4 outline-amber-500" : ""}`}
        title={data.name}
        data-look={data.look}
        data-match={data.match ? "true" : undefined}
        data-focus={data.focus ? "true" : undefined}
      >
        {data.focus ? (
          <span className="absolute inset-0 flex items-center justify-center text-2xl font-black tracking-widest text-indigo-950 uppercase dark:text-white">
            Focus
          </span>
        ) : null}
        <Handle type="target" position={Position.Left} isConnectable={false} className={HANDLE} />
        <SideButton urn={data.urn} name={data.name} side="up" control={data.up} />
        <SideButton urn={data.urn} name={data.name} side="down" control={data.down} />
        <Handle type="source" position={Position.Right} isConnectable={false} className={HANDLE} />
      </div>
    );
  return (
    <div
      className={`relative flex h-16 w-60 items-center gap-2 rounded-lg px-2.5 text-left shadow-sm transition-opacity ${data.focus ? FOCUS_CARD : "border bg-white dark:bg-slate-900"} ${LOOK[data.look]} ${
        data.match ? "outline-2 outline-offset-2 outline-amber-500" : ""
      }`}
      title={data.focus ? `${data.name} (the focus of this graph)` : data.name}
      data-look={data.look}
      data-match={data.match ? "true" : undefined}
      data-focus={data.focus ? "true" : undefined}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className={HANDLE} />
      {data.focus ? <span className={FOCUS_TAG}>Focus</span> : null}
      <KindIcon kind={data.kind} />
      <div className={`min-w-0 flex-1 ${data.focus ? "pr-10" : ""}`}>
        <div className="truncate text-sm font-medium text-slate-900 dark:text-slate-50">{data.name}</div>
        <div className="flex min-w-0 items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
          <span className="min-w-0 flex-1 truncate">{data.subtitle}</span>
          {data.result ? <RunResult result={data.result} /> : null}
          {data.aliases.slice(0, 2).map((a) => (
            <AliasBadge key={a} alias={a} />
          ))}
        </div>
      </div>
      <SideButton urn={data.urn} name={data.name} side="up" control={data.up} />
      <SideButton urn={data.urn} name={data.name} side="down" control={data.down} />
      <Handle type="source" position={Position.Right} isConnectable={false} className={HANDLE} />
    </div>
  );
});

export const MoreNode = memo(function MoreNode({ data }: NodeProps<MoreFlowNode>) {
  const actions = useContext(NodeActionsContext);
  return (
    <div className={`relative flex h-16 w-60 items-center ${data.look === "dim" ? "opacity-35" : ""}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} className={HANDLE} />
      <button
        type="button"
        onClick={(e) => {
          e.stopPropagation();
          actions.openMore(data.parent, data.side);
        }}
        className="nodrag nopan h-10 w-full rounded-lg border border-dashed border-slate-400 bg-slate-50 text-sm font-medium text-slate-700 hover:border-indigo-500 hover:text-indigo-800 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-200 dark:hover:border-indigo-300"
      >
        +{data.count} more {data.side === "up" ? "upstream" : "downstream"}
      </button>
      <Handle type="source" position={Position.Right} isConnectable={false} className={HANDLE} />
    </div>
  );
});

export const NODE_TYPES = { entity: EntityNode, more: MoreNode };
