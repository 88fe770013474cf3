// The monthly supervision report (月督查报告), compiled from a month's data. Pure: the
// figures are a value that the office can freeze at publication.
import { addDaysToKey, endOfLocalDay, formatIsoWeek, isoWeekOf, isoWeekOfDateKey, localDateKey, monthRange, zonedInstant } from "@/lib/dates/zone-time";
import { entriesByItem, entryAsOf, owedReports, weeksWithDeadlineIn, type HistoryEntry, type HistoryReport, type PlanItem } from "@/lib/reports/report-history";
import type { ZoneCalendar } from "@/lib/dates/calendar";
import { decisionDaysOverdue, decisionOpenAt, type DecisionStatus } from "./decision-status";
import * as DbEnums from "@/lib/db/generated/enums";
import { WARNING_LEVELS } from "@/lib/warnings/rules";

export const RATINGS = Object.values(DbEnums.InspectionRating);
export type Rating = (typeof RATINGS)[number];

export interface MonthRaw {
  year: number;
  month: number;
  /** The zone's settings and working-day calendar: which weeks were owed, and their deadlines. */
  zone: ZoneCalendar;
  now: Date;
  units: { id: string; name: string; active: boolean; kind: string; park: string | null }[];
  /** Weeks the office excused units from (免报), as exemptionKey()s. */
  excused: string[];
  items: PlanItem[];
  reports: HistoryReport[];
  /** Latest submitted entries as of the weeks before and at the end of the month (see loadEntriesAsOf). */
  entries: HistoryEntry[];
  warningEvents: { unitId: string; type: "OPENED" | "RESOLVED"; level: string | null; at: Date }[];
  inspections: { unitId: string; date: string; rating: Rating; inspectors: string; findings: string; rectificationRequired: boolean; rectificationDue: string | null; rectifiedAt: Date | null }[];
  /** The month's decisions (met or due in it) and every decision open and overdue at the month's end. */
  decisions: { code: string; content: string; meeting: string; meetingDate: string; assigneeUnitId: string; dueDate: string; status: DecisionStatus; progress: number; completedAt: Date | null }[];
}

export type UnitMonth = {
  unitId: string;
  name: string;
  park: string | null;
  owed: number;
  onTime: number;
  late: number;
  missing: number;
  /** Shares of owed reports, 0–100 (null when nothing was owed). */
  submissionRate: number | null;
  onTimeRate: number | null;
  averageLateMinutes: number | null;
  items: number;
  progressStart: number | null;
  progressEnd: number | null;
  progressMoved: number | null;
  completed: number;
  warningsOpened: number;
  warningsResolved: number;
  ratings: Rating[];
};

export type MonthlySnapshot = {
  period: { year: number; month: number; first: string; last: string; asOf: string; weeks: string[] };
  summary: {
    units: number;
    owed: number;
    submitted: number;
    onTime: number;
    late: number;
    missing: number;
    submissionRate: number | null;
    onTimeRate: number | null;
    items: number;
    completed: number;
    progressStart: number | null;
    progressEnd: number | null;
    warningsOpened: number;
    warningsResolved: number;
    inspections: number;
    decisions: number;
    decisionsDone: number;
    decisionsOverdue: number;
  };
  units: UnitMonth[];
  completedItems: { code: string; title: string; unit: string; completedOn: string }[];
  warnings: { opened: Record<string, number>; resolved: number };
  inspections: { unit: string; date: string; rating: Rating; inspectors: string; findings: string; rectificationRequired: boolean; rectificationDue: string | null; rectified: boolean }[];
  ratings: Record<Rating, number>;
  /** `overdue`/`daysOverdue`: open and overdue at the as-of instant (lib/supervision/decision-status.ts). Snapshots published before daysOverdue existed lack it. */
  decisions: { code: string; content: string; meeting: string; unit: string; dueDate: string; status: DecisionStatus; progress: number; overdue: boolean; daysOverdue?: number | null }[];
};

const round1 = (value: number) => Math.round(value * 10) / 10;
const share = (part: number, whole: number) => (whole === 0 ? null : round1((100 * part) / whole));
const average = (values: number[]) => (values.length === 0 ? null : round1(values.reduce((sum, value) => sum + value, 0) / values.length));

