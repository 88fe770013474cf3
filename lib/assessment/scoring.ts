// The quarterly assessment's scoring model: a pure function (units' quarter figures,
// weights, quarter) → scores with a breakdown and the figures behind each component.
// The formulas are documented in docs/assessment.md; change both together.
import type { Quarter } from "@/lib/dates/zone-time";
import * as DbEnums from "@/lib/db/generated/enums";

export const COMPONENTS = Object.values(DbEnums.AssessmentComponentKind);
export type Component = (typeof COMPONENTS)[number];
export type Weights = Record<Component, number>;

export const DEFAULT_WEIGHTS: Weights = { TIMELINESS: 20, PROGRESS: 35, INDICATORS: 20, WARNINGS: 15, INSPECTIONS: 10 };

/**
 * How a part without data (no owed report, no item, no indicator, no inspection) is scored,
 * chosen per round. The default gives the round's median: a unit never inspected scores what
 * the typical inspected unit scored, so missing data is neither a bonus nor a penalty.
 */
export const MISSING_DATA_RULES = Object.values(DbEnums.MissingDataRule);
export type MissingDataRule = (typeof MISSING_DATA_RULES)[number];
/** Never inspected must not outrank inspected: a part without data counts with the round's lowest (docs/assessment.md). */
export const DEFAULT_MISSING_DATA_RULE: MissingDataRule = "ROUND_LOWEST";

/** Warning kinds that deduct nothing themselves, because the event behind them is deducted elsewhere. */
export const WARNING_KINDS_NOT_DEDUCTED = {
  /** The late or missing notice answer is deducted once, as the notice. */
  NOTICE_UNANSWERED: "noticeCounted",
  /** An escalation of yellow warnings that were each deducted already. */
  REPEATED_YELLOW: "escalation",
} as const;

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
  items: { id?: string; code: string; title: string; planned: number; actual: number }[];
  /** Items with an indicator: attained and planned shares of the way from baseline to target (0–1). */
  indicators: { code: string; name: string; baseline: number; target: number; value: number; attained: number; expected: number }[];
  warnings: { id?: string; level: keyof typeof WARNING_DEDUCTION; kind: string; title: string }[];
  notices: { id?: string; number: string; responseDue: string; late: boolean }[];
  inspections: { id?: string; date: string; rating: keyof typeof RATING_POINTS; rectificationOverdue: boolean }[];
}

/** How a part without data was scored: the substitute raw score, or left out (null). */
export interface Substitute {
  rule: MissingDataRule;
  value: number | null;
}

