import type { ReactNode } from "react";

export type SortDir = "asc" | "desc";
export interface SortState {
  id: string;
  dir: SortDir;
}

export interface Column<Row> {
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Makes the column sortable. Numbers sort numerically, strings naturally ("v2" < "v10"); null last. */
  sortValue?: (row: Row) => string | number | null | undefined;
  /** The first click sorts this way (numbers and dates: descending). */
  firstDir?: SortDir;
  className?: string;
  /** Monospace, right-aligned numbers. */
  numeric?: boolean;
  /** Classes for the header and the cells alike (e.g. to keep a column in view while the table scrolls sideways). */
  pinClassName?: string;
}

export function sortRows<Row>(rows: readonly Row[], columns: ReadonlyArray<Column<Row>>, sort: SortState | null): Row[] {
  const col = sort && columns.find((c) => c.id === sort.id);
  if (!sort || !col?.sortValue) return [...rows];
  const get = col.sortValue;
  const sign = sort.dir === "desc" ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = get(a);
    const y = get(b);
    if (x == null || x === "") return y == null || y === "" ? 0 : 1;
    if (y == null || y === "") return -1;
    const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true });
    return c * sign;
  });
}

/** A number from a metric string ("0.91" → 0.91), or the string itself. */
export function metricSortValue(v: string | null | undefined): string | number | null {
  if (v == null || v === "") return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : v;
}

/** A table whose columns are data; sortable columns are buttons that report the new sort. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  rowClassName,
  keyboardScroll = false,
}: {
  caption: string;
  /**
   * The table holds nothing focusable but may scroll sideways (a narrow screen): its scroll box is
   * then a named region that takes focus, so it scrolls from the keyboard too.
   */
  keyboardScroll?: boolean;
  columns: ReadonlyArray<Column<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  sort?: SortState | null;
  onSort?: (next: SortState) => void;
  rowClassName?: (row: Row) => string;
}) {
  return (
    <div className="relative overflow-x-auto" {...(keyboardScroll ? { role: "region", "aria-label": caption, tabIndex: 0 } : {})}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs text-slate-600 dark:text-slate-400">
          <tr>
            {columns.map((c) => {
              const active = sort?.id === c.id;
              const align = c.numeric ? "text-right" : "";
              return (
                <th
                  key={c.id}
                  scope="col"
                  className={`py-2 pr-4 font-medium whitespace-nowrap last:pr-0 ${align} ${c.pinClassName ?? ""}`}
                  aria-sort={c.sortValue ? (active ? (sort.dir === "desc" ? "descending" : "ascending") : "none") : undefined}
                >
                  {c.sortValue && onSort ? (
                    <button
                      type="button"
                      className={`inline-flex items-center gap-1 rounded hover:text-slate-900 dark:hover:text-white ${active ? "text-slate-900 dark:text-white" : ""}`}
                      onClick={() => onSort({ id: c.id, dir: active ? (sort.dir === "desc" ? "asc" : "desc") : (c.firstDir ?? "asc") })}
                    >
                      {c.header}
                      <span aria-hidden className={active ? "" : "text-slate-400 dark:text-slate-600"}>
                        {active ? (sort.dir === "desc" ? "↓" : "↑") : "↕"}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)} className={`border-t border-slate-100 align-middle dark:border-slate-800 ${rowClassName?.(r) ?? ""}`}>
              {columns.map((c) => (
                <td
                  key={c.id}
                  className={`py-2 pr-4 last:pr-0 ${c.numeric ? "text-right font-mono text-xs tabular-nums" : ""} ${c.className ?? ""} ${c.pinClassName ?? ""}`}
                >
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
