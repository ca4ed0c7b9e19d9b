/**
 * The runs table's filter: one box taking MLflow's search syntax (`metrics.rmse < 3 and
 * params.model = 'arima'`) or plain words (run names), written to the URL after a short pause (at
 * once on Enter). A filter that does not parse is shown with the reason and a caret under the
 * place, and is not applied.
 */
import { useId } from "react";
import { formatKey, quoteText, type FilterError, type KeySummary } from "../../../common/run-filter";
import { useFilterText } from "../shared/tab-search";

export function RunFilterBox({
  value,
  onChange,
  error,
  keys,
  example,
}: {
  value: string | undefined;
  onChange: (filter: string | undefined) => void;
  /** why the filter in the URL was not applied (from the parser here, or from the server) */
  error: FilterError | null;
  keys: readonly KeySummary[];
  /** a parameter value of some run, for the examples */
  example?: { param: string; value: string } | null;
}) {
  const id = useId();
  const [text, setText] = useFilterText(value, onChange);
  const metric = keys.find((k) => k.kind === "metric")?.name ?? "rmse";
  const examples = [
    `${formatKey({ kind: "metric", name: metric })} < 1`,
    example ? `${formatKey({ kind: "param", name: example.param })} = ${quoteText(example.value)}` : "params.model = 'arima'",
    "attributes.status = 'FINISHED'",
    "tags.`mlflow.user` LIKE 'a%'",
  ];
  return (
    <div className="min-w-0 flex-1 basis-full space-y-1 lg:basis-[32rem]">
      <label htmlFor={`${id}-box`} className="sr-only">
        Filter runs
      </label>
      <div className="flex gap-2">
        <input
          id={`${id}-box`}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") onChange(text.trim() ? text : undefined);
          }}
          placeholder="Run name, or metrics.rmse < 3 and params.model = 'arima'"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-help${error ? ` ${id}-error` : ""}`}
          className={`min-w-0 flex-1 rounded-md border bg-white px-2 py-1 font-mono text-sm dark:bg-slate-950 ${error ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-700"}`}
        />
      </div>
      {error && value ? (
        <div
          id={`${id}-error`}
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <p>
            Not applied — {error.message} (at character {error.at + 1}).
          </p>
          <pre aria-hidden className="mt-1 overflow-x-auto font-mono text-xs leading-tight whitespace-pre">
            {value}
            {"\n"}
            {" ".repeat(Math.min(error.at, value.length))}
            <span className="text-red-700 dark:text-red-300">{"^".repeat(Math.max(1, Math.min(error.length, 200)))}</span>
          </pre>
        </div>
      ) : null}
      <details id={`${id}-help`} className="text-xs text-slate-600 dark:text-slate-400">
        <summary className="cursor-pointer select-none hover:text-slate-900 dark:hover:text-white">Filter syntax (MLflow's)</summary>
        <div className="mt-1 space-y-1">
          <p>
            Conditions joined by <code>and</code>: <code>metrics.&lt;name&gt;</code> compares with a number (<code>=</code> <code>!=</code> <code>&lt;</code>{" "}
            <code>&lt;=</code> <code>&gt;</code> <code>&gt;=</code>); <code>params.</code>, <code>tags.</code> and <code>attributes.</code> (run_name, status,
            user_id, run_id) with quoted text (<code>=</code> <code>!=</code> <code>LIKE</code> <code>ILIKE</code>, <code>%</code> any text; a tag alone: the
            run has it); <code>attributes.start_time</code> and <code>duration</code> in milliseconds. Quote names with <code>/</code> or spaces:{" "}
            <code>metrics.`train/loss`</code>. Plain words find run names.
          </p>
          <ul className="flex flex-wrap gap-1.5">
            {examples.map((x) => (
              <li key={x}>
                <button
                  type="button"
                  onClick={() => {
                    setText(x);
                    onChange(x);
                  }}
                  className="rounded border border-slate-300 px-1.5 py-0.5 font-mono text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
                >
                  {x}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </details>
    </div>
  );
}
