/** One metric's logged values over a run (recharts, loaded lazily): by step, or by the time each was logged. */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { lineCursor, tooltipStyle } from "../../components/chart-style";
import { formatDuration } from "../../lib/format";

export interface HistoryPoint {
  step: number;
  time: number | null;
  value: number;
}

const axis = { fill: "currentColor", fontSize: 11 };
const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const full = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export default function HistoryChart({ metric, points, x }: { metric: string; points: HistoryPoint[]; x: "step" | "time" }) {
  const timed = points.filter((p) => p.time !== null);
  const data = x === "time" ? timed.map((p) => ({ ...p, at: p.time! })) : points.map((p) => ({ ...p, at: p.step }));
  const first = timed.length ? Math.min(...timed.map((p) => p.time!)) : 0;
  const span = timed.length ? Math.max(...timed.map((p) => p.time!)) - first : 0;
  const tick = (v: number) => (x === "step" ? String(v) : span > 86_400_000 ? day.format(new Date(v)) : clock.format(new Date(v)));
  return (
    <div
      className="h-72 text-slate-700 dark:text-slate-300"
      role="img"
      aria-label={`Line chart of ${metric} by ${x === "step" ? "step" : "time"}, ${data.length} points`}
      data-chart="run-history"
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            dataKey="at"
            type="number"
            domain={["dataMin", "dataMax"]}
            tick={axis}
            tickFormatter={tick}
            allowDecimals={x === "time"}
            label={{ value: x === "step" ? "step" : "time (UTC)", position: "insideBottomRight", offset: -10, fill: "currentColor", fontSize: 11 }}
          />
          <YAxis tick={axis} width={64} domain={["auto", "auto"]} />
          <Tooltip
            {...tooltipStyle}
            cursor={lineCursor}
            labelFormatter={(_, payload) => {
              const p = payload?.[0]?.payload as HistoryPoint | undefined;
              if (!p) return "";
              const when = p.time !== null ? `${full.format(new Date(p.time))} UTC (+${formatDuration(p.time - first)})` : "";
              return x === "step" ? `step ${p.step}${when ? ` · ${when}` : ""}` : `${when} · step ${p.step}`;
            }}
          />
          <Line dataKey="value" name={metric} stroke="#6366f1" strokeWidth={2} dot={data.length <= 60 ? { r: 2.5 } : false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
