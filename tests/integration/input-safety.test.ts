// Hostile input against the real actions and database (issue 10, the input side): the
// prototype-pollution attack of the security test is refused with nothing written, a
// polluted process fails the health check, and a NUL byte, an impossible month or week, an
// absurd date or a notice to the office itself get a field error instead of "系统繁忙".
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { checkHealth } from "@/lib/db/health";
import { db } from "@/lib/db/client";
import { addDaysToKey, formatIsoWeek, localDateKey } from "@/lib/dates/zone-time";
import { issueNoticeAction, respondNotice, returnNotice } from "@/lib/notices/actions";
import { createUser } from "@/lib/org/actions";
import { listUnitDirectory } from "@/lib/org/queries";
import ExcelJS from "exceljs";
import { createTask } from "@/lib/plan/actions";
import { dryRunPlanImport } from "@/lib/plan/plan-import";
import type { SheetValues } from "@/lib/plan/plan-sheet";
import { buildPlanWorkbook } from "@/lib/plan/plan-workbook";
import { returnReport, saveReportDraft, submitReport, remindUnits } from "@/lib/reports/actions";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { currentReportWeek } from "@/lib/reports/week";
import { STOPPED_UNIT } from "@/lib/seed/catalog";
import { dateBounds } from "@/lib/server/fields";
import { runFormAction } from "@/lib/server/form-action";
import { saveMeeting, saveMonthlyCommentary } from "@/lib/supervision/actions";
import { listInspections } from "@/lib/supervision/queries";
import { actAs, form, signOutTestUser } from "./support/session";
import { describeWrites, writeMark, writesSince } from "./support/writes";

const REPORTER = "kjj@demo.gov.cn";
const STOPPED_REPORTER = `${STOPPED_UNIT}@demo.gov.cn`;
const SUPERVISOR = "office@demo.gov.cn";
const ADMIN = "admin@demo.gov.cn";
const REFUSED = { ok: false, message: "表单含有不允许的字段，未保存。", fieldErrors: {} };
const CONTROL = "含有不可见的控制字符，请删除后再提交";

async function zone() {
  return db.zone.findFirstOrThrow({ select: { id: true, timeZone: true, reportDeadlineWeekday: true, reportDeadlineTime: true } });
}

async function today(): Promise<string> {
  return localDateKey(new Date(), (await zone()).timeZone);
}

async function unitByCode(code: string) {
  return db.unit.findFirstOrThrow({ where: { code }, select: { id: true } });
}

/** Runs `call` and returns its result with the rows it wrote. */
async function tracked<T>(call: () => Promise<T>) {
  const mark = await writeMark();
  const result = await call();
  return { result, writes: describeWrites(await writesSince(mark)) };
}

beforeEach(() => signOutTestUser());
afterEach(() => {
  // Whatever a test sent, the process is intact afterwards.
  expect(Object.keys(Object.prototype)).toEqual([]);
});

