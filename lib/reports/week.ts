// Which ISO week a report is for, its deadline under the zone's working-day calendar, and who
// owes it. Pure: the zone's settings, calendar and clock are passed in.
import { deadlineOf, type WeekExemption, type ZoneCalendar } from "@/lib/dates/calendar";
import { addDaysToKey, compareIsoWeeks, formatIsoWeek, isoWeekMondayKey, isoWeekOf, isoWeekStart, minutesLate, type IsoWeek } from "@/lib/dates/zone-time";

export interface ReportWeek extends IsoWeek {
  /** Monday and Sunday of the week on the zone's calendar. */
  mondayKey: string;
  sundayKey: string;
  /** The deadline's day on the zone's calendar, after a holiday moved it. */
  deadlineKey: string;
  weekStart: Date;
  deadline: Date;
  /** How the deadline moved off a public holiday, and that holiday's name. */
  moved: "BEFORE" | "AFTER" | null;
  holiday: string | null;
  /** Whether the zone owes reports this week at all (lib/dates/calendar.ts), and why not. */
  owed: boolean;
  exemption: WeekExemption | null;
}

export function reportWeek(week: IsoWeek, { zone, calendar }: ZoneCalendar): ReportWeek {
  const mondayKey = isoWeekMondayKey(week);
  const deadline = deadlineOf(zone, calendar, week);
  return {
    isoYear: week.isoYear,
    isoWeek: week.isoWeek,
    mondayKey,
    sundayKey: addDaysToKey(mondayKey, 6),
    deadlineKey: deadline.deadlineKey,
    weekStart: isoWeekStart(week, zone.timeZone),
    deadline: deadline.deadline,
    moved: deadline.moved,
    holiday: deadline.holiday,
    owed: deadline.owed,
    exemption: deadline.exemption,
  };
}

export function currentReportWeek(now: Date, zoneCalendar: ZoneCalendar): ReportWeek {
  return reportWeek(isoWeekOf(now, zoneCalendar.zone.timeZone), zoneCalendar);
}

/** Minutes until the deadline (negative once it has passed), and how late a submission now would be. */
export function deadlineCountdown(now: Date, deadline: Date): { minutesLeft: number; minutesLate: number } {
  const late = minutesLate(now, deadline);
  return { minutesLeft: late > 0 ? -late : Math.floor((deadline.getTime() - now.getTime()) / 60_000), minutesLate: late };
}

/** A week for which a report may be written: not in the future. */
export function isReportableWeek(week: IsoWeek, now: Date, zone: { timeZone: string }): boolean {
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
 * Whether the item makes its lead unit owe the week's report: it had started by the
 * deadline's day, is not archived, and was not completed by the start of the week. Part of
 * unitOwesWeek below.
 */
export function itemOwesReport(item: ItemSchedule, week: Pick<ReportWeek, "deadlineKey" | "weekStart">): boolean {
  if (item.status === "ARCHIVED" || item.startDate > week.deadlineKey) return false;
  return item.status !== "COMPLETED" || (item.completedAt !== null && item.completedAt.getTime() > week.weekStart.getTime());
}

export interface ReportingUnit {
  id: string;
  active: boolean;
  kind: string;
}

/** Key of a unit's week in a set of excused weeks (免报). */
export function exemptionKey(unitId: string, week: IsoWeek): string {
  return `${unitId}:${formatIsoWeek(week)}`;
}

/**
 * Who owes a week's report — the one definition behind the submission board, the reminders,
 * the report history (monthly report, assessment), the warning engine's missing-report rule and, in
 * SQL, the dashboard (lib/dashboard/sql.ts owingUnitsSql, held to this by a parity test). A
 * unit owes week W when W is owed by the zone's calendar (reporting had started; not a holiday
 * week; not skipped for a holiday), the unit is active and not the creation office, the office
 * did not excuse it from W (免报), and it leads an item that owes W (itemOwesReport).
 */
export function unitOwesWeek(
  unit: ReportingUnit,
  ledItems: readonly ItemSchedule[],
  week: Pick<ReportWeek, "owed" | "deadlineKey" | "weekStart">,
  excused: boolean,
): boolean {
  if (!week.owed || !unit.active || unit.kind === "OFFICE" || excused) return false;
  return ledItems.some((item) => itemOwesReport(item, week));
}

/** The units owing the week (see unitOwesWeek), by id. */
export function unitsOwingWeek(
  units: readonly ReportingUnit[],
  items: readonly (ItemSchedule & { leadUnitId: string })[],
  week: ReportWeek,
  excused: ReadonlySet<string>,
): Set<string> {
  const byLead = new Map<string, ItemSchedule[]>();
  for (const item of items) byLead.set(item.leadUnitId, [...(byLead.get(item.leadUnitId) ?? []), item]);
  return new Set(units.filter((unit) => unitOwesWeek(unit, byLead.get(unit.id) ?? [], week, excused.has(exemptionKey(unit.id, week)))).map((unit) => unit.id));
}
