import { useEffect, useEffectEvent, useRef, useState } from "react";
import { getRouteApi } from "@tanstack/react-router";
import type { EntityTabSearch } from "../../lib/urls";
import type { SortState } from "../../components/data-table";

const route = getRouteApi("/$kind/$urn/$tab");

/** The entity tab's list state (filter, sort, page, result) lives in the URL, so every view is shareable. */
export function useTabSearch() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const update = (patch: Partial<EntityTabSearch>, replace = false) =>
    void navigate({
      search: (prev: EntityTabSearch) =>
        Object.fromEntries(Object.entries({ ...prev, ...patch }).filter(([, v]) => v !== undefined && v !== "")) as EntityTabSearch,
      replace,
      resetScroll: false,
    });
  const sort: SortState | null = search.sort ? { id: search.sort, dir: search.dir ?? "asc" } : null;
  const setSort = (s: SortState) => update({ sort: s.id, dir: s.dir, page: undefined });
  return { search, update, sort, setSort };
}

/** A text box bound to the URL's `q`, written back after a short pause (typing never fights the router). */
export function useFilterText(q: string | undefined, write: (q: string | undefined) => void): [string, (v: string) => void] {
  const [text, setText] = useState(q ?? "");
  const last = useRef(q ?? "");
  const writeLater = useEffectEvent((value: string) => write(value.trim() ? value : undefined));
  useEffect(() => {
    if ((q ?? "") !== last.current) {
      last.current = q ?? "";
      setText(q ?? "");
    }
  }, [q]);
  useEffect(() => {
    if (text === last.current) return;
    const t = setTimeout(() => {
      last.current = text;
      writeLater(text);
    }, 200);
    return () => clearTimeout(t);
  }, [text]);
  return [text, setText];
}
