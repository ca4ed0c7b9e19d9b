/**
 * The explorer's side panel: a preview of the selected node (with links to its page and to a graph
 * focused on it), the searchable list behind a "+N more" placeholder, or, with nothing selected, what
 * the graph holds and how to use it.
 */
import { useState } from "react";
import { Link } from "@tanstack/react-router";
import { KINDS, type Kind } from "../lib/kinds";
import { urls } from "../lib/urls";
import { KindIcon } from "../components/icons";
import { AliasBadge, RunResult } from "../components/badges";
import type { GraphNode, Side } from "./model";
import type { NodeInfo } from "./graph-model";
import type { NeighbourLink } from "./relations";
import { KIND_COLOUR } from "./nodes";

const LINK = "text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300";
const ACTION =
  "rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-100 dark:hover:bg-slate-800";

export function SidePanel(p: {
  className?: string;
  selected: { info: NodeInfo; node: GraphNode; links: { up: NeighbourLink[]; down: NeighbourLink[] } } | null;
  /** select another node (from the selected one's links) */
  onSelect: (urn: string) => void;
  more: { parent: string; side: Side; hidden: NodeInfo[] } | null;
  focus: string;
  onPin: (urn: string) => void;
  onMore: () => void;
  onPathFrom: (urn: string) => void;
  onClose: () => void;
  stats: { nodes: number; edges: number; hidden: number };
  /** kinds in the graph, for the colour legend */
  kinds: Kind[];
}) {
  return (
    <aside
      aria-label="Selected in the graph"
      className={`overflow-y-auto rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-800 dark:bg-slate-900 ${p.className ?? ""}`}
    >
      {p.more ? (
        <MoreList {...p.more} onPin={p.onPin} onMore={p.onMore} onClose={p.onClose} />
      ) : p.selected ? (
        <Preview {...p.selected} focus={p.focus} onPathFrom={p.onPathFrom} onClose={p.onClose} onSelect={p.onSelect} />
      ) : (
        <div className="space-y-3 text-slate-700 dark:text-slate-300">
          <h2 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">In this view</h2>
          <p>
            {p.stats.nodes.toLocaleString()} assets, {p.stats.edges.toLocaleString()} links
            {p.stats.hidden ? `, ${p.stats.hidden.toLocaleString()} more behind “+N more”` : ""}.
          </p>
          <ul aria-label="Colours of the kinds (zoomed out)" className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
            {p.kinds.map((k) => (
              <li key={k} className="inline-flex items-center gap-1">
                <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: KIND_COLOUR[k].hex }} />
                {KINDS[k].plural}
              </li>
            ))}
          </ul>
          <ul className="list-disc space-y-1 pl-4">
            <li>Arrows point downstream, from what an asset comes from to what uses it; the card marked “Focus” is the one the graph is about.</li>
            <li>Hover a link to read the relationship; click an asset to light up everything upstream and downstream of it.</li>
            <li>
              <span className="font-medium">+</span> and <span className="font-medium">−</span> at a card's edge expand or fold that side.
            </li>
            <li>“Path between two”, then pick two assets, lights every path between them.</li>
            <li>With the graph focused: arrow keys move, Enter opens, Escape clears.</li>
          </ul>
        </div>
      )}
    </aside>
  );
}

