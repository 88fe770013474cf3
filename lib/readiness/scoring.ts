// The readiness score: the zone's estimated standing under a version of the national evaluation
// system. Pure: (catalogue, the zone's figures, method) → scores. Every page, the dashboard
// panel, the briefing line, the status report and the trend use these functions; the method is
// written out for supervisors in docs/readiness.md.
//
//   attainment  rising: value / benchmark; falling: benchmark / value (inverted, a value of 0 or
//               less is the best there is); a benchmark at or below 0 (growth rates):
//               1 ± (value − benchmark) / |benchmark|. Never below 0, never above the cap.
//   indicator   100 × attainment (100 = at the benchmark); a qualitative one: the office's 0–100.
//   group       Σ weight × score / Σ weight over the indicators with a score (REWEIGHT), or over
//               all of them with a missing one counting 0 (COUNT_AS_ZERO). Weight inside a group
//               as published, 1 where none is.
//   overall     Σ group weight × group score / Σ group weight over the groups with a score.
// A missing value or benchmark leaves the indicator's score missing (null), never 0.
import * as DbEnums from "@/lib/db/generated/enums";

export const MISSING_RULES = Object.values(DbEnums.MissingRule);
export type MissingRule = (typeof MISSING_RULES)[number];

export interface ScoringMethod {
  /** Highest attainment that counts (1.2: up to 120 % of the benchmark). */
  cap: number;
  missingRule: MissingRule;
}

export const DEFAULT_METHOD: ScoringMethod = { cap: 1.2, missingRule: "REWEIGHT" };

export interface CatalogueIndicator {
  id: string;
  code: string;
  name: string;
  unit: string | null;
  direction: "RISING" | "FALLING";
  /** Factor inside the group where published; null counts as 1. */
  weight: number | null;
  qualitative: boolean;
}

export interface CatalogueGroup {
  id: string;
  code: string;
  name: string;
  /** Percent of the whole (20 = 20 %). */
  weight: number;
  indicators: CatalogueIndicator[];
}

/** One indicator's figures as the scoring reads them. A qualitative indicator's value is the office's score 0–100. */
export interface IndicatorFigures {
  value: number | null;
  benchmark: number | null;
}

export type MissingReason = "value" | "benchmark";

export interface IndicatorScore {
  id: string;
  /** Share of the benchmark reached, after the cap; null when missing. */
  attainment: number | null;
  /** True when the raw attainment was above the cap (or a falling value at or below 0). */
  capped: boolean;
  /** 0 … 100 × cap; null when missing. */
  score: number | null;
  missing: MissingReason | null;
  /** The indicator's weight inside its group (1 where none is published). */
  weight: number;
}

export interface GroupScore {
  id: string;
  weight: number;
  /** null when no indicator of the group has a score. */
  score: number | null;
  /** Share of the group's indicator weight that has a score (0–1). */
  coverage: number;
  indicators: IndicatorScore[];
}

export interface ReadinessScore {
  /** null when no group has a score. */
  overall: number | null;
  /** Share of the catalogue's group weight whose groups have a score (0–1). */
  coverage: number;
  /** Share of all indicator weight (each group's share of the whole) that has a score (0–1). */
  indicatorCoverage: number;
  groups: GroupScore[];
}

export const indicatorWeight = (indicator: Pick<CatalogueIndicator, "weight">): number => indicator.weight ?? 1;

/** Share of the benchmark reached before the cap, or null when it cannot be computed. */
export function rawAttainment(direction: CatalogueIndicator["direction"], value: number, benchmark: number): number | null {
  if (benchmark === 0) return null;
  if (benchmark < 0) {
    // Growth rates and the like: how far above (rising) or below (falling) the benchmark, in units of |benchmark|.
    const ahead = (value - benchmark) / Math.abs(benchmark);
    return direction === "RISING" ? 1 + ahead : 1 - ahead;
  }
  if (direction === "RISING") return value / benchmark;
  return value <= 0 ? Number.POSITIVE_INFINITY : benchmark / value;
}

export function scoreIndicator(indicator: CatalogueIndicator, figures: IndicatorFigures | undefined, method: ScoringMethod): IndicatorScore {
  const weight = indicatorWeight(indicator);
  const value = figures?.value ?? null;
  if (value === null) return { id: indicator.id, attainment: null, capped: false, score: null, missing: "value", weight };
  if (indicator.qualitative) {
    const score = Math.min(100, Math.max(0, value));
    return { id: indicator.id, attainment: score / 100, capped: false, score, missing: null, weight };
  }
  const benchmark = figures?.benchmark ?? null;
  const raw = benchmark === null ? null : rawAttainment(indicator.direction, value, benchmark);
  if (raw === null) return { id: indicator.id, attainment: null, capped: false, score: null, missing: "benchmark", weight };
  const attainment = Math.min(method.cap, Math.max(0, raw));
  return { id: indicator.id, attainment, capped: raw > method.cap, score: 100 * attainment, missing: null, weight };
}

export function scoreGroup(group: CatalogueGroup, figures: ReadonlyMap<string, IndicatorFigures>, method: ScoringMethod): GroupScore {
  const indicators = group.indicators.map((indicator) => scoreIndicator(indicator, figures.get(indicator.id), method));
  const totalWeight = indicators.reduce((sum, row) => sum + row.weight, 0);
  const scored = indicators.filter((row) => row.score !== null);
  const scoredWeight = scored.reduce((sum, row) => sum + row.weight, 0);
  const points = scored.reduce((sum, row) => sum + row.weight * row.score!, 0);
  const denominator = method.missingRule === "REWEIGHT" ? scoredWeight : totalWeight;
  return {
    id: group.id,
    weight: group.weight,
    score: scored.length === 0 || denominator === 0 ? null : points / denominator,
    coverage: totalWeight === 0 ? 0 : scoredWeight / totalWeight,
    indicators,
  };
}

export function scoreCatalogue(groups: CatalogueGroup[], figures: ReadonlyMap<string, IndicatorFigures>, method: ScoringMethod): ReadinessScore {
  const scoredGroups = groups.map((group) => scoreGroup(group, figures, method));
  const totalWeight = scoredGroups.reduce((sum, group) => sum + group.weight, 0);
  const withScore = scoredGroups.filter((group) => group.score !== null);
  const weightWithScore = withScore.reduce((sum, group) => sum + group.weight, 0);
  return {
    overall: weightWithScore === 0 ? null : withScore.reduce((sum, group) => sum + group.weight * group.score!, 0) / weightWithScore,
    coverage: totalWeight === 0 ? 0 : weightWithScore / totalWeight,
    indicatorCoverage: totalWeight === 0 ? 0 : scoredGroups.reduce((sum, group) => sum + group.weight * group.coverage, 0) / totalWeight,
    groups: scoredGroups,
  };
}

/**
 * The points of the overall score an indicator loses against the benchmark: its share of the
 * whole (group weight × its weight in the group) × (100 − its score), 0 at or above the benchmark.
 * Ranks the indicators furthest behind; null when the indicator has no score.
 */
export function pointsBehind(group: Pick<GroupScore, "weight" | "indicators">, indicator: IndicatorScore, totalGroupWeight: number): number | null {
  if (indicator.score === null || totalGroupWeight === 0) return null;
  const groupIndicatorWeight = group.indicators.reduce((sum, row) => sum + row.weight, 0);
  if (groupIndicatorWeight === 0) return null;
  const share = (group.weight / totalGroupWeight) * (indicator.weight / groupIndicatorWeight);
  return share * Math.max(0, 100 - indicator.score);
}
