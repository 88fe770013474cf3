// Issue 12 and 14 on a real database: which weeks are owed (reporting start, the working-day
// calendar, 免报), what a returned report counts for, catching up, deactivated units, and a
// notice closed while its warnings are open. Each case builds a zone of its own; the expected
// figures are worked out by hand in the comments before each assertion.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { addCalendarDay, importCalendarDays, loadStateSchedule, saveReportingSettings } from "@/lib/calendar/actions";
import { getCalendarPage } from "@/lib/calendar/queries";
import { db } from "@/lib/db/client";
import { addDaysToKey, localDateKey } from "@/lib/dates/zone-time";
import { closeNotice, issueNoticeAction, respondNotice, reviewNotice, signNotice } from "@/lib/notices/actions";
import { returnReport, saveReportDraft } from "@/lib/reports/actions";
import { loadBoard } from "@/lib/reports/board";
import { excuseWeek, requireHolidayWeek, withdrawExemption } from "@/lib/reports/exemption-actions";
import { setUnitActive } from "@/lib/org/actions";
import { runWarnings } from "@/lib/warnings/run";
import { at, createCalendarFixture, fileReport, type CalendarFixture } from "./support/calendar-fixture";
import { actAs, actorFor, form, signOutTestUser } from "./support/session";

const W = (isoWeek: number, isoYear = 2026) => ({ isoYear, isoWeek });

// Actions evaluate warnings after their commit "now": the clock (Date only) is set to the
// instant each step happens, so those runs and the explicit ones agree.
beforeEach(() => {
  signOutTestUser();
  vi.useFakeTimers({ toFake: ["Date"] });
});
afterEach(() => vi.useRealTimers());
const clock = (instant: Date) => vi.setSystemTime(instant);
/** Friday 2026-11-20 18:01 Shanghai: a minute after 2026-W47's deadline. */
const AFTER_W47 = at("2026-11-20", "18:01");

async function run(fixture: CalendarFixture, asOf: Date) {
  return runWarnings(db, { zoneId: fixture.zoneId, trigger: "COMMAND_LINE", asOf });
}

async function warningOf(fixture: CalendarFixture, dedupeKey: string) {
  return db.warning.findUnique({ where: { zoneId_dedupeKey: { zoneId: fixture.zoneId, dedupeKey } } });
}

type Figures = { missingWeeks: string[]; weeksMissing: number; excusedWeeks: string[]; lastDeadline: string; gap: number; actual: number; sinceWeek: string };
const figures = (warning: { evidence: unknown } | null) => (warning?.evidence as { figures: Figures }).figures;

describe("a zone that adopts the product mid-year", () => {
  it("owes no week before its reporting starts: by default the week of its first report, or the date the admin sets", async () => {
    const fx = await createCalendarFixture({
      prefix: "mid",
      reportingStartsOn: null,
      units: ["u1", "u2"],
      items: { A: { lead: "u1", start: "2026-01-05", due: "2026-12-31" }, B: { lead: "u2", start: "2026-01-05", due: "2026-12-31" } },
    });
    // The zone's first report ever: u2's for W46 (Monday 2026-11-09). The items run since January,
    // but reporting starts in W46: u1 owes W46 and W47 (2 → orange), u2 owes W47 (1 → yellow). Not 46 weeks.
    await fileReport(fx, "u2", W(46), ["2026-11-13", "17:00"], { B: 80 });
    await run(fx, AFTER_W47);
    const u1 = await warningOf(fx, `MISSING_REPORT:${fx.id("u1")}`);
    expect(u1).toMatchObject({ level: "ORANGE", status: "OPEN" });
    expect(figures(u1)).toMatchObject({ weeksMissing: 2, missingWeeks: ["2026-W46", "2026-W47"] });
    const u2 = await warningOf(fx, `MISSING_REPORT:${fx.id("u2")}`);
    expect(u2).toMatchObject({ level: "YELLOW" });
    expect(figures(u2).missingWeeks).toEqual(["2026-W47"]);

    // The admin sets the start to Monday 2026-11-16 (W47): u1 now owes W47 only (yellow).
    clock(at("2026-11-20", "18:02"));
    const admin = await actorFor(fx.emails.admin);
    expect((await getCalendarPage(admin, "2026")).effectiveStart).toBe("2026-11-09");
    const saved = await saveReportingSettings(null, form({ reportingStartsOn: "2026-11-16", holidayPolicy: "BEFORE" }));
    expect(saved.ok).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "zone.reportingSettings", entityId: fx.zoneId } });
    expect(audit.before).toEqual({ reportingStartsOn: null, holidayPolicy: "BEFORE" });
    expect(audit.after).toEqual({ reportingStartsOn: "2026-11-16", holidayPolicy: "BEFORE" });
    expect((await getCalendarPage(admin, "2026")).effectiveStart).toBe("2026-11-16");
    await run(fx, at("2026-11-20", "18:02"));
    const after = await warningOf(fx, `MISSING_REPORT:${fx.id("u1")}`);
    expect(after).toMatchObject({ level: "YELLOW" });
    expect(figures(after).missingWeeks).toEqual(["2026-W47"]);
    // A reporter may not change the zone's settings.
    await actAs(fx.emails.reporter("u1"));
    expect((await saveReportingSettings(null, form({ reportingStartsOn: "", holidayPolicy: "SKIP" }))).ok).toBe(false);
    expect(await db.zone.findUniqueOrThrow({ where: { id: fx.zoneId }, select: { holidayPolicy: true } })).toEqual({ holidayPolicy: "BEFORE" });
  });
});

