// The SQL twin of "who owes a week's report" (lib/dashboard/sql.ts reportWeeksSql + owingUnitsSql)
// against the TypeScript definition (lib/dates/calendar.ts deadlineOf, lib/reports/week.ts
// unitsOwingWeek), week by week over 2026, under each holiday policy and both kinds of
// reporting start, on a zone with holidays, make-up days, a required holiday week, excused
// weeks, an inactive unit, the office, completed and archived items.
import { beforeAll, describe, expect, it } from "vitest";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { asOfRelation, owingUnitsSql, reportWeeksSql } from "@/lib/dashboard/sql";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { dateKey, formatIsoWeek, isoWeekOfDateKey, shiftIsoWeek, type IsoWeek } from "@/lib/dates/zone-time";
import { exemptionKey, reportWeek, unitsOwingWeek } from "@/lib/reports/week";
import { at, createCalendarFixture, fileReport, type CalendarFixture } from "./support/calendar-fixture";

let fx: CalendarFixture;
const FIRST = isoWeekOfDateKey("2025-12-29"); // 2026-W01
const WEEKS = 55; // to 2027-W02

beforeAll(async () => {
  fx = await createCalendarFixture({
    prefix: "par",
    reportingStartsOn: "2026-02-11",
    stateHolidays: true,
    units: ["u1", "u2", "u3", "u4"],
    items: {
      A: { lead: "u1", start: "2026-01-05", due: "2026-12-31" },
      // Starts on Thursday 2026-10-01, inside 国庆: owed in W40 only if the deadline moves after it.
      B: { lead: "u2", start: "2026-10-01", due: "2027-03-31" },
      C: { lead: "u2", start: "2026-01-05", due: "2026-06-30" },
      D: { lead: "u3", start: "2026-01-05", due: "2026-12-31" },
      E: { lead: "u1", start: "2026-01-05", due: "2026-12-31" },
      G: { lead: "office", start: "2026-01-05", due: "2026-12-31" },
    },
  });
  // C completed on Wednesday 2026-05-06 (W19): owed through W19, not from W20. E archived. u3 inactive.
  await db.workItem.update({ where: { id: fx.id("wi-C") }, data: { status: "COMPLETED", completedAt: at("2026-05-06"), progress: 100 } });
  await db.workItem.update({ where: { id: fx.id("wi-E") }, data: { status: "ARCHIVED", archivedAt: at("2026-03-02") } });
  await db.unit.update({ where: { id: fx.id("u3") }, data: { active: false } });
  await db.reportExemption.createMany({
    data: [
      { zoneId: fx.zoneId, unitId: fx.id("u1"), isoYear: 2026, isoWeek: 10, reason: "培训" },
      { zoneId: fx.zoneId, unitId: fx.id("u2"), isoYear: 2026, isoWeek: 45, reason: "搬迁" },
    ],
  });
  await db.requiredReportWeek.create({ data: { zoneId: fx.zoneId, isoYear: 2026, isoWeek: 8, reason: "春节期间重点项目攻坚" } });
  // The zone's first report (for the default start): u2's of W12 (Monday 2026-03-16).
  await fileReport(fx, "u2", { isoYear: 2026, isoWeek: 12 }, ["2026-03-20", "17:00"], { C: 30 });
});

interface WeekRow {
  iso_year: number;
  iso_week: number;
  deadline_day: Date;
  deadline: Date;
  owed: boolean;
}

async function sqlWeeks(): Promise<Map<string, { deadlineKey: string; deadline: string; owed: boolean; units: string[] }>> {
  const mondays = Prisma.sql`SELECT generate_series('2025-12-29'::timestamp, '2027-01-11'::timestamp, interval '7 days') AS monday`;
  const weeks = await db.$queryRaw<WeekRow[]>(Prisma.sql`
    WITH asof AS (${asOfRelation(fx.zoneId, new Date())}), weeks AS (${reportWeeksSql(fx.zoneId, mondays)})
    SELECT iso_year, iso_week, deadline_day, deadline, owed FROM weeks ORDER BY monday`);
  const owing = await db.$queryRaw<{ iso_year: number; iso_week: number; unit_id: string }[]>(Prisma.sql`
    WITH asof AS (${asOfRelation(fx.zoneId, new Date())}), weeks AS (${reportWeeksSql(fx.zoneId, mondays)})
    ${owingUnitsSql(fx.zoneId, "weeks", {})}`);
  const result = new Map<string, { deadlineKey: string; deadline: string; owed: boolean; units: string[] }>();
  for (const row of weeks) {
    const label = formatIsoWeek({ isoYear: row.iso_year, isoWeek: row.iso_week });
    const units = owing.filter((unit) => unit.iso_year === row.iso_year && unit.iso_week === row.iso_week).map((unit) => unit.unit_id).sort();
    result.set(label, { deadlineKey: dateKey(row.deadline_day), deadline: row.deadline.toISOString(), owed: row.owed, units });
  }
  return result;
}

