import { useMemo, useRef } from "react";
import type { LineageSearch } from "../lib/urls";
import type { Control, Side } from "./model";
import type { NodeActions } from "./nodes";
import type { LineageGraphState } from "./use-lineage-graph";
import { toggle } from "./view-state";

/**
 * What a node's buttons do: fold and unfold a side (in the URL), expand a side (its neighbourhood
 * shown at once, the URL written after the new nodes are painted), open a "+N more" list.
 */
export function useNodeActions(a: {
  search: LineageSearch;
  update: (patch: Partial<LineageSearch>, replace?: boolean) => void;
  state: LineageGraphState;
  showMore: (parent: string, side: Side) => void;
  /** an expansion is under way: bring its new children into view once they are placed */
  expectExpansion: (urn: string, side: Side) => void;
}): NodeActions {
  const { search, update, state, showMore, expectExpansion } = a;
  /** URL changes of expansions made but not yet written */
  const pending = useRef<Partial<LineageSearch>>({});
  return useMemo(
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
          expectExpansion(node, side);
          // Show the neighbourhood at once; the URL changes after the new nodes are painted, so the
          // navigation does not delay them.
          void state.expandNow(node, side === "up" ? "UPSTREAM" : "DOWNSTREAM", { ...base, ...patch }).finally(() =>
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
      openMore: showMore,
    }),
    [search, update, state, showMore, expectExpansion],
  );
}
