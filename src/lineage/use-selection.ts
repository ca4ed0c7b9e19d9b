import { useMemo, useState } from "react";
import type { LineageSearch } from "../lib/urls";
import { findInGraph, pathHighlight, selectionHighlight, type Highlight, type Side, type VisibleGraph } from "./model";

type Update = (patch: Partial<LineageSearch>, replace?: boolean) => void;

/**
 * Selection, path mode and search-in-graph: what is selected (from the URL, when visible), what is
 * lit, which nodes match, which match is current, and the "+N more" list open in the side panel.
 */
export function useSelection(visible: VisibleGraph | null, search: LineageSearch, update: Update, label: (urn: string) => string) {
  const [picking, setPicking] = useState(false);
  const [openMore, setOpenMore] = useState<{ parent: string; side: Side } | null>(null);

  // The path's ends, the same array while the URL names the same ends.
  const pathKey = JSON.stringify(search.path ?? []);
  const path = useMemo(() => JSON.parse(pathKey) as string[], [pathKey]);
  const sel = search.sel && visible?.nodes.some((n) => n.urn === search.sel) ? search.sel : undefined;
  const pathLit = useMemo(() => (visible && path.length === 2 ? pathHighlight(visible.edges, path[0]!, path[1]!) : null), [visible, path]);
  const lit: Highlight | null = useMemo(() => {
    if (!visible) return null;
    if (path.length === 2) return pathLit ?? { nodes: new Set(path), edges: new Set() };
    if (sel) return selectionHighlight(visible.edges, sel);
    return null;
  }, [visible, pathLit, sel, path]);
  const pathState =
    path.length === 2
      ? pathLit
        ? `${pathLit.nodes.size} nodes on the paths`
        : "No path between these two"
      : picking
        ? path.length === 1
          ? "Pick the second node"
          : "Pick the first node"
        : null;

  // Search-in-graph: each new query starts at its first match; Enter / the arrows step through them.
  const find = search.find;
  const matches = useMemo(
    () =>
      visible && find
        ? findInGraph(
            find,
            visible.nodes.map((n) => n.urn),
            label,
          )
        : [],
    [visible, find, label],
  );
  const [step, setStep] = useState({ find, index: 0 });
  const matchIndex = step.find === find ? step.index : 0;
  const stepMatch = (d: 1 | -1) =>
    setStep((s) => ({ find, index: matches.length ? ((s.find === find ? s.index : 0) + d + matches.length) % matches.length : 0 }));

  const more = openMore && visible ? visible.more.find((m) => m.parent === openMore.parent && m.side === openMore.side) : undefined;

  /** a click on a node (or, with `undefined`, on the background) */
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

  return {
    sel,
    path,
    lit,
    picking,
    pathState,
    matches,
    matchIndex,
    stepMatch,
    /** the "+N more" placeholder whose list is open */
    more,
    select,
    showMore(parent: string, side: Side) {
      setOpenMore({ parent, side });
      update({ sel: undefined }, true);
    },
    togglePicking() {
      setPicking((p) => !p);
      if (!picking) update({ path: sel ? [sel] : undefined, sel: undefined }, true);
    },
    pathFrom(urn: string) {
      setPicking(true);
      update({ path: [urn], sel: undefined }, true);
    },
    closePanel() {
      setOpenMore(null);
      update({ sel: undefined }, true);
    },
    /** Escape: no selection, no path, no list */
    clear() {
      setPicking(false);
      setOpenMore(null);
      update({ sel: undefined, path: undefined }, true);
    },
  };
}
