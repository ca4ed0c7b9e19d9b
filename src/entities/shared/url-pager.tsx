import { Link } from "@tanstack/react-router";
import { Pager } from "../../components/pager";
import { urls, type EntityTabSearch } from "../../lib/urls";
import type { Kind, TabId } from "../../lib/kinds";
import { useTabSearch } from "./tab-search";

/** The page of a tab's list the URL asks for (`page`, from 1), and the `start` of its request. */
export function usePageParam(size: number): { page: number; start: number } {
  const { search } = useTabSearch();
  const page = search.page && search.page > 0 ? search.page : 1;
  return { page, start: (page - 1) * size };
}

/** Previous / next for a list on an entity's tab, as links that keep the rest of the tab's URL. */
export function TabPager<K extends Kind>({
  kind,
  urn,
  tab,
  page,
  total,
  size,
  label,
}: {
  kind: K;
  urn: string;
  tab: TabId<K>;
  page: number;
  total: number;
  size: number;
  label: string;
}) {
  const { search } = useTabSearch();
  return (
    <Pager
      page={page}
      pages={Math.ceil(total / size)}
      label={label}
      renderLink={(target, children, className, rel) => (
        <Link
          {...urls.entity(kind, urn, tab, { ...search, page: target === 1 ? undefined : target } satisfies EntityTabSearch)}
          resetScroll={false}
          rel={rel}
          className={className}
        >
          {children}
        </Link>
      )}
    />
  );
}

/** "Showing 26–50 of 312 runs" (or "312 runs" when one page holds them all). */
export function PageRange({ start, shown, total, noun }: { start: number; shown: number; total: number; noun: [string, string] }) {
  const word = total === 1 ? noun[0] : noun[1];
  const text =
    shown >= total || shown === 0
      ? `${total.toLocaleString("en-US")} ${word}`
      : `Showing ${(start + 1).toLocaleString("en-US")}–${(start + shown).toLocaleString("en-US")} of ${total.toLocaleString("en-US")} ${word}`;
  return <p className="mb-2 text-xs text-slate-600 tabular-nums dark:text-slate-400">{text}</p>;
}
