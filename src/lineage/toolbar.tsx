/** The explorer's toolbar: hops each way, kind filter, search-in-graph, path mode, export, full screen. */
import { Link } from "@tanstack/react-router";
import { Menu, MenuButton, MenuItem, MenuItems, Popover, PopoverButton, PopoverPanel } from "@headlessui/react";
import { KINDS, kindOfEntityType, type Kind } from "../lib/kinds";
import { urls, type LineageSearch } from "../lib/urls";
import { useFilterText } from "../entities/shared/tab-search";
import { SearchIcon } from "../components/icons";

const BUTTON =
  "inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";
const HOPS = [0, 1, 2, 3, 4, 5];
/** kinds that lineage edges connect (DESIGN §1) */
const LINEAGE_KINDS: Kind[] = ["dataset", "run", "mlModel", "mlModelGroup", "feature", "primaryKey"];

export interface ToolbarProps {
  /** offer hops each way */
  hops: boolean;
  search: LineageSearch;
  update: (patch: Partial<LineageSearch>, replace?: boolean) => void;
  kindsPresent: Kind[];
  matches: number;
  matchIndex: number;
  onMatchStep: (delta: 1 | -1) => void;
  picking: boolean;
  onPick: () => void;
  pathState: string | null;
  onExport: (format: "png" | "svg" | "json") => void;
  exporting: string | null;
  fullScreenHref: ReturnType<typeof urls.lineage> | null;
  backTo: { urn: string; name: string; kind: Kind | null } | null;
}

