import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";

// Attachments of this file go to a throwaway data directory (set before lib/data-dir is read).
const dataDir = await vi.hoisted(async () => {
  const [{ mkdtempSync }, os, nodePath] = await Promise.all([import("node:fs"), import("node:os"), import("node:path")]);
  const dir = mkdtempSync(nodePath.join(os.tmpdir(), "chuangjian-uploads-"));
  process.env.CHUANGJIAN_DATA_DIR = dir;
  return dir;
});

import { POST as importRoute } from "@/app/api/plan/import/route";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { formatIsoWeek } from "@/lib/dates/zone-time";
import { dryRunPlanImport } from "@/lib/plan/plan-import";
import { saveReportDraft } from "@/lib/reports/actions";
import { getMyWeek } from "@/lib/reports/queries";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { currentReportWeek } from "@/lib/reports/week";
import { buildZip, repeat, workbookEntries } from "../support/zip";
import { actAs, actorFor, form } from "./support/session";

const REPORTER = "kjj@demo.gov.cn";
const OFFICE = "office@demo.gov.cn";
const MB = 1024 * 1024;

/** A PDF of `megabytes` MB (a real header, then filler). */
function pdf(megabytes: number, name = "扫描件.pdf"): File {
  const bytes = new Uint8Array(Math.round(megabytes * MB));
  bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
  for (let index = 9; index < bytes.length; index += 4096) bytes[index] = index % 251;
  return new File([bytes], name, { type: "application/pdf" });
}

function storedFiles(): string[] {
  const root = path.join(dataDir, "attachments");
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((month) => readdirSync(path.join(root, month)).map((name) => `${month}/${name}`));
}

/** The draft form of the reporter's week with `file` on the first item. */
async function draftWithFile(file: File) {
  const user = (await getCurrentUser())!;
  const zone = await db.zone.findFirstOrThrow({ select: { id: true } });
  const week = currentReportWeek(new Date(), await loadZoneCalendar(db, zone.id));
  await db.weeklyReport.deleteMany({ where: { unitId: user.unitId, isoYear: week.isoYear, isoWeek: week.isoWeek } });
  const { items } = await getMyWeek(user);
  const item = items[0];
  const data = form({ week: formatIsoWeek(week), summary: "本周推进顺利", [`entries[${item.id}][progress]`]: String(Math.min(100, (item.lastReported?.progress ?? 0) + 5)), [`entries[${item.id}][doneThisWeek]`]: "完成现场踏勘" });
  data.append(`entries[${item.id}][attachments]`, file);
  return { data, item };
}

describe("attachments up to the stated limit", () => {
  beforeEach(async () => {
    await actAs(REPORTER);
  });

  it("saves a 15 MB file with the report, byte for byte", async () => {
    const file = pdf(15);
    const { data, item } = await draftWithFile(file);
    const saved = await saveReportDraft(null, data);
    expect(saved).toMatchObject({ ok: true, data: { status: "DRAFT", version: 1 } });
    const attachment = await db.attachment.findFirstOrThrow({ where: { reportEntry: { workItemId: item.id, reportId: saved.ok ? saved.data.id : "" } } });
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(attachment).toMatchObject({ fileName: "扫描件.pdf", mimeType: "application/pdf", sizeBytes: 15 * MB, sha256: createHash("sha256").update(bytes).digest("hex") });
    const onDisk = readFileSync(path.join(dataDir, "attachments", attachment.storageKey));
    expect(onDisk.length).toBe(15 * MB);
    expect(createHash("sha256").update(onDisk).digest("hex")).toBe(attachment.sha256);
  });

  it("refuses a file over 20 MB at its field with the limit, writing nothing", async () => {
    const { data, item } = await draftWithFile(pdf(20.5, "太大.pdf"));
    const before = { files: storedFiles(), attachments: await db.attachment.count(), reports: await db.weeklyReport.count() };
    const refused = await saveReportDraft(null, data);
    expect(refused).toMatchObject({ ok: false, fieldErrors: { [`entries.${item.id}.attachments`]: ["太大.pdf: 文件不能超过 20 MB"] } });
    expect({ files: storedFiles(), attachments: await db.attachment.count(), reports: await db.weeklyReport.count() }).toEqual(before);
  });
});

