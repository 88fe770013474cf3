"use client";

// The dashboard's recharts charts. Data and labels come from the server already translated;
// tooltips carry units; colours are the level CSS variables; a bar with an href opens the
// records behind it. Every chart has a table alternative rendered by its panel.
import { useLocale } from "next-intl";
import { useRouter } from "next/navigation";
import { useSyncExternalStore, type ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { gapColor, LEVEL_COLOR, LEVELS, type Level } from "@/lib/dashboard/levels";

export type ChartTheme = "light" | "dark";

const PLANNED_COLOR = "#94a3b8";

function palette(theme: ChartTheme) {
  return theme === "dark"
    ? { text: "#e2e8f0", grid: "#334155", tooltipBg: "#0f172a", tooltipText: "#f8fafc" }
    : { text: "#475569", grid: "#e2e8f0", tooltipBg: "#ffffff", tooltipText: "#0f172a" };
}

function useNumber() {
  const locale = useLocale();
  return (value: unknown, unit: string) => {
    const number = typeof value === "number" ? value : Number(value);
    if (!Number.isFinite(number)) return "—";
    const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(number);
    return unit === "%" ? `${text}%` : `${text} ${unit}`;
  };
}

function subscribeToResize(callback: () => void): () => void {
  window.addEventListener("resize", callback);
  return () => window.removeEventListener("resize", callback);
}

/** On the dark big screen, type grows with the screen so the back of the room can read it. */
function useFontSize(fontSize: number, theme: ChartTheme): number {
  const viewportHeight = useSyncExternalStore(subscribeToResize, () => window.innerHeight, () => 0);
  return theme === "dark" && viewportHeight > 0 ? Math.max(fontSize, Math.round(viewportHeight / 50)) : fontSize;
}

function ChartFrame({ label, height, children }: { label: string; height: number | string; children: ReactNode }) {
  return (
    <div role="img" aria-label={label} style={{ height }} className="w-full" data-testid="chart">
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}

function useOpen() {
  const router = useRouter();
  return (href?: string) => {
    if (href) router.push(href);
  };
}

/** What every chart shares: sizes and colours for its theme, unit-aware tooltips, the legend, and opening a bar's records. */
function useChartKit(theme: ChartTheme, baseFont: number) {
  const format = useNumber();
  const open = useOpen();
  const colors = palette(theme);
  const fontSize = useFontSize(baseFont, theme);
  return {
    fontSize,
    tick: { fill: colors.text, fontSize },
    grid: { stroke: colors.grid, strokeDasharray: "3 3" },
    legend: { wrapperStyle: { color: colors.text, fontSize }, itemSorter: null },
    tooltip: (unit: string) => ({
      formatter: (amount: unknown, name: unknown) => [format(amount, unit), name] as [string, string],
      contentStyle: { background: colors.tooltipBg, color: colors.tooltipText, fontSize },
      cursor: { fill: theme === "dark" ? "#1e293b" : "#f1f5f9" },
    }),
    /** Bar onClick: opens the clicked datum's href. */
    openBar: (entry: unknown) => open((entry as { payload?: { href?: string } }).payload?.href),
  };
}

/** Props every chart takes besides its data. */
interface ChartProps {
  height?: number | string;
  theme?: ChartTheme;
  fontSize?: number;
  /** What the chart shows, for screen readers (its table is the readable alternative). */
  ariaLabel: string;
}

export interface ProgressDatum {
  label: string;
  progress: number;
  planned: number;
  href?: string;
}

/** Actual progress (coloured by how far behind plan) beside planned progress, in %. */
export function ProgressChart({ data, labels, height = 260, layout = "columns", theme = "light", fontSize: baseFont = 12, ariaLabel }: {
  data: ProgressDatum[];
  labels: { progress: string; planned: string };
  layout?: "columns" | "rows";
} & ChartProps) {
  const kit = useChartKit(theme, baseFont);
  const { fontSize } = kit;
  const rows = layout === "rows";
  const category = { dataKey: "label", type: "category" as const, tick: kit.tick, interval: 0 as const };
  const value = { type: "number" as const, domain: [0, 100] as [number, number], unit: "%", tick: kit.tick };
  return (
    <ChartFrame label={ariaLabel} height={height}>
      <BarChart data={data} layout={rows ? "vertical" : "horizontal"} margin={{ top: 8, right: 16, bottom: 4, left: rows ? 8 : 0 }}>
        <CartesianGrid {...kit.grid} />
        {rows ? <YAxis {...category} width={Math.round(fontSize * 10)} /> : <XAxis {...category} />}
        {rows ? <XAxis {...value} /> : <YAxis {...value} width={Math.round(fontSize * 3.8)} />}
        <Tooltip {...kit.tooltip("%")} />
        <Legend {...kit.legend} />
        <Bar dataKey="progress" name={labels.progress} fill={LEVEL_COLOR.GREEN} cursor="pointer" onClick={kit.openBar} isAnimationActive={false}>
          {data.map((datum) => (
            <Cell key={datum.label} fill={gapColor(datum.planned - datum.progress)} />
          ))}
        </Bar>
        <Bar dataKey="planned" name={labels.planned} fill={PLANNED_COLOR} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}

export interface LevelWeekDatum extends Record<Level, number> {
  week: string;
  href?: string;
}

/** Open warnings per week, stacked by level (red on top of orange, yellow, blue). */
export function LevelTrendChart({ data, labels, unit, height = 260, theme = "light", fontSize: baseFont = 12, ariaLabel }: {
  data: LevelWeekDatum[];
  labels: Record<Level, string>;
  unit: string;
} & ChartProps) {
  const kit = useChartKit(theme, baseFont);
  const { fontSize, tick } = kit;
  return (
    <ChartFrame label={ariaLabel} height={height}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid {...kit.grid} />
        <XAxis dataKey="week" tick={tick} />
        <YAxis allowDecimals={false} tick={tick} width={Math.round(fontSize * 3)} />
        <Tooltip {...kit.tooltip(unit)} />
        <Legend {...kit.legend} itemSorter={(item) => LEVELS.indexOf(item.dataKey as Level)} />
        {[...LEVELS].reverse().map((level) => (
          <Bar key={level} dataKey={level} name={labels[level]} stackId="levels" fill={LEVEL_COLOR[level]} cursor="pointer" isAnimationActive={false}
            onClick={kit.openBar} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}

export interface SubmissionDatum {
  week: string;
  submissionRate: number | null;
  onTimeRate: number | null;
  href?: string;
}

/** Submission rate (bars) and on-time rate (line) per week, in %. */
export function SubmissionChart({ data, labels, height = 260, theme = "light", fontSize: baseFont = 12, ariaLabel }: {
  data: SubmissionDatum[];
  labels: { submissionRate: string; onTimeRate: string };
} & ChartProps) {
  const kit = useChartKit(theme, baseFont);
  const { fontSize, tick } = kit;
  return (
    <ChartFrame label={ariaLabel} height={height}>
      <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid {...kit.grid} />
        <XAxis dataKey="week" tick={tick} />
        <YAxis domain={[0, 100]} unit="%" tick={tick} width={Math.round(fontSize * 3.8)} />
        <Tooltip {...kit.tooltip("%")} />
        <Legend {...kit.legend} />
        <Bar dataKey="submissionRate" name={labels.submissionRate} fill={LEVEL_COLOR.BLUE} cursor="pointer" isAnimationActive={false}
          onClick={kit.openBar} />
        <Line dataKey="onTimeRate" name={labels.onTimeRate} stroke={LEVEL_COLOR.GREEN} strokeWidth={3} dot={{ r: 3 }} isAnimationActive={false} />
      </ComposedChart>
    </ChartFrame>
  );
}

export interface IndicatorDatum {
  label: string;
  attainment: number;
  planned: number;
  href?: string;
}

/** Indicator attainment (coloured by its gap to planned progress) beside planned progress, in %. */
export function IndicatorChart({ data, labels, height, theme = "light", fontSize: baseFont = 12, ariaLabel }: {
  data: IndicatorDatum[];
  labels: { attainment: string; planned: string };
} & ChartProps) {
  const kit = useChartKit(theme, baseFont);
  const { fontSize, tick } = kit;
  return (
    <ChartFrame label={ariaLabel} height={height ?? 60 + data.length * 34}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid {...kit.grid} />
        <YAxis dataKey="label" type="category" tick={tick} width={Math.round(fontSize * 12)} interval={0} />
        <XAxis type="number" domain={[0, (max: number) => Math.max(100, Math.ceil(max / 10) * 10)]} unit="%" tick={tick} allowDataOverflow={false} />
        <Tooltip {...kit.tooltip("%")} />
        <Legend {...kit.legend} />
        <Bar dataKey="attainment" name={labels.attainment} fill={LEVEL_COLOR.GREEN} cursor="pointer" isAnimationActive={false}
          onClick={kit.openBar}>
          {data.map((datum) => (
            <Cell key={datum.label} fill={gapColor(datum.planned - datum.attainment)} />
          ))}
        </Bar>
        <Bar dataKey="planned" name={labels.planned} fill={PLANNED_COLOR} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}

export interface AmountDatum {
  label: string;
  value: number;
  color: string;
  href?: string;
}

/** A few amounts of one unit (亩, 万元) side by side. */
export function AmountChart({ data, unit, height = 200, theme = "light", fontSize: baseFont = 12, ariaLabel }: {
  data: AmountDatum[];
  unit: string;
} & ChartProps) {
  const kit = useChartKit(theme, baseFont);
  const { fontSize, tick } = kit;
  return (
    <ChartFrame label={ariaLabel} height={height}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid {...kit.grid} />
        <XAxis dataKey="label" tick={tick} interval={0} />
        <YAxis tick={tick} width={Math.round(fontSize * 5)} />
        <Tooltip {...kit.tooltip(unit)} />
        <Bar dataKey="value" cursor="pointer" isAnimationActive={false} onClick={kit.openBar}>
          {data.map((datum) => (
            <Cell key={datum.label} fill={datum.color} />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
