"use client";
// The trend chart is loaded where it is drawn: recharts comes with this panel's chunk only.
import dynamic from "next/dynamic";
import type { TrendChartProps } from "./trend-chart";

const TrendChart = dynamic(() => import("./trend-chart").then((module) => module.TrendChart), {
  ssr: false,
  loading: () => <div className="h-[260px] animate-pulse rounded-md bg-slate-100" />,
});

export function TrendPanel(props: TrendChartProps) {
  return <TrendChart {...props} />;
}
