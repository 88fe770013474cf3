// Bulletin editions (numbering under concurrency, freezing, who reads them), the zone's document
// settings, the status report, and the document downloads, on the demo database.
import { beforeEach, describe, expect, it } from "vitest";
import { GET as documentGet } from "@/app/api/documents/[kind]/[[...key]]/route";
import { createBriefingEdition, issueBriefingEdition, saveBriefingEdition } from "@/lib/briefings/actions";
import { getEdition, listEditions } from "@/lib/briefings/queries";
import { db } from "@/lib/db/client";
import { isoWeekOf, isoWeekStart, formatIsoWeek, localDateKey, shiftIsoWeek, addDaysToKey, type IsoWeek } from "@/lib/dates/zone-time";
import { createStatusReport, saveDocumentSettings, saveStatusReport } from "@/lib/documents/actions";
import { documentDocx } from "@/lib/documents/docx";
import { loadDocument } from "@/lib/documents/registry";
import { issueNoticeAction } from "@/lib/notices/actions";
import { NotFoundError } from "@/lib/server/errors";
import mammoth from "mammoth";
import { actAs, actorFor, form, signOutTestUser } from "./support/session";

const SUPERVISOR = "office@demo.gov.cn";
const LEADER = "leader@demo.gov.cn";
const REPORTER = "kjj@demo.gov.cn";

async function zone() {
  return db.zone.findFirstOrThrow({ select: { id: true, timeZone: true } });
}

async function currentWeek(): Promise<IsoWeek> {
  return isoWeekOf(new Date(), (await zone()).timeZone);
}