/** The import route's answer: its ndjson lines. */
async function importLines(body: BodyInit, headers: Record<string, string> = {}) {
  const response = await importRoute(new Request("http://localhost/api/plan/import", { method: "POST", body, headers }));
  expect(response.status).toBe(200);
  return (await response.text()).split("\n").filter(Boolean).map((line) => JSON.parse(line));
}

describe("the plan import's limits", () => {
  it("answers a file over 5 MB with its message, declared or not, instead of an empty 500", async () => {
    await actorFor(OFFICE);
    const big = new FormData();
    big.set("file", new File([new Uint8Array(6 * MB)], "计划.xlsx"));
    big.set("mode", "dry-run");
    expect(await importLines(big)).toEqual([{ type: "error", message: "文件不能超过 5 MB" }]);
    // Refused on its Content-Length before the body is read.
    expect(await importLines("x", { "content-length": String(40 * MB), "content-type": "multipart/form-data; boundary=x" })).toEqual([{ type: "error", message: "文件不能超过 5 MB" }]);
    // A body that is no form (a proxy cut it short, say).
    expect(await importLines("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nabc", { "content-type": "multipart/form-data; boundary=x" })).toEqual([
      { type: "error", message: "无法读取该文件，请上传 Excel（.xlsx）文件" },
    ]);
  });

  /** Peak resident memory above the start while `work` runs, in MB. */
  async function peakGrowth(work: () => Promise<unknown>): Promise<number> {
    const start = process.memoryUsage.rss();
    let peak = start;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage.rss());
    }, 1);
    try {
      await work();
    } finally {
      clearInterval(sampler);
    }
    return (Math.max(peak, process.memoryUsage.rss()) - start) / MB;
  }

  it("refuses zip bombs before exceljs reads them, in bounded memory", async () => {
    const office = await actorFor(OFFICE);
    const row = Buffer.from('<row><c t="inlineStr"><is><t>创建国家高新区</t></is></c></row>'.repeat(16_384));
    // About 400 MB of sheet once inflated, declared honestly: refused from the central directory.
    const honest = await buildZip(workbookEntries({ body: repeat(row, Math.ceil((400 * MB) / row.length)) }));
    // The same, declaring 2 kB: refused when the inflated bytes pass what was declared.
    const lying = await buildZip(workbookEntries({ body: repeat(row, Math.ceil((400 * MB) / row.length)), declaredSize: 2048 }));
    // A few hundred bytes of sheet asking exceljs for 17 billion merged cells.
    const merged = await buildZip(workbookEntries({ body: ['<row r="1"><c r="A1"><v>1</v></c></row>'], tail: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' }));
    for (const bomb of [honest, lying, merged]) expect(bomb.length).toBeLessThan(2 * MB);

    const reports: Awaited<ReturnType<typeof dryRunPlanImport>>[] = [];
    const growth = await peakGrowth(async () => {
      for (const bomb of [honest, lying, merged]) reports.push(await dryRunPlanImport(office, new Uint8Array(bomb)));
    });
    expect(reports.map((report) => report.fileErrors)).toEqual([
      ["文件解压后超过 50 MB，无法导入：请删除多余的工作表、图片或格式后重试"],
      ["文件解压后超过 50 MB，无法导入：请删除多余的工作表、图片或格式后重试"],
      ["工作表「计划清单」中的合并单元格、数据验证或名称覆盖的单元格超过 100000 个：请缩小这些范围后重试"],
    ]);
    expect(reports.every((report) => report.rows.length === 0 && !report.committed)).toBe(true);
    expect(growth).toBeLessThan(100);
  });
});
