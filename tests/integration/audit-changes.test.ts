import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";

// Attachments of this file go to a throwaway data directory (set before lib/data-dir is read).
await vi.hoisted(async () => {
  const [{ mkdtempSync }, os, nodePath] = await Promise.all([import("node:fs"), import("node:os"), import("node:path")]);
  process.env.CHUANGJIAN_DATA_DIR = mkdtempSync(nodePath.join(os.tmpdir(), "chuangjian-audit-"));
});

import { listAuditLogs } from "@/lib/audit/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { addDaysToKey, formatIsoWeek, localDateKey } from "@/lib/dates/zone-time";
import { issueNoticeAction, respondNotice, signNotice } from "@/lib/notices/actions";
import { saveReportDraft, submitReport } from "@/lib/reports/actions";
import { getMyWeek, type MyItem } from "@/lib/reports/queries";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { currentReportWeek } from "@/lib/reports/week";
import { actAs, actorFor, form } from "./support/session";

const REPORTER = "kjj@demo.gov.cn";
const OFFICE = "office@demo.gov.cn";
const PDF = new TextEncoder().encode("%PDF-1.7\n进展佐证\n%%EOF");

type Entry = { progress: string; doneThisWeek: string; planNextWeek: string; problems: string; needsCoordination?: boolean };

function reportForm(week: string, items: MyItem[], version: number | null, entries: Record<string, Entry>, summary = "本周推进顺利", editSession?: string) {
  const values: Record<string, string | undefined> = { week, version: version === null ? undefined : String(version), summary, editSession };
  for (const item of items) {
    const entry = entries[item.id];
    values[`entries[${item.id}][progress]`] = entry.progress;
    values[`entries[${item.id}][doneThisWeek]`] = entry.doneThisWeek;
    values[`entries[${item.id}][planNextWeek]`] = entry.planNextWeek;
    values[`entries[${item.id}][problems]`] = entry.problems;
    if (entry.needsCoordination) values[`entries[${item.id}][needsCoordination]`] = "true";
  }
  return form(values);
}

async function reportAudits(reportId: string) {
  return db.auditLog.findMany({ where: { entityType: "WeeklyReport", entityId: reportId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, action: true, before: true, after: true } });
}

describe("the audit of weekly reports", () => {
  it("records per item what each save changed, nothing for an unchanged autosave, and the submission", async () => {
    await actAs(REPORTER);
    const user = (await getCurrentUser())!;
    const zone = await db.zone.findFirstOrThrow({ select: { id: true } });
    const week = currentReportWeek(new Date(), await loadZoneCalendar(db, zone.id));
    const label = formatIsoWeek(week);
    await db.weeklyReport.deleteMany({ where: { unitId: user.unitId, isoYear: week.isoYear, isoWeek: week.isoWeek } });
    const { items } = await getMyWeek(user);
    const [first, second] = items;
    expect(second).toBeDefined();
    const start = (item: MyItem) => Math.min(90, (item.lastReported?.progress ?? 0) + 5);
    const entries: Record<string, Entry> = Object.fromEntries(items.map((item) => [item.id, { progress: String(start(item)), doneThisWeek: `推进${item.code}`, planNextWeek: `继续${item.code}`, problems: "" }]));

    const created = await saveReportDraft(null, reportForm(label, items, null, entries));
    if (!created.ok) throw new Error(created.message);
    const reportId = created.data.id;
    let audits = await reportAudits(reportId);
    expect(audits).toHaveLength(1);
    expect(audits[0].before).toBeNull();
    expect(audits[0].after).toMatchObject({
      week: label,
      status: "DRAFT",
      version: 1,
      summary: "本周推进顺利",
      items: { [first.code]: { progress: start(first), doneThisWeek: `推进${first.code}`, planNextWeek: `继续${first.code}` } },
    });

    // The autosave of the same form: no write, no audit, the same version back.
    const again = await saveReportDraft(null, reportForm(label, items, 1, entries));
    expect(again).toMatchObject({ ok: true, data: { id: reportId, version: 1, status: "DRAFT" } });
    expect(await reportAudits(reportId)).toHaveLength(1);
    expect((await db.weeklyReport.findUniqueOrThrow({ where: { id: reportId } })).version).toBe(1);

    // One item changes progress, its problem and coordination flag, and gets a file.
    entries[first.id] = { ...entries[first.id], progress: String(start(first) + 5), problems: "用地指标待协调", needsCoordination: true };
    const withFile = reportForm(label, items, 1, entries);
    withFile.append(`entries[${first.id}][attachments]`, new File([PDF], "现场照片说明.pdf"));
    expect(await saveReportDraft(null, withFile)).toMatchObject({ ok: true, data: { version: 2 } });
    audits = await reportAudits(reportId);
    expect(audits).toHaveLength(2);
    expect(audits[1]).toEqual({
      id: expect.any(String),
      action: "report.saveDraft",
      before: { items: { [first.code]: { progress: start(first), problems: "", needsCoordination: false, attachments: [] } } },
      after: { week: label, items: { [first.code]: { progress: start(first) + 5, problems: "用地指标待协调", needsCoordination: true, attachments: ["现场照片说明.pdf"] } }, version: 2 },
    });

    // Removing the file, and submitting: the list and the status.
    const attachment = await db.attachment.findFirstOrThrow({ where: { reportEntry: { reportId, workItemId: first.id } } });
    const removal = reportForm(label, items, 2, entries);
    removal.append(`entries[${first.id}][removeAttachments]`, attachment.id);
    expect(await saveReportDraft(null, removal)).toMatchObject({ ok: true, data: { version: 3 } });
    const submitted = await submitReport(null, reportForm(label, items, 3, entries, "本周推进顺利，用地待协调"));
    expect(submitted).toMatchObject({ ok: true, data: { status: "SUBMITTED", version: 4 } });
    audits = await reportAudits(reportId);
    expect(audits.map((audit) => audit.action)).toEqual(["report.saveDraft", "report.saveDraft", "report.saveDraft", "report.submit"]);
    expect(audits[2].before).toEqual({ items: { [first.code]: { attachments: ["现场照片说明.pdf"] } } });
    expect(audits[2].after).toMatchObject({ items: { [first.code]: { attachments: [] } } });
    expect(audits[3].before).toEqual({ status: "DRAFT", summary: "本周推进顺利", items: {} });
    expect(audits[3].after).toMatchObject({ status: "SUBMITTED", summary: "本周推进顺利，用地待协调", items: {}, version: 4, submittedById: user.id });

    // The audit page reads these as changes, field by field.
    const admin = await actorFor("admin@demo.gov.cn");
    const page = await listAuditLogs(admin, { entityType: "WeeklyReport", entityId: reportId }, "Asia/Shanghai");
    expect(page.total).toBe(4);
    const save = page.items.find((row) => (row.after as { version?: number }).version === 2)!;
    // (The database keeps JSON keys in its own order: the changes come in that order.)
    expect(save.changes).toHaveLength(6);
    expect(save.changes).toEqual(expect.arrayContaining([
      { kind: "set", path: ["week"], value: label },
      { kind: "changed", path: ["items", first.code, "progress"], from: start(first), to: start(first) + 5 },
      { kind: "changed", path: ["items", first.code, "problems"], from: "", to: "用地指标待协调" },
      { kind: "changed", path: ["items", first.code, "needsCoordination"], from: false, to: true },
      { kind: "list", path: ["items", first.code, "attachments"], added: ["现场照片说明.pdf"], removed: [] },
      { kind: "set", path: ["version"], value: 2 },
    ]));
  });
});