function Preview({
  info,
  node,
  links,
  focus,
  onPathFrom,
  onClose,
  onSelect,
}: {
  info: NodeInfo;
  node: GraphNode;
  links: { up: NeighbourLink[]; down: NeighbourLink[] };
  focus: string;
  onPathFrom: (u: string) => void;
  onClose: () => void;
  onSelect: (u: string) => void;
}) {
  return (
    <div className="space-y-3">
      <div className="flex items-start gap-2">
        <KindIcon kind={info.kind} />
        <div className="min-w-0 flex-1">
          <h2 className="truncate font-semibold text-slate-900 dark:text-white" title={info.name}>
            {info.name}
          </h2>
          <p className="truncate text-xs text-slate-600 dark:text-slate-400">{info.subtitle}</p>
        </div>
        <button type="button" onClick={onClose} aria-label="Clear the selection" className="text-slate-500 hover:text-slate-900 dark:hover:text-white">
          ✕
        </button>
      </div>
      {info.result || info.aliases.length ? (
        <div className="flex flex-wrap gap-1">
          {info.result ? <RunResult result={info.result} /> : null}
          {info.aliases.map((a) => (
            <AliasBadge key={a} alias={a} />
          ))}
        </div>
      ) : null}
      {info.description ? <p className="line-clamp-4 text-slate-700 dark:text-slate-300">{info.description}</p> : null}
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-xs">
        <dt className="text-slate-600 dark:text-slate-400">Upstream</dt>
        <dd>{node.upstreamCount.toLocaleString()}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Downstream</dt>
        <dd>{node.downstreamCount.toLocaleString()}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Hops from focus</dt>
        <dd>
          {node.degree}
          {node.direction ? ` ${node.direction === "UPSTREAM" ? "up" : "down"}` : ""}
        </dd>
      </dl>
      <Links title="Upstream links" items={links.up} onSelect={onSelect} />
      <Links title="Downstream links" items={links.down} onSelect={onSelect} />
      <p className="font-mono text-xs break-all text-slate-600 dark:text-slate-400">{info.urn}</p>
      <div className="flex flex-wrap gap-2">
        {info.kind ? (
          <Link {...urls.entity(info.kind, info.urn)} className={ACTION}>
            Open page
          </Link>
        ) : null}
        {info.urn !== focus ? (
          <Link {...urls.lineage(info.urn)} className={ACTION}>
            Focus graph here
          </Link>
        ) : null}
        <button type="button" className={ACTION} onClick={() => onPathFrom(info.urn)}>
          Path from here
        </button>
      </div>
    </div>
  );
}

/** The selected asset's links on screen, each a phrase and the other asset ("trained by Simple Training Run"); a name selects it. */
function Links({ title, items, onSelect }: { title: string; items: NeighbourLink[]; onSelect: (u: string) => void }) {
  if (items.length === 0) return null;
  const shown = items.slice(0, 50);
  return (
    <section aria-label={title}>
      <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{title}</h3>
      <ul className="mt-1 space-y-0.5">
        {shown.map((l) => (
          <li key={`${l.phrase}|${l.urn}`} className="flex min-w-0 items-baseline gap-1">
            <span className="shrink-0 text-slate-600 dark:text-slate-400">{`${l.phrase} `}</span>
            <button type="button" className={`${LINK} min-w-0 truncate text-left`} onClick={() => onSelect(l.urn)} title={l.name}>
              {l.name}
            </button>
          </li>
        ))}
      </ul>
      {items.length > shown.length ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">and {(items.length - shown.length).toLocaleString()} more</p>
      ) : null}
    </section>
  );
}

function MoreList({
  parent,
  side,
  hidden,
  onPin,
  onMore,
  onClose,
}: {
  parent: string;
  side: Side;
  hidden: NodeInfo[];
  onPin: (u: string) => void;
  onMore: () => void;
  onClose: () => void;
}) {
  const [q, setQ] = useState("");
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = hidden.filter((h) => words.every((w) => `${h.name} ${h.subtitle}`.toLowerCase().includes(w)));
  return (
    <div className="space-y-3">
      <div className="flex items-start gap-2">
        <h2 className="min-w-0 flex-1 font-semibold text-slate-900 dark:text-white">
          {hidden.length.toLocaleString()} more {side === "up" ? "upstream" : "downstream"} of <span className="break-words">{parent}</span>
        </h2>
        <button type="button" onClick={onClose} aria-label="Close the list" className="text-slate-500 hover:text-slate-900 dark:hover:text-white">
          ✕
        </button>
      </div>
      <button type="button" className={ACTION} onClick={onMore}>
        Show {Math.min(10, hidden.length)} more in the graph
      </button>
      <label className="block">
        <span className="sr-only">Search this list</span>
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Search this list"
          className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-950"
        />
      </label>
      <ul aria-label="Hidden assets" className="divide-y divide-slate-200 dark:divide-slate-800">
        {shown.slice(0, 200).map((h) => (
          <li key={h.urn} className="flex items-center gap-2 py-1.5">
            <KindIcon kind={h.kind} />
            <span className="min-w-0 flex-1">
              <span className="block truncate" title={h.name}>
                {h.name}
              </span>
              <span className="block truncate text-xs text-slate-600 dark:text-slate-400">{h.subtitle}</span>
            </span>
            <button type="button" className={LINK} onClick={() => onPin(h.urn)} aria-label={`Show ${h.name} in the graph`}>
              Show
            </button>
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <p className="text-slate-600 dark:text-slate-400">Nothing in this list matches.</p> : null}
      {shown.length > 200 ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">First 200 of {shown.length.toLocaleString()}; search to narrow.</p>
      ) : null}
    </div>
  );
}
