/**
 * The lineage explorer: one `lineageGraph` request per view (focus, hops, kinds, expansions), the
 * visible graph computed from it and the URL (model.ts), laid out left to right (layout.ts, in a
 * worker for large graphs) and drawn with React Flow. Everything a person changes lives in the URL
 * (see LineageSearch in lib/urls.ts), so any view can be shared.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useNavigate } from "@tanstack/react-router";
import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, getViewportForBounds, useReactFlow, type Edge, type Node, type Viewport } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import "./lineage.css";
import { getFragmentData } from "../gql";
import type { EntityListItemFragment } from "../gql/graphql";
import { EntityListItem, itemDescription, itemDetail, itemName, itemPlatform } from "../entities/shared/list-item";
import { KINDS, kindOfEntityType, type Kind } from "../lib/kinds";
import { urls, type LineageSearch } from "../lib/urls";
import { ErrorMessage, Skeleton } from "../components/states";
import type { LineageGraphState } from "./use-lineage-graph";
import {
  findInGraph,
  layoutInput,
  moreKey,
  moveSelection,
  pathHighlight,
  selectionHighlight,
  truncationNote,
  visibleGraph,
  type Control,
  type Graph,
  type Highlight,
  type Move,
  type Side,
  type ViewState,
} from "./model";
import { useLayout, warmUpWorker } from "./use-layout";
import { KIND_COLOUR, NODE_TYPES, NodeActionsContext, type EntityNodeData, type Look, type MoreNodeData, type NodeActions } from "./nodes";
import { downloadJson, download, exportName, graphImage } from "./export";
import { useDocumentTheme } from "./theme";
import { LineageToolbar } from "./toolbar";
import { SidePanel, type NodeInfo } from "./side-panel";

const NODE_W = 240;
const NODE_H = 64;
/** Above this many nodes React Flow draws only what is inside the viewport. */
const VIRTUALISE_ABOVE = 300;