export function LineageToolbar(p: ToolbarProps) {
  const [find, setFind] = useFilterText(p.search.find, (v) => p.update({ find: v }, true));
  const shownTypes = new Set(p.search.types ?? []);
  // Every kind that takes part in lineage stays offered, present in this view or filtered away.
  const offered = [
    ...new Set<Kind>([...LINEAGE_KINDS, ...p.kindsPresent, ...(p.search.types ?? []).map((t) => kindOfEntityType(t)).filter((k): k is Kind => !!k)]),
  ];
  return (
    <div role="toolbar" aria-label="Lineage graph" className="flex flex-wrap items-center gap-2 text-sm">
      {p.hops ? (
        <>
          <HopSelect label="Upstream" value={p.search.up ?? 1} onChange={(up) => p.update({ up })} />
          <HopSelect label="Downstream" value={p.search.down ?? 1} onChange={(down) => p.update({ down })} />
        </>
      ) : null}

      <Popover className="relative">
        <PopoverButton className={BUTTON}>Kinds{shownTypes.size ? ` (${shownTypes.size})` : ": all"}</PopoverButton>
        <PopoverPanel
          anchor="bottom start"
          className="z-50 mt-1 w-56 rounded-md border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <fieldset>
            <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">Show these kinds</legend>
            {offered.map((k) => {
              const t = KINDS[k].entityType;
              return (
                <label key={k} className="flex items-center gap-2 py-0.5">
                  <input
                    type="checkbox"
                    checked={shownTypes.size === 0 || shownTypes.has(t)}
                    onChange={(e) => {
                      const all = offered.map((x) => KINDS[x].entityType as string);
                      const cur = new Set(shownTypes.size ? shownTypes : all);
                      if (e.target.checked) cur.add(t);
                      else cur.delete(t);
                      const next = [...cur];
                      p.update({ types: next.length === 0 || next.length === all.length ? undefined : next, xu: undefined, xd: undefined });
                    }}
                  />
                  {KINDS[k].plural}
                </label>
              );
            })}
          </fieldset>
          {shownTypes.size ? (
            <button type="button" className="mt-1 text-xs text-indigo-700 underline dark:text-indigo-300" onClick={() => p.update({ types: undefined })}>
              Show all kinds
            </button>
          ) : null}
        </PopoverPanel>
      </Popover>

      <div className="inline-flex items-center gap-1">
        <label className="relative">
          <span className="sr-only">Find in graph</span>
          <span className="pointer-events-none absolute top-1/2 left-2 -translate-y-1/2 text-slate-500">
            <SearchIcon size={14} />
          </span>
          <input
            type="search"
            value={find}
            onChange={(e) => setFind(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                p.onMatchStep(e.shiftKey ? -1 : 1);
              }
            }}
            placeholder="Find in graph"
            className="w-44 rounded-md border border-slate-300 bg-white py-1 pr-2 pl-7 dark:border-slate-700 dark:bg-slate-900"
          />
        </label>
        {p.search.find ? (
          <span className="min-w-16 text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
            {p.matches ? `${Math.min(p.matchIndex, p.matches - 1) + 1} of ${p.matches}` : "no match"}
          </span>
        ) : null}
        {p.matches > 1 ? (
          <>
            <button type="button" className={BUTTON} onClick={() => p.onMatchStep(-1)} aria-label="Previous match">
              ‹
            </button>
            <button type="button" className={BUTTON} onClick={() => p.onMatchStep(1)} aria-label="Next match">
              ›
            </button>
          </>
        ) : null}
      </div>

      <button
        type="button"
        className={`${BUTTON} ${p.picking ? "border-fuchsia-500 bg-fuchsia-50 text-fuchsia-900 dark:bg-fuchsia-950 dark:text-fuchsia-100" : ""}`}
        aria-pressed={p.picking}
        onClick={p.onPick}
      >
        Path between two
      </button>
      {p.pathState ? (
        <span className="text-xs text-slate-700 dark:text-slate-300" aria-live="polite">
          {p.pathState}
          {p.search.path?.length ? (
            <button type="button" className="ml-2 text-indigo-700 underline dark:text-indigo-300" onClick={() => p.update({ path: undefined }, true)}>
              clear
            </button>
          ) : null}
        </span>
      ) : null}

      <div className="ml-auto flex items-center gap-2">
        <Menu as="div" className="relative">
          <MenuButton className={BUTTON} disabled={!!p.exporting}>
            {p.exporting ? `Exporting ${p.exporting.toUpperCase()}…` : "Export"}
          </MenuButton>
          <MenuItems
            anchor="bottom end"
            className="z-50 mt-1 w-44 rounded-md border border-slate-200 bg-white p-1 shadow-lg focus:outline-none dark:border-slate-700 dark:bg-slate-900"
          >
            {(
              [
                ["png", "PNG image"],
                ["svg", "SVG image"],
                ["json", "JSON (nodes and edges)"],
              ] as const
            ).map(([f, l]) => (
              <MenuItem key={f}>
                <button
                  type="button"
                  onClick={() => p.onExport(f)}
                  className="block w-full rounded px-2 py-1 text-left data-focus:bg-indigo-50 dark:data-focus:bg-indigo-950"
                >
                  {l}
                </button>
              </MenuItem>
            ))}
          </MenuItems>
        </Menu>
        {p.fullScreenHref ? (
          <Link {...p.fullScreenHref} className={BUTTON}>
            Full screen
          </Link>
        ) : null}
        {p.backTo?.kind ? (
          <Link {...urls.entity(p.backTo.kind, p.backTo.urn)} className={BUTTON}>
            Open {p.backTo.name}
          </Link>
        ) : null}
      </div>
    </div>
  );
}

function HopSelect({ label, value, onChange }: { label: "Upstream" | "Downstream"; value: number; onChange: (hops: number) => void }) {
  return (
    <label className="inline-flex items-center gap-1.5">
      <span className="text-slate-700 dark:text-slate-300">{label}</span>
      <select
        className="rounded-md border border-slate-300 bg-white px-1.5 py-1 dark:border-slate-700 dark:bg-slate-900"
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        aria-label={`Hops ${label.toLowerCase()}`}
      >
        {HOPS.map((h) => (
          <option key={h} value={h}>
            {h} {h === 1 ? "hop" : "hops"}
          </option>
        ))}
      </select>
    </label>
  );
}
