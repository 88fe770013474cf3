import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { db } from "@/lib/db/client";
import { formatIsoWeek, localDateKey, minutesLate, shiftIsoWeek } from "@/lib/dates/zone-time";
import { acceptReport, remindUnits, returnReport, saveReportDraft, submitReport } from "@/lib/reports/actions";
import { getMyWeek, getSubmissionBoard, type MyItem } from "@/lib/reports/queries";
import { previousProgress } from "@/lib/reports/save";
import { currentReportWeek, reportWeek } from "@/lib/reports/week";
import { startTestWorkers, unitEvaluationsIdle } from "./support/jobs";
import { actAs, form } from "./support/session";

// Attachments go to a throwaway data directory (set before the storage module is loaded).
const dataDir = vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "chuangjian-reports-"));
  process.env.CHUANGJIAN_DATA_DIR = dir;
  return dir;
});

// A submission's warning evaluation is a job: this file's worker runs it.
beforeAll(async () => {
  await startTestWorkers();
});

const REPORTER = "kjj@demo.gov.cn";
const COLLEAGUE_UNIT_REPORTER = "park@demo.gov.cn";
const SUPERVISOR = "office@demo.gov.cn";

async function zone() {
  return db.zone.findFirstOrThrow({ select: { id: true, timeZone: true, reportDeadlineWeekday: true, reportDeadlineTime: true } });
}

async function thisWeek() {
  return currentReportWeek(new Date(), await loadZoneCalendar(db, (await zone()).id));
}

async function me() {
  return (await getCurrentUser())!;
}

type EntryOverrides = Partial<Record<"progress" | "doneThisWeek" | "planNextWeek" | "problems" | "regressionReason", string>> & { indicators?: Record<string, string> };

/** The whole report form for the items of the week, complete unless overridden. */
function reportForm(week: string, items: MyItem[], extra: { reportId?: string | null; version?: number | null; summary?: string } = {}, overrides: Record<string, EntryOverrides> = {}): FormData {
  const values: Record<string, string | undefined> = { week, reportId: extra.reportId ?? undefined, version: extra.version === null || extra.version === undefined ? undefined : String(extra.version), summary: extra.summary ?? "本周总体推进顺利。" };
  for (const item of items) {
    const base = {
      progress: String(Math.min(100, Math.max(item.lastReported?.progress ?? 0, 10) + 5)),
      doneThisWeek: `推进${item.code}相关工作`,
      planNextWeek: `继续推进${item.code}`,
      problems: "",
      ...overrides[item.id],
    };
    const { indicators, ...fields } = base;
    for (const [field, value] of Object.entries(fields)) values[`entries[${item.id}][${field}]`] = value;
    for (const [indicatorId, value] of Object.entries(indicators ?? {})) values[`entries[${item.id}][indicators][${indicatorId}]`] = value;
  }
  return form(values);
}

async function clearWeek(unitId: string, week: { isoYear: number; isoWeek: number }) {
  await db.weeklyReport.deleteMany({ where: { unitId, isoYear: week.isoYear, isoWeek: week.isoWeek } });
}

async function counts(unitId: string) {
  return {
    reports: await db.weeklyReport.count({ where: { unitId } }),
    entries: await db.reportEntry.count({ where: { report: { unitId } } }),
    audits: await db.auditLog.count({ where: { entityType: "WeeklyReport" } }),
    attachments: await db.attachment.count(),
  };
}