describe("the audit of one editing session's autosaves", () => {
  it("folds them into one row while it is the report's latest and recent: first before, last after, over every field they changed", async () => {
    await actAs(REPORTER);
    const user = (await getCurrentUser())!;
    const zone = await db.zone.findFirstOrThrow({ select: { id: true } });
    const week = currentReportWeek(new Date(), await loadZoneCalendar(db, zone.id));
    const label = formatIsoWeek(week);
    await db.weeklyReport.deleteMany({ where: { unitId: user.unitId, isoYear: week.isoYear, isoWeek: week.isoWeek } });
    const { items } = await getMyWeek(user);
    const [first, second] = items;
    expect(second).toBeDefined();
    const start = (item: MyItem) => Math.min(90, (item.lastReported?.progress ?? 0) + 5);
    const entries: Record<string, Entry> = Object.fromEntries(items.map((item) => [item.id, { progress: String(start(item)), doneThisWeek: `推进${item.code}`, planNextWeek: `继续${item.code}`, problems: "" }]));
    const tabA = "session-a-0123456789";
    const tabB = "session-b-0123456789";
    const saveAs = async (session: string | undefined, version: number | null, summary = "本周推进顺利") => {
      const result = await saveReportDraft(null, reportForm(label, items, version, entries, summary, session));
      if (!result.ok) throw new Error(result.message);
      return result.data;
    };

    // The report's first save (a form without a session id: its own row, as before).
    const { id: reportId } = await saveAs(undefined, null);
    expect(await reportAudits(reportId)).toHaveLength(1);

    // Tab A: progress up 5, then a problem and the second item's work, then progress back.
    entries[first.id] = { ...entries[first.id], progress: String(start(first) + 5) };
    expect((await saveAs(tabA, 1)).version).toBe(2);
    entries[first.id] = { ...entries[first.id], problems: "用地指标待协调" };
    entries[second.id] = { ...entries[second.id], doneThisWeek: "完成方案评审" };
    expect((await saveAs(tabA, 2)).version).toBe(3);
    entries[first.id] = { ...entries[first.id], progress: String(start(first)) };
    expect((await saveAs(tabA, 3)).version).toBe(4);
    // An autosave of the unchanged form writes nothing.
    expect(await saveAs(tabA, 4)).toMatchObject({ id: reportId, version: 4 });

    let audits = await reportAudits(reportId);
    expect(audits).toHaveLength(2);
    // Progress went up and back: not a change of the session. The rest: before the first save, after the last.
    expect(audits[1]).toMatchObject({
      action: "report.saveDraft",
      before: { items: { [first.code]: { problems: "" }, [second.code]: { doneThisWeek: `推进${second.code}` } } },
      after: { week: label, items: { [first.code]: { problems: "用地指标待协调" }, [second.code]: { doneThisWeek: "完成方案评审" } }, version: 4 },
    });
    expect((await db.weeklyReport.findUniqueOrThrow({ where: { id: reportId } })).version).toBe(4);

    // Another tab (another session) gets its own row; tab A after it then a new one too (A's row is no longer the latest).
    expect((await saveAs(tabB, 4, "本周推进顺利，评审完成")).version).toBe(5);
    // A session's row older than the window is left as it is (the report's rows moved 31 minutes back, in order).
    audits = await reportAudits(reportId);
    expect(audits).toHaveLength(3);
    await db.$executeRaw`UPDATE "AuditLog" SET "createdAt" = "createdAt" - interval '31 minutes' WHERE "entityId" = ${reportId}`;
    entries[second.id] = { ...entries[second.id], planNextWeek: "启动招标" };
    expect((await saveAs(tabB, 5, "本周推进顺利，评审完成")).version).toBe(6);
    entries[first.id] = { ...entries[first.id], planNextWeek: "完成征地" };
    expect((await saveAs(tabA, 6, "本周推进顺利，评审完成")).version).toBe(7);
    const submitted = await submitReport(null, reportForm(label, items, 7, entries, "本周推进顺利，评审完成", tabA));
    expect(submitted).toMatchObject({ ok: true, data: { status: "SUBMITTED", version: 8 } });

    audits = await reportAudits(reportId);
    expect(audits.map((audit) => audit.action)).toEqual(["report.saveDraft", "report.saveDraft", "report.saveDraft", "report.saveDraft", "report.saveDraft", "report.submit"]);
    expect(audits.slice(2, 5).map((audit) => [audit.before, audit.after])).toEqual([
      [{ summary: "本周推进顺利", items: {} }, { week: label, summary: "本周推进顺利，评审完成", items: {}, version: 5 }],
      [{ items: { [second.code]: { planNextWeek: `继续${second.code}` } } }, { week: label, items: { [second.code]: { planNextWeek: "启动招标" } }, version: 6 }],
      [{ items: { [first.code]: { planNextWeek: `继续${first.code}` } } }, { week: label, items: { [first.code]: { planNextWeek: "完成征地" } }, version: 7 }],
    ]);
    // What the report holds is every save's: nothing was lost to the folding.
    const stored = await db.reportEntry.findMany({ where: { reportId }, select: { workItemId: true, progress: true, problems: true, doneThisWeek: true, planNextWeek: true } });
    const byItem = new Map(stored.map((entry) => [entry.workItemId, entry]));
    expect(byItem.get(first.id)).toMatchObject({ problems: "用地指标待协调", planNextWeek: "完成征地" });
    expect(Number(byItem.get(first.id)!.progress)).toBe(start(first));
    expect(byItem.get(second.id)).toMatchObject({ doneThisWeek: "完成方案评审", planNextWeek: "启动招标" });
  });
});