describe("a returned report with an emptied field", () => {
  it("still counts as filed, but its figures are taken back: no false 'behind plan', the real 'stalled' stays", async () => {
    // Item A runs 2026-10-01 → 2027-01-08 (99 days): planned on 11-20 = (50 + 1) / (99 + 1) = 51 %.
    const fx = await createCalendarFixture({ prefix: "ret", reportingStartsOn: "2026-10-26", units: ["u1"], items: { A: { lead: "u1", start: "2026-10-01", due: "2027-01-08" } } });
    for (const [week, day] of [[44, "2026-10-30"], [45, "2026-11-06"], [46, "2026-11-13"]] as const) await fileReport(fx, "u1", W(week), [day, "17:00"], { A: 40 });
    const w47 = await fileReport(fx, "u1", W(47), ["2026-11-20", "17:00"], { A: 40 });
    await db.workItem.update({ where: { id: fx.id("wi-A") }, data: { progress: 40, lastReportedAt: at("2026-11-20", "17:00") } });
    await run(fx, AFTER_W47);
    // 40 % over W45–W47 while 51 % is planned: stalled (yellow); 11 points behind: behind plan (yellow).
    expect(await warningOf(fx, `STALLED:${fx.id("wi-A")}`)).toMatchObject({ level: "YELLOW", status: "OPEN" });
    expect(figures(await warningOf(fx, `BEHIND_PLAN:${fx.id("wi-A")}`))).toMatchObject({ gap: 11, actual: 40 });

    // The office returns W47; the reporter empties its progress field and saves a draft.
    clock(at("2026-11-20", "18:05"));
    await actAs(fx.emails.supervisor);
    expect((await returnReport(null, form({ id: w47, reason: "请补充本周佐证材料" }))).ok).toBe(true);
    await actAs(fx.emails.reporter("u1"));
    const item = fx.id("wi-A");
    const draft = await saveReportDraft(null, form({ week: "2026-W47", reportId: w47, version: 2, summary: "", [`entries[${item}][progress]`]: "", [`entries[${item}][doneThisWeek]`]: "补充材料中" }));
    expect(draft.ok).toBe(true);
    expect(await db.reportEntry.findFirstOrThrow({ where: { reportId: w47 }, select: { progress: true } })).toEqual({ progress: null });
    expect(await db.weeklyReport.findUniqueOrThrow({ where: { id: w47 }, select: { status: true } })).toEqual({ status: "RETURNED" });

    await run(fx, at("2026-11-20", "18:05"));
    // W47 still counts as filed (no missing report); its figures do not: the series is W44–W46 at 40 %,
    // so the item is still stalled (now since W44) and 11 points behind — not 51 (an empty field read as 0 %).
    expect(await warningOf(fx, `MISSING_REPORT:${fx.id("u1")}`)).toBeNull();
    const stalled = await warningOf(fx, `STALLED:${fx.id("wi-A")}`);
    expect(stalled).toMatchObject({ level: "YELLOW", status: "OPEN", resolvedAt: null });
    expect(figures(stalled).sinceWeek).toBe("2026-W44");
    const behind = await warningOf(fx, `BEHIND_PLAN:${fx.id("wi-A")}`);
    expect(behind).toMatchObject({ level: "YELLOW", status: "OPEN" });
    expect(figures(behind)).toMatchObject({ gap: 11, actual: 40 });
  });
});

