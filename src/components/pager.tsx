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
  const cls = "rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  if (page > Math.max(pages, 1)) {
    // A page past the end (an old link, a hand-edited address): say so, and offer the last one.
    const last = Math.max(pages, 1);
    return (
      <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-3 text-sm">
        <span className="text-slate-700 dark:text-slate-300">
          There is no page {page.toLocaleString("en-US")}:{" "}
          {pages <= 1 ? "everything fits on one page" : `the list ends at page ${last.toLocaleString("en-US")}`}.
        </span>
        {renderLink(last, last === 1 ? "Go to the first page" : `Go to page ${last.toLocaleString("en-US")}`, cls, "prev")}
      </nav>
    );
  }
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-3 text-sm">
      {page > 1 ? (
        renderLink(page - 1, "← Previous", cls, "prev")
      ) : (
        <button type="button" disabled className={`${cls} cursor-default opacity-50 hover:bg-transparent dark:hover:bg-transparent`}>
          ← Previous
        </button>
      )}
      <span className="tabular-nums text-slate-700 dark:text-slate-300">
        Page {page.toLocaleString("en-US")} of {pages.toLocaleString("en-US")}
      </span>
      {page < pages ? (
        renderLink(page + 1, "Next →", cls, "next")
      ) : (
        <button type="button" disabled className={`${cls} cursor-default opacity-50 hover:bg-transparent dark:hover:bg-transparent`}>
          Next →
        </button>
      )}
    </nav>
  );
}