describe("the audit of a notice response", () => {
  it("records the response's text and each file with its size and hash", async () => {
    await actAs(OFFICE);
    const unit = await db.unit.findFirstOrThrow({ where: { code: "swj" }, select: { id: true } });
    const zone = await db.zone.findFirstOrThrow({ select: { timeZone: true } });
    const issued = await issueNoticeAction(
      null,
      form({ unitId: unit.id, title: "关于加快推进滞后事项的督办通知", matter: "进度滞后。", requiredAction: "书面反馈整改措施。", responseDue: addDaysToKey(localDateKey(new Date(), zone.timeZone), 7), level: "YELLOW" }),
    );
    if (!issued.ok) throw new Error(issued.message);
    await actAs("swj@demo.gov.cn");
    expect(await signNotice(null, form({ id: issued.data.id }))).toMatchObject({ ok: true });
    const response = form({ id: issued.data.id, content: "已制定赶进度方案，分管领导牵头，月底前完成。" });
    response.append("attachments", new File([PDF], "整改方案.pdf"));
    expect(await respondNotice(null, response)).toMatchObject({ ok: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "notice.respond", entityId: issued.data.id } });
    const saved = await db.noticeResponse.findFirstOrThrow({ where: { noticeId: issued.data.id } });
    expect(audit.before).toEqual({ status: "SIGNED", responseDue: expect.any(String), chaseCount: 0 });
    expect(audit.after).toEqual({
      status: "RESPONDED",
      note: null,
      responseDue: (audit.before as { responseDue: string }).responseDue,
      chaseCount: 0,
      responseId: saved.id,
      content: "已制定赶进度方案，分管领导牵头，月底前完成。",
      files: [{ fileName: "整改方案.pdf", sizeBytes: PDF.length, sha256: createHash("sha256").update(PDF).digest("hex") }],
    });
  });
});