describe("catching up", () => {
  it("steps the level down as the unit files its missing weeks, latest first, and resolves when none is missing", async () => {
    const fx = await createCalendarFixture({ prefix: "late", reportingStartsOn: "2026-10-26", units: ["u1"], items: { A: { lead: "u1", start: "2026-10-01", due: "2027-06-30" } } });
    await fileReport(fx, "u1", W(44), ["2026-10-30", "17:00"], { A: 10 });
    const key = `MISSING_REPORT:${fx.id("u1")}`;
    // W45, W46, W47 owed and not filed: 3 → red.
    await run(fx, AFTER_W47);
    expect(await warningOf(fx, key)).toMatchObject({ level: "RED" });
    expect(figures(await warningOf(fx, key))).toMatchObject({ weeksMissing: 3, missingWeeks: ["2026-W45", "2026-W46", "2026-W47"] });

    // Files only the latest (W47, Saturday 09:00): two still missing → orange, not resolved.
    await fileReport(fx, "u1", W(47), ["2026-11-21", "09:00"], { A: 12 }, { lateMinutes: 900 });
    await run(fx, at("2026-11-21", "09:01"));
    const orange = await warningOf(fx, key);
    expect(orange).toMatchObject({ level: "ORANGE", status: "OPEN" });
    expect(figures(orange).missingWeeks).toEqual(["2026-W45", "2026-W46"]);
    expect(await db.warningEvent.findFirst({ where: { warningId: orange!.id, type: "LEVEL_CHANGED", at: at("2026-11-21", "09:01") }, select: { fromLevel: true, toLevel: true } })).toEqual({ fromLevel: "RED", toLevel: "ORANGE" });

    // Then W45: one missing → yellow. Then W46: none → resolved, "every missing report was filed".
    await fileReport(fx, "u1", W(45), ["2026-11-21", "10:00"], { A: 11 }, { lateMinutes: 21_720 });
    await run(fx, at("2026-11-21", "10:01"));
    expect(await warningOf(fx, key)).toMatchObject({ level: "YELLOW", status: "OPEN" });
    await fileReport(fx, "u1", W(46), ["2026-11-21", "11:00"], { A: 12 }, { lateMinutes: 11_700 });
    await run(fx, at("2026-11-21", "11:01"));
    expect(await warningOf(fx, key)).toMatchObject({ status: "RESOLVED", resolvedReason: "REPORT_SUBMITTED" });
  });
});

