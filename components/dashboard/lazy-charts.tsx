"use client";
// The dashboard's charts, loaded where they are drawn: recharts comes with the first chart's
// chunk after the page is up, not with the page's first load. Each keeps its height while it
// loads (no jump); every chart has its panel's table beside it meanwhile.
import dynamic from "next/dynamic";
import type { ComponentProps, ComponentType } from "react";
import type * as Charts from "./charts";

function lazyChart<K extends keyof typeof Charts>(name: K, heightOf: (props: ComponentProps<(typeof Charts)[K]>) => number | string) {
  type Props = ComponentProps<(typeof Charts)[K]>;
  const Chart = dynamic(() => import("./charts").then((module) => module[name] as ComponentType<Props>), { ssr: false, loading: () => null });
  function LazyChart(props: Props) {
    const height = heightOf(props);
    return (
      <div style={{ minHeight: height }}>
        <Chart {...(props as Props & object)} />
      </div>
    );
  }
  LazyChart.displayName = `Lazy${name}`;
  return LazyChart;
}

// The heights the charts draw at (their defaults in ./charts).
export const ProgressChart = lazyChart("ProgressChart", (props) => props.height ?? 260);
export const LevelTrendChart = lazyChart("LevelTrendChart", (props) => props.height ?? 260);
export const SubmissionChart = lazyChart("SubmissionChart", (props) => props.height ?? 260);
export const IndicatorChart = lazyChart("IndicatorChart", (props) => props.height ?? 60 + props.data.length * 34);
export const AmountChart = lazyChart("AmountChart", (props) => props.height ?? 200);
