/**
 * The comparison's charts (recharts, loaded only when a comparison is opened): one metric across the
 * runs as bars — the best run's bar in green — and, for runs with metric history, one line per run
 * over the steps.
 */
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { mergeHistories, type CompareRow } from "./compare-model";
import type { RunColumn } from "./compare-page";
import { barCursor, lineCursor, tooltipStyle } from "../components/chart-style";

/** Distinguishable in light and dark mode (Tableau 10). */
const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

const axis = { fill: "currentColor", fontSize: 11 };

export default function Charts({
  runs,
  metric,
  row,
  histories,
}: {
  runs: RunColumn[];
  metric: string;
  row: CompareRow;
  histories: Array<{ urn: string; points: ReadonlyArray<{ step?: number | null; value: number }> }>;
}) {
  const bars = runs.map((r, i) => ({ urn: r.urn, name: r.name, value: row.numbers[i] ?? null }));
  const names = new Map(runs.map((r) => [r.urn, r.name]));
  const lines = mergeHistories(histories);
  const many = runs.length > 12;
  return (
    <div className="space-y-6 text-slate-700 dark:text-slate-300">
      <figure>
        <figcaption className="mb-1 text-sm font-medium">
          {metric} by run{row.best !== null ? <span className="font-normal text-slate-500 dark:text-slate-400"> · best: {runs[row.best]!.name}</span> : null}
        </figcaption>
        <div className="h-64" role="img" aria-label={`Bar chart of ${metric} for ${runs.length} runs`} data-chart="bars">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
              <XAxis
                dataKey="name"
                tick={many ? false : axis}
                interval={0}
                angle={runs.length > 5 ? -20 : 0}
                textAnchor={runs.length > 5 ? "end" : "middle"}
                height={many ? 8 : runs.length > 5 ? 48 : 24}
              />
              <YAxis tick={axis} width={56} />
              <Tooltip {...tooltipStyle} cursor={barCursor} />
              <Bar dataKey="value" name={metric} isAnimationActive={false}>
                {bars.map((b, i) => (
                  <Cell key={b.urn} fill={i === row.best ? "#059669" : "#6366f1"} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      {lines.length ? (
        <figure>
          <figcaption className="mb-1 text-sm font-medium">
            {metric} by step{" "}
            <span className="font-normal text-slate-500 dark:text-slate-400">
              · {histories.length} run{histories.length === 1 ? "" : "s"} with history
            </span>
          </figcaption>
          <div className="h-72" role="img" aria-label={`Line chart of ${metric} by step for ${histories.length} runs`} data-chart="history">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={lines} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
                <XAxis dataKey="step" type="number" domain={["dataMin", "dataMax"]} tick={axis} />
                <YAxis tick={axis} width={56} domain={["auto", "auto"]} />
                <Tooltip {...tooltipStyle} cursor={lineCursor} labelFormatter={(s) => `step ${s}`} />
                {histories.length <= 12 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
                {histories.map((h, i) => (
                  <Line
                    key={h.urn}
                    dataKey={h.urn}
                    name={names.get(h.urn) ?? h.urn}
                    stroke={PALETTE[i % PALETTE.length]}
                    dot={false}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
        </figure>
      ) : null}
    </div>
  );
}