describe("an excused week (免报)", () => {
  it("is not owed: the office excuses it with a reason, audited, from the board; the warning counts the rest", async () => {
    const fx = await createCalendarFixture({ prefix: "exc", reportingStartsOn: "2026-10-26", units: ["u1"], items: { A: { lead: "u1", start: "2026-10-01", due: "2027-06-30" } } });
    await fileReport(fx, "u1", W(44), ["2026-10-30", "17:00"], { A: 10 });
    const key = `MISSING_REPORT:${fx.id("u1")}`;
    const unitId = fx.id("u1");

    clock(AFTER_W47);
    await actAs(fx.emails.supervisor);
    // Refused: no reason; an already filed week; a unit of another zone (not found). Nothing written.
    expect((await excuseWeek(null, form({ unitId, week: "2026-W46", reason: "" }))).ok).toBe(false);
    const filed = await excuseWeek(null, form({ unitId, week: "2026-W44", reason: "补报" }));
    expect(!filed.ok && filed.fieldErrors.reason).toEqual(["第44周（10月26日—11月1日）周报已提交，无需免报"]);
    const demoUnit = await db.unit.findFirstOrThrow({ where: { zoneId: { not: fx.zoneId }, kind: { not: "OFFICE" } }, select: { id: true } });
    const foreign = await excuseWeek(null, form({ unitId: demoUnit.id, week: "2026-W46", reason: "培训" }));
    expect(foreign.ok).toBe(false);
    expect(await db.reportExemption.count({ where: { OR: [{ zoneId: fx.zoneId }, { unitId: demoUnit.id }] } })).toBe(0);

    const reason = "单位集中封闭培训，经创建办同意本周免报";
    const excused = await excuseWeek(null, form({ unitId, week: "2026-W46", reason }));
    expect(excused.ok).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "report.excuse", zoneId: fx.zoneId } });
    expect(audit.after).toMatchObject({ unitId, week: "2026-W46", reason });

    // W45 and W47 missing, W46 excused: 2 → orange.
    await run(fx, AFTER_W47);
    const orange = await warningOf(fx, key);
    expect(orange).toMatchObject({ level: "ORANGE" });
    expect(figures(orange)).toMatchObject({ missingWeeks: ["2026-W45", "2026-W47"], excusedWeeks: ["2026-W46"] });
    const board = await loadBoard(db, fx.zoneId, W(46));
    expect(board.rows.map((row) => [row.shortName, row.status, row.owed, row.excused?.reason])).toEqual([["u1", "EXCUSED", false, reason]]);
    expect(board.counts.EXCUSED).toBe(1);

    // A reporter may not excuse its own week.
    await actAs(fx.emails.reporter("u1"));
    expect((await excuseWeek(null, form({ unitId, week: "2026-W45", reason: "太忙" }))).ok).toBe(false);

    // Excusing the other two ends the warning with that reason; withdrawing W47's brings it back (yellow).
    clock(at("2026-11-20", "18:02"));
    await actAs(fx.emails.supervisor);
    expect((await excuseWeek(null, form({ unitId, week: "2026-W45", reason }))).ok).toBe(true);
    const w47 = await excuseWeek(null, form({ unitId, week: "2026-W47", reason }));
    await run(fx, at("2026-11-20", "18:02"));
    expect(await warningOf(fx, key)).toMatchObject({ status: "RESOLVED", resolvedReason: "WEEKS_EXCUSED" });
    clock(at("2026-11-20", "18:03"));
    expect(w47.ok && (await withdrawExemption(null, form({ id: w47.data.id }))).ok).toBe(true);
    expect(await db.auditLog.count({ where: { action: "report.excuseWithdraw", zoneId: fx.zoneId } })).toBe(1);
    await run(fx, at("2026-11-20", "18:03"));
    const back = await warningOf(fx, key);
    expect(back).toMatchObject({ status: "OPEN", level: "YELLOW" });
    expect(figures(back).missingWeeks).toEqual(["2026-W47"]);
  });
});

describe("a deactivated unit and an archived item", () => {
  it("end their warnings saying so, never 'report submitted'", async () => {
    // Items run 2026-10-01 → 2027-01-08: 51 % planned on 11-20.
    const fx = await createCalendarFixture({
      prefix: "off",
      reportingStartsOn: "2026-10-26",
      units: ["u1", "u2"],
      items: { A: { lead: "u1", start: "2026-10-01", due: "2027-01-08" }, B: { lead: "u2", start: "2026-10-01", due: "2027-01-08" } },
    });
    for (const [week, day] of [[44, "2026-10-30"], [45, "2026-11-06"], [46, "2026-11-13"], [47, "2026-11-20"]] as const) await fileReport(fx, "u2", W(week), [day, "17:00"], { B: 30 });
    await db.workItem.update({ where: { id: fx.id("wi-B") }, data: { progress: 30, lastReportedAt: at("2026-11-20", "17:00") } });
    await run(fx, AFTER_W47);
    // u1: W44–W47 missing (4 → red) and A at 0 % (51 behind → red). u2: B 21 behind (orange) and flat below plan (stalled).
    expect(await warningOf(fx, `MISSING_REPORT:${fx.id("u1")}`)).toMatchObject({ level: "RED", status: "OPEN" });
    expect(await warningOf(fx, `BEHIND_PLAN:${fx.id("wi-A")}`)).toMatchObject({ level: "RED", status: "OPEN" });
    expect(await warningOf(fx, `BEHIND_PLAN:${fx.id("wi-B")}`)).toMatchObject({ level: "ORANGE", status: "OPEN" });
    expect(await warningOf(fx, `STALLED:${fx.id("wi-B")}`)).toMatchObject({ status: "OPEN" });

    // The admin deactivates u1 (its reporter first): its warnings end at once, "the unit was deactivated".
    clock(at("2026-11-20", "18:10"));
    await db.user.update({ where: { id: fx.id("reporter-u1") }, data: { active: false } });
    await actAs(fx.emails.admin);
    expect((await setUnitActive(null, form({ id: fx.id("u1"), active: "false" }))).ok).toBe(true);
    for (const key of [`MISSING_REPORT:${fx.id("u1")}`, `BEHIND_PLAN:${fx.id("wi-A")}`]) {
      const warning = await warningOf(fx, key);
      expect(warning).toMatchObject({ status: "RESOLVED", resolvedReason: "UNIT_DEACTIVATED" });
      expect(await db.warningEvent.findFirstOrThrow({ where: { warningId: warning!.id, type: "RESOLVED" }, select: { reason: true } })).toEqual({ reason: "UNIT_DEACTIVATED" });
    }

    // B is archived: its warnings end with "the item was archived".
    await db.workItem.update({ where: { id: fx.id("wi-B") }, data: { status: "ARCHIVED", archivedAt: at("2026-11-20", "18:10") } });
    await run(fx, at("2026-11-20", "18:11"));
    expect(await warningOf(fx, `BEHIND_PLAN:${fx.id("wi-B")}`)).toMatchObject({ status: "RESOLVED", resolvedReason: "ITEM_ARCHIVED" });
    expect(await warningOf(fx, `STALLED:${fx.id("wi-B")}`)).toMatchObject({ status: "RESOLVED", resolvedReason: "ITEM_ARCHIVED" });
  });
});

