// The quarterly assessment's scoring model: a pure function (units' quarter figures,
// weights, quarter) → scores with a breakdown and the figures behind each component.
// The formulas are documented in docs/assessment.md; change both together.
import type { Quarter } from "@/lib/dates/zone-time";

export const COMPONENTS = ["TIMELINESS", "PROGRESS", "INDICATORS", "WARNINGS", "INSPECTIONS"] as const;
export type Component = (typeof COMPONENTS)[number];
export type Weights = Record<Component, number>;

export const DEFAULT_WEIGHTS: Weights = { TIMELINESS: 20, PROGRESS: 35, INDICATORS: 20, WARNINGS: 15, INSPECTIONS: 10 };

/** Credit of one expected weekly report. */
export const TIMELINESS_CREDIT = { ON_TIME: 1, LATE_WITHIN_DAY: 0.8, LATE: 0.5, MISSING: 0 } as const;
/** Points lost per percentage point behind the planned progress. */
export const PROGRESS_POINTS_PER_GAP = 2;
export const WARNING_DEDUCTION = { BLUE: 2, YELLOW: 5, ORANGE: 10, RED: 20 } as const;
/** Per supervision notice answered after its due date, or not at all. */
export const NOTICE_LATE_DEDUCTION = 10;
export const RATING_POINTS = { EXCELLENT: 100, GOOD: 85, FAIR: 70, POOR: 50 } as const;
/** Per rectification not done by its due date. */
export const RECTIFICATION_OVERDUE_DEDUCTION = 10;

export type WeekOutcome = "ON_TIME" | "LATE" | "MISSING";

export interface UnitQuarterData {
  unitId: string;
  /** One row per week the unit owed a report whose deadline has passed. */
  weeks: { week: string; outcome: WeekOutcome; lateMinutes: number }[];
  /** Work items the unit led during the quarter, at the as-of day. */
  items: { code: string; title: string; planned: number; actual: number }[];
  /** Items with an indicator: attained and planned shares of the way from baseline to target (0–1). */
  indicators: { code: string; name: string; baseline: number; target: number; value: number; attained: number; expected: number }[];
  warnings: { level: keyof typeof WARNING_DEDUCTION; kind: string; title: string }[];
  notices: { number: string; responseDue: string; late: boolean }[];
  inspections: { date: string; rating: keyof typeof RATING_POINTS; rectificationOverdue: boolean }[];
}

export interface ComponentScore {
  component: Component;
  /** The zone's configured weight. */
  configuredWeight: number;
  /** The weight applied after spreading the weights of components without data. */
  weight: number;
  /** 0–100 before weighting; null when the unit has no data for it this quarter. */
  rawScore: number | null;
  /** rawScore × weight / 100. */
  score: number;
  evidence: Record<string, unknown>;
}