async function typescriptWeeks(): Promise<Map<string, { deadlineKey: string; deadline: string; owed: boolean; units: string[] }>> {
  const calendar = await loadZoneCalendar(db, fx.zoneId);
  const [units, items, exemptions] = await Promise.all([
    db.unit.findMany({ where: { zoneId: fx.zoneId }, select: { id: true, active: true, kind: true } }),
    db.workItem.findMany({ where: { zoneId: fx.zoneId }, select: { leadUnitId: true, startDate: true, status: true, completedAt: true } }),
    db.reportExemption.findMany({ where: { zoneId: fx.zoneId }, select: { unitId: true, isoYear: true, isoWeek: true } }),
  ]);
  const excused = new Set(exemptions.map((row) => exemptionKey(row.unitId, row)));
  const schedules = items.map((item) => ({ ...item, startDate: dateKey(item.startDate) }));
  const result = new Map<string, { deadlineKey: string; deadline: string; owed: boolean; units: string[] }>();
  for (let index = 0; index < WEEKS; index += 1) {
    const week: IsoWeek = shiftIsoWeek(FIRST, index);
    const info = reportWeek(week, calendar);
    result.set(formatIsoWeek(week), { deadlineKey: info.deadlineKey, deadline: info.deadline.toISOString(), owed: info.owed, units: [...unitsOwingWeek(units, schedules, info, excused)].sort() });
  }
  return result;
}

describe("who owes a week's report, in SQL and in TypeScript", () => {
  for (const policy of ["BEFORE", "AFTER", "SKIP"] as const) {
    for (const start of ["2026-02-11", null] as const) {
      it(`agree week by week under ${policy}, reporting from ${start ?? "the first report's week"}`, async () => {
        await db.zone.update({ where: { id: fx.zoneId }, data: { holidayPolicy: policy, reportingStartsOn: start ? new Date(`${start}T00:00:00Z`) : null } });
        const [sql, ts] = await Promise.all([sqlWeeks(), typescriptWeeks()]);
        expect(sql.size).toBe(WEEKS);
        expect(Object.fromEntries(sql)).toEqual(Object.fromEntries(ts));
      });
    }
  }

  it("gives the hand-computed answers for the weeks that matter", async () => {
    await db.zone.update({ where: { id: fx.zoneId }, data: { holidayPolicy: "BEFORE", reportingStartsOn: new Date("2026-02-11T00:00:00Z") } });
    const before = await sqlWeeks();
    const [u1, u2] = [fx.id("u1"), fx.id("u2")];
    // W06 is before the start (W07); W08 inside 春节 is required by the office: owed, due Tuesday 02-24
    // (no working day before its Friday, and 02-23 is still 春节).
    expect(before.get("2026-W06")).toMatchObject({ owed: false, units: [] });
    expect(before.get("2026-W08")).toMatchObject({ owed: true, deadlineKey: "2026-02-24", units: [u1, u2] });
    // W10: u1 excused. W19: C completed on its Wednesday, still owed by u2; W20: u2 has nothing left (B starts in October).
    expect(before.get("2026-W10")?.units).toEqual([u2]);
    expect(before.get("2026-W19")?.units).toEqual([u1, u2]);
    expect(before.get("2026-W20")?.units).toEqual([u1]);
    // W40 under BEFORE: due Wednesday 09-30 18:00, before B starts: u1 only. W45: u2 excused.
    expect(before.get("2026-W40")).toEqual({ owed: true, deadlineKey: "2026-09-30", deadline: "2026-09-30T10:00:00.000Z", units: [u1] });
    expect(before.get("2026-W45")?.units).toEqual([u1]);
    // W53: 元旦 2027 on Friday → Thursday 12-31.
    expect(before.get("2026-W53")).toMatchObject({ deadlineKey: "2026-12-31", units: [u1, u2] });

    await db.zone.update({ where: { id: fx.zoneId }, data: { holidayPolicy: "AFTER" } });
    const after = await sqlWeeks();
    // AFTER: W40 due Thursday 10-08, after B started: u1 and u2.
    expect(after.get("2026-W40")).toEqual({ owed: true, deadlineKey: "2026-10-08", deadline: "2026-10-08T10:00:00.000Z", units: [u1, u2] });

    await db.zone.update({ where: { id: fx.zoneId }, data: { holidayPolicy: "SKIP" } });
    const skip = await sqlWeeks();
    expect(skip.get("2026-W40")).toMatchObject({ owed: false, units: [] });
    // Required weeks stay owed under SKIP, due after the holiday.
    expect(skip.get("2026-W08")).toMatchObject({ owed: true, deadlineKey: "2026-02-24" });
  });
});
