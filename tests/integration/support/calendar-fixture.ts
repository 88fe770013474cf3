// A small zone of its own for the calendar and missing-report tests: an office with a
// supervisor and an admin, reporting units with a reporter each, and the work items and
// reports a test asks for. Times are given on the Shanghai clock.
import { db, type Prisma } from "@/lib/db/client";
import { isoWeekMondayKey, zonedInstant, type IsoWeek } from "@/lib/dates/zone-time";
import { stateSchedule } from "@/lib/dates/state-holidays";

export const TZ = "Asia/Shanghai";
export const at = (key: string, time = "10:00") => zonedInstant(key, time, TZ);
const day = (key: string) => new Date(`${key}T00:00:00Z`);

export interface CalendarFixture {
  zoneId: string;
  id: (name: string) => string;
  emails: { supervisor: string; admin: string; reporter: (unit: string) => string };
}

export interface FixtureOptions {
  prefix: string;
  reportingStartsOn?: string | null;
  holidayPolicy?: "BEFORE" | "AFTER" | "SKIP";
  /** Load the State Council's 2026 schedule and the 2027 fixed-date holidays into the zone's calendar. */
  stateHolidays?: boolean;
  /** Reporting units by code (each gets a reporter). */
  units: string[];
  /** Work items: code → lead unit code and dates. */
  items: Record<string, { lead: string; start: string; due: string; curve?: "LINEAR" | "BACK_LOADED" }>;
}

export async function createCalendarFixture(options: FixtureOptions): Promise<CalendarFixture> {
  const { prefix } = options;
  const id = (name: string) => `${prefix}-${name}`;
  const zoneId = id("zone");
  await db.zone.create({
    data: {
      id: zoneId,
      code: prefix,
      name: `${prefix}高新区`,
      shortName: prefix,
      timeZone: TZ,
      campaignStart: day("2026-01-01"),
      campaignEnd: day("2027-12-31"),
      reportingStartsOn: options.reportingStartsOn ? day(options.reportingStartsOn) : null,
      holidayPolicy: options.holidayPolicy ?? "BEFORE",
    },
  });
  if (options.stateHolidays) {
    const days = [...stateSchedule(2026)!.days, ...stateSchedule(2027)!.days];
    await db.calendarDay.createMany({ data: days.map((entry) => ({ zoneId, date: day(entry.date), kind: entry.kind, name: entry.name })) });
  }
  await db.unit.createMany({
    data: [
      { id: id("office"), zoneId, code: "office", name: `${prefix}创建办`, shortName: "创建办", kind: "OFFICE", sortOrder: 0 },
      ...options.units.map((code, index) => ({ id: id(code), zoneId, code, name: `${prefix}单位${code}`, shortName: code, kind: "DEPARTMENT" as const, sortOrder: index + 1 })),
    ],
  });
  const emails = { supervisor: `${prefix}-office@test.gov.cn`, admin: `${prefix}-admin@test.gov.cn`, reporter: (unit: string) => `${prefix}-${unit}@test.gov.cn` };
  await db.user.createMany({
    data: [
      { id: id("supervisor"), zoneId, unitId: id("office"), email: emails.supervisor, name: "督查员", role: "SUPERVISOR", passwordHash: "x" },
      { id: id("admin"), zoneId, unitId: id("office"), email: emails.admin, name: "管理员", role: "ADMIN", passwordHash: "x" },
      ...options.units.map((code) => ({ id: id(`reporter-${code}`), zoneId, unitId: id(code), email: emails.reporter(code), name: `填报员${code}`, role: "REPORTER" as const, passwordHash: "x" })),
    ],
  });
  const items: Prisma.WorkItemCreateManyInput[] = Object.entries(options.items).map(([code, item], index) => ({
    id: id(`wi-${code}`),
    zoneId,
    code,
    title: `事项${code}`,
    leadUnitId: id(item.lead),
    startDate: day(item.start),
    dueDate: day(item.due),
    plannedCurve: item.curve ?? "LINEAR",
    sortOrder: index,
    createdAt: at("2026-01-05"),
  }));
  await db.workItem.createMany({ data: items });
  return { zoneId, id, emails };
}

/** A report of `unit` for `week`, submitted at `submittedAt` (Shanghai "YYYY-MM-DD HH:mm"), with progress per item code. */
export async function fileReport(
  fixture: CalendarFixture,
  unit: string,
  week: IsoWeek,
  submittedAt: [string, string],
  progress: Record<string, number | null>,
  options: { status?: "SUBMITTED" | "RETURNED" | "ACCEPTED"; deadline?: Date; lateMinutes?: number } = {},
): Promise<string> {
  const monday = isoWeekMondayKey(week);
  const report = await db.weeklyReport.create({
    data: {
      id: fixture.id(`r-${unit}-${week.isoYear}-${week.isoWeek}`),
      zoneId: fixture.zoneId,
      unitId: fixture.id(unit),
      isoYear: week.isoYear,
      isoWeek: week.isoWeek,
      weekStart: at(monday, "00:00"),
      deadline: options.deadline ?? at(monday, "00:00"),
      status: options.status ?? "SUBMITTED",
      version: 1,
      submittedAt: at(...submittedAt),
      submittedById: fixture.id(`reporter-${unit}`),
      lateMinutes: options.lateMinutes ?? 0,
      entries: { create: Object.entries(progress).map(([code, value]) => ({ workItemId: fixture.id(`wi-${code}`), progress: value })) },
    },
    select: { id: true },
  });
  return report.id;
}