describe("the working-day calendar", () => {
  it("moves 2026-W40's deadline (国庆) as configured, and a week the calendar exempts is not owed unless the office requires it", async () => {
    const fx = await createCalendarFixture({ prefix: "hol", reportingStartsOn: "2026-09-28", stateHolidays: true, units: ["u1"], items: { A: { lead: "u1", start: "2026-09-01", due: "2027-06-30" } } });
    const key = `MISSING_REPORT:${fx.id("u1")}`;
    // BEFORE: W40's Friday 10-02 is 国庆 → Wednesday 09-30 18:00 (10:00 UTC). On Thursday 10-01 W40 is missing.
    const w40 = await loadBoard(db, fx.zoneId, W(40));
    expect(w40.week).toMatchObject({ deadlineKey: "2026-09-30", moved: "BEFORE", holiday: "国庆节", owed: true });
    expect(w40.week.deadline.toISOString()).toBe("2026-09-30T10:00:00.000Z");
    expect(w40.rows.map((row) => [row.shortName, row.status])).toEqual([["u1", "NOT_STARTED"]]);
    await run(fx, at("2026-10-01", "10:00"));
    expect(figures(await warningOf(fx, key))).toMatchObject({ missingWeeks: ["2026-W40"], lastDeadline: "2026-09-30T10:00:00.000Z" });
    // 2026-W53's Friday is 元旦 2027: Thursday 12-31.
    expect((await loadBoard(db, fx.zoneId, W(53))).week).toMatchObject({ deadlineKey: "2026-12-31", moved: "BEFORE", holiday: "元旦" });
    // The settings page lists the weeks of 2026 the calendar changes, by hand from the schedule: the
    // Fridays 01-02 (元旦), 05-01 (劳动节), 06-19 (端午), 09-25 (中秋), 10-02 (国庆) and 2027-01-01 move to
    // the day before (W01 to Wednesday 2025-12-31, 01-01 being 元旦 too); W08 lies inside 春节 (no report owed).
    clock(at("2026-10-01", "10:01"));
    const page = await getCalendarPage(await actorFor(fx.emails.admin), "2026");
    expect(page.weeks.map((week) => [week.week, week.exemption ?? week.moved, week.holiday])).toEqual([
      ["2026-W01", "BEFORE", "元旦"],
      ["2026-W08", "HOLIDAY_WEEK", "春节"],
      ["2026-W18", "BEFORE", "劳动节"],
      ["2026-W25", "BEFORE", "端午节"],
      ["2026-W39", "BEFORE", "中秋节"],
      ["2026-W40", "BEFORE", "国庆节"],
      ["2026-W53", "BEFORE", "元旦"],
    ]);
    expect(page.days).toHaveLength(39); // 2026's 33 holidays and 6 make-up days
    expect(page.stateSchedule).toMatchObject({ complete: true, loaded: true });

    // SKIP: W40 is not owed; the warning ends, "no longer owed".
    expect((await saveReportingSettings(null, form({ reportingStartsOn: "2026-09-28", holidayPolicy: "SKIP" }))).ok).toBe(true);
    await run(fx, at("2026-10-01", "10:01"));
    expect(await warningOf(fx, key)).toMatchObject({ status: "RESOLVED", resolvedReason: "NO_LONGER_OWED" });
    const skipped = await loadBoard(db, fx.zoneId, W(40));
    expect(skipped.week).toMatchObject({ owed: false, exemption: "HOLIDAY_SKIPPED" });
    expect(skipped.rows).toEqual([]);

    // The office requires W40 anyway: owed, due on the first working day after 国庆, Thursday 10-08 18:00.
    clock(at("2026-10-08", "18:01"));
    await actAs(fx.emails.supervisor);
    const reason = "国庆期间重点项目集中攻坚，仍需报送";
    expect((await requireHolidayWeek(null, form({ week: "2026-W40", reason }))).ok).toBe(true);
    const required = await loadBoard(db, fx.zoneId, W(40));
    expect(required.week).toMatchObject({ owed: true, deadlineKey: "2026-10-08", moved: "AFTER" });
    expect(required.required).toBe(reason);
    await run(fx, at("2026-10-08", "18:01"));
    expect(await warningOf(fx, key)).toMatchObject({ status: "OPEN", level: "YELLOW" });
    // An ordinary week cannot be "required": it is owed already.
    expect((await requireHolidayWeek(null, form({ week: "2026-W47", reason }))).ok).toBe(false);
  });
});

