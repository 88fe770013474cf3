import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";

// Attachments of this file go to a throwaway data directory (set before lib/data-dir is read).
const dataDir = await vi.hoisted(async () => {
  const [{ mkdtempSync }, os, nodePath] = await Promise.all([import("node:fs"), import("node:os"), import("node:path")]);
  const dir = mkdtempSync(nodePath.join(os.tmpdir(), "chuangjian-notices-"));
  process.env.CHUANGJIAN_DATA_DIR = dir;
  return dir;
});

import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { addDaysToKey, localDateKey } from "@/lib/dates/zone-time";
import {
  addInstructionAction,
  chaseNotice,
  closeNotice,
  issueNoticeAction,
  respondNotice,
  returnNotice,
  reviewNotice,
  signNotice,
  startNotice,
} from "@/lib/notices/actions";
import { getNotice, listNotices } from "@/lib/notices/queries";
import { actAs, form, signOutTestUser } from "./support/session";

const SUPERVISOR = "office@demo.gov.cn";
const LEADER = "leader@demo.gov.cn";
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x25, 0x25, 0x45, 0x4f, 0x46]);

async function today(): Promise<string> {
  const zone = await db.zone.findFirstOrThrow({ select: { timeZone: true } });
  return localDateKey(new Date(), zone.timeZone);
}

async function unitByCode(code: string) {
  return db.unit.findFirstOrThrow({ where: { code }, select: { id: true, name: true } });
}

async function issue(unitId: string, extra: Record<string, string | string[]> = {}) {
  return issueNoticeAction(
    null,
    form({ unitId, title: "关于加快推进滞后事项的督办通知", matter: "进度滞后。", requiredAction: "书面反馈整改措施。", responseDue: addDaysToKey(await today(), 7), level: "YELLOW", ...extra }),
  );
}

async function counts() {
  const [notices, events, responses, audits, notifications, attachments] = await Promise.all([
    db.supervisionNotice.count(), db.noticeEvent.count(), db.noticeResponse.count(), db.auditLog.count(), db.notification.count(), db.attachment.count(),
  ]);
  return { notices, events, responses, audits, notifications, attachments };
}

describe("issuing notices", () => {
  beforeEach(() => signOutTestUser());

  it("numbers concurrent notices of a year without gaps or duplicates", async () => {
    await actAs(SUPERVISOR);
    const unit = await unitByCode("fgw");
    const year = Number((await today()).slice(0, 4));
    const before = (await db.noticeCounter.findFirst({ where: { year } }))?.lastSeq ?? 0;
    const results = await Promise.all(Array.from({ length: 10 }, async () => issue(unit.id)));
    expect(results.every((result) => result.ok)).toBe(true);
    const numbers = results.map((result) => (result.ok ? result.data.number : ""));
    const seqs = (await db.supervisionNotice.findMany({ where: { year, seq: { gt: before } }, select: { seq: true, number: true } })).map((notice) => notice.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 10 }, (_, index) => before + index + 1));
    expect(new Set(numbers).size).toBe(10);
    expect(numbers).toContain(`督办〔${year}〕${before + 10}号`);
    expect((await db.noticeCounter.findFirstOrThrow({ where: { year } })).lastSeq).toBe(before + 10);
  });

  it("links warnings of one unit, acknowledges them, audits and notifies the unit", async () => {
    const supervisor = await actAs(SUPERVISOR);
    const unit = await db.unit.findFirstOrThrow({ where: { warnings: { some: { status: "OPEN" } } }, select: { id: true } });
    const warnings = await db.warning.findMany({ where: { unitId: unit.id, status: "OPEN" }, take: 2 });
    const reporters = await db.user.count({ where: { unitId: unit.id, role: "REPORTER", active: true } });
    const notificationsBefore = await db.notification.count();
    const result = await issue(unit.id, { warningId: warnings.map((warning) => warning.id), level: "ORANGE" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const notice = await db.supervisionNotice.findUniqueOrThrow({ where: { id: result.data.id }, include: { warningLinks: true, events: true } });
    expect(notice).toMatchObject({ unitId: unit.id, status: "ISSUED", level: "ORANGE", issuedById: supervisor.id });
    expect(notice.warningLinks.map((link) => link.warningId).sort()).toEqual(warnings.map((warning) => warning.id).sort());
    expect(notice.events.map((event) => event.type)).toEqual(["ISSUED"]);
    for (const warning of warnings) expect((await db.warning.findUniqueOrThrow({ where: { id: warning.id } })).status).toBe("ACKNOWLEDGED");
    expect(await db.auditLog.count({ where: { action: "notice.issue", entityId: notice.id } })).toBe(1);
    expect(await db.notification.count()).toBe(notificationsBefore + reporters);
  });

  it("refuses warnings of another unit, bad input and a past due date, writing nothing", async () => {
    await actAs(SUPERVISOR);
    const [a, b] = await Promise.all([unitByCode("kjj"), unitByCode("fgw")]);
    const foreign = await db.warning.findFirstOrThrow({ where: { unitId: { not: a.id } } });
    const before = await counts();
    expect(await issue(a.id, { warningId: foreign.id })).toMatchObject({ ok: false, fieldErrors: { unitId: ["所选预警须属于同一单位。"] } });
    expect(await issue(b.id, { title: "", responseDue: "2020-01-01" })).toMatchObject({ ok: false, fieldErrors: { title: ["必填"] } });
    expect(await issue(b.id, { responseDue: addDaysToKey(await today(), -1) })).toMatchObject({ ok: false, fieldErrors: { responseDue: ["反馈期限不能早于今天"] } });
    expect(await issue(b.id, { warningId: "no-such-warning" })).toMatchObject({ ok: false, message: "记录不存在或您无权访问。" });
    await actAs("kjj@demo.gov.cn");
    expect(await issue(a.id)).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    expect(await counts()).toEqual(before);
  });
});

