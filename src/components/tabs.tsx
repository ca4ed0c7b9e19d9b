import { Link } from "@tanstack/react-router";
import type { Kind, TabId } from "../lib/kinds";
import { TABS } from "../lib/kinds";
import { urls } from "../lib/urls";

/** The tab bar of an entity page; tabs are links (every tab has its own URL). */
export function TabNav<K extends Kind>({ kind, urn, tab, label }: { kind: K; urn: string; tab: TabId<K>; label: string }) {
  const tabs = TABS[kind] as ReadonlyArray<{ id: TabId<K>; label: string }>;
  return (
    <nav aria-label={label} className="flex gap-1 overflow-x-auto border-b border-slate-200 dark:border-slate-800">
      {tabs.map((t) => (
        <Link
          key={t.id}
          {...urls.entity(kind, urn, t.id)}
          aria-current={t.id === tab ? "page" : undefined}
          className={`-mb-px shrink-0 border-b-2 px-3 py-2 text-sm whitespace-nowrap ${
            t.id === tab
              ? "border-indigo-600 font-medium text-indigo-700 dark:border-indigo-400 dark:text-indigo-300"
              : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-400 dark:hover:border-slate-600 dark:hover:text-white"
          }`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