describe("closing a notice while its warnings are open", () => {
  beforeEach(() => vi.useRealTimers());

  it("is refused unless the office states why; the reason is recorded on the notice and in the audit log", async () => {
    const supervisor = await actAs("office@demo.gov.cn");
    const warning = await db.warning.findFirstOrThrow({
      where: { zoneId: supervisor.zoneId, status: "OPEN", kind: "BEHIND_PLAN", unit: { users: { some: { role: "REPORTER", active: true } } } },
      orderBy: { id: "asc" },
      select: { id: true, unitId: true },
    });
    const reporter = await db.user.findFirstOrThrow({ where: { unitId: warning.unitId, role: "REPORTER", active: true }, select: { email: true } });
    const zone = await db.zone.findUniqueOrThrow({ where: { id: supervisor.zoneId }, select: { timeZone: true } });
    const due = addDaysToKey(localDateKey(new Date(), zone.timeZone), 10);
    const issued = await issueNoticeAction(null, form({ unitId: warning.unitId, title: "关于进度滞后的督办通知", matter: "进度滞后", requiredAction: "书面反馈", responseDue: due, level: "YELLOW", warningId: [warning.id] }));
    expect(issued.ok).toBe(true);
    if (!issued.ok) return;
    const id = issued.data.id;
    await actAs(reporter.email);
    expect((await signNotice(null, form({ id }))).ok).toBe(true);
    expect((await respondNotice(null, form({ id, content: "已制定赶进度方案" }))).ok).toBe(true);
    await actAs("office@demo.gov.cn");
    expect((await reviewNotice(null, form({ id }))).ok).toBe(true);

    // The warning is still open: closing without a reason is refused at the field, nothing written.
    const refused = await closeNotice(null, form({ id, note: "同意办结" }));
    expect(!refused.ok && refused.fieldErrors.overrideReason).toEqual(["本通知所督办的 1 条预警尚未解除，请说明在此情况下办结的理由"]);
    expect(await db.supervisionNotice.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "REVIEWED" });
    expect(await db.noticeEvent.count({ where: { noticeId: id, type: "CLOSED" } })).toBe(0);

    const reason = "整改方案已落实，剩余工作转入月度督查跟踪";
    expect((await closeNotice(null, form({ id, overrideReason: reason }))).ok).toBe(true);
    expect(await db.supervisionNotice.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "CLOSED" });
    expect(await db.noticeEvent.findFirstOrThrow({ where: { noticeId: id, type: "CLOSED" }, select: { note: true } })).toEqual({ note: reason });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "notice.closeOverride", entityId: id } });
    expect(audit.after).toMatchObject({ reason, openWarnings: [{ id: warning.id, kind: "BEHIND_PLAN" }] });
  });
});

