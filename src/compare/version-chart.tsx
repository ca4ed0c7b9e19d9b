/** One metric across a model group's versions (recharts, loaded lazily): x = version in order, y = value. */
import { CartesianGrid, LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { lineCursor, tooltipStyle } from "../components/chart-style";

export interface VersionPoint {
  version: string;
  value: number;
  /** aliases such as champion, shown above the point */
  aliases: string;
}

const axis = { fill: "currentColor", fontSize: 11 };

export default function VersionChart({ metric, points }: { metric: string; points: VersionPoint[] }) {
  return (
    <div
      className="h-64 text-slate-700 dark:text-slate-300"
      role="img"
      aria-label={`Line chart of ${metric} across ${points.length} versions`}
      data-chart="versions"
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 20, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            dataKey="version"
            tick={axis}
            interval="preserveStartEnd"
            padding={{ left: 32, right: 40 }}
            label={{ value: "version", position: "insideBottomRight", offset: -4, fill: "currentColor", fontSize: 11 }}
          />
          <YAxis tick={axis} width={56} domain={["auto", "auto"]} />
          <Tooltip {...tooltipStyle} cursor={lineCursor} labelFormatter={(v) => `version ${v}`} />
          <Line dataKey="value" name={metric} stroke="#6366f1" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false}>
            <LabelList dataKey="aliases" position="top" fill="currentColor" fontSize={10} />
          </Line>
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
