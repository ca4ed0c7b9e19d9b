/** The runs table's columns: the fixed ones, one per chosen metric or parameter, and the classes that pin the first two. */
import { metricSortValue, type Column } from "../../components/data-table";
import { lowerIsBetter } from "../../compare/compare-model";
import { columnId, firstDirection, type KeyColumn, type RunRowData } from "./runs-model";

/** The sortable metric and parameter columns, without cells (for sorting in the browser). */
export function sortColumns(chosen: readonly KeyColumn[]): Array<Column<RunRowData>> {
  return [...FIXED.map((c) => ({ ...c, cell: () => null })), ...chosen.map((k) => keyColumn(k))];
}

export const FIXED: ReadonlyArray<Omit<Column<RunRowData>, "cell">> = [
  { id: "name", header: "Run", sortValue: (r) => r.name },
  { id: "result", header: "Result", sortValue: (r) => r.result },
  { id: "start", header: "Start", sortValue: (r) => r.start, firstDir: "desc" },
  { id: "duration", header: "Duration", sortValue: (r) => r.duration, firstDir: "desc", numeric: true },
];

export function keyColumn(k: KeyColumn): Column<RunRowData> {
  const low = k.kind === "metric" && lowerIsBetter(k.name);
  return {
    id: columnId(k),
    header: (
      <span
        className="inline-flex flex-col items-end leading-tight"
        title={k.kind === "metric" ? (low ? "Lower is better: sorts lowest first" : "Higher is better: sorts highest first") : "Parameter"}
      >
        <span className="max-w-40 truncate font-mono normal-case">{k.name}</span>
        <span className="text-[10px] font-normal text-slate-500 dark:text-slate-400">
          {k.kind === "param" ? "param" : low ? "lower is better" : "higher is better"}
        </span>
      </span>
    ),
    numeric: k.kind === "metric",
    firstDir: firstDirection(k),
    sortValue: (r) => metricSortValue((k.kind === "metric" ? r.metrics : r.params).get(k.name)),
    className: k.kind === "param" ? "max-w-48 truncate font-mono text-xs" : undefined,
    cell: (r) => {
      const v = (k.kind === "metric" ? r.metrics : r.params).get(k.name);
      return v === undefined ? <span className="text-slate-400 dark:text-slate-600">—</span> : <span title={v}>{v}</span>;
    },
  };
}

/** From `sm` up, the tick box and the run's name stay in view while the metric columns scroll sideways. */
export const PIN_FIRST = "sm:sticky sm:left-0 sm:z-10 sm:min-w-8 bg-white dark:bg-slate-900";
export const PIN_SECOND =
  "sm:sticky sm:left-8 sm:z-10 bg-white dark:bg-slate-900 sm:shadow-[1px_0_0_0_rgb(226_232_240)] dark:sm:shadow-[1px_0_0_0_rgb(30_41_59)]";