describe("the zone calendar on /settings/calendar", () => {
  it("loads the built-in schedule, imports a pasted list, refuses a wrong one whole, and is the admin's alone", async () => {
    const fx = await createCalendarFixture({ prefix: "cal", reportingStartsOn: "2026-09-28", units: ["u1"], items: { A: { lead: "u1", start: "2026-09-01", due: "2027-06-30" } } });
    clock(at("2026-10-01", "10:00"));
    const admin = await actorFor(fx.emails.admin);
    // An empty calendar: 2026's schedule is built in but not loaded; W40's deadline is still Friday.
    expect((await getCalendarPage(admin, "2026")).stateSchedule).toMatchObject({ complete: true, days: 39, loaded: false });
    expect((await loadBoard(db, fx.zoneId, W(40))).week).toMatchObject({ deadlineKey: "2026-10-02", moved: null });
    const loaded = await loadStateSchedule(null, form({ year: 2026 }));
    expect(loaded.ok && loaded.data).toEqual({ added: 39, changed: 0, removed: 0, years: [2026] });
    expect((await loadBoard(db, fx.zoneId, W(40))).week).toMatchObject({ deadlineKey: "2026-09-30", moved: "BEFORE" });
    expect((await db.auditLog.findFirstOrThrow({ where: { action: "calendar.loadStateSchedule", entityId: fx.zoneId } })).after).toMatchObject({ year: 2026, added: 39 });

    // A list with a make-up day on a Monday is refused at the field: nothing is written.
    const before = await db.calendarDay.count({ where: { zoneId: fx.zoneId } });
    const refused = await importCalendarDays(null, form({ text: "2027-02-05~2027-02-11 休 春节\n2027-02-22 班 春节" }));
    expect(!refused.ok && refused.fieldErrors.text).toEqual(["第 2 行：调休上班日应为周六或周日，2027-02-22 是工作日"]);
    expect(await db.calendarDay.count({ where: { zoneId: fx.zoneId } })).toBe(before);

    // 2027: seven days off and a make-up Saturday. Importing again with one day renamed changes one;
    // "replace" then removes the year's days the list no longer has (the other seven).
    const imported = await importCalendarDays(null, form({ text: "日期,类型,名称\n2027-02-05~2027-02-11, 休, 春节\n2027-02-20, 班, 春节" }));
    expect(imported.ok && imported.data).toEqual({ added: 8, changed: 0, removed: 0, years: [2027] });
    const renamed = await importCalendarDays(null, form({ text: "2027-02-20 班 春节调休", replaceYears: "on" }));
    expect(renamed.ok && renamed.data).toEqual({ added: 0, changed: 1, removed: 7, years: [2027] });
    expect((await getCalendarPage(admin, "2027")).days.map((day) => [day.date, day.kind, day.name])).toEqual([["2027-02-20", "WORKDAY", "春节调休"]]);
    expect(await db.auditLog.count({ where: { action: "calendar.import", entityId: fx.zoneId } })).toBe(2);

    // One day by hand, twice: the second is refused at the date.
    expect((await addCalendarDay(null, form({ date: "2027-04-05", kind: "HOLIDAY", name: "清明节" }))).ok).toBe(true);
    const twice = await addCalendarDay(null, form({ date: "2027-04-05", kind: "HOLIDAY", name: "清明节" }));
    expect(!twice.ok && twice.fieldErrors.date).toEqual(["2027-04-05 已在日历中，请先删除再添加"]);
    const weekdayWork = await addCalendarDay(null, form({ date: "2027-04-06", kind: "WORKDAY", name: "" }));
    expect(!weekdayWork.ok && weekdayWork.fieldErrors.kind).toEqual(["调休上班日应为周六或周日"]);

    // The office's supervisor may read the board but not edit the calendar.
    await actAs(fx.emails.supervisor);
    expect((await importCalendarDays(null, form({ text: "2027-05-01 休 劳动节" }))).ok).toBe(false);
    expect(await db.calendarDay.count({ where: { zoneId: fx.zoneId, date: new Date("2027-05-01T00:00:00Z") } })).toBe(0);
  });
});