async function draft(week: IsoWeek): Promise<string> {
  const result = await createBriefingEdition(null, form({ week: formatIsoWeek(week) }));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

const text = { title: "", summary: "本周总体推进有序。", praise: "", criticism: "", requirements: "请按时报送。", reportTo: "市委、市政府主要领导", sendTo: "领导小组各成员单位" };

describe("bulletin editions", () => {
  beforeEach(() => signOutTestUser());

  it("numbers editions of a year in issue order, without gaps, when the office issues several at once", async () => {
    await actAs(SUPERVISOR);
    const week = await currentWeek();
    const year = Number(localDateKey(new Date(), (await zone()).timeZone).slice(0, 4));
    // The demo issued three past weeks; five more drafts, issued together.
    const before = (await db.documentCounter.findUnique({ where: { zoneId_series_year: { zoneId: (await zone()).id, series: "briefing", year } } }))?.lastSeq ?? 0;
    const ids = [];
    for (const back of [5, 6, 7, 8, 9]) ids.push(await draft(shiftIsoWeek(week, -back)));
    const results = await Promise.all(ids.map((id) => issueBriefingEdition(null, form({ id, ...text }))));
    expect(results.map((result) => result.ok)).toEqual([true, true, true, true, true]);
    const issued = await db.briefingEdition.findMany({ where: { id: { in: ids } }, select: { year: true, seq: true, status: true } });
    expect(issued.map((edition) => edition.seq).sort((a, b) => a! - b!)).toEqual([before + 1, before + 2, before + 3, before + 4, before + 5]);
    expect(new Set(issued.map((edition) => `${edition.year}-${edition.status}`))).toEqual(new Set([`${year}-ISSUED`]));

    // The same draft issued twice at once: one issue, one refusal, and the refused one gives its number back.
    const twice = await draft(shiftIsoWeek(week, -10));
    const [first, second] = await Promise.all([issueBriefingEdition(null, form({ id: twice, ...text })), issueBriefingEdition(null, form({ id: twice, ...text }))]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const refused = first.ok ? second : first;
    expect(refused.ok ? "" : refused.message).toBe("该期简报已签发，不能再修改。");
    expect((await db.briefingEdition.findUniqueOrThrow({ where: { id: twice } })).seq).toBe(before + 6);
    expect((await db.documentCounter.findUniqueOrThrow({ where: { zoneId_series_year: { zoneId: (await zone()).id, series: "briefing", year } } })).lastSeq).toBe(before + 6);
  });

  it("freezes the figures at issue: a later filing changes the live view, not the edition, and the difference is listed", async () => {
    const leader = await actorFor(LEADER);
    await actAs(SUPERVISOR);
    const week = shiftIsoWeek(await currentWeek(), -11);
    // The fixture: one unit that filed on time that week has not filed at the issue.
    const filed = await db.weeklyReport.findFirstOrThrow({ where: { ...week, status: { in: ["SUBMITTED", "ACCEPTED"] }, lateMinutes: 0, unit: { kind: { not: "OFFICE" } } }, orderBy: { unit: { code: "asc" } }, select: { id: true, unitId: true } });
    await db.weeklyReport.delete({ where: { id: filed.id } });
    const id = await draft(week);
    expect((await issueBriefingEdition(null, form({ id, ...text }))).ok).toBe(true);
    const atIssue = await getEdition(leader, id);
    expect(atIssue.changes).toEqual([]);
    const missing = atIssue.briefing.submission.ranking.find((row) => row.unitId === filed.unitId);
    expect(missing?.outcome).toBe("MISSING");

    // The unit files the week afterwards (late), and no longer counts as missing.
    const { timeZone, id: zoneId } = await zone();
    const weekStart = isoWeekStart(week, timeZone);
    const deadline = new Date(weekStart.getTime() + (4 * 24 + 18) * 3_600_000);
    await db.weeklyReport.upsert({
      where: { unitId_isoYear_isoWeek: { unitId: missing!.unitId, isoYear: week.isoYear, isoWeek: week.isoWeek } },
      create: { zoneId, unitId: missing!.unitId, ...week, weekStart, deadline, status: "SUBMITTED", submittedAt: new Date(), lateMinutes: 5000 },
      update: { status: "SUBMITTED", submittedAt: new Date(), lateMinutes: 5000 },
    });
    const later = await getEdition(leader, id);
    expect(later.briefing.submission.submitted).toBe(atIssue.briefing.submission.submitted);
    expect(later.briefing.submission.ranking.find((row) => row.unitId === missing!.unitId)!.outcome).toBe(missing!.outcome);
    expect(later.changes).toContainEqual({ kind: "submission", figure: "submitted", from: atIssue.briefing.submission.submitted, to: atIssue.briefing.submission.submitted + 1 });
    expect(later.changes).toContainEqual({ kind: "outcome", unit: missing!.unitName, from: missing!.outcome, to: "LATE" });
    // Issued means read-only.
    const edit = await saveBriefingEdition(null, form({ id, ...text, summary: "改写" }));
    expect(edit.ok).toBe(false);
    expect((await db.briefingEdition.findUniqueOrThrow({ where: { id } })).summary).toBe(text.summary);
  });

  it("lets every member unit read issued editions, and only those; drafts and the live figures stay the office's", async () => {
    await actAs(SUPERVISOR);
    const draftId = await draft(shiftIsoWeek(await currentWeek(), -1));
    const reporter = await actorFor(REPORTER);
    const page = await listEditions(reporter);
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.items.map((row) => row.status)).toEqual(page.items.map(() => "ISSUED"));
    expect(page.items.some((row) => row.id === draftId)).toBe(false);
    await expect(getEdition(reporter, draftId)).rejects.toBeInstanceOf(NotFoundError);
    const issued = await getEdition(reporter, page.items[0].id);
    expect(issued.status).toBe("ISSUED");
    expect(issued.changes).toBeNull();
    // A reporter cannot make or issue one.
    expect((await createBriefingEdition(null, form({ week: formatIsoWeek(await currentWeek()) }))).ok).toBe(false);
    expect((await issueBriefingEdition(null, form({ id: draftId, ...text }))).ok).toBe(false);
    expect((await db.briefingEdition.findUniqueOrThrow({ where: { id: draftId } })).status).toBe("DRAFT");
    // The bulletin's document, as a reporter downloads it.
    const doc = await loadDocument(reporter, "briefing", page.items[0].id);
    expect(doc.bulletin!.issue).toBe(`第${page.items[0].seq}期`);
  });

  it("refuses a bad distribution list at the field, keeps the draft, and audits a good save", async () => {
    await actAs(SUPERVISOR);
    const id = await draft(shiftIsoWeek(await currentWeek(), -12));
    const before = await db.briefingEdition.findUniqueOrThrow({ where: { id } });
    const tooMany = Array.from({ length: 41 }, (_, index) => `单位${index}`).join("、");
    const refused = await saveBriefingEdition(null, form({ id, ...text, sendTo: tooMany }));
    expect(refused.ok ? {} : refused.fieldErrors).toEqual({ sendTo: ["最多 40 个名称，每个不超过 60 个字"] });
    expect((await db.briefingEdition.findUniqueOrThrow({ where: { id } })).updatedAt).toEqual(before.updatedAt);
    expect((await saveBriefingEdition(null, form({ id, ...text, praise: "市科技局按时报送，予以表扬。" }))).ok).toBe(true);
    const saved = await db.briefingEdition.findUniqueOrThrow({ where: { id } });
    expect([saved.praise, saved.reportTo, saved.sendTo]).toEqual(["市科技局按时报送，予以表扬。", ["市委", "市政府主要领导"], ["领导小组各成员单位"]]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "briefingEdition.update", entityId: id }, orderBy: { createdAt: "desc" } });
    expect(audit.after).toMatchObject({ praise: "市科技局按时报送，予以表扬。" });
  });
});