export function compileMonthlyReport(raw: MonthRaw): MonthlySnapshot {
  const { first, last } = monthRange(raw.year, raw.month);
  const tz = raw.zone.zone.timeZone;
  const start = zonedInstant(first, "00:00", tz);
  const end = endOfLocalDay(last, tz);
  const asOf = raw.now.getTime() < end.getTime() ? raw.now : new Date(end.getTime() - 1);
  const asOfKey = localDateKey(asOf, tz);
  const inMonth = (instant: Date) => instant.getTime() >= start.getTime() && instant.getTime() <= asOf.getTime();
  const weeks = weeksWithDeadlineIn(first, last, raw.zone, asOf);
  const owed = owedReports(raw.units, raw.items, raw.reports, weeks, new Set(raw.excused));
  const entries = entriesByItem(raw.entries);
  const weekBefore = isoWeekOfDateKey(addDaysToKey(first, -1));
  const weekAtEnd = isoWeekOf(asOf, tz);
  const unitName = new Map(raw.units.map((unit) => [unit.id, unit.name]));
  const active = raw.items.filter((item) => item.startDate <= asOfKey && (item.status !== "COMPLETED" || (item.completedAt !== null && item.completedAt.getTime() >= start.getTime())));
  const completedItems = raw.items.filter((item) => item.completedAt !== null && inMonth(item.completedAt));
  const opened = raw.warningEvents.filter((event) => event.type === "OPENED" && inMonth(event.at));
  const resolved = raw.warningEvents.filter((event) => event.type === "RESOLVED" && inMonth(event.at));
  const inspections = raw.inspections.filter((inspection) => inspection.date >= first && inspection.date <= asOfKey);

  const units = raw.units.map((unit): UnitMonth => {
    const weeksOwed = owed.get(unit.id) ?? [];
    const onTime = weeksOwed.filter((week) => week.outcome === "ON_TIME").length;
    const lateWeeks = weeksOwed.filter((week) => week.outcome === "LATE");
    const led = active.filter((item) => item.leadUnitId === unit.id);
    const progress = led.map((item) => {
      const list = entries.get(item.id);
      return { start: item.startDate < first ? (entryAsOf(list, weekBefore)?.progress ?? 0) : 0, end: entryAsOf(list, weekAtEnd)?.progress ?? 0 };
    });
    const progressStart = average(progress.map((row) => row.start));
    const progressEnd = average(progress.map((row) => row.end));
    return {
      unitId: unit.id,
      name: unit.name,
      park: unit.park,
      owed: weeksOwed.length,
      onTime,
      late: lateWeeks.length,
      missing: weeksOwed.length - onTime - lateWeeks.length,
      submissionRate: share(onTime + lateWeeks.length, weeksOwed.length),
      onTimeRate: share(onTime, weeksOwed.length),
      averageLateMinutes: lateWeeks.length ? Math.round(lateWeeks.reduce((sum, week) => sum + week.lateMinutes, 0) / lateWeeks.length) : null,
      items: led.length,
      progressStart,
      progressEnd,
      progressMoved: progressStart === null || progressEnd === null ? null : round1(progressEnd - progressStart),
      completed: completedItems.filter((item) => item.leadUnitId === unit.id).length,
      warningsOpened: opened.filter((event) => event.unitId === unit.id).length,
      warningsResolved: resolved.filter((event) => event.unitId === unit.id).length,
      ratings: inspections.filter((inspection) => inspection.unitId === unit.id).map((inspection) => inspection.rating),
    };
  });
  const reporting = units.filter((unit) => unit.owed > 0 || unit.items > 0);

  const decisions = raw.decisions.map((decision) => {
    const daysOverdue = decisionDaysOverdue(decision, asOf, asOfKey);
    return {
      code: decision.code,
      content: decision.content,
      meeting: decision.meeting,
      unit: unitName.get(decision.assigneeUnitId) ?? "—",
      dueDate: decision.dueDate,
      // As it stood at the as-of instant: a decision done after the month's end was open then.
      status: decisionOpenAt(decision, asOf) ? ("OPEN" as const) : decision.status,
      progress: decision.progress,
      overdue: daysOverdue !== null,
      daysOverdue,
    };
  });
  const sum = (pick: (unit: UnitMonth) => number) => reporting.reduce((total, unit) => total + pick(unit), 0);
  const owedTotal = sum((unit) => unit.owed);
  const onTimeTotal = sum((unit) => unit.onTime);
  const lateTotal = sum((unit) => unit.late);
  const allProgress = active.map((item) => {
    const list = entries.get(item.id);
    return { start: item.startDate < first ? (entryAsOf(list, weekBefore)?.progress ?? 0) : 0, end: entryAsOf(list, weekAtEnd)?.progress ?? 0 };
  });

  return {
    period: { year: raw.year, month: raw.month, first, last, asOf: asOf.toISOString(), weeks: weeks.map(formatIsoWeek) },
    summary: {
      units: reporting.length,
      owed: owedTotal,
      submitted: onTimeTotal + lateTotal,
      onTime: onTimeTotal,
      late: lateTotal,
      missing: owedTotal - onTimeTotal - lateTotal,
      submissionRate: share(onTimeTotal + lateTotal, owedTotal),
      onTimeRate: share(onTimeTotal, owedTotal),
      items: active.length,
      completed: completedItems.length,
      progressStart: average(allProgress.map((row) => row.start)),
      progressEnd: average(allProgress.map((row) => row.end)),
      warningsOpened: opened.length,
      warningsResolved: resolved.length,
      inspections: inspections.length,
      decisions: decisions.length,
      decisionsDone: decisions.filter((decision) => decision.status === "DONE").length,
      decisionsOverdue: decisions.filter((decision) => decision.overdue).length,
    },
    units: reporting,
    completedItems: completedItems.map((item) => ({ code: item.code, title: item.title, unit: unitName.get(item.leadUnitId) ?? "—", completedOn: localDateKey(item.completedAt!, tz) })),
    warnings: { opened: Object.fromEntries(WARNING_LEVELS.map((level) => [level, opened.filter((event) => event.level === level).length])), resolved: resolved.length },
    inspections: inspections.map((inspection) => ({
      unit: unitName.get(inspection.unitId) ?? "—",
      date: inspection.date,
      rating: inspection.rating,
      inspectors: inspection.inspectors,
      findings: inspection.findings,
      rectificationRequired: inspection.rectificationRequired,
      rectificationDue: inspection.rectificationDue,
      rectified: inspection.rectifiedAt !== null,
    })),
    ratings: Object.fromEntries(RATINGS.map((rating) => [rating, inspections.filter((inspection) => inspection.rating === rating).length])) as Record<Rating, number>,
    decisions,
  };
}
