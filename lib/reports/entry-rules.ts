// The business rules of one report entry, beyond what the form schema checks. A draft may be
// incomplete but never wrong; a submission must be complete. Pure; returns i18n keys by field.

import { toNumber } from "@/lib/format";

export type SaveMode = "draft" | "submit";

export interface EntryValues {
  progress: number | null;
  indicatorValue: number | null;
  doneThisWeek: string;
  planNextWeek: string;
  problems: string;
  needsCoordination: boolean;
  regressionReason: string | null;
}

export interface EntryContext {
  /** Progress of the latest submitted entry from an earlier week (null: never reported). */
  previousProgress: number | null;
}

export type EntryErrors = Partial<Record<keyof EntryValues, string>>;

export function entryErrors(entry: EntryValues, context: EntryContext, mode: SaveMode): EntryErrors {
  const errors: EntryErrors = {};
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

/** A new entry starts from what the unit planned last week and the progress it reported. */
export function prefillEntry(previous: { progress: number; planNextWeek: string; indicatorValue: number | null } | null): EntryValues {
  return {
    progress: previous?.progress ?? null,
    indicatorValue: previous?.indicatorValue ?? null,
    doneThisWeek: previous?.planNextWeek ?? "",
    planNextWeek: "",
    problems: "",
    needsCoordination: false,
    regressionReason: null,
  };
}

type Numeric = number | string | { toString(): string } | null;

/** A saved entry row (Decimals as they come from the database) as form values. */
export function storedEntryValues(entry: Omit<EntryValues, "progress" | "indicatorValue"> & { progress: Numeric; indicatorValue: Numeric }): EntryValues {
  return {
    progress: toNumber(entry.progress),
    indicatorValue: toNumber(entry.indicatorValue),
    doneThisWeek: entry.doneThisWeek,
    planNextWeek: entry.planNextWeek,
    problems: entry.problems,
    needsCoordination: entry.needsCoordination,
    regressionReason: entry.regressionReason,
  };
}
