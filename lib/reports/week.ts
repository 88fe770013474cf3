// Which ISO week a report is for, its deadline, and which work items a unit must report on
// in a week. Pure: the zone's rule and clock are passed in.
import {
  addDaysToKey,
  compareIsoWeeks,
  isoWeekMondayKey,
  isoWeekOf,
  isoWeekStart,
  minutesLate,
  reportDeadline,
  type DeadlineRule,
  type IsoWeek,
} from "@/lib/dates/zone-time";

export interface ZoneClock {
  timeZone: string;
  reportDeadlineWeekday: number;
  reportDeadlineTime: string;
}

export interface ReportWeek extends IsoWeek {
  /** Monday and Sunday of the week on the zone's calendar. */
  mondayKey: string;
  sundayKey: string;
  /** The deadline's day on the zone's calendar. */
  deadlineKey: string;
  weekStart: Date;
  deadline: Date;
}

export function deadlineRule(zone: ZoneClock): DeadlineRule {
  return { weekday: zone.reportDeadlineWeekday, time: zone.reportDeadlineTime };
}

export function reportWeek(week: IsoWeek, zone: ZoneClock): ReportWeek {
  const mondayKey = isoWeekMondayKey(week);
  return {
    isoYear: week.isoYear,
    isoWeek: week.isoWeek,
    mondayKey,
    sundayKey: addDaysToKey(mondayKey, 6),
    deadlineKey: addDaysToKey(mondayKey, zone.reportDeadlineWeekday - 1),
    weekStart: isoWeekStart(week, zone.timeZone),
    deadline: reportDeadline(week, deadlineRule(zone), zone.timeZone),
  };
}

export function currentReportWeek(now: Date, zone: ZoneClock): ReportWeek {
  return reportWeek(isoWeekOf(now, zone.timeZone), zone);
}

/** Minutes until the deadline (negative once it has passed), and how late a submission now would be. */
export function deadlineCountdown(now: Date, deadline: Date): { minutesLeft: number; minutesLate: number } {
  const late = minutesLate(now, deadline);
  return { minutesLeft: late > 0 ? -late : Math.floor((deadline.getTime() - now.getTime()) / 60_000), minutesLate: late };
}

/** A week for which a report may be written: not in the future. */
export function isReportableWeek(week: IsoWeek, now: Date, zone: ZoneClock): boolean {
  return compareIsoWeeks(week, isoWeekOf(now, zone.timeZone)) <= 0;
}

export interface ItemSchedule {
  startDate: string;
  status: "ACTIVE" | "COMPLETED" | "ARCHIVED";
  completedAt: Date | null;
}

/**
 * Whether the item belongs in the lead unit's report form for this week: it has started by
 * the week's Sunday, is not archived, and was not completed before the week began.
 */
export function itemDueInWeek(item: ItemSchedule, week: Pick<ReportWeek, "sundayKey" | "weekStart">): boolean {
  if (item.status === "ARCHIVED" || item.startDate > week.sundayKey) return false;
  return item.status !== "COMPLETED" || (item.completedAt !== null && item.completedAt.getTime() >= week.weekStart.getTime());
}

/**
 * Whether the item makes its lead unit OWE the week's report: it had started by the
 * deadline's day, is not archived, and was not completed by the start of the week. The one
 * definition behind the review board, the ledger (monthly report, assessment), the warning
 * engine's missing-report rule and, in SQL, the dashboard (lib/dashboard/sql.ts
 * dueReportersSql): their figures agree because they share it.
 */
export function itemOwesReport(item: ItemSchedule, week: Pick<ReportWeek, "deadlineKey" | "weekStart">): boolean {
  if (item.status === "ARCHIVED" || item.startDate > week.deadlineKey) return false;
  return item.status !== "COMPLETED" || (item.completedAt !== null && item.completedAt.getTime() > week.weekStart.getTime());
}