export interface ComponentScore {
  component: Component;
  /** The zone's configured weight. */
  configuredWeight: number;
  /** The weight applied after spreading the weights of components without data. */
  weight: number;
  /** 0–100 before weighting, measured from the unit's data; null when it has none this quarter. */
  rawScore: number | null;
  /** Set when the unit has no data for the part: what the round's rule put in its place. */
  substitute: Substitute | null;
  /** The raw score the part counts with (measured, else the substitute); null when left out. */
  countedRaw: number | null;
  /** countedRaw × weight / 100. */
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

/** One event, one deduction: each warning deducts by its level unless its event is deducted elsewhere. */
export function warningDeductions(list: UnitQuarterData["warnings"]) {
  return list.map((warning) => {
    const notDeducted = (WARNING_KINDS_NOT_DEDUCTED as Record<string, string>)[warning.kind] ?? null;
    return { ...warning, points: notDeducted ? 0 : WARNING_DEDUCTION[warning.level], notDeducted };
  });
}

function warnings(data: UnitQuarterData): Raw {
  const list = warningDeductions(data.warnings);
  const deducted = list.filter((warning) => warning.points > 0);
  const byLevel = Object.fromEntries(Object.keys(WARNING_DEDUCTION).map((level) => [level, deducted.filter((warning) => warning.level === level).length]));
  const warningDeduction = deducted.reduce((sum, warning) => sum + warning.points, 0);
  const notices = data.notices.map((notice) => ({ ...notice, points: notice.late ? NOTICE_LATE_DEDUCTION : 0 }));
  const lateNotices = notices.filter((notice) => notice.late);
  const noticeDeduction = lateNotices.length * NOTICE_LATE_DEDUCTION;
  return {
    rawScore: round2(clamp(100 - warningDeduction - noticeDeduction)),
    evidence: { byLevel, warningDeduction, notices, lateNotices: lateNotices.length, noticeDeduction, warnings: list },
  };
}

function inspections(data: UnitQuarterData): Raw {
  const overdue = data.inspections.filter((inspection) => inspection.rectificationOverdue).length;
  const evidence = { inspections: data.inspections.map((inspection) => ({ ...inspection, points: inspection.rectificationOverdue ? RECTIFICATION_OVERDUE_DEDUCTION : 0 })), averageRating: null as number | null, rectificationOverdue: overdue, deduction: overdue * RECTIFICATION_OVERDUE_DEDUCTION };
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

/** A unit's raw score of every part, from its data (null: no data). */
export interface MeasuredUnit {
  unitId: string;
  parts: { component: Component; rawScore: number | null; evidence: Record<string, unknown> }[];
}

export function measureUnit(data: UnitQuarterData): MeasuredUnit {
  return { unitId: data.unitId, parts: COMPONENTS.map((component) => ({ component, ...SCORERS[component](data) })) };
}

/** The lowest of the values; null for none. */
export function lowest(values: number[]): number | null {
  return values.length === 0 ? null : Math.min(...values);
}

/** The median of the values, two decimals; null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return round2(sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
}

/**
 * What each part without data counts with in a round: ZERO → 0; ROUND_LOWEST / ROUND_MEDIAN →
 * the lowest / the median raw score of the units that have data for the part (left out when
 * no unit has any); EXCLUDE_AND_REWEIGHT → left out (null).
 */
export function substitutesFor(units: MeasuredUnit[], rule: MissingDataRule): Record<Component, number | null> {
  return Object.fromEntries(
    COMPONENTS.map((component) => {
      if (rule === "ZERO") return [component, 0];
      if (rule === "EXCLUDE_AND_REWEIGHT") return [component, null];
      const measured = units.flatMap((unit) => unit.parts.filter((part) => part.component === component && part.rawScore !== null).map((part) => part.rawScore!));
      return [component, rule === "ROUND_LOWEST" ? lowest(measured) : median(measured)];
    }),
  ) as Record<Component, number | null>;
}

/**
 * One unit's score from its measured parts. A part without data counts with the round's
 * substitute; a part left out (no substitute) hands its weight to the others, in proportion.
 */
export function combineUnit(unit: MeasuredUnit, weights: Weights, rule: MissingDataRule, substitutes: Record<Component, number | null>): UnitScore {
  const counted = unit.parts.map((part) => ({ ...part, countedRaw: part.rawScore ?? substitutes[part.component] }));
  const countedWeight = counted.reduce((sum, part) => sum + (part.countedRaw === null ? 0 : weights[part.component]), 0);
  const components = counted.map((part): ComponentScore => {
    const weight = part.countedRaw === null || countedWeight === 0 ? 0 : round2((weights[part.component] * 100) / countedWeight);
    return {
      component: part.component,
      configuredWeight: weights[part.component],
      weight,
      rawScore: part.rawScore,
      substitute: part.rawScore === null ? { rule, value: part.countedRaw } : null,
      countedRaw: part.countedRaw,
      score: part.countedRaw === null ? 0 : round2((part.countedRaw * weight) / 100),
      evidence: part.evidence,
    };
  });
  return { unitId: unit.unitId, computedScore: round2(components.reduce((sum, component) => sum + component.score, 0)), components };
}

/** The round's scores from measured parts (also used to rescore a published round after an appeal). */
export function combineRound(units: MeasuredUnit[], weights: Weights, rule: MissingDataRule): UnitScore[] {
  if (Math.abs(weightsTotal(weights) - 100) > 0.001) throw new Error(`weights must sum to 100, got ${weightsTotal(weights)}`);
  const substitutes = substitutesFor(units, rule);
  return units.map((unit) => combineUnit(unit, weights, rule, substitutes));
}

/** One unit scored on its own: parts without data are left out and their weight spread. */
export function scoreUnit(data: UnitQuarterData, weights: Weights): UnitScore {
  return combineUnit(measureUnit(data), weights, "EXCLUDE_AND_REWEIGHT", substitutesFor([], "EXCLUDE_AND_REWEIGHT"));
}

/** Every unit's score for the quarter under the round's rule for parts without data. */
export function scoreQuarter(units: UnitQuarterData[], weights: Weights, quarter: Quarter, rule: MissingDataRule = DEFAULT_MISSING_DATA_RULE): (UnitScore & Quarter)[] {
  return combineRound(units.map(measureUnit), weights, rule).map((score) => ({ ...score, ...quarter }));
}

/** Unit categories of 分类考核: municipal departments, parks, counties/districts, others. */
export const UNIT_CATEGORIES = ["DEPARTMENT", "PARK", "DISTRICT", "OTHER"] as const;
export type UnitCategory = (typeof UNIT_CATEGORIES)[number];

/** Ranks overall and within each category (both competition rankings). */
export function rankWithCategories<T extends { unitId: string; total: number; category: string }>(rows: T[]): (T & { rank: number; categoryRank: number })[] {
  const categoryRanks = new Map<string, number>();
  for (const category of new Set(rows.map((row) => row.category))) {
    for (const ranked of rankByTotal(rows.filter((row) => row.category === category))) categoryRanks.set(ranked.unitId, ranked.rank);
  }
  return rankByTotal(rows).map((row) => ({ ...row, categoryRank: categoryRanks.get(row.unitId)! }));
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

/** An accepted appeal's correction: the line counts with this raw score, as if measured. */
export interface Correction {
  unitId: string;
  component: Component;
  rawScore: number;
}

export function applyCorrections(units: MeasuredUnit[], corrections: Correction[]): MeasuredUnit[] {
  if (corrections.length === 0) return units;
  return units.map((unit) => ({
    ...unit,
    parts: unit.parts.map((part) => {
      const correction = corrections.findLast((row) => row.unitId === unit.unitId && row.component === part.component);
      return correction ? { ...part, rawScore: correction.rawScore, evidence: { ...part.evidence, correctedFrom: part.rawScore } } : part;
    }),
  }));
}