describe("weekly reports", () => {
  let reporter: Awaited<ReturnType<typeof actAs>>;
  let week: Awaited<ReturnType<typeof thisWeek>>;
  let label: string;

  beforeEach(async () => {
    reporter = await actAs(REPORTER);
    week = await thisWeek();
    label = formatIsoWeek(week);
    await clearWeek(reporter.unitId, week);
  });

  it("walks draft → submitted → returned → submitted → accepted, notifying the unit", async () => {
    const data = await getMyWeek(await me());
    expect(data.items.length).toBeGreaterThan(0);
    const draft = await saveReportDraft(null, reportForm(label, data.items, { version: null }));
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    expect(draft.data).toMatchObject({ status: "DRAFT", version: 1 });

    const submitted = await submitReport(null, reportForm(label, data.items, { reportId: draft.data.id, version: 1 }));
    expect(submitted.ok && submitted.data).toMatchObject({ status: "SUBMITTED", version: 2 });
    const report = await db.weeklyReport.findUniqueOrThrow({ where: { id: draft.data.id } });
    expect(report.submittedById).toBe(reporter.id);
    expect(report.lateMinutes).toBe(minutesLate(report.submittedAt!, report.deadline));
    // The report is locked now.
    const locked = await saveReportDraft(null, reportForm(label, data.items, { reportId: report.id, version: 2 }));
    expect(locked).toMatchObject({ ok: false, message: expect.stringContaining("已提交") });

    await actAs(SUPERVISOR);
    const missingReason = await returnReport(null, form({ id: report.id, reason: " " }));
    expect(missingReason.ok).toBe(false);
    expect(!missingReason.ok && missingReason.fieldErrors.reason).toBeTruthy();
    expect((await db.weeklyReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("SUBMITTED");
    const returned = await returnReport(null, form({ id: report.id, reason: "请补充佐证材料" }));
    expect(returned.ok).toBe(true);
    const afterReturn = await db.weeklyReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(afterReturn).toMatchObject({ status: "RETURNED", returnReason: "请补充佐证材料", version: 3 });
    const notified = await db.notification.findMany({ where: { userId: reporter.id, kind: "REPORT_RETURNED" } });
    expect(notified).toHaveLength(1);
    expect(notified[0]).toMatchObject({ body: "请补充佐证材料", link: `/my-unit?week=${label}` });
    // Nothing to review twice.
    expect((await returnReport(null, form({ id: report.id, reason: "再退" }))).ok).toBe(false);
    expect((await acceptReport(null, form({ id: report.id }))).ok).toBe(false);

    await actAs(REPORTER);
    const stillReturned = await saveReportDraft(null, reportForm(label, data.items, { reportId: report.id, version: 3, summary: "已补充材料" }));
    expect(stillReturned.ok && stillReturned.data.status).toBe("RETURNED");
    const resubmitting = new Date();
    const resubmitted = await submitReport(null, reportForm(label, data.items, { reportId: report.id, version: 4 }));
    expect(resubmitted.ok && resubmitted.data.status).toBe("SUBMITTED");
    // The first submission's time and lateness stand.
    const afterResubmit = await db.weeklyReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(afterResubmit.submittedAt).toEqual(report.submittedAt);
    expect(afterResubmit.lateMinutes).toBe(report.lateMinutes);
    // A reporter cannot accept.
    expect(await acceptReport(null, form({ id: report.id }))).toMatchObject({ ok: false, message: expect.stringContaining("无权") });

    await actAs(SUPERVISOR);
    expect((await acceptReport(null, form({ id: report.id }))).ok).toBe(true);
    expect((await db.weeklyReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("ACCEPTED");
    expect(await db.notification.count({ where: { userId: reporter.id, kind: "REPORT_ACCEPTED" } })).toBe(1);
    expect((await acceptReport(null, form({ id: report.id }))).ok).toBe(false);
    expect((await returnReport(null, form({ id: report.id, reason: "x" }))).ok).toBe(false);

    await actAs(REPORTER);
    const afterAccept = await submitReport(null, reportForm(label, data.items, { reportId: report.id, version: afterResubmit.version + 1 }));
    expect(afterAccept).toMatchObject({ ok: false, message: expect.stringContaining("审核通过") });
    // The warning engine re-evaluated the unit after the submissions (not after drafts or reviews), off the
    // request path: one run per submission, or one for both when the second came before the first run
    // started (the queue coalesces per unit), and in either case a run as of the resubmission or later.
    await unitEvaluationsIdle();
    const runs = await db.warningRun.findMany({ where: { unitId: reporter.unitId, trigger: "REPORT_SUBMITTED", status: "SUCCEEDED" }, orderBy: { asOf: "asc" }, select: { asOf: true } });
    expect(runs.length === 1 || runs.length === 2, `runs: ${runs.length}`).toBe(true);
    expect(runs.at(-1)!.asOf.getTime()).toBeGreaterThanOrEqual(resubmitting.getTime());
    const actions = await db.auditLog.findMany({ where: { entityType: "WeeklyReport", entityId: report.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(["report.saveDraft", "report.submit", "report.return", "report.saveDraft", "report.submit", "report.accept"]);
  });

  it("updates the work items on submission, and takes it back when the report is returned", async () => {
    const data = await getMyWeek(await me());
    const item = data.items[0];
    const done = await submitReport(null, reportForm(label, data.items, { version: null }, { [item.id]: { progress: "100", planNextWeek: "" } }));
    expect(done.ok).toBe(true);
    const completed = await db.workItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(Number(completed.progress)).toBe(100);
    expect(completed.status).toBe("COMPLETED");
    expect(completed.completedAt).not.toBeNull();
    expect(completed.lastReportedAt).not.toBeNull();

    await actAs(SUPERVISOR);
    expect((await returnReport(null, form({ id: done.ok ? done.data.id : "", reason: "进度与材料不符" }))).ok).toBe(true);
    // Back to the unit's previous submission.
    const reverted = await db.workItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(Number(reverted.progress)).toBe(item.lastReported?.progress ?? 0);
    expect(reverted).toMatchObject({ status: "ACTIVE", completedAt: null });
  });

  it("takes one value per indicator, refuses a negative count, and keeps each indicator's current value", async () => {
    const data = await getMyWeek(await me());
    // 1.1.2 of the 科技局 has two count indicators (家).
    const item = data.items.find((candidate) => candidate.code === "1.1.2")!;
    const [firms, applicants] = item.indicators;
    expect([firms.name, applicants.name]).toEqual(["高新技术企业数", "当年申报企业数"]);
    const before = await counts(reporter.unitId);
    const negative = await submitReport(null, reportForm(label, data.items, { version: null }, { [item.id]: { indicators: { [firms.id]: "120", [applicants.id]: "-3" } } }));
    expect(negative).toMatchObject({ ok: false, fieldErrors: { [`entries.${item.id}.indicators.${applicants.id}`]: ["计数类指标不能为负数"] } });
    expect(await counts(reporter.unitId)).toEqual(before);

    // An indicator of another item is not this item's to report.
    const foreign = await db.workItemIndicator.findFirstOrThrow({ where: { workItem: { leadUnitId: { not: reporter.unitId } } } });
    expect(await submitReport(null, reportForm(label, data.items, { version: null }, { [item.id]: { indicators: { [foreign.id]: "1" } } }))).toMatchObject({ ok: false });

    const saved = await submitReport(null, reportForm(label, data.items, { version: null }, { [item.id]: { indicators: { [firms.id]: "121", [applicants.id]: "" } } }));
    expect(saved.ok).toBe(true);
    const entry = await db.reportEntry.findFirstOrThrow({ where: { workItemId: item.id, report: { unitId: reporter.unitId, isoYear: week.isoYear, isoWeek: week.isoWeek } }, include: { indicatorValues: true } });
    // The empty one is not stored: one value, for the indicator given.
    expect(entry.indicatorValues.map((value) => [value.indicatorId, value.value.toString()])).toEqual([[firms.id, "121"]]);
    const current = await db.workItemIndicator.findMany({ where: { workItemId: item.id }, orderBy: { seq: "asc" } });
    // The other indicator keeps the value of the latest report that gave one.
    const lastApplicants = await db.indicatorValue.findFirstOrThrow({
      where: { indicatorId: applicants.id, entry: { report: { status: { in: ["SUBMITTED", "ACCEPTED"] }, NOT: { isoYear: week.isoYear, isoWeek: week.isoWeek } } } },
      orderBy: { entry: { report: { weekStart: "desc" } } },
    });
    expect(current.map((indicator) => indicator.currentValue?.toString())).toEqual(["121", lastApplicants.value.toString()]);
  });

  it("stores a 17-significant-digit indicator value exactly as typed, or refuses it at the field", async () => {
    const data = await getMyWeek(await me());
    const item = data.items.find((candidate) => candidate.code === "1.1.2")!;
    const [firms] = item.indicators;
    const typed = "1234567890123.4567"; // 13 + 4 digits: Decimal(18,4) holds it, a float does not
    expect(String(Number(typed))).toBe("1234567890123.4568");
    const before = await counts(reporter.unitId);
    // More places than the column carries, or beyond its bound: refused at the field, nothing written.
    const places = await saveReportDraft(null, reportForm(label, data.items, { version: null }, { [item.id]: { indicators: { [firms.id]: "12.345678901234567" } } }));
    expect(places).toMatchObject({ ok: false, fieldErrors: { [`entries.${item.id}.indicators.${firms.id}`]: ["最多 4 位小数：数值按输入原样保存，不做四舍五入"] } });
    const beyond = await saveReportDraft(null, reportForm(label, data.items, { version: null }, { [item.id]: { indicators: { [firms.id]: "12345678901234.567" } } }));
    expect(beyond).toMatchObject({ ok: false, fieldErrors: { [`entries.${item.id}.indicators.${firms.id}`]: ["不能大于 10000000000000"] } });
    expect(await counts(reporter.unitId)).toEqual(before);

    const saved = await submitReport(null, reportForm(label, data.items, { version: null }, { [item.id]: { indicators: { [firms.id]: typed } } }));
    expect(saved.ok).toBe(true);
    const entry = await db.reportEntry.findFirstOrThrow({ where: { workItemId: item.id, report: { unitId: reporter.unitId, isoYear: week.isoYear, isoWeek: week.isoWeek } }, include: { indicatorValues: true } });
    expect(entry.indicatorValues.find((value) => value.indicatorId === firms.id)?.value.toString()).toBe(typed);
    // The item's current value and the form reopened carry the same digits.
    expect((await db.workItemIndicator.findUniqueOrThrow({ where: { id: firms.id } })).currentValue?.toString()).toBe(typed);
    const reopened = (await getMyWeek(await me())).items.find((candidate) => candidate.id === item.id)!;
    expect(reopened.entry.indicators[firms.id]).toBe(typed);
    // The audit records the value as typed too.
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "WeeklyReport", entityId: entry.reportId, action: "report.submit" }, orderBy: { createdAt: "desc" } });
    expect(JSON.stringify(audit.after)).toContain(`"${typed}"`);
  });

  it("judges a recurring item's progress per period: a new month starts again without a regression reason", async () => {
    const statistics = await actAs("tjj@demo.gov.cn");
    const monthly = await db.workItem.findFirstOrThrow({ where: { code: "3.6.4", recurrence: "MONTHLY" } });
    const z = await zone();
    // The demo's weeks of this item, and the first whose deadline opens a new month.
    const entries = await db.reportEntry.findMany({ where: { workItemId: monthly.id, report: { status: { in: ["SUBMITTED", "ACCEPTED"] } } }, include: { report: true }, orderBy: { report: { weekStart: "asc" } } });
    const monthOf = (deadline: Date) => localDateKey(deadline, z.timeZone).slice(0, 7);
    const index = entries.findIndex((row, position) => position > 0 && monthOf(row.report.deadline) !== monthOf(entries[position - 1].report.deadline));
    expect(index).toBeGreaterThan(0);
    const items = new Map([[monthly.id, { recurrence: monthly.recurrence }]]);
    const calendar = await loadZoneCalendar(db, z.id);
    const opening = reportWeek(entries[index].report, calendar);
    // Across the month boundary there is no previous progress to fall below; inside a month there is.
    expect((await previousProgress(items, opening, z.timeZone)).has(monthly.id)).toBe(false);
    const next = reportWeek(entries[index + 1].report, calendar);
    if (monthOf(entries[index + 1].report.deadline) === monthOf(entries[index].report.deadline)) {
      expect((await previousProgress(items, next, z.timeZone)).get(monthly.id)).toBe(Number(entries[index].progress));
    }
    // A one-off item keeps its previous progress across months.
    const oneOff = await db.workItem.findFirstOrThrow({ where: { leadUnitId: statistics.unitId, recurrence: "NONE", reportEntries: { some: { report: { weekStart: { lt: opening.weekStart }, status: { in: ["SUBMITTED", "ACCEPTED"] } } } } } });
    expect((await previousProgress(new Map([[oneOff.id, { recurrence: "NONE" as const }]]), opening, z.timeZone)).has(oneOff.id)).toBe(true);
  });

  it("never creates two reports or loses an entry when two first saves race", async () => {
    const data = await getMyWeek(await me());
    const results = await Promise.all([
      saveReportDraft(null, reportForm(label, data.items, { version: null, summary: "甲" })),
      saveReportDraft(null, reportForm(label, data.items, { version: null, summary: "乙" })),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const loser = results.find((result) => !result.ok);
    expect(loser).toMatchObject({ ok: false, message: expect.stringContaining("已被修改") });
    const reports = await db.weeklyReport.findMany({ where: { unitId: reporter.unitId, isoYear: week.isoYear, isoWeek: week.isoWeek }, include: { entries: true } });
    expect(reports).toHaveLength(1);
    expect(reports[0].entries).toHaveLength(data.items.length);
    expect(reports[0].version).toBe(1);
  });

  it("submits once when two submissions of the same report race", async () => {
    const data = await getMyWeek(await me());
    const draft = await saveReportDraft(null, reportForm(label, data.items, { version: null }));
    const id = draft.ok ? draft.data.id : "";
    const results = await Promise.all([1, 2].map(() => submitReport(null, reportForm(label, data.items, { reportId: id, version: 1 }))));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const report = await db.weeklyReport.findUniqueOrThrow({ where: { id }, include: { entries: true } });
    expect(report).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect(report.entries).toHaveLength(data.items.length);
    expect(await db.auditLog.count({ where: { entityId: id, action: "report.submit" } })).toBe(1);
  });

  it("refuses a save on a stale version and changes nothing", async () => {
    const data = await getMyWeek(await me());
    const first = await saveReportDraft(null, reportForm(label, data.items, { version: null }));
    const id = first.ok ? first.data.id : "";
    expect((await saveReportDraft(null, reportForm(label, data.items, { reportId: id, version: 1, summary: "第二个窗口" }))).ok).toBe(true);
    const stale = await saveReportDraft(null, reportForm(label, data.items, { reportId: id, version: 1, summary: "第一个窗口" }));
    expect(stale).toMatchObject({ ok: false, message: "该周报在您打开后已被修改（可能是另一个窗口或同单位的同事），请刷新页面后再操作。" });
    expect(await db.weeklyReport.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 2, summary: "第二个窗口" });
  });

  it("answers 'not found' to a reporter writing another unit's report, and writes nothing", async () => {
    const other = await actAs(COLLEAGUE_UNIT_REPORTER);
    await clearWeek(other.unitId, week);
    const otherData = await getMyWeek(await me());
    const created = await saveReportDraft(null, reportForm(label, otherData.items, { version: null, summary: "园区草稿" }));
    expect(created.ok).toBe(true);
    const otherId = created.ok ? created.data.id : "";

    await actAs(REPORTER);
    const mine = await getMyWeek(await me());
    const before = await counts(other.unitId);
    const viaId = await submitReport(null, reportForm(label, mine.items, { reportId: otherId, version: 1, summary: "篡改" }));
    expect(viaId).toMatchObject({ ok: false, message: "记录不存在或您无权访问。" });
    // Entries on the other unit's items, in the reporter's own report: also not found.
    const viaItems = await saveReportDraft(null, reportForm(label, otherData.items, { version: null }));
    expect(viaItems).toMatchObject({ ok: false, message: "记录不存在或您无权访问。" });
    expect(await counts(other.unitId)).toEqual(before);
    expect(await db.weeklyReport.findUniqueOrThrow({ where: { id: otherId } })).toMatchObject({ summary: "园区草稿", version: 1, status: "DRAFT" });
    expect(await db.weeklyReport.count({ where: { unitId: reporter.unitId, isoYear: week.isoYear, isoWeek: week.isoWeek } })).toBe(0);
  });

  it("puts bad input at the field and writes nothing", async () => {
    const data = await getMyWeek(await me());
    const [first, second] = data.items;
    const before = await counts(reporter.unitId);

    const outOfRange = await saveReportDraft(null, reportForm(label, data.items, { version: null }, { [first.id]: { progress: "120" } }));
    expect(outOfRange.ok).toBe(false);
    expect(!outOfRange.ok && outOfRange.fieldErrors[`entries.${first.id}.progress`]).toEqual(["不能大于 100"]);

    const incomplete = await submitReport(null, reportForm(label, data.items, { version: null }, { [first.id]: { doneThisWeek: "", planNextWeek: "" } }));
    expect(!incomplete.ok && Object.keys(incomplete.fieldErrors).sort()).toEqual([`entries.${first.id}.doneThisWeek`, `entries.${first.id}.planNextWeek`]);

    const withHistory = data.items.find((item) => (item.lastReported?.progress ?? 0) > 5) ?? second;
    const lower = String((withHistory.lastReported?.progress ?? 10) - 5);
    const backwards = await saveReportDraft(null, reportForm(label, data.items, { version: null }, { [withHistory.id]: { progress: lower } }));
    expect(!backwards.ok && backwards.fieldErrors[`entries.${withHistory.id}.regressionReason`]).toEqual(["进度低于上次报送，请说明回退原因"]);

    const badFile = reportForm(label, data.items, { version: null });
    badFile.append(`entries[${first.id}][attachments]`, new File(["MZ\u0090\u0000 not a pdf"], "进展.pdf", { type: "application/pdf" }));
    const wrongKind = await saveReportDraft(null, badFile);
    expect(!wrongKind.ok && wrongKind.fieldErrors[`entries.${first.id}.attachments`]?.[0]).toContain("不支持的文件类型");

    expect(await counts(reporter.unitId)).toEqual(before);
    expect(existsSync(path.join(await dataDir, "attachments"))).toBe(false);

    // With a reason the same regression is accepted.
    const explained = await saveReportDraft(null, reportForm(label, data.items, { version: null }, { [withHistory.id]: { progress: lower, regressionReason: "上周统计口径有误" } }));
    expect(explained.ok).toBe(true);
  });

  it("keeps an empty progress empty in a draft, and asks for it at submission", async () => {
    const data = await getMyWeek(await me());
    const [first] = data.items;
    const draft = await saveReportDraft(null, reportForm(label, data.items, { version: null }, { [first.id]: { progress: "" } }));
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    const entry = await db.reportEntry.findFirstOrThrow({ where: { reportId: draft.data.id, workItemId: first.id } });
    expect(entry.progress).toBeNull();

    // Submitting the stored draft as it is (the empty field not sent again) is refused at that field.
    const submit = await submitReport(null, form({ week: label, reportId: draft.data.id, version: String(draft.data.version), summary: "本周总体推进顺利。" }));
    expect(submit.ok).toBe(false);
    expect(!submit.ok && submit.fieldErrors[`entries.${first.id}.progress`]).toEqual(["必填"]);
    expect((await db.weeklyReport.findUniqueOrThrow({ where: { id: draft.data.id } })).status).toBe("DRAFT");
  });

  it("stores attachments with the entry and removes them on request", async () => {
    const data = await getMyWeek(await me());
    const item = data.items[0];
    const formData = reportForm(label, data.items, { version: null });
    formData.append(`entries[${item.id}][attachments]`, new File(["%PDF-1.7\n佐证材料"], "佐证材料.pdf"));
    const saved = await saveReportDraft(null, formData);
    expect(saved.ok).toBe(true);
    const attachment = await db.attachment.findFirstOrThrow({ where: { reportEntry: { workItemId: item.id, reportId: saved.ok ? saved.data.id : "" } } });
    expect(attachment).toMatchObject({ fileName: "佐证材料.pdf", mimeType: "application/pdf", uploadedById: reporter.id });
    const file = path.join(await dataDir, "attachments", attachment.storageKey);
    expect(existsSync(file)).toBe(true);

    const removal = reportForm(label, data.items, { reportId: saved.ok ? saved.data.id : "", version: 1 });
    removal.append(`entries[${item.id}][removeAttachments]`, attachment.id);
    expect((await saveReportDraft(null, removal)).ok).toBe(true);
    expect(await db.attachment.count({ where: { id: attachment.id } })).toBe(0);
    expect(existsSync(file)).toBe(false);
  });

  it("allows late submission of a past week and records how late", async () => {
    const past = shiftIsoWeek(week, -2);
    await clearWeek(reporter.unitId, past);
    const data = await getMyWeek(await me(), formatIsoWeek(past));
    expect(data.countdown.minutesLate).toBeGreaterThan(0);
    const submitted = await submitReport(null, reportForm(formatIsoWeek(past), data.items, { version: null }));
    expect(submitted.ok).toBe(true);
    const report = await db.weeklyReport.findFirstOrThrow({ where: { unitId: reporter.unitId, isoYear: past.isoYear, isoWeek: past.isoWeek } });
    expect(report.lateMinutes).toBeGreaterThan(7 * 24 * 60);
    expect(report.lateMinutes).toBe(minutesLate(report.submittedAt!, report.deadline));
    expect(await submitReport(null, reportForm(formatIsoWeek(shiftIsoWeek(week, 1)), [], { version: null }))).toMatchObject({ ok: false, fieldErrors: { week: [expect.any(String)] } });
  });

  it("pre-fills done-this-week from last week's plan", async () => {
    const previous = await db.reportEntry.findFirstOrThrow({
      where: { report: { unitId: reporter.unitId, status: { in: ["SUBMITTED", "ACCEPTED"] }, ...shiftIsoWeek(week, -1) }, planNextWeek: { not: "" } },
    });
    const item = (await getMyWeek(await me())).items.find((row) => row.id === previous.workItemId)!;
    expect(item.saved).toBe(false);
    expect(item.entry.doneThisWeek).toBe(previous.planNextWeek);
    expect(item.entry.progress).toBe(Number(previous.progress));
  });
});

describe("review board and reminders", () => {
  it("lists every reporting unit with its status and reminds those that have not submitted", async () => {
    await actAs(SUPERVISOR);
    const supervisor = await me();
    const board = await getSubmissionBoard(supervisor, {});
    expect(board.rows.length).toBeGreaterThan(15);
    expect(board.total).toBe(board.rows.length);
    const pending = board.rows.filter((row) => ["NOT_STARTED", "DRAFT", "RETURNED"].includes(row.status));
    expect(pending.length).toBeGreaterThan(0);
    const before = await db.notification.count({ where: { kind: "REPORT_REMINDER" } });
    const result = await remindUnits(null, form({ week: board.nav.label }));
    expect(result).toMatchObject({ ok: true, data: { units: pending.length } });
    const reminded = await db.notification.findMany({ where: { kind: "REPORT_REMINDER" }, select: { user: { select: { unitId: true } } } });
    expect(reminded.length - before).toBe(result.ok ? result.data.users : -1);
    expect(new Set(reminded.map((row) => row.user.unitId))).toEqual(new Set(pending.map((row) => row.id)));
    expect(await db.auditLog.count({ where: { action: "report.remind", actorId: supervisor.id } })).toBe(1);

    const parks = await db.park.findMany({ select: { id: true } });
    const filtered = await getSubmissionBoard(supervisor, { parkId: parks[0].id });
    expect(filtered.rows.every((row) => row.park?.id === parks[0].id)).toBe(true);
    const late = await getSubmissionBoard(supervisor, { status: "ON_TIME" });
    expect(late.rows.every((row) => row.status === "ON_TIME")).toBe(true);
  });

  it("refuses reminders and reviews to a reporter", async () => {
    await actAs(REPORTER);
    expect(await remindUnits(null, form({ week: formatIsoWeek(await thisWeek()) }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
  });
});