describe("document settings", () => {
  beforeEach(() => signOutTestUser());

  it("are the office's and the admin's to change; the notice number and the documents follow them", async () => {
    await actAs(REPORTER);
    const settings = { issuerName: "江州市创建办", signatureName: "", noticeCode: "高新督", printedBy: "", copyTo: "分管副市长、市政府办公室", briefingName: "创建简报", briefingEditor: "", briefingReportTo: "", briefingSendTo: "" };
    expect((await saveDocumentSettings(null, form(settings))).ok).toBe(false);
    await actAs(SUPERVISOR);
    const bad = await saveDocumentSettings(null, form({ ...settings, noticeCode: "督〔1〕" }));
    expect(bad.ok ? {} : bad.fieldErrors).toEqual({ noticeCode: ["机关代字不能含数字或〔〕"] });
    expect((await saveDocumentSettings(null, form(settings))).ok).toBe(true);
    const stored = await db.zoneDocumentSettings.findFirstOrThrow();
    expect([stored.noticeCode, stored.copyTo]).toEqual(["高新督", ["分管副市长", "市政府办公室"]]);
    expect(await db.auditLog.count({ where: { action: "documentSettings.update" } })).toBe(1);

    const unit = await db.unit.findFirstOrThrow({ where: { code: "fgw" }, select: { id: true, name: true } });
    const today = localDateKey(new Date(), (await zone()).timeZone);
    const issued = await issueNoticeAction(null, form({ unitId: unit.id, title: "加快推进滞后事项", matter: "进度滞后。", requiredAction: "书面反馈。", responseDue: addDaysToKey(today, 7), level: "YELLOW" }));
    expect(issued.ok).toBe(true);
    const notice = await db.supervisionNotice.findUniqueOrThrow({ where: { id: issued.ok ? issued.data.id : "" } });
    expect(notice.number).toBe(`高新督〔${today.slice(0, 4)}〕${notice.seq}号`);
    // No 抄送 on the form: the zone's default list.
    expect(notice.copyTo).toEqual(["分管副市长", "市政府办公室"]);

    const doc = await loadDocument(await actorFor(SUPERVISOR), "notice", notice.id);
    expect(doc.redHeader).toEqual({ issuer: "江州市创建办", number: notice.number });
    expect(doc.title).toBe("关于加快推进滞后事项的督办通知");
    expect(doc.addressee).toBe(unit.name);
    expect(doc.colophon).toMatchObject({ copyTo: ["分管副市长", "市政府办公室"], printedBy: "江州市创建办" });
  });
});

