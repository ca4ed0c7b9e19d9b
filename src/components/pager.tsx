import type { ReactNode } from "react";

/** Previous / next with "page N of M"; renders nothing when everything fits on one page. */
export function Pager({
  page,
  pages,
  label,
  renderLink,
}: {
  page: number;
  pages: number;
  label: string;
  /** A link (or button) to `target`, wrapping `children`, with the given class. */
  renderLink: (target: number, children: ReactNode, className: string, rel: "prev" | "next") => ReactNode;
}) {
  if (pages <= 1) return null;
  const cls = "rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-3 text-sm">
      {page > 1 ? renderLink(page - 1, "← Previous", cls, "prev") : <button type="button" disabled className={`${cls} cursor-default opacity-50 hover:bg-transparent dark:hover:bg-transparent`}>← Previous</button>}
      <span className="tabular-nums text-slate-700 dark:text-slate-300">
        Page {page.toLocaleString("en-US")} of {pages.toLocaleString("en-US")}
      </span>
      {page < pages ? renderLink(page + 1, "Next →", cls, "next") : <button type="button" disabled className={`${cls} cursor-default opacity-50 hover:bg-transparent dark:hover:bg-transparent`}>Next →</button>}
    </nav>
  );
}