describe("the notice workflow", () => {
  beforeEach(() => signOutTestUser());

  it("goes issued → signed → responded → returned → responded → reviewed → closed, timestamped, audited and notified", async () => {
    const supervisor = await actAs(SUPERVISOR);
    const unit = await unitByCode("swj");
    const issued = await issue(unit.id);
    if (!issued.ok) throw new Error(issued.message);
    const id = issued.data.id;

    const reporter = await actAs("swj@demo.gov.cn");
    expect(await signNotice(null, form({ id }))).toMatchObject({ ok: true });
    expect(await startNotice(null, form({ id }))).toMatchObject({ ok: true });
    const withFile = form({ id, content: "已制定赶进度方案，附工作方案。" });
    withFile.append("attachments", new File([PDF], "整改方案.pdf", { type: "application/pdf" }));
    expect(await respondNotice(null, withFile)).toMatchObject({ ok: true });
    const attachment = await db.attachment.findFirstOrThrow({ where: { noticeResponse: { noticeId: id } } });
    expect(attachment).toMatchObject({ fileName: "整改方案.pdf", mimeType: "application/pdf", sizeBytes: PDF.length, uploadedById: reporter.id });
    expect(await readdir(path.join(dataDir, "attachments", attachment.storageKey.split("/")[0]))).toContain(attachment.storageKey.split("/")[1]);
    // The issuer hears of each step the unit takes.
    const toIssuer = await db.notification.findMany({ where: { userId: supervisor.id, kind: "NOTICE_STEP", link: `/notices/${id}` }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(toIssuer.map((notification) => notification.title)).toEqual([`${issued.data.number} 已签收`, `${issued.data.number} 已开始办理`, `${issued.data.number} 已提交反馈，请复核`]);

    await actAs(SUPERVISOR);
    expect(await returnNotice(null, form({ id, note: "" }))).toMatchObject({ ok: false, fieldErrors: { note: ["必填"] } });
    const newDue = addDaysToKey(await today(), 10);
    expect(await returnNotice(null, form({ id, note: "请补充责任人和完成时限。", responseDue: newDue }))).toMatchObject({ ok: true });
    expect(await db.notification.count({ where: { userId: reporter.id, kind: "NOTICE_STEP", link: `/notices/${id}` } })).toBe(1);

    await actAs("swj@demo.gov.cn");
    expect(await respondNotice(null, form({ id, content: "已补充：分管领导牵头，月底前完成。" }))).toMatchObject({ ok: true });
    await actAs(SUPERVISOR);
    expect(await reviewNotice(null, form({ id, note: "同意。" }))).toMatchObject({ ok: true });
    expect(await closeNotice(null, form({ id }))).toMatchObject({ ok: true });

    const notice = await db.supervisionNotice.findUniqueOrThrow({
      where: { id },
      include: { events: { orderBy: [{ at: "asc" }, { id: "asc" }] }, responses: { orderBy: { createdAt: "asc" } } },
    });
    expect(notice.status).toBe("CLOSED");
    expect(notice.responseDue.toISOString().slice(0, 10)).toBe(newDue);
    expect(notice.signedAt).not.toBeNull();
    expect(notice.respondedAt).not.toBeNull();
    expect(notice.closedAt).not.toBeNull();
    expect(notice.events.map((event) => event.type)).toEqual(["ISSUED", "SIGNED", "STARTED", "RESPONDED", "RETURNED", "RESPONDED", "REVIEWED", "CLOSED"]);
    expect(notice.events.map((event) => event.toStatus)).toEqual(["ISSUED", "SIGNED", "IN_PROGRESS", "RESPONDED", "RETURNED", "RESPONDED", "REVIEWED", "CLOSED"]);
    expect(notice.responses.map((response) => response.review)).toEqual(["RETURNED", "ACCEPTED"]);
    const audits = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audits.map((audit) => audit.action)).toEqual(["notice.issue", "notice.sign", "notice.start", "notice.respond", "notice.return", "notice.respond", "notice.review", "notice.close"]);

    const actor = (await getCurrentUser())!;
    const detail = await getNotice(actor, id);
    expect(detail.steps).toEqual([]);
    expect(detail.responses[0].attachments).toHaveLength(1);
  });

  it("refuses illegal steps and writes nothing", async () => {
    await actAs(SUPERVISOR);
    const unit = await unitByCode("rsj");
    const issued = await issue(unit.id);
    if (!issued.ok) throw new Error(issued.message);
    const id = issued.data.id;
    const before = await counts();
    const illegal = { ok: false, message: "该通知当前状态下不能执行此操作。" };
    expect(await closeNotice(null, form({ id }))).toMatchObject(illegal);
    expect(await reviewNotice(null, form({ id }))).toMatchObject(illegal);
    expect(await returnNotice(null, form({ id, note: "x" }))).toMatchObject(illegal);
    await actAs("rsj@demo.gov.cn");
    expect(await respondNotice(null, form({ id, content: "未签收就反馈" }))).toMatchObject(illegal);
    expect(await startNotice(null, form({ id }))).toMatchObject(illegal);
    expect(await signNotice(null, form({ id }))).toMatchObject({ ok: true });
    const afterSign = await counts();
    expect(await signNotice(null, form({ id }))).toMatchObject(illegal);
    // The office cannot sign or answer for a unit, and a unit cannot close its own notice.
    expect(await closeNotice(null, form({ id }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    await actAs(SUPERVISOR);
    expect(await respondNotice(null, form({ id, content: "代为反馈" }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    expect(await counts()).toEqual(afterSign);
    expect(afterSign.events).toBe(before.events + 1);
    expect((await db.supervisionNotice.findUniqueOrThrow({ where: { id } })).status).toBe("SIGNED");
  });

  it("answers another unit's notice as not found, for reading and for every step", async () => {
    await actAs(SUPERVISOR);
    const issued = await issue((await unitByCode("jyj")).id);
    if (!issued.ok) throw new Error(issued.message);
    const id = issued.data.id;
    await actAs("kjj@demo.gov.cn");
    const before = await counts();
    const notFound = { ok: false, message: "记录不存在或您无权访问。" };
    expect(await signNotice(null, form({ id }))).toMatchObject(notFound);
    expect(await respondNotice(null, form({ id, content: "越权反馈" }))).toMatchObject(notFound);
    const actor = (await getCurrentUser())!;
    await expect(getNotice(actor, id)).rejects.toThrow("not found");
    expect((await listNotices(actor, {})).items.every((notice) => notice.unit.id === actor.unitId)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it("refuses an attachment of the wrong kind and stores nothing", async () => {
    await actAs(SUPERVISOR);
    const issued = await issue((await unitByCode("jrj")).id);
    if (!issued.ok) throw new Error(issued.message);
    await actAs("jrj@demo.gov.cn");
    await signNotice(null, form({ id: issued.data.id }));
    const before = await counts();
    const bad = form({ id: issued.data.id, content: "附件有误" });
    bad.append("attachments", new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00])], "setup.exe"));
    expect(await respondNotice(null, bad)).toMatchObject({ ok: false, fieldErrors: { attachments: [expect.stringContaining("不支持的文件类型")] } });
    expect(await counts()).toEqual(before);
  });

  it("chases an unanswered notice, and a response clears its 'unanswered' warning at once", async () => {
    const kjj = await unitByCode("kjj");
    const overdue = await db.supervisionNotice.findFirstOrThrow({ where: { unitId: kjj.id, status: "SIGNED" } });
    const warning = await db.warning.findFirstOrThrow({ where: { noticeId: overdue.id, kind: "NOTICE_UNANSWERED" } });
    expect(warning.status).not.toBe("RESOLVED");
    expect(warning.level).toBe("ORANGE");

    await actAs(SUPERVISOR);
    expect(await chaseNotice(null, form({ id: overdue.id, note: "请今日反馈。" }))).toMatchObject({ ok: true });
    expect(await db.supervisionNotice.findUniqueOrThrow({ where: { id: overdue.id } })).toMatchObject({ chaseCount: overdue.chaseCount + 1, status: "SIGNED" });

    await actAs("kjj@demo.gov.cn");
    expect(await respondNotice(null, form({ id: overdue.id, content: "已补充佐证材料并核对数据口径。" }))).toMatchObject({ ok: true });
    expect(await db.warning.findUniqueOrThrow({ where: { id: warning.id } })).toMatchObject({ status: "RESOLVED", resolvedReason: "NOTICE_ANSWERED" });
    expect(await db.warningRun.count({ where: { trigger: "NOTICE_STEP", unitId: kjj.id, status: "SUCCEEDED" } })).toBeGreaterThanOrEqual(1);
  });

  it("lets a leader add an instruction on a notice and on a warning; nobody else", async () => {
    const notice = await db.supervisionNotice.findFirstOrThrow({ orderBy: { seq: "asc" } });
    const warning = await db.warning.findFirstOrThrow({ where: { status: { not: "RESOLVED" } } });
    const leader = await actAs(LEADER);
    expect(await addInstructionAction(null, form({ noticeId: notice.id, content: "请抓紧整改，按期办结。" }))).toMatchObject({ ok: true });
    expect(await addInstructionAction(null, form({ warningId: warning.id, content: "请创建办跟踪督办。" }))).toMatchObject({ ok: true });
    expect(await db.instruction.count({ where: { authorId: leader.id } })).toBe(2);
    expect(await db.noticeEvent.count({ where: { noticeId: notice.id, type: "INSTRUCTED" } })).toBe(1);
    expect(await db.notification.count({ where: { kind: "INSTRUCTION" } })).toBeGreaterThanOrEqual(2);
    expect(await addInstructionAction(null, form({ content: "没有对象" }))).toMatchObject({ ok: false });

    await actAs(SUPERVISOR);
    expect(await addInstructionAction(null, form({ noticeId: notice.id, content: "越权批示" }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
  });
});

describe("the ledger", () => {
  it("lists overdue unanswered notices first", async () => {
    await actAs(SUPERVISOR);
    const actor = (await getCurrentUser())!;
    const page = await listNotices(actor, {});
    const firstNotOverdue = page.items.findIndex((notice) => notice.overdueDays === 0);
    expect(page.items.slice(firstNotOverdue).every((notice) => notice.overdueDays === 0)).toBe(true);
    expect(page.items[0].overdueDays).toBeGreaterThan(0);
    const overdueOnly = await listNotices(actor, { overdue: true });
    expect(overdueOnly.items.length).toBeGreaterThan(0);
    expect(overdueOnly.items.every((notice) => notice.overdueDays > 0)).toBe(true);
  });

  it("filters by level, park and 'not closed', as the dashboard's links ask", async () => {
    await actAs(SUPERVISOR);
    const actor = (await getCurrentUser())!;
    const all = await db.supervisionNotice.findMany({ where: { zoneId: actor.zoneId }, select: { id: true, level: true, status: true, unit: { select: { parkId: true } } } });
    const level = all[0].level;
    const byLevel = await listNotices(actor, { level });
    expect(byLevel.total).toBe(all.filter((notice) => notice.level === level).length);
    expect(byLevel.items.every((notice) => notice.level === level)).toBe(true);

    await db.supervisionNotice.update({ where: { id: all[0].id }, data: { status: "CLOSED", closedAt: new Date() } });
    const open = await listNotices(actor, { open: true });
    expect(open.total).toBe(all.filter((notice) => notice.id !== all[0].id && notice.status !== "CLOSED").length);
    expect(open.items.some((notice) => notice.id === all[0].id)).toBe(false);

    const park = await db.park.findFirstOrThrow({ where: { zoneId: actor.zoneId, units: { some: { notices: { some: {} } } } } });
    const inPark = await listNotices(actor, { parkId: park.id });
    expect(inPark.total).toBe(all.filter((notice) => notice.unit.parkId === park.id).length);
  });
});
