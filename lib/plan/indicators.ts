// Indicators of work items: directions, count units, and the one rule of attainment. Pure.
// An item may carry several indicators; each has a stable id in the database
// (WorkItemIndicator) so that reported values and a later link to the national evaluation
// catalogue hang on it.
import * as DbEnums from "@/lib/db/generated/enums";

export const INDICATOR_DIRECTIONS = Object.values(DbEnums.IndicatorDirection);
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** At most this many indicators on one work item. */
export const MAX_INDICATORS = 10;

/** Units that count things: their values are never negative. */
export const COUNT_UNITS: ReadonlySet<string> = new Set(["家", "个", "件", "项", "人", "名", "户", "次", "场", "批", "座", "台", "套", "所", "条"]);

export function isCountUnit(unit: string | null | undefined): boolean {
  return unit ? COUNT_UNITS.has(unit.trim()) : false;
}

/**
 * Share of the way from baseline to target reached (may exceed 0–1), or null when the target
 * equals the baseline. The same formula holds for a falling indicator (target below
 * baseline): 0.52 → 0.48 with 0.50 reached is 0.5. The dashboard's SQL computes the same.
 */
export function attainment(baseline: number, target: number, value: number | null): number | null {
  if (target === baseline) return null;
  return ((value ?? baseline) - baseline) / (target - baseline);
}

/** Labels as offices write them, in sheets and forms. */
export const DIRECTION_LABELS: Record<IndicatorDirection, string> = { RISING: "上升", FALLING: "下降" };

const DIRECTION_WORDS: [RegExp, IndicatorDirection][] = [
  [/^(上升|提高|提升|增长|增加|递增|正向|越大越好|rising|up|↑)$/i, "RISING"],
  [/^(下降|降低|减少|递减|逆向|负向|越小越好|falling|down|↓)$/i, "FALLING"],
];

/** Reads a direction cell: 上升 / 下降 and their variants; blank → null. */
export function parseDirection(text: string): IndicatorDirection | null | "invalid" {
  const value = text.trim();
  if (!value) return null;
  for (const [pattern, direction] of DIRECTION_WORDS) if (pattern.test(value)) return direction;
  return "invalid";
}
