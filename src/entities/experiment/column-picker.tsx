/**
 * Which metric and parameter columns the runs table shows: every metric and parameter of the
 * experiment's runs, ticked on or off, with how many runs report each and whether it varies. The
 * choice lives in the URL (`cols`).
 */
import { useEffect, useId, useRef, useState } from "react";
import type { KeySummary } from "../../../common/run-filter";
import { columnId, type KeyColumn } from "./runs-model";

export function ColumnPicker({
  keys,
  chosen,
  runs,
  onChange,
  onDefaults,
}: {
  keys: readonly KeySummary[];
  chosen: readonly KeyColumn[];
  /** how many runs the counts are out of */
  runs: number;
  onChange: (next: KeyColumn[]) => void;
  onDefaults: () => void;
}) {
  const id = useId();
  const [find, setFind] = useState("");
  const [open, setOpen] = useState(false);
  /** the panel opens towards the side with room for it */
  const [alignLeft, setAlignLeft] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Closes on a click elsewhere and on Escape (back to the button), as a menu does.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onDown);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);
  const on = new Set(chosen.map(columnId));
  const f = find.trim().toLowerCase();
  const visible = keys.filter((k) => !f || k.name.toLowerCase().includes(f));
  const toggle = (k: KeyColumn, checked: boolean) =>
    onChange(checked ? [...chosen.filter((c) => columnId(c) !== columnId(k)), k] : chosen.filter((c) => columnId(c) !== columnId(k)));
  const group = (kind: "metric" | "param", title: string) => {
    const list = visible.filter((k) => k.kind === kind);
    return (
      <fieldset className="min-w-0">
        <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">{title}</legend>
        {list.length === 0 ? (
          <p className="text-xs text-slate-500 dark:text-slate-400">{f ? "None match." : "None recorded."}</p>
        ) : (
          <ul className="max-h-64 space-y-0.5 overflow-y-auto pr-1">
            {list.map((k) => (
              <li key={k.name}>
                <label className="flex items-baseline gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-50 dark:hover:bg-slate-800">
                  <input
                    type="checkbox"
                    className="size-4 shrink-0 translate-y-0.5"
                    checked={on.has(columnId(k))}
                    onChange={(e) => toggle({ kind: k.kind, name: k.name }, e.target.checked)}
                  />
                  <span className="min-w-0 flex-1 truncate font-mono text-xs" title={k.name}>
                    {k.name}
                  </span>
                  <span className="shrink-0 text-xs text-slate-500 tabular-nums dark:text-slate-400">
                    {k.runs < runs ? `${k.runs.toLocaleString("en-US")} of ${runs.toLocaleString("en-US")}` : "all"}
                    {kind === "param" && !k.varies ? " · same" : ""}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    );
  };
  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => {
          const r = button.current?.getBoundingClientRect();
          if (r) setAlignLeft(r.right < 36 * 16 + 16);
          setOpen((o) => !o);
        }}
        className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        Columns <span className="text-slate-600 dark:text-slate-400">({chosen.length})</span>
      </button>
      <div
        id={`${id}-panel`}
        role="group"
        aria-label="Choose columns"
        hidden={!open}
        className={`fixed inset-x-4 top-20 z-30 max-h-[80vh] space-y-3 overflow-y-auto rounded-lg border border-slate-200 bg-white p-3 shadow-lg sm:absolute sm:inset-x-auto sm:top-auto sm:mt-1 sm:w-[36rem] ${alignLeft ? "sm:left-0" : "sm:right-0"} sm:max-w-[calc(100vw-2rem)] dark:border-slate-700 dark:bg-slate-900`}
      >
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={`${id}-find`} className="sr-only">
            Find a metric or parameter
          </label>
          <input
            id={`${id}-find`}
            type="search"
            value={find}
            onChange={(e) => setFind(e.target.value)}
            placeholder="Find a metric or parameter"
            className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950"
          />
          <button
            type="button"
            onClick={onDefaults}
            className="rounded-md border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Default columns
          </button>
          <button
            type="button"
            onClick={() => onChange([])}
            className="rounded-md border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            None
          </button>
        </div>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          {group("metric", "Metrics")}
          {group("param", "Parameters")}
        </div>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Shown by default: up to six metrics most runs report, then up to four parameters that differ between runs.
        </p>
      </div>
    </div>
  );
}