describe("the status report", () => {
  beforeEach(() => signOutTestUser());

  it("is written from the records in one click, then takes the office's text between the sections", async () => {
    await actAs(LEADER);
    expect((await createStatusReport(null, form({}))).ok).toBe(false);
    await actAs(SUPERVISOR);
    const created = await createStatusReport(null, form({}));
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : "";
    const supervisor = await actorFor(SUPERVISOR);
    const doc = await loadDocument(supervisor, "status-report", id);
    const headings = doc.body.filter((block) => block.type === "heading").map((block) => (block.type === "heading" ? block.text : ""));
    expect(headings).toEqual(["一、称号创建及上级对接情况", "二、争取上级资金情况", "三、用地报批情况", "四、规划调整情况", "五、重点任务推进情况", "六、对照国家高新区评价指标达标情况", "七、需要市领导协调解决的事项"]);
    // The demo's land (DESIGN.md): 2129 亩 needed, 647 亩 approved (89 + 558 in batch 1).
    const land = await db.landBatch.findMany({ select: { areaMu: true, approvedMu: true, status: true } });
    const approved = land.reduce((sum, batch) => sum + Number(batch.approvedMu), 0);
    expect(approved).toBe(647);
    const paragraphs = doc.body.flatMap((block) => (block.type === "paragraph" ? [block.runs.map((run) => (typeof run === "string" ? run : run.text)).join("")] : []));
    expect(paragraphs.some((line) => line.startsWith("创建共需建设用地2129亩，") && line.includes("已获批647亩") && line.endsWith("尚有1482亩待落实。"))).toBe(true);
    // The readiness section: the demo's 2021 catalogue, its five groups by name and weight.
    expect(paragraphs.some((line) => line.startsWith("对照国家高新区综合评价指标体系") && line.includes("本区估算得分"))).toBe(true);
    expect(paragraphs.find((line) => line.startsWith("分类看："))).toMatch(/^分类看：创新能力和创业活跃度（权重20%）.*结构优化和产业价值链（权重20%）.*绿色发展和宜居包容性（权重15%）.*开放创新和国际竞争力（权重15%）.*综合质效和持续创新力（权重30%）/);
    const tasks = await db.task.count();
    expect(paragraphs.filter((line) => /^[1-4]\. /.test(line))).toHaveLength(tasks);

    const content = (await db.statusReport.findUniqueOrThrow({ where: { id } })).sections as { sections: { facts: string }[] };
    const sections = Object.fromEntries(content.sections.flatMap((section, index) => [[`sections[${index}][facts]`, section.facts], [`sections[${index}][remarks]`, index === 2 ? "第二批次287亩已上报省自然资源厅，正在审查。" : ""]]));
    const saved = await saveStatusReport(null, form({ id, title: "关于创建工作进展情况的汇报", addressee: "市政府", intro: "现将有关情况汇报如下：", closing: "特此汇报。", ...sections }));
    expect(saved.ok).toBe(true);
    const edited = await loadDocument(supervisor, "status-report", id);
    expect(edited.title).toBe("关于创建工作进展情况的汇报");
    const bytes = await documentDocx(edited);
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    const lines = value.split("\n").map((line) => line.trim()).filter(Boolean);
    // The office's text follows the land section's figures, before the next heading.
    const remark = lines.indexOf("第二批次287亩已上报省自然资源厅，正在审查。");
    expect(remark).toBeGreaterThan(lines.indexOf("三、用地报批情况"));
    expect(lines[remark + 1]).toBe("四、规划调整情况");
    expect(lines.slice(0, 3)).toEqual(["关于创建工作进展情况的汇报", "市政府：", "现将有关情况汇报如下："]);
  });
});

describe("document downloads", () => {
  beforeEach(() => signOutTestUser());
  const get = (path: string) => {
    const [, , , kind, ...key] = path.split("?")[0].split("/");
    return documentGet(new Request(`http://test${path}`), { params: Promise.resolve({ kind, key: key.length ? key : undefined }) });
  };

  it("answers 401 without a session, 404 for another unit's notice, the .docx for the unit's own", async () => {
    const own = await db.supervisionNotice.findFirstOrThrow({ where: { unit: { code: "kjj" } }, select: { id: true } });
    const other = await db.supervisionNotice.findFirstOrThrow({ where: { unit: { code: { not: "kjj" } } }, select: { id: true } });
    expect((await get(`/api/documents/notice/${own.id}?format=docx`)).status).toBe(401);
    await actAs(REPORTER);
    expect((await get(`/api/documents/notice/${other.id}?format=docx`)).status).toBe(404);
    expect((await get(`/api/documents/nothing/${own.id}?format=docx`)).status).toBe(404);
    expect((await get(`/api/documents/plan?format=docx`)).status).toBe(403);
    const response = await get(`/api/documents/notice/${own.id}?format=docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(decodeURIComponent(response.headers.get("content-disposition")!)).toMatch(/^attachment; filename\*=UTF-8''督办通知-督办〔\d{4}〕\d+号\.docx$/);
  });

  it("explains, with a 503 and a link to the print view, when the server has no Chromium", async () => {
    await actAs(SUPERVISOR);
    const notice = await db.supervisionNotice.findFirstOrThrow({ select: { id: true } });
    const previous = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      const response = await get(`/api/documents/notice/${notice.id}?format=pdf`);
      expect(response.status).toBe(503);
      const body = await response.text();
      expect(body).toContain("服务器未安装 Chromium");
      expect(body).toContain(`/print/notice/${notice.id}`);
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
    }
  });
});
