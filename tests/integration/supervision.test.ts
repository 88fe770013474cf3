import { describe, expect, it, vi } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { addDaysToKey, dateKey, localDateKey } from "@/lib/dates/zone-time";
import { submitReport } from "@/lib/reports/actions";
import { getMyWeek } from "@/lib/reports/queries";
import { createInspection, publishMonthlyReport, saveMeeting, saveMonthlyCommentary, updateInspection } from "@/lib/supervision/actions";
import { getMonthlyReport, listInspections } from "@/lib/supervision/queries";
import { actAs, form } from "./support/session";

vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  process.env.CHUANGJIAN_DATA_DIR = mkdtempSync(join(tmpdir(), "chuangjian-supervision-"));
});

const SUPERVISOR = "office@demo.gov.cn";
const ASSIGNEE = "park@demo.gov.cn";

async function today() {
  const zone = await db.zone.findFirstOrThrow({ select: { timeZone: true } });
  return localDateKey(new Date(), zone.timeZone);
}

async function unitOf(email: string) {
  return (await db.user.findUniqueOrThrow({ where: { email }, select: { unitId: true } })).unitId;
}

describe("inspections", () => {
  it("records an inspection with a rectification order and notifies the unit", async () => {
    await actAs(SUPERVISOR);
    const unitId = await unitOf(ASSIGNEE);
    const day = await today();
    const data = form({ unitId, date: day, inspectors: "王督查、李督查", findings: "台账不完整，佐证材料缺失。", rating: "FAIR", rectificationRequired: "on", rectificationDue: addDaysToKey(day, 14) });
    data.append("attachments", new File(["%PDF-1.4 检查记录"], "检查记录.pdf"));
    const result = await createInspection(null, data);
    expect(result.ok).toBe(true);
    const inspection = await db.inspection.findUniqueOrThrow({ where: { id: result.ok ? result.data.id : "" }, include: { attachments: true } });
    expect(inspection).toMatchObject({ unitId, rating: "FAIR", rectificationRequired: true });
    expect(dateKey(inspection.rectificationDue!)).toBe(addDaysToKey(day, 14));
    expect(inspection.attachments.map((file) => file.fileName)).toEqual(["检查记录.pdf"]);
    expect(await db.notification.count({ where: { user: { email: ASSIGNEE }, link: `/supervision/inspections/${inspection.id}` } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "inspection.create", entityId: inspection.id } })).toBe(1);

    // The unit marks it rectified later.
    const update = await updateInspection(null, form({ id: inspection.id, unitId, date: day, inspectors: "王督查、李督查", findings: inspection.findings, rating: "FAIR", rectificationRequired: "on", rectificationDue: addDaysToKey(day, 14), rectifiedOn: addDaysToKey(day, 3) }));
    expect(update.ok).toBe(true);
    expect((await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } })).rectifiedAt).not.toBeNull();

    // A reporter sees only its own unit's inspections.
    await actAs(ASSIGNEE);
    const own = await listInspections((await getCurrentUser())!, {});
    expect(own.total).toBeGreaterThan(0);
    expect(own.items.every((row) => row.unit.id === unitId)).toBe(true);
  });

  it("refuses bad input at the field and reporters altogether, writing nothing", async () => {
    await actAs(SUPERVISOR);
    const unitId = await unitOf(ASSIGNEE);
    const before = await db.inspection.count();
    const day = await today();
    const noDue = await createInspection(null, form({ unitId, date: day, inspectors: "王", findings: "x", rating: "POOR", rectificationRequired: "on" }));
    expect(!noDue.ok && noDue.fieldErrors.rectificationDue).toEqual(["要求整改时请填写整改期限"]);
    const badRating = await createInspection(null, form({ unitId, date: day, inspectors: "王", findings: "x", rating: "BAD" }));
    expect(!badRating.ok && badRating.fieldErrors.rating).toBeTruthy();
    const badFile = form({ unitId, date: day, inspectors: "王", findings: "x", rating: "GOOD" });
    badFile.append("attachments", new File(["#!/bin/sh"], "script.sh"));
    const wrongKind = await createInspection(null, badFile);
    expect(!wrongKind.ok && wrongKind.fieldErrors.attachments?.[0]).toContain("不支持的文件类型");
    const office = await db.unit.findFirstOrThrow({ where: { kind: "OFFICE" } });
    expect(await createInspection(null, form({ unitId: office.id, date: day, inspectors: "王", findings: "x", rating: "GOOD" }))).toMatchObject({ ok: false, fieldErrors: { unitId: ["请选择有效的选项"] } });
    await actAs(ASSIGNEE);
    expect(await createInspection(null, form({ unitId, date: day, inspectors: "王", findings: "x", rating: "GOOD" }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    expect(await db.inspection.count()).toBe(before);
  });
});

describe("monthly meetings and their decisions", () => {
  it("turns each decision into a work item that shows up in the assignee's weekly report", async () => {
    await actAs(SUPERVISOR);
    const day = await today();
    const assignee = await unitOf(ASSIGNEE);
    const other = await unitOf("kjj@demo.gov.cn");
    const ym = day.slice(0, 7);
    const existing = await db.workItem.findMany({ where: { code: { startsWith: `D${ym}-` } }, select: { code: true } });
    const last = Math.max(0, ...existing.map((item) => Number(item.code.split("-").pop())));
    const result = await saveMeeting(
      null,
      form({
        kind: "MONTHLY",
        title: "专题调度会",
        date: day,
        location: "市政府会议室",
        minutes: "会议听取了各单位工作汇报。",
        attendeeIds: [assignee, other],
        "decisions[0][content]": "两周内完成园区用地报批材料补正",
        "decisions[0][assigneeUnitId]": assignee,
        "decisions[0][dueDate]": addDaysToKey(day, 14),
        "decisions[1][content]": "牵头梳理高企申报辅导名单",
        "decisions[1][assigneeUnitId]": other,
        "decisions[1][dueDate]": addDaysToKey(day, 30),
      }),
    );
    expect(result.ok).toBe(true);
    const meetingId = result.ok ? result.data.id : "";
    const decisions = await db.meetingDecision.findMany({ where: { meetingId }, include: { workItem: true }, orderBy: { seq: "asc" } });
    expect(decisions.map((decision) => decision.seq)).toEqual([1, 2]);
    const [first, second] = decisions.map((decision) => decision.workItem!);
    expect(first).toMatchObject({ source: "MEETING_DECISION", measureId: null, code: `D${ym}-${last + 1}`, leadUnitId: assignee, title: "两周内完成园区用地报批材料补正", status: "ACTIVE" });
    expect(dateKey(first.startDate)).toBe(day);
    expect(dateKey(first.dueDate)).toBe(addDaysToKey(day, 14));
    expect(second.code).toBe(`D${ym}-${last + 2}`);
    expect(await db.meetingAttendee.count({ where: { meetingId } })).toBe(2);
    expect(await db.notification.count({ where: { user: { email: ASSIGNEE }, title: { contains: "专题调度会" } } })).toBe(1);

    // The assignee's report form has the decision; submitting 100% completes it.
    await actAs(ASSIGNEE);
    const current = await getMyWeek((await getCurrentUser())!);
    await db.weeklyReport.deleteMany({ where: { unitId: assignee, isoYear: current.week.isoYear, isoWeek: current.week.isoWeek } });
    const week = await getMyWeek((await getCurrentUser())!);
    const decisionItem = week.items.find((item) => item.id === first.id);
    expect(decisionItem).toMatchObject({ source: "MEETING_DECISION", code: first.code, lastReported: null });
    const values: Record<string, string | undefined> = { week: week.week.label };
    for (const item of week.items) {
      const done = item.id === first.id;
      Object.assign(values, {
        [`entries[${item.id}][progress]`]: done ? "100" : String(item.entry.progress ?? item.lastReported?.progress ?? 0),
        [`entries[${item.id}][doneThisWeek]`]: "已按要求推进",
        [`entries[${item.id}][planNextWeek]`]: done ? "" : "继续推进",
      });
    }
    const submitted = await submitReport(null, form(values));
    expect(submitted.ok).toBe(true);
    expect((await db.meetingDecision.findFirstOrThrow({ where: { workItemId: first.id } })).status).toBe("DONE");
  });

  it("numbers decisions of concurrent meetings without collisions, cancels and guards reassignment", async () => {
    await actAs(SUPERVISOR);
    const day = await today();
    const assignee = await unitOf(ASSIGNEE);
    const other = await unitOf("kjj@demo.gov.cn");
    const meeting = (title: string) =>
      saveMeeting(null, form({ kind: "SPECIAL", title, date: day, attendeeIds: [assignee], "decisions[0][content]": `${title}事项`, "decisions[0][assigneeUnitId]": assignee, "decisions[0][dueDate]": addDaysToKey(day, 10) }));
    const results = await Promise.all([meeting("甲会"), meeting("乙会"), meeting("丙会")]);
    expect(results.every((result) => result.ok)).toBe(true);
    const codes = await db.workItem.findMany({ where: { title: { in: ["甲会事项", "乙会事项", "丙会事项"] } }, select: { code: true } });
    expect(new Set(codes.map((row) => row.code)).size).toBe(3);

    const meetingId = results[0].ok ? results[0].data.id : "";
    const decision = await db.meetingDecision.findFirstOrThrow({ where: { meetingId } });
    const edit = (fields: Record<string, string>) =>
      saveMeeting(null, form({ id: meetingId, kind: "SPECIAL", title: "甲会", date: day, attendeeIds: [assignee], "decisions[0][id]": decision.id, "decisions[0][content]": "甲会事项（调整）", "decisions[0][assigneeUnitId]": assignee, "decisions[0][dueDate]": addDaysToKey(day, 20), ...fields }));
    expect((await edit({})).ok).toBe(true);
    const item = await db.workItem.findUniqueOrThrow({ where: { id: decision.workItemId! } });
    expect(item.title).toBe("甲会事项（调整）");
    expect(dateKey(item.dueDate)).toBe(addDaysToKey(day, 20));

    // Once reported on, the decision stays with its unit.
    const report = await db.weeklyReport.findFirstOrThrow({ where: { unitId: assignee } });
    await db.reportEntry.create({ data: { reportId: report.id, workItemId: item.id, progress: 10 } });
    const moved = await edit({ "decisions[0][assigneeUnitId]": other });
    expect(!moved.ok && moved.fieldErrors["decisions.0.assigneeUnitId"]).toEqual(["该事项已有报送记录，不能改派责任单位"]);

    expect((await edit({ "decisions[0][cancel]": "on" })).ok).toBe(true);
    expect((await db.meetingDecision.findUniqueOrThrow({ where: { id: decision.id } })).status).toBe("CANCELLED");
    expect((await db.workItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("ARCHIVED");

    const early = await saveMeeting(null, form({ kind: "SPECIAL", title: "丁会", date: day, "decisions[0][content]": "x", "decisions[0][assigneeUnitId]": assignee, "decisions[0][dueDate]": addDaysToKey(day, -1) }));
    expect(!early.ok && early.fieldErrors["decisions.0.dueDate"]).toEqual(["办结时限不能早于会议日期"]);
  });
});

describe("the monthly supervision report", () => {
  it("is compiled from the month's data, and frozen once published", async () => {
    await actAs(SUPERVISOR);
    const supervisor = (await getCurrentUser())!;
    const zone = await db.zone.findFirstOrThrow();
    const day = await today();
    const lastMonth = addDaysToKey(`${day.slice(0, 7)}-01`, -1).slice(0, 7);
    const live = await getMonthlyReport(supervisor, lastMonth);
    expect(live.status).toBe("DRAFT");
    expect(live.snapshot.summary.owed).toBeGreaterThan(50);
    expect(live.snapshot.summary.submissionRate).toBeGreaterThan(50);
    expect(live.snapshot.units.length).toBeGreaterThan(15);
    expect(live.snapshot.inspections.length).toBeGreaterThan(0);
    const [first, last] = [new Date(`${lastMonth}-01T00:00:00+08:00`), new Date(`${day.slice(0, 7)}-01T00:00:00+08:00`)];
    expect(live.snapshot.summary.warningsOpened).toBe(await db.warningEvent.count({ where: { type: "OPENED", at: { gte: first, lt: last } } }));
    for (const unit of live.snapshot.units) expect(unit.onTime + unit.late + unit.missing).toBe(unit.owed);
    expect(live.snapshot.units.reduce((sum, unit) => sum + unit.onTime, 0)).toBe(live.snapshot.summary.onTime);

    expect((await publishMonthlyReport(null, form({ month: lastMonth, commentary: " " }))).ok).toBe(false);
    expect((await saveMonthlyCommentary(null, form({ month: lastMonth, commentary: "总体情况良好。" }))).ok).toBe(true);
    expect((await publishMonthlyReport(null, form({ month: lastMonth, commentary: "总体情况良好，个别单位报送不及时。" }))).ok).toBe(true);
    const published = await getMonthlyReport(supervisor, lastMonth);
    expect(published).toMatchObject({ status: "PUBLISHED", commentary: "总体情况良好，个别单位报送不及时。" });

    // New data for that month changes nothing published.
    const unit = await db.unit.findFirstOrThrow({ where: { kind: "PARK" } });
    await db.inspection.create({ data: { zoneId: zone.id, unitId: unit.id, date: new Date(`${lastMonth}-15T00:00:00Z`), inspectors: "后补", findings: "后补记录", rating: "POOR" } });
    const again = await getMonthlyReport(supervisor, lastMonth);
    expect(again.snapshot).toEqual(published.snapshot);
    expect((await compileCount(supervisor.zoneId, lastMonth)) - published.snapshot.summary.inspections).toBe(1);
    expect(await saveMonthlyCommentary(null, form({ month: lastMonth, commentary: "改" }))).toMatchObject({ ok: false, message: "该月督查报告已发布，不能再修改。" });
    expect(await db.notification.count({ where: { user: { email: "leader@demo.gov.cn" }, link: `/supervision/monthly/${lastMonth}` } })).toBe(1);
  });
});

async function compileCount(zoneId: string, month: string): Promise<number> {
  const { compileMonth } = await import("@/lib/supervision/monthly-data");
  const snapshot = await compileMonth(db, zoneId, Number(month.slice(0, 4)), Number(month.slice(5, 7)), new Date());
  return snapshot.summary.inspections;
}
