// The business rules of one report entry, beyond what the form schema checks. A draft may be
// incomplete but never wrong; a submission must be complete. Pure; returns i18n keys by field.

import { toNumber } from "@/lib/format";
import { canonicalDecimal, compareDecimals } from "@/lib/server/exact-decimal";

/** Indicator values are Decimal(18,4): exact canonical text ("1234567890123.4567"), never a float. */
export const INDICATOR_SCALE = 4;

export type SaveMode = "draft" | "submit";

export interface EntryValues {
  progress: number | null;
  /** By indicator id (see indicatorRecord), as exact decimal text. */
  indicators: Record<string, string | null>;
  doneThisWeek: string;
  planNextWeek: string;
  problems: string;
  needsCoordination: boolean;
  regressionReason: string | null;
}

export interface EntryContext {
  /**
   * Progress of the latest submitted entry from an earlier week (null: never reported); of a
   * recurring item, only from the same period (a new period starts again from 0).
   */
  previousProgress: number | null;
  /** Indicators that count things (家, 个, 件, 项 …): their values are never negative. */
  countIndicatorIds?: ReadonlySet<string>;
}

/** Field → i18n key; indicator values as "indicators.<id>". */
export type EntryErrors = Partial<Record<Exclude<keyof EntryValues, "indicators"> | `indicators.${string}`, string>>;

/**
 * Indicator values by indicator id. The keys are ids from the database or ids the form schema
 * checked (never "__proto__"); a plain object, so that it can be handed to the report form.
 */
export function indicatorRecord(entries: Iterable<[string, string | null]> = []): Record<string, string | null> {
  return Object.fromEntries(entries);
}

export function entryErrors(entry: EntryValues, context: EntryContext, mode: SaveMode): EntryErrors {
  const errors: EntryErrors = {};
  for (const [indicatorId, value] of Object.entries(entry.indicators)) {
    if (value !== null && compareDecimals(value, "0", INDICATOR_SCALE) < 0 && context.countIndicatorIds?.has(indicatorId)) errors[`indicators.${indicatorId}`] = "reports.validation.countNotNegative";
  }
  // Wrong even in a draft: going backwards without saying why.
  if (isRegression(entry.progress, context.previousProgress) && !entry.regressionReason) {
    errors.regressionReason = "reports.validation.regressionReason";
  }
  if (mode === "submit") {
    if (entry.progress === null) errors.progress = "validation.required";
    if (!entry.doneThisWeek.trim()) errors.doneThisWeek = "validation.required";
    // A finished item has no "next week".
    if (entry.progress !== 100 && !entry.planNextWeek.trim()) errors.planNextWeek = "validation.required";
    if (entry.needsCoordination && !entry.problems.trim()) errors.problems = "reports.validation.coordinationNeedsProblem";
  }
  return errors;
}

export function isRegression(progress: number | null, previous: number | null): boolean {
  return progress !== null && previous !== null && progress < previous;
}

/**
 * A new entry starts from what the unit planned last week and what it reported (of a recurring
 * item in a new period, progress starts empty again: `previous.progress` null).
 */
export function prefillEntry(previous: { progress: number | null; planNextWeek: string; indicators: Record<string, string | null> } | null): EntryValues {
  return {
    progress: previous?.progress ?? null,
    indicators: indicatorRecord(Object.entries(previous?.indicators ?? {})),
    doneThisWeek: previous?.planNextWeek ?? "",
    planNextWeek: "",
    problems: "",
    needsCoordination: false,
    regressionReason: null,
  };
}

type Numeric = number | string | { toString(): string } | null;

/** A saved entry row (Decimals as they come from the database) as form values. */
export function storedEntryValues(
  entry: Omit<EntryValues, "progress" | "indicators"> & { progress: Numeric; indicatorValues: { indicatorId: string; value: Numeric }[] },
): EntryValues {
  return {
    progress: toNumber(entry.progress),
    indicators: indicatorRecord(entry.indicatorValues.map((row) => [row.indicatorId, storedIndicatorValue(row.value)])),
    doneThisWeek: entry.doneThisWeek,
    planNextWeek: entry.planNextWeek,
    problems: entry.problems,
    needsCoordination: entry.needsCoordination,
    regressionReason: entry.regressionReason,
  };
}

/** A stored indicator value (a Prisma Decimal) as its exact canonical text. */
export function storedIndicatorValue(value: Numeric): string | null {
  return canonicalDecimal(value, INDICATOR_SCALE);
}