describe("the prototype-pollution attack of the security test", () => {
  for (const field of ["__proto__[REPORTER]", "constructor[prototype][REPORTER]", "entries[__proto__][progress]"]) {
    it(`refuses ${field} in a report draft, a submission and a meeting, writing nothing`, async () => {
      await actAs(REPORTER);
      const week = formatIsoWeek(currentReportWeek(new Date(), await loadZoneCalendar(db, (await zone()).id)));
      for (const action of [saveReportDraft, submitReport]) {
        expect(await tracked(() => action(null, form({ week, summary: "本周", [field]: "any" })))).toEqual({ result: REFUSED, writes: "nothing" });
      }
      await actAs(SUPERVISOR);
      const date = await today();
      expect(await tracked(() => saveMeeting(null, form({ kind: "SPECIAL", title: "专题会", date, [field]: "any" })))).toEqual({ result: REFUSED, writes: "nothing" });

      // The role table still says no, and health still says ok.
      const reporter = await actAs(REPORTER);
      expect(can({ ...reporter, role: "REPORTER" }, "user.manage")).toBe(false);
      expect(await createUser(null, form({ email: "x@test.gov.cn", name: "x", role: "ADMIN", unitId: reporter.unitId, password: "Str0ng-enough-pass" }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
      expect(await checkHealth("test")).toMatchObject({ status: "ok", process: { intact: true, problems: [] } });
    });
  }

  it("refuses a prototype name in a form parsed by the runner with nested names, before anything runs", async () => {
    await actAs(SUPERVISOR);
    const write = vi.fn();
    const spec = { schema: z.object({ decisions: z.array(z.object({ content: z.string() })) }), permission: "meeting.manage" as const, nested: true, write, revalidate: [] };
    expect(await runFormAction(form({ "decisions[0][content]": "a", "decisions[0][constructor][prototype][x]": "1" }), spec)).toEqual(REFUSED);
    expect(await runFormAction(form({ "__proto__[SUPERVISOR]": "any" }), { ...spec, nested: false })).toEqual(REFUSED);
    expect(write).not.toHaveBeenCalled();
    // A clean form goes through.
    write.mockResolvedValue("done");
    expect(await runFormAction(form({ "decisions[0][content]": "a" }), spec)).toEqual({ ok: true, data: "done" });
    expect(write).toHaveBeenCalledOnce();
  });
});

describe("the health check", () => {
  it("fails while Object.prototype carries a property, and recovers when it is gone", async () => {
    expect(await checkHealth("test")).toMatchObject({ status: "ok", database: { reachable: true }, process: { intact: true } });
    const reporter = { ...(await actAs(REPORTER)), role: "REPORTER" as const };
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    // What the attack did. Nothing here may touch the database: the pollution breaks its client too.
    Object.defineProperty(Object.prototype, "REPORTER", { value: "any", enumerable: true, configurable: true, writable: true });
    try {
      // The permission table itself is not fooled…
      expect(can(reporter, "user.manage")).toBe(false);
      expect(can(reporter, "report.review")).toBe(false);
      // …but the process is broken, and health says so without using it.
      expect(await checkHealth("test")).toMatchObject({ status: "error", database: { reachable: false, error: "not checked: the process is broken" }, process: { intact: false, problems: ["Object.prototype has enumerable properties: REPORTER"] } });
    } finally {
      delete (Object.prototype as Record<string, unknown>).REPORTER;
      error.mockRestore();
    }
    expect(await checkHealth("test")).toMatchObject({ status: "ok", process: { intact: true } });
  });
});

describe("honest messages for bad input", () => {
  it("a NUL byte in a text field is a field error, in plain and nested forms alike", async () => {
    await actAs(SUPERVISOR);
    expect(await tracked(() => createTask(null, form({ code: "99", title: "任务\u0000标题" })))).toEqual({
      result: { ok: false, message: "请修正标出的错误后再提交。", fieldErrors: { title: [CONTROL] } },
      writes: "nothing",
    });
    const kjj = await unitByCode("kjj");
    const due = addDaysToKey(await today(), 7);
    const notice = await tracked(() => issueNoticeAction(null, form({ unitId: kjj.id, title: "督办", matter: "事项\u0000", requiredAction: "整改\u0007", responseDue: due, level: "YELLOW" })));
    expect(notice).toEqual({ result: { ok: false, message: "请修正标出的错误后再提交。", fieldErrors: { matter: [CONTROL], requiredAction: [CONTROL] } }, writes: "nothing" });
    // An id with a NUL reached the database before and came back as "系统繁忙".
    expect(await returnReport(null, form({ id: "abc\u0000", reason: "x" }))).toMatchObject({ ok: false, fieldErrors: { id: ["格式不正确"] } });

    await actAs(REPORTER);
    const week = formatIsoWeek(currentReportWeek(new Date(), await loadZoneCalendar(db, (await zone()).id)));
    const item = await db.workItem.findFirstOrThrow({ where: { leadUnitId: kjj.id, status: "ACTIVE" }, select: { id: true } });
    const draft = await tracked(() => saveReportDraft(null, form({ week, summary: "总结", [`entries[${item.id}][doneThisWeek]`]: "完成\u0000调研" })));
    expect(draft).toEqual({ result: { ok: false, message: "请修正标出的错误后再提交。", fieldErrors: { [`entries.${item.id}.doneThisWeek`]: [CONTROL] } }, writes: "nothing" });
    // Line breaks as a textarea sends them, and tabs, are text. Saved as the stopped unit's
    // reporter: its week is always open, whereas kjj's may be submitted already (the demo
    // files most units' week by Thursday).
    await actAs(STOPPED_REPORTER);
    const stopped = await unitByCode(STOPPED_UNIT);
    const [isoYear, isoWeek] = week.split("-W").map(Number);
    const existing = await db.weeklyReport.findFirst({ where: { unitId: stopped.id, isoYear, isoWeek }, select: { version: true } });
    const version = existing ? { version: String(existing.version) } : {};
    const multiline = await saveReportDraft(null, form({ week, ...version, summary: "第一行\r\n第二行\t完" }));
    expect(multiline).toMatchObject({ ok: true });
  });

  it("an impossible month or week is a field error at the field", async () => {
    await actAs(SUPERVISOR);
    const { min, max } = dateBounds();
    for (const month of ["2026-13", "2026-00", "26-01"]) {
      expect(await tracked(() => saveMonthlyCommentary(null, form({ month, commentary: "x" })))).toEqual({ result: { ok: false, message: "请修正标出的错误后再提交。", fieldErrors: { month: ["格式不正确"] } }, writes: "nothing" });
    }
    expect(await saveMonthlyCommentary(null, form({ month: "9999-12", commentary: "x" }))).toMatchObject({ fieldErrors: { month: [`日期须在 ${min} 至 ${max} 之间`] } });
    // "0001-W01" made the week arithmetic throw ("系统繁忙").
    expect(await remindUnits(null, form({ week: "0001-W01" }))).toMatchObject({ ok: false, fieldErrors: { week: [`日期须在 ${min} 至 ${max} 之间`] } });
    await actAs(REPORTER);
    for (const week of ["2026-W54", "2026-W00", "2026-W1"]) {
      expect(await saveReportDraft(null, form({ week }))).toMatchObject({ ok: false, fieldErrors: { week: ["格式不正确"] } });
    }
    expect(await saveReportDraft(null, form({ week: "0001-W01" }))).toMatchObject({ ok: false, fieldErrors: { week: [`日期须在 ${min} 至 ${max} 之间`] } });
  });

  it("a month that is not one filters nothing on the inspection list instead of failing the page", async () => {
    const actor = (await actAs(SUPERVISOR)) && (await getCurrentUser())!;
    const all = await listInspections(actor, {});
    expect((await listInspections(actor, { month: "2026-13" })).total).toBe(all.total);
  });

  it("a response date of 9999-12-31 is out of bounds; a notice cannot go to the office itself", async () => {
    await actAs(SUPERVISOR);
    const { min, max } = dateBounds();
    const kjj = await unitByCode("kjj");
    const office = await unitByCode("office");
    const fields = { title: "关于加快推进的督办通知", matter: "进度滞后。", requiredAction: "书面反馈。", level: "YELLOW" };
    expect(await tracked(() => issueNoticeAction(null, form({ ...fields, unitId: kjj.id, responseDue: "9999-12-31" })))).toEqual({
      result: { ok: false, message: "请修正标出的错误后再提交。", fieldErrors: { responseDue: [`日期须在 ${min} 至 ${max} 之间`] } },
      writes: "nothing",
    });
    const due = addDaysToKey(await today(), 7);
    expect(await tracked(() => issueNoticeAction(null, form({ ...fields, unitId: office.id, responseDue: due })))).toEqual({
      result: { ok: false, message: "督办通知不能发给创建办本身，请选择被督办的成员单位", fieldErrors: { unitId: ["督办通知不能发给创建办本身，请选择被督办的成员单位"] } },
      writes: "nothing",
    });
    // The same notice to a member unit is issued; returning it with an absurd date is refused at the field.
    const issued = await issueNoticeAction(null, form({ ...fields, unitId: kjj.id, responseDue: due }));
    expect(issued.ok).toBe(true);
    if (!issued.ok) return;
    await actAs(REPORTER);
    expect((await respondNotice(null, form({ id: issued.data.id, content: "已整改" }))).ok).toBe(false); // not signed yet: a state refusal
    await actAs(SUPERVISOR);
    expect(await returnNotice(null, form({ id: issued.data.id, note: "补充", responseDue: "9999-12-31" }))).toMatchObject({ ok: false, fieldErrors: { responseDue: [`日期须在 ${min} 至 ${max} 之间`] } });
  });

  it("a NUL byte or an unknown kind in a list's URL is ignored instead of failing the page", async () => {
    const actor = (await actAs(ADMIN)) && (await getCurrentUser())!;
    const found = await listUnitDirectory(actor, { q: "科学技术" });
    expect(found.length).toBeGreaterThan(0);
    expect(await listUnitDirectory(actor, { q: "科学技术\u0000" })).toEqual(found);
    expect(await listUnitDirectory(actor, { kind: "NOT_A_KIND" })).toEqual(await listUnitDirectory(actor, {}));
  });

  it("a plan workbook whose headers and cells are prototype names is read as data", async () => {
    const actor = (await actAs(SUPERVISOR)) && (await getCurrentUser())!;
    const row = (values: SheetValues): SheetValues => ({
      taskCode: "constructor", taskTitle: "__proto__", measureCode: "constructor.1", measureTitle: "toString", itemCode: "constructor.1.1", itemTitle: "prototype",
      leadUnit: "__proto__", cooperators: "constructor、toString", startDate: "2026-03-01", dueDate: "2026-12-31",
      deliverable: "", indicatorName: "", indicatorUnit: "", indicatorBaseline: "", indicatorTarget: "", plannedCurve: "",
      ...values,
    });
    const units = await db.unit.findMany({ select: { name: true, shortName: true } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildPlanWorkbook([row({}), row({ taskCode: "__proto__", itemCode: "hasOwnProperty" })], units)) as unknown as ArrayBuffer);
    // Extra header columns named after prototypes, with values under them.
    const sheet = workbook.worksheets[0];
    const last = sheet.getRow(1).cellCount;
    ["__proto__", "constructor", "prototype"].forEach((name, index) => {
      sheet.getCell(1, last + 1 + index).value = name;
      sheet.getCell(2, last + 1 + index).value = "polluted";
    });
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const mark = await writeMark();
    // Headers the template does not have: the mapping step first, the prototype names mere labels.
    const unmapped = await dryRunPlanImport(actor, bytes);
    expect(describeWrites(await writesSince(mark))).toBe("nothing");
    expect(unmapped.needsMapping).toBe(true);
    expect(unmapped.layout!.columns.slice(-3).map((column) => [column.label, column.field])).toEqual([
      ["__proto__", null],
      ["constructor", null],
      ["prototype", null],
    ]);
    const mapping = { headerRow: 0, fields: unmapped.layout!.columns.map((column) => [column.index, column.field] as [number, typeof column.field]), options: { planYear: 2026, planStart: "2026-01-01" } };
    const report = await dryRunPlanImport(actor, { bytes, mapping });
    // The confirmed mapping is remembered (the only write of a dry run); the plan is not touched.
    expect(describeWrites(await writesSince(mark))).toBe("PlanSheetLayout INSERT, AuditLog INSERT");
    expect(report.committed).toBe(false);
    // The unknown lead unit is an error of the row, the prototype names mere text.
    expect(report.errorCount).toBeGreaterThan(0);
    expect(report.rows.map((entry) => entry.code)).toEqual(["constructor.1.1", "hasOwnProperty"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
