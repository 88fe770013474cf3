"use client";
// The estimated overall score at each month end, with the zone's bar; a month without data has no point.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TrendChartProps {
  data: { month: string; overall: number | null }[];
  passMark: number;
  labels: { overall: string; passMark: string; unit: string };
  ariaLabel: string;
}

export function TrendChart({ data, passMark, labels, ariaLabel }: TrendChartProps) {
  return (
    <div role="img" aria-label={ariaLabel} style={{ height: 260 }} className="w-full" data-testid="chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="month" tick={{ fill: "#475569", fontSize: 12 }} />
          <YAxis domain={[0, (max: number) => Math.max(100, Math.ceil(max / 10) * 10)]} tick={{ fill: "#475569", fontSize: 12 }} width={36} />
          <Tooltip formatter={(value: unknown) => [`${value}${labels.unit}`, labels.overall] as [string, string]} />
          <ReferenceLine y={passMark} stroke="#f97316" strokeDasharray="4 4" label={{ value: labels.passMark, fill: "#f97316", fontSize: 12, position: "insideTopRight" }} />
          <Line type="monotone" dataKey="overall" name={labels.overall} stroke="#2563eb" strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