export interface UnitScore {
  unitId: string;
  computedScore: number;
  components: ComponentScore[];
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const clamp = (value: number, min = 0, max = 100) => Math.min(max, Math.max(min, value));

export function weekCredit(outcome: WeekOutcome, lateMinutes: number): number {
  if (outcome === "ON_TIME") return TIMELINESS_CREDIT.ON_TIME;
  if (outcome === "MISSING") return TIMELINESS_CREDIT.MISSING;
  return lateMinutes <= 24 * 60 ? TIMELINESS_CREDIT.LATE_WITHIN_DAY : TIMELINESS_CREDIT.LATE;
}

type Raw = { rawScore: number | null; evidence: Record<string, unknown> };

function timeliness(data: UnitQuarterData): Raw {
  const count = (outcome: WeekOutcome) => data.weeks.filter((week) => week.outcome === outcome).length;
  const evidence = {
    expected: data.weeks.length,
    onTime: count("ON_TIME"),
    lateWithinDay: data.weeks.filter((week) => week.outcome === "LATE" && week.lateMinutes <= 1440).length,
    lateOverDay: data.weeks.filter((week) => week.outcome === "LATE" && week.lateMinutes > 1440).length,
    missing: count("MISSING"),
    weeks: data.weeks,
  };
  if (data.weeks.length === 0) return { rawScore: null, evidence };
  const credit = data.weeks.reduce((sum, week) => sum + weekCredit(week.outcome, week.lateMinutes), 0);
  return { rawScore: round2((100 * credit) / data.weeks.length), evidence };
}

function progress(data: UnitQuarterData): Raw {
  const items = data.items.map((item) => {
    const gap = round2(Math.max(0, item.planned - item.actual));
    return { ...item, gap, score: round2(clamp(100 - PROGRESS_POINTS_PER_GAP * gap)) };
  });
  const evidence = { items, averageGap: items.length ? round2(mean(items.map((item) => item.gap))) : null };
  return { rawScore: items.length ? round2(mean(items.map((item) => item.score))) : null, evidence };
}

function indicators(data: UnitQuarterData): Raw {
  const items = data.indicators.map((item) => ({
    ...item,
    score: round2(item.expected <= 0 ? 100 : clamp((100 * item.attained) / item.expected)),
  }));
  return { rawScore: items.length ? round2(mean(items.map((item) => item.score))) : null, evidence: { items } };
}

function warnings(data: UnitQuarterData): Raw {
  const byLevel = Object.fromEntries(Object.keys(WARNING_DEDUCTION).map((level) => [level, data.warnings.filter((warning) => warning.level === level).length]));
  const warningDeduction = data.warnings.reduce((sum, warning) => sum + WARNING_DEDUCTION[warning.level], 0);
  const lateNotices = data.notices.filter((notice) => notice.late);
  const noticeDeduction = lateNotices.length * NOTICE_LATE_DEDUCTION;
  return {
    rawScore: round2(clamp(100 - warningDeduction - noticeDeduction)),
    evidence: { byLevel, warningDeduction, notices: data.notices, lateNotices: lateNotices.length, noticeDeduction, warnings: data.warnings },
  };
}

function inspections(data: UnitQuarterData): Raw {
  const overdue = data.inspections.filter((inspection) => inspection.rectificationOverdue).length;
  const evidence = { inspections: data.inspections, averageRating: null as number | null, rectificationOverdue: overdue, deduction: overdue * RECTIFICATION_OVERDUE_DEDUCTION };
  if (data.inspections.length === 0) return { rawScore: null, evidence };
  evidence.averageRating = round2(mean(data.inspections.map((inspection) => RATING_POINTS[inspection.rating])));
  return { rawScore: round2(clamp(evidence.averageRating - evidence.deduction)), evidence };
}

const SCORERS: Record<Component, (data: UnitQuarterData) => Raw> = {
  TIMELINESS: timeliness,
  PROGRESS: progress,
  INDICATORS: indicators,
  WARNINGS: warnings,
  INSPECTIONS: inspections,
};

export function weightsTotal(weights: Weights): number {
  return round2(COMPONENTS.reduce((sum, component) => sum + weights[component], 0));
}

/** One unit's score. Components without data hand their weight to the others, in proportion. */
export function scoreUnit(data: UnitQuarterData, weights: Weights): UnitScore {
  const raws = COMPONENTS.map((component) => ({ component, ...SCORERS[component](data) }));
  const applicableWeight = raws.reduce((sum, raw) => sum + (raw.rawScore === null ? 0 : weights[raw.component]), 0);
  const components = raws.map((raw): ComponentScore => {
    const weight = raw.rawScore === null || applicableWeight === 0 ? 0 : round2((weights[raw.component] * 100) / applicableWeight);
    return {
      component: raw.component,
      configuredWeight: weights[raw.component],
      weight,
      rawScore: raw.rawScore,
      score: raw.rawScore === null ? 0 : round2((raw.rawScore * weight) / 100),
      evidence: raw.evidence,
    };
  });
  return { unitId: data.unitId, computedScore: round2(components.reduce((sum, component) => sum + component.score, 0)), components };
}

/** Every unit's score for the quarter. */
export function scoreQuarter(units: UnitQuarterData[], weights: Weights, quarter: Quarter): (UnitScore & Quarter)[] {
  if (Math.abs(weightsTotal(weights) - 100) > 0.001) throw new Error(`weights must sum to 100, got ${weightsTotal(weights)}`);
  return units.map((data) => ({ ...scoreUnit(data, weights), ...quarter }));
}

/** Competition ranking ("1, 2, 2, 4") by total, highest first. */
export function rankByTotal<T extends { unitId: string; total: number }>(rows: T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.total - a.total || a.unitId.localeCompare(b.unitId));
  return sorted.map((row, index) => {
    const firstEqual = sorted.findIndex((other) => other.total === row.total);
    return { ...row, rank: firstEqual === index ? index + 1 : firstEqual + 1 };
  });
}

/** Adjusted total, kept within 0–100. */
export function adjustedTotal(computedScore: number, adjustment: number): number {
  return round2(clamp(computedScore + adjustment));
}
