// The weekly-report history over a period, shared by the monthly supervision report and the
// quarterly assessment: which weeks fall in the period, which units owed a report in each,
// how each owed report turned out, and an item's reported progress as of a week. Pure.
import type { ZoneCalendar } from "@/lib/dates/calendar";
import { toNumber } from "@/lib/format";
import { compareIsoWeeks, dateKey, formatIsoWeek, isoWeekOfDateKey, shiftIsoWeek, type IsoWeek } from "@/lib/dates/zone-time";
import type { CurveKind, CurvePoint, Recurrence } from "@/lib/plan/planned-progress";
import { parsePlannedPoints } from "@/lib/plan/schema";
import { reportWeek, unitsOwingWeek, type ItemSchedule, type ReportingUnit, type ReportWeek } from "./week";

export interface HistoryItem extends ItemSchedule {
  id: string;
  leadUnitId: string;
}

/** A work item with what the period figures need: identity, timeline and indicator. */
export interface PlanItem extends HistoryItem {
  code: string;
  title: string;
  dueDate: string;
  curve: CurveKind;
  points: CurvePoint[] | null;
  recurrence: Recurrence;
  indicators: { id: string; name: string; baseline: number; target: number }[];
}

type Numeric = number | string | { toString(): string } | null;

/** A work item row (from the database or the demo generator) as the report history needs it. */
export function toPlanItem(item: {
  id: string;
  code: string;
  title: string;
  leadUnitId: string;
  startDate: Date;
  dueDate: Date;
  status: PlanItem["status"];
  completedAt: Date | null;
  plannedCurve: string;
  plannedPoints?: unknown;
  recurrence?: string;
  indicators: { id: string; name: string; baseline: Numeric; target: Numeric }[];
}): PlanItem {
  return {
    id: item.id,
    code: item.code,
    title: item.title,
    leadUnitId: item.leadUnitId,
    startDate: dateKey(item.startDate),
    dueDate: dateKey(item.dueDate),
    status: item.status,
    completedAt: item.completedAt,
    curve: item.plannedCurve as CurveKind,
    points: parsePlannedPoints(item.plannedPoints),
    recurrence: (item.recurrence ?? "NONE") as Recurrence,
    indicators: item.indicators.map((indicator) => ({ id: indicator.id, name: indicator.name, baseline: toNumber(indicator.baseline) ?? 0, target: toNumber(indicator.target) ?? 0 })),
  };
}

export interface HistoryReport {
  unitId: string;
  isoYear: number;
  isoWeek: number;
  /** Set once the report was first submitted (it stays set through a return). */
  submittedAt: Date | null;
  lateMinutes: number | null;
}

/** A figure of a report that counts for figures; an empty field is null, never 0. */
export interface HistoryEntry {
  workItemId: string;
  isoYear: number;
  isoWeek: number;
  progress: number | null;
  /** The indicator values the entry gave. */
  values: { indicatorId: string; value: number }[];
}

/**
 * The owed weeks (lib/dates/calendar.ts: reporting had started, not a holiday week, not
 * skipped) whose report deadline — moved off a holiday as the zone's policy says — falls
 * between the two days (zone calendar) and is not after `asOf`.
 */
export function weeksWithDeadlineIn(firstKey: string, lastKey: string, zoneCalendar: ZoneCalendar, asOf: Date): ReportWeek[] {
  const weeks: ReportWeek[] = [];
  let week: IsoWeek = shiftIsoWeek(isoWeekOfDateKey(firstKey), -2);
  const lastWeek = shiftIsoWeek(isoWeekOfDateKey(lastKey), 1);
  while (compareIsoWeeks(week, lastWeek) <= 0) {
    const info = reportWeek(week, zoneCalendar);
    if (info.owed && info.deadlineKey >= firstKey && info.deadlineKey <= lastKey && info.deadline.getTime() <= asOf.getTime()) weeks.push(info);
    week = shiftIsoWeek(week, 1);
  }
  return weeks;
}

export type Outcome = { outcome: "ON_TIME" | "LATE" | "MISSING"; lateMinutes: number };

/** Lateness is that of the first submission, stored when it was made; a return keeps it. */
export function reportOutcome(report: HistoryReport | undefined): Outcome {
  if (!report?.submittedAt) return { outcome: "MISSING", lateMinutes: 0 };
  const late = report.lateMinutes ?? 0;
  return { outcome: late > 0 ? "LATE" : "ON_TIME", lateMinutes: late };
}

const weekId = (week: IsoWeek) => week.isoYear * 100 + week.isoWeek;

/**
 * For each unit, the weeks of the period it owed (unitOwesWeek: excused weeks are not owed)
 * with their outcome, oldest first.
 */
export function owedReports(
  units: readonly ReportingUnit[],
  items: HistoryItem[],
  reports: HistoryReport[],
  weeks: ReportWeek[],
  excused: ReadonlySet<string> = new Set(),
): Map<string, ({ week: string } & Outcome)[]> {
  const byUnitWeek = new Map(reports.map((report) => [`${report.unitId}:${weekId(report)}`, report]));
  const owed = new Map<string, ({ week: string } & Outcome)[]>();
  for (const week of weeks) {
    for (const unitId of unitsOwingWeek(units, items, week, excused)) {
      const list = owed.get(unitId) ?? [];
      list.push({ week: formatIsoWeek(week), ...reportOutcome(byUnitWeek.get(`${unitId}:${weekId(week)}`)) });
      owed.set(unitId, list);
    }
  }
  return owed;
}

/** Entries indexed by item, oldest week first, for progressAsOf. */
export function entriesByItem(entries: HistoryEntry[]): Map<string, HistoryEntry[]> {
  const map = new Map<string, HistoryEntry[]>();
  for (const entry of entries) {
    const list = map.get(entry.workItemId) ?? [];
    list.push(entry);
    map.set(entry.workItemId, list);
  }
  for (const list of map.values()) list.sort((a, b) => weekId(a) - weekId(b));
  return map;
}

/** The latest entry with a progress figure in a week up to `week` (null: nothing reported by then). */
export function entryAsOf(list: HistoryEntry[] | undefined, week: IsoWeek): (HistoryEntry & { progress: number }) | null {
  if (!list) return null;
  let found: (HistoryEntry & { progress: number }) | null = null;
  for (const entry of list) {
    if (weekId(entry) > weekId(week)) break;
    if (entry.progress !== null) found = entry as HistoryEntry & { progress: number };
  }
  return found;
}

/** The latest value of one indicator reported up to `week` (entries may leave it empty). */
export function indicatorAsOf(list: HistoryEntry[] | undefined, week: IsoWeek, indicatorId: string): number | null {
  let value: number | null = null;
  for (const entry of list ?? []) {
    if (weekId(entry) > weekId(week)) break;
    const given = entry.values.find((row) => row.indicatorId === indicatorId);
    if (given) value = given.value;
  }
  return value;
}