export interface ExplorerProps {
  urn: string;
  /** the view's graph, fetched outside this (lazily loaded) component: see use-lineage-graph.ts */
  state: LineageGraphState;
  search: LineageSearch;
  /** merge a patch into the URL's lineage state */
  update: (patch: Partial<LineageSearch>, replace?: boolean) => void;
  variant: "tab" | "fullscreen";
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

const list = (v: string[] | undefined) => v ?? [];
const toggle = (v: string[] | undefined, x: string, on: boolean) => {
  const s = new Set(list(v));
  if (on) s.add(x);
  else s.delete(x);
  return s.size ? [...s] : undefined;
};

function info(urn: string, e: EntityListItemFragment | null): NodeInfo {
  if (!e) return { urn, kind: null, name: urn, subtitle: "", description: null, result: null, aliases: [], type: "UNKNOWN" };
  const kind = kindOfEntityType(e.type);
  const result = e.__typename === "DataProcessInstance" ? (e.runState?.[0]?.result?.resultType ?? (e.runState?.[0]?.status === "STARTED" ? "RUNNING" : null)) : null;
  const aliases = e.__typename === "MLModel" ? (e.versionProperties?.aliases ?? []).map((a) => a.versionTag).filter((a): a is string => !!a && a !== "latest") : [];
  const platform = itemPlatform(e);
  const detail = e.__typename === "DataProcessInstance" ? null : itemDetail(e);
  return {
    urn,
    kind,
    type: e.type,
    name: itemName(e),
    subtitle: [kind ? KINDS[kind].label : e.type, platform, detail].filter(Boolean).join(" · "),
    description: itemDescription(e),
    result,
    aliases,
  };
}

function Explorer({ urn, state, search, update, variant }: ExplorerProps) {
  const up = search.up ?? 1;
  const down = search.down ?? 1;
  const { loading, error } = state;
  const server = state.graph;

  // What a node shows, worked out once per node object (an expansion keeps the others' objects).
  const infoCache = useRef(new WeakMap<object, NodeInfo>());
  const { graph, infos, kinds } = useMemo(() => {
    if (!server) return { graph: null, infos: new Map<string, NodeInfo>(), kinds: [] as Kind[] };
    const infos = new Map<string, NodeInfo>();
    for (const n of server.nodes) {
      let i = infoCache.current.get(n);
      if (!i) infoCache.current.set(n, (i = info(n.urn, n.entity ? getFragmentData(EntityListItem, n.entity) : null)));
      infos.set(n.urn, i);
    }
    const graph: Graph = { focus: server.focus, nodes: server.nodes, edges: server.edges };
    return { graph, infos, kinds: kindsIn(graph, infos) };
  }, [server]);
  const label = useCallback((u: string) => infos.get(u)?.name ?? u, [infos]);

  const view: ViewState = useMemo(() => {
    const more = new Map<string, number>();
    for (const k of list(search.more)) more.set(k, (more.get(k) ?? 0) + 1);
    return { collapsedUp: new Set(list(search.cu)), collapsedDown: new Set(list(search.cd)), more, pinned: new Set(list(search.pin)) };
  }, [search.cu, search.cd, search.more, search.pin]);

  const visible = useMemo(() => (graph ? visibleGraph(graph, view, label) : null), [graph, view, label]);
  const graphId = useGraphId(server);
  const layoutKey = `${graphId}|${list(search.cu).join(",")}|${list(search.cd).join(",")}|${list(search.more).join(",")}|${list(search.pin).join(",")}`;
  const layoutIn = useMemo(() => (visible ? layoutInput(visible) : { nodes: [], edges: [] }), [visible]);
  // Nodes keep their places while the view (focus, hops, kinds) stays the same.
  const fitKey = `${urn}|${up}|${down}|${list(search.types).join()}`;
  const laid = useLayout(layoutKey, layoutIn, fitKey);
  // While a new layout computes, the latest one stays on screen (nodes it has no place for yet wait):
  // handing React Flow no nodes in between would unmount and remount the whole graph.
  const current = laid;
  const fresh = !!laid && laid.key === layoutKey;
  // Stages of opening a view, for the lineage benchmark and the browser's performance panel.
  useEffect(() => {
    if (server) performance.mark("lineage:data");
  }, [server]);
  useEffect(() => {
    if (fresh) performance.mark("lineage:laid-out");
  }, [fresh, current]);

  // Selection, path mode, search-in-graph.
  const [picking, setPicking] = useState(false);
  const path = list(search.path);
  const sel = search.sel && visible?.nodes.some((n) => n.urn === search.sel) ? search.sel : undefined;
  const pathLit = useMemo(() => (visible && path.length === 2 ? pathHighlight(visible.edges, path[0]!, path[1]!) : null), [visible, path[0], path[1]]);
  const lit: Highlight | null = useMemo(() => {
    if (!visible) return null;
    if (path.length === 2) return pathLit ?? { nodes: new Set(path), edges: new Set() };
    if (sel) return selectionHighlight(visible.edges, sel);
    return null;
  }, [visible, pathLit, sel, path.length]);
  const matches = useMemo(() => (visible && search.find ? findInGraph(search.find, visible.nodes.map((n) => n.urn), label) : []), [visible, search.find, label]);
  const [matchIndex, setMatchIndex] = useState(0);
  const [openMore, setOpenMore] = useState<{ parent: string; side: Side } | null>(null);

  const rf = useReactFlow();
  const rootRef = useRef<HTMLDivElement>(null);
  /** after an expansion, bring its new children into view */
  const centerAfter = useRef<{ urn: string; side: Side } | null>(null);
  /** URL changes of expansions made but not yet written */
  const pending = useRef<Partial<LineageSearch>>({});
  const navigate = useNavigate();

  const actions: NodeActions = useMemo(
    () => ({
      control(node: string, side: Side, control: Control) {
        const collapsedKey = side === "up" ? "cu" : "cd";
        if (control === "collapse") update({ [collapsedKey]: toggle(search[collapsedKey], node, true) });
        else if (control === "uncollapse") update({ [collapsedKey]: toggle(search[collapsedKey], node, false) });
        else if (control === "expand") {
          // Expansions whose URL change is still to come count: quick successive ones all land.
          const base: LineageSearch = { ...search, ...pending.current };
          const key = side === "up" ? "xu" : "xd";
          const patch = { [key]: toggle(base[key], node, true), [collapsedKey]: toggle(base[collapsedKey], node, false) };
          pending.current = { ...pending.current, ...patch };
          centerAfter.current = { urn: node, side };
          // Show the neighbourhood at once; the URL changes after the new nodes are painted, so the
          // navigation does not delay them.
          void state
            .expandNow(node, side === "up" ? "UPSTREAM" : "DOWNSTREAM", { ...base, ...patch })
            .finally(() =>
              requestAnimationFrame(() =>
                setTimeout(() => {
                  const all = pending.current;
                  pending.current = {};
                  if (Object.keys(all).length) update(all);
                }, 0),
              ),
            );
        }
      },
      openMore(parent: string, side: Side) {
        setOpenMore({ parent, side });
        update({ sel: undefined }, true);
      },
    }),
    [search, update, state],
  );

  // React Flow nodes and edges; an object is reused while its look is unchanged, so memoized nodes skip rendering.
  const nodeCache = useRef(new Map<string, { sig: string; node: Node }>());
  // The arrays handed to React Flow stay the same while their items do: every new array makes it
  // re-process every node and edge.
  const lastNodes = useRef<Node[]>([]);
  const lastEdges = useRef<Edge[]>([]);
  const edgeCache = useRef(new Map<string, { sig: string; edge: Edge }>());
  const flowNodes: Node[] = useMemo(() => {
    if (!visible || !current) return [];
    const out: Node[] = [];
    const next = new Map<string, { sig: string; node: Node }>();
    const lookOf = (id: string): Look => {
      if (path.includes(id)) return "end";
      if (id === sel) return "selected";
      if (!lit) return "plain";
      return lit.nodes.has(id) ? "lit" : "dim";
    };
    const matchSet = new Set(matches);
    for (const n of visible.nodes) {
      const p = current.result.positions[n.urn];
      if (!p) continue;
      const i = infos.get(n.urn)!;
      const c = visible.controls.get(n.urn) ?? { up: null, down: null };
      const data: EntityNodeData = { urn: n.urn, kind: i.kind, name: i.name, subtitle: i.subtitle, result: i.result, aliases: i.aliases, up: c.up, down: c.down, look: lookOf(n.urn), match: matchSet.has(n.urn), focus: n.urn === urn };
      const sig = `${p.x},${p.y}|${data.look}|${data.match}|${c.up}|${c.down}|${i.name}|${i.subtitle}|${i.result}|${i.aliases.join()}`;
      const old = nodeCache.current.get(n.urn);
      const node = old && old.sig === sig ? old.node : { id: n.urn, type: "entity", position: p, data, width: NODE_W, height: NODE_H, draggable: false, selectable: false };
      next.set(n.urn, { sig, node });
      out.push(node);
    }
    for (const m of visible.more) {
      const p = current.result.positions[m.id];
      if (!p) continue;
      const data: MoreNodeData = { parent: m.parent, side: m.side, count: m.hidden.length, look: lit ? "dim" : "plain" };
      const sig = `${p.x},${p.y}|${data.count}|${data.look}`;
      const old = nodeCache.current.get(m.id);
      const node = old && old.sig === sig ? old.node : { id: m.id, type: "more", position: p, data, width: NODE_W, height: NODE_H, draggable: false, selectable: false };
      next.set(m.id, { sig, node });
      out.push(node);
    }
    nodeCache.current = next;
    out.sort(byId);
    return sameItems(out, lastNodes.current) ? lastNodes.current : (lastNodes.current = out);
  }, [visible, current, infos, lit, sel, path.join("\n"), matches, urn]);

  const flowEdges: Edge[] = useMemo(() => {
    if (!visible || !current) return [];
    const next = new Map<string, { sig: string; edge: Edge }>();
    const placed = current.result.positions;
    const out = visible.edges.filter((e) => placed[e.source] && placed[e.target]).map((e) => {
      const on = lit ? lit.edges.has(e.id) : false;
      const cls = [lit ? (on ? "lineage-edge-lit" : "lineage-edge-dim") : "", e.type === "Indirect" ? "lineage-edge-indirect" : "", e.type === "More" ? "lineage-edge-more" : ""].filter(Boolean).join(" ");
      const sig = `${cls}|${e.type}`;
      const old = edgeCache.current.get(e.id);
      const edge = old && old.sig === sig ? old.edge : { id: e.id, source: e.source, target: e.target, className: cls || undefined, focusable: false, selectable: false, data: { type: e.type } };
      next.set(e.id, { sig, edge });
      return edge;
    });
    edgeCache.current = next;
    out.sort(byId);
    return sameItems(out, lastEdges.current) ? lastEdges.current : (lastEdges.current = out);
  }, [visible, current, lit]);

  // Fit the whole graph when a new view arrives (focus, hops, kinds), not when a node is expanded or folded.
  const fitted = useRef<string | null>(null);
  /**
   * React Flow mounts once the first layout is there, already framed on the whole graph: mounting at
   * zoom 1 and then fitting would draw every card in full and then again zoomed out.
   */
  const [initialViewport, setInitialViewport] = useState<Viewport | null>(null);
  useEffect(() => {
    if (initialViewport || !current || !rootRef.current) return;
    const el = rootRef.current;
    const ps = Object.values(current.result.positions);
    if (ps.length === 0) return;
    const minX = Math.min(...ps.map((p) => p.x));
    const minY = Math.min(...ps.map((p) => p.y));
    const bounds = { x: minX, y: minY, width: Math.max(...ps.map((p) => p.x)) - minX + NODE_W, height: Math.max(...ps.map((p) => p.y)) - minY + NODE_H };
    fitted.current = fitKey;
    setInitialViewport(getViewportForBounds(bounds, el.clientWidth, el.clientHeight, 0.05, 1, 0.08));
  }, [current, initialViewport, fitKey]);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!current || !fresh || flowNodes.length === 0 || !initialViewport) {
      setReady(false);
      return;
    }
    let raf = 0;
    raf = requestAnimationFrame(() => {
      if (fitted.current !== fitKey) {
        fitted.current = fitKey;
        void rf.fitView({ padding: 0.08, maxZoom: 1, minZoom: 0.05 });
      } else if (centerAfter.current && visible) {
        const { urn: parent, side } = centerAfter.current;
        const kids = visible.edges.filter((e) => (side === "down" ? e.source === parent : e.target === parent)).map((e) => (side === "down" ? e.target : e.source));
        const pts = kids.map((k) => current.result.positions[k]).filter((p): p is { x: number; y: number } => !!p);
        if (pts.length > 0) {
          centerAfter.current = null;
          const vp = rf.getViewport();
          const el = rootRef.current;
          const w = (el?.clientWidth ?? 800) / vp.zoom;
          const h = (el?.clientHeight ?? 600) / vp.zoom;
          const left = -vp.x / vp.zoom;
          const top = -vp.y / vp.zoom;
          const outside = pts.some((p) => p.x < left || p.y < top || p.x + NODE_W > left + w || p.y + NODE_H > top + h);
          if (outside) {
            const cx = pts.reduce((a, p) => a + p.x, 0) / pts.length + NODE_W / 2;
            const cy = pts.reduce((a, p) => a + p.y, 0) / pts.length + NODE_H / 2;
            void rf.setCenter(cx, cy, { zoom: vp.zoom, duration: 0 });
          }
        }
      }
      raf = requestAnimationFrame(() => {
        performance.mark("lineage:ready");
        setReady(true);
      });
    });
    return () => cancelAnimationFrame(raf);
  }, [current, fresh, flowNodes, fitKey, rf, visible, initialViewport]);

  const centerOn = useCallback(
    (id: string, zoom?: number) => {
      const p = current?.result.positions[id];
      if (!p) return;
      void rf.setCenter(p.x + NODE_W / 2, p.y + NODE_H / 2, { zoom: zoom ?? Math.max(rf.getZoom(), 0.9), duration: 250 });
    },
    [current, rf],
  );

  // Search-in-graph: each new query jumps to its first match; Enter / the arrows step through them.
  useEffect(() => setMatchIndex(0), [search.find]);
  // (also once the graph is on screen, for a view opened from a URL with `find`)
  useEffect(() => {
    if (ready && matches.length) centerOn(matches[Math.min(matchIndex, matches.length - 1)]!, 1);
  }, [matches, matchIndex, ready]);

  const select = (id: string | undefined) => {
    setOpenMore(null);
    if (picking && id) {
      const next = path.length >= 2 || path.includes(id) ? [id] : [...path, id];
      update({ path: next, sel: undefined }, true);
      if (next.length === 2) setPicking(false);
      return;
    }
    update({ sel: id }, true);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).closest("input, button, a, select, textarea")) return;
    const moves: Record<string, Move> = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down" };
    if (moves[e.key] && current && visible) {
      e.preventDefault();
      const from = sel ?? urn;
      const to = sel ? moveSelection(from, moves[e.key]!, current.result.positions, visible.edges) : urn;
      if (to && !to.startsWith("more:")) {
        update({ sel: to }, true);
        centerOn(to);
      }
    } else if (e.key === "Enter" && sel) {
      e.preventDefault();
      const k = infos.get(sel)?.kind;
      if (k) void navigate(urls.entity(k, sel));
    } else if (e.key === "Escape") {
      e.preventDefault();
      setPicking(false);
      setOpenMore(null);
      update({ sel: undefined, path: undefined }, true);
    }
  };

  const theme = useDocumentTheme();
  const [exporting, setExporting] = useState<string | null>(null);
  const focusName = infos.get(urn)?.name ?? urn;
  const doExport = async (format: "png" | "svg" | "json") => {
    if (!visible || !current || !graph) return;
    if (format === "json") {
      downloadJson(exportName(focusName, "json"), {
        focus: urn,
        exportedAt: new Date().toISOString(),
        nodes: visible.nodes.map((n) => {
          const i = infos.get(n.urn)!;
          const g = graph.nodes.find((x) => x.urn === n.urn)!;
          return { urn: n.urn, name: i.name, type: i.type, kind: i.kind, platform: i.subtitle.split(" · ")[1] ?? null, degree: g.degree, direction: g.direction, position: current.result.positions[n.urn] ?? null };
        }),
        edges: visible.edges.filter((e) => e.type !== "More").map((e) => ({ source: e.source, target: e.target, type: e.type })),
      });
      return;
    }
    setExporting(format);
    try {
      // Draw every node (not only those in the viewport) before taking the picture.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const img = await graphImage(format, rootRef.current!, flowNodes, theme === "dark" ? "#020617" : "#ffffff");
      download(exportName(focusName, format), img.dataUrl);
    } finally {
      setExporting(null);
    }
  };

  const height = variant === "fullscreen" ? "h-[calc(100vh-10.5rem)] min-h-96" : "h-[640px]";
  if (error && !server) return <ErrorMessage error={error} what="The lineage graph" />;
  if (!server && loading) return <Skeleton lines={8} label="Loading the lineage graph" />;
  if (!server || !graph || !visible) return <ErrorMessage error={new Error("No asset with this URN.")} what="The lineage graph" />;

  const alone = visible.nodes.length === 1 && visible.more.length === 0;
  const selInfo = sel ? infos.get(sel) : undefined;
  const selNode = sel ? graph.nodes.find((n) => n.urn === sel) : undefined;
  const more = openMore ? visible.more.find((m) => m.parent === openMore.parent && m.side === openMore.side) : undefined;

  return (
    <NodeActionsContext.Provider value={actions}>
      <div className="space-y-2">
        {variant === "fullscreen" ? (
          <h1 className="truncate text-lg font-semibold text-slate-900 dark:text-white" title={focusName}>
            Lineage of {focusName}
          </h1>
        ) : null}
        <LineageToolbar
          search={search}
          update={update}
          kindsPresent={kinds}
          matches={matches.length}
          matchIndex={matchIndex}
          onMatchStep={(d) => setMatchIndex((i) => (matches.length ? (i + d + matches.length) % matches.length : 0))}
          picking={picking}
          onPick={() => {
            setPicking((p) => !p);
            if (!picking) update({ path: sel ? [sel] : undefined, sel: undefined }, true);
          }}
          pathState={path.length === 2 ? (pathLit ? `${pathLit.nodes.size} nodes on the paths` : "No path between these two") : picking ? (path.length === 1 ? "Pick the second node" : "Pick the first node") : null}
          onExport={doExport}
          exporting={exporting}
          fullScreenHref={variant === "tab" ? urls.lineage(urn, search) : null}
          backTo={variant === "fullscreen" ? { urn, name: focusName, kind: infos.get(urn)?.kind ?? null } : null}
        />
        {server.truncated ? (
          <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            {truncationNote(server)}
          </p>
        ) : null}
        <ErrorMessage error={error} what="The latest change to the graph" />
        <div className={`flex gap-3 ${height}`}>
          <div
            ref={rootRef}
            data-testid="lineage-graph"
            data-ready={ready && !loading ? "true" : "false"}
            data-nodes={visible.nodes.length}
            data-layout={current ? `${current.full ?? current.where}:${current.ms.toFixed(1)}` : undefined}
            tabIndex={0}
            role="application"
            aria-roledescription="lineage graph"
            aria-label={`Lineage graph of ${focusName}: ${visible.nodes.length} assets. Arrow keys move the selection, Enter opens it, Escape clears it.`}
            onKeyDown={onKeyDown}
            className={`relative min-w-0 flex-1 overflow-hidden rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-slate-800 dark:bg-slate-950 ${picking ? "cursor-crosshair" : ""}`}
          >
            {initialViewport ? (
            <ReactFlow
              defaultViewport={initialViewport}
              nodes={flowNodes}
              edges={flowEdges}
              nodeTypes={NODE_TYPES}
              colorMode={theme}
              minZoom={0.05}
              maxZoom={2}
              nodesDraggable={false}
              nodesConnectable={false}
              nodesFocusable={false}
              edgesFocusable={false}
              elementsSelectable={false}
              onlyRenderVisibleElements={!exporting && flowNodes.length > VIRTUALISE_ABOVE}
              onNodeClick={(_, n) => (n.type === "more" ? actions.openMore((n.data as MoreNodeData).parent, (n.data as MoreNodeData).side) : select(n.id))}
              onNodeDoubleClick={(_, n) => {
                const k = infos.get(n.id)?.kind;
                if (k) void navigate(urls.entity(k, n.id));
              }}
              onPaneClick={() => {
                if (!picking) select(undefined);
              }}
              proOptions={{ hideAttribution: true }}
            >
              <Background gap={24} size={1} />
              <Controls showInteractive={false} position="bottom-left" aria-label="Zoom controls" />
              <MiniMap pannable zoomable position="bottom-right" ariaLabel="Overview of the graph" nodeStrokeWidth={2} nodeColor={(n) => {
                  if (n.type === "more") return "#94a3b8";
                  const d = n.data as EntityNodeData;
                  return d.look === "dim" ? "#cbd5e1" : d.kind ? KIND_COLOUR[d.kind].hex : "#64748b";
                }} />
            </ReactFlow>
            ) : null}
            {alone ? (
              <div className="pointer-events-none absolute inset-x-0 top-4 mx-auto w-fit max-w-lg rounded-md border border-slate-200 bg-white/95 px-4 py-2 text-center text-sm text-slate-700 shadow-sm dark:border-slate-700 dark:bg-slate-900/95 dark:text-slate-300">
                No lineage is recorded for this asset{search.types?.length ? " among the kinds shown" : ""}. Lineage comes from run inputs and outputs, training jobs, model groups, feature sources and dataset upstreams.
              </div>
            ) : null}
          </div>
          <SidePanel
            className="w-80 shrink-0"
            selected={selInfo && selNode ? { info: selInfo, node: selNode } : null}
            more={more ? { parent: infos.get(more.parent)?.name ?? more.parent, side: more.side, hidden: more.hidden.map((u) => infos.get(u)!) } : null}
            focus={urn}
            onPin={(u) => update({ pin: toggle(search.pin, u, true), sel: u })}
            onMore={() => more && update({ more: [...list(search.more), moreKey(more.side, more.parent)] })}
            onPathFrom={(u) => {
              setPicking(true);
              update({ path: [u], sel: undefined }, true);
            }}
            onClose={() => {
              setOpenMore(null);
              update({ sel: undefined }, true);
            }}
            kinds={kinds}
            stats={{ nodes: visible.nodes.length, edges: visible.edges.filter((e) => e.type !== "More").length, hidden: visible.more.reduce((a, m) => a + m.hidden.length, 0) }}
          />
        </div>
      </div>
    </NodeActionsContext.Provider>
  );
}

/** Kinds that occur in the graph (for the kind filter), always including those already filtered on. */
function kindsIn(graph: Graph, infos: Map<string, NodeInfo>): Kind[] {
  const ks = new Set<Kind>();
  for (const n of graph.nodes) {
    const k = infos.get(n.urn)?.kind;
    if (k) ks.add(k);
  }
  return [...ks];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A number that changes whenever a new graph object arrives. */
function useGraphId(graph: unknown): number {
  const ids = useRef(new WeakMap<object, number>());
  const next = useRef(1);
  if (!graph || typeof graph !== "object") return 0;
  let id = ids.current.get(graph);
  if (!id) ids.current.set(graph, (id = next.current++));
  return id;
}

