// The plan import's commit as a job: the request stores the sheet and answers with the
// import's id; a worker commits it and records its progress and report; the stored sheet
// is removed afterwards; an import whose worker died is settled as FAILED with a message and
// keeps its sheet, and the office retries it from the import page (a newer import ends that).
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { JOBS_SCHEMA, JobQueue, idempotentJobId, setJobQueue } from "@/lib/jobs";
import { retryPlanImport } from "@/lib/plan/import-actions";
import { getPlanImport, latestPlanImport, PLAN_IMPORT_JOB, queuePlanImport, workOnImport } from "@/lib/plan/import-job";
import type { SheetValues } from "@/lib/plan/plan-sheet";
import { buildPlanWorkbook } from "@/lib/plan/plan-workbook";
import { NotFoundError } from "@/lib/server/errors";
import { setStorage } from "@/lib/storage";
import { LocalStorage } from "@/lib/storage/local";
import { actorFor, form } from "./support/session";
import { until } from "./support/until";

const OFFICE = "office@demo.gov.cn";
let queue: JobQueue;
let storeDir: string;

const rows: SheetValues[] = [
  { taskCode: "6", taskTitle: "优化营商环境", measureCode: "6.1", measureTitle: "推行一网通办", itemCode: "6.1.1", itemTitle: "上线企业开办一件事", leadUnit: "江州市工业和信息化局", startDate: "2026-03-01", dueDate: "2026-12-31" },
  { taskCode: "6", taskTitle: "优化营商环境", measureCode: "6.1", measureTitle: "推行一网通办", itemCode: "6.1.2", itemTitle: "上线项目审批一件事", leadUnit: "江州市工业和信息化局", startDate: "2026-03-01", dueDate: "2026-10-31" },
];

async function workbook(values: SheetValues[]) {
  const units = await db.unit.findMany({ select: { name: true, shortName: true } });
  return new Uint8Array(await buildPlanWorkbook(values, units));
}

async function storedFiles(): Promise<string[]> {
  return readdir(path.join(storeDir, "imports")).catch(() => []);
}

beforeAll(async () => {
  storeDir = await mkdtemp(path.join(tmpdir(), "plan-import-job-"));
  setStorage(new LocalStorage(storeDir));
  queue = new JobQueue({ url: process.env.DATABASE_URL, pollingIntervalSeconds: 0.5 });
  setJobQueue(queue);
});

afterAll(async () => {
  await queue?.stop(5000);
  setJobQueue(undefined);
  setStorage(undefined);
  await rm(storeDir, { recursive: true, force: true });
});

describe("plan import as a job", () => {
  it("stores and queues the sheet, and a worker commits it with progress and a report", async () => {
    const office = await actorFor(OFFICE);
    const id = await queuePlanImport(office, { bytes: await workbook(rows), fileName: "清单.xlsx" }, "zh-CN");
    // Answered before anything was written to the plan.
    expect(await db.task.count({ where: { code: "6" } })).toBe(0);
    expect(await getPlanImport(office, id)).toMatchObject({ status: "RUNNING", report: null, error: null });
    expect(await storedFiles()).toEqual([id]);
    const jobs = await db.$queryRawUnsafe<{ id: string }[]>(`SELECT id::text FROM ${JOBS_SCHEMA}.job WHERE name = $1`, PLAN_IMPORT_JOB);
    expect(jobs.map((job) => job.id)).toEqual([idempotentJobId(PLAN_IMPORT_JOB, id)]);

    await queue.start();
    await until(async () => (await getPlanImport(office, id)).status !== "RUNNING");
    const done = await getPlanImport(office, id);
    expect(done).toMatchObject({ status: "SUCCEEDED", error: null, phase: "write", report: { committed: true, errorCount: 0, tasks: { create: 1 }, measures: { create: 1 }, items: { create: 2 } } });
    // Two data rows: the last progress recorded is the write of both.
    expect({ done: done.done, total: done.total }).toEqual({ done: 2, total: 2 });
    expect(await db.workItem.findMany({ where: { code: { in: ["6.1.1", "6.1.2"] } }, select: { code: true, title: true }, orderBy: { code: "asc" } })).toEqual([
      { code: "6.1.1", title: "上线企业开办一件事" },
      { code: "6.1.2", title: "上线项目审批一件事" },
    ]);
    expect(await db.auditLog.count({ where: { action: "plan.import", actorId: office.id } })).toBe(1);
    // The worker removes the sheet just after it records SUCCEEDED: wait for that step, not for the status.
    await until(async () => (await storedFiles()).length === 0);
    expect(await storedFiles()).toEqual([]);
    // The job again (a retry after a lost acknowledgement): settled, nothing written twice.
    await workOnImport(id, { attempt: 1, lastAttempt: true });
    expect(await db.auditLog.count({ where: { action: "plan.import", actorId: office.id } })).toBe(1);
    await queue.stop(5000);
  });

  it("settles an import whose worker died as FAILED, with the message in the requester's language", async () => {
    const office = await actorFor(OFFICE);
    const id = await queuePlanImport(office, { bytes: await workbook(rows), fileName: "清单.xlsx" }, "en");
    await db.$executeRawUnsafe(`UPDATE ${JOBS_SCHEMA}.job SET state = 'failed' WHERE id = $1::uuid`, idempotentJobId(PLAN_IMPORT_JOB, id));
    expect(await getPlanImport(office, id)).toMatchObject({ status: "FAILED", error: "The background process running the import stopped; nothing was written. You can retry it.", report: null });
    const reporter = await actorFor("kjj@demo.gov.cn");
    await expect(getPlanImport({ ...reporter, zoneId: "another-zone" }, id)).rejects.toThrow(NotFoundError);
  });
});

describe("retrying a failed plan import", () => {
  const retryRows: SheetValues[] = rows.map((row, index) => ({ ...row, taskCode: "7", taskTitle: "强化要素保障", measureCode: "7.1", measureTitle: "盘活存量用地", itemCode: `7.1.${index + 1}`, itemTitle: `盘活低效用地第${index + 1}批` }));

  /** Queues an import and fails its job as pg-boss does when the worker died; settled FAILED by the next look. */
  async function failedImport(values: SheetValues[]): Promise<string> {
    const office = await actorFor(OFFICE);
    const id = await queuePlanImport(office, { bytes: await workbook(values), fileName: "要素清单.xlsx" }, "zh-CN");
    await db.$executeRawUnsafe(`UPDATE ${JOBS_SCHEMA}.job SET state = 'failed' WHERE id = $1::uuid`, idempotentJobId(PLAN_IMPORT_JOB, id));
    expect(await getPlanImport(office, id)).toMatchObject({ status: "FAILED", attempt: 1 });
    return id;
  }

  it("queues the same stored sheet again under the next attempt, as the office member who retries, and commits it", async () => {
    const id = await failedImport(retryRows);
    const office = await actorFor(OFFICE);
    // The page offers the retry: the zone's latest import, failed, its sheet still stored.
    expect(await latestPlanImport(office)).toMatchObject({ id, status: "FAILED", fileName: "要素清单.xlsx", attempt: 1, retryable: true, error: "执行导入的后台进程已停止，未写入任何内容。可以重试。" });
    expect(await storedFiles()).toContain(id);

    const retried = await retryPlanImport(null, form({ id }));
    expect(retried).toEqual({ ok: true, data: { id, attempt: 2 } });
    expect(await db.planImport.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "RUNNING", attempt: 2, error: null, finishedAt: null, requestedById: office.id, jobId: idempotentJobId(PLAN_IMPORT_JOB, `${id}#2`) });
    const audit = await db.auditLog.findMany({ where: { action: "plan.import.retry", entityId: id }, select: { actorId: true, before: true, after: true } });
    expect(audit).toEqual([{ actorId: office.id, before: { status: "FAILED", attempt: 1, error: "worker-stopped", requestedById: office.id }, after: { status: "RUNNING", attempt: 2, requestedById: office.id } }]);
    // A second retry while it runs is refused; the first attempt's job, if it ever ran, does nothing.
    expect(await retryPlanImport(null, form({ id }))).toMatchObject({ ok: false, message: "这次导入没有失败，无需重试" });
    await workOnImport(id, { attempt: 1, lastAttempt: true });
    expect(await db.planImport.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "RUNNING", attempt: 2 });
    expect(await db.workItem.count({ where: { code: { in: ["7.1.1", "7.1.2"] } } })).toBe(0);

    await queue.start();
    await until(async () => (await getPlanImport(office, id)).status !== "RUNNING");
    expect(await getPlanImport(office, id)).toMatchObject({ status: "SUCCEEDED", attempt: 2, error: null, report: { committed: true, errorCount: 0, tasks: { create: 1 }, measures: { create: 1 }, items: { create: 2 } } });
    expect(await db.workItem.findMany({ where: { code: { in: ["7.1.1", "7.1.2"] } }, select: { code: true }, orderBy: { code: "asc" } })).toEqual([{ code: "7.1.1" }, { code: "7.1.2" }]);
    // Both attempts' jobs exist, the second did the work; the sheet is gone after the success.
    const jobs = await db.$queryRawUnsafe<{ id: string }[]>(`SELECT id::text FROM ${JOBS_SCHEMA}.job WHERE name = $1 AND data->>'importId' = $2 ORDER BY created_on`, PLAN_IMPORT_JOB, id);
    expect(jobs.map((job) => job.id)).toEqual([idempotentJobId(PLAN_IMPORT_JOB, id), idempotentJobId(PLAN_IMPORT_JOB, `${id}#2`)]);
    expect(await storedFiles()).not.toContain(id);
    expect(await latestPlanImport(office)).toMatchObject({ id, status: "SUCCEEDED", retryable: false });
    // A succeeded import is not retried.
    expect(await retryPlanImport(null, form({ id }))).toMatchObject({ ok: false, message: "这次导入没有失败，无需重试" });
    await queue.stop(5000);
  });

  it("refuses to retry a failed import once a newer one was queued, whose sheet it removed", async () => {
    const older = await failedImport(retryRows.map((row) => ({ ...row, itemTitle: `${row.itemTitle}（旧表）` })));
    const newer = await failedImport(retryRows);
    // The older sheet went when the newer import was queued; the newer one's stays for its retry.
    const files = await storedFiles();
    expect(files).not.toContain(older);
    expect(files).toContain(newer);
    const office = await actorFor(OFFICE);
    expect(await latestPlanImport(office)).toMatchObject({ id: newer, retryable: true });
    expect(await retryPlanImport(null, form({ id: older }))).toMatchObject({ ok: false, message: "之后已有新的导入，不能再重试这一次，以免旧表覆盖新表" });
    expect(await db.planImport.findUniqueOrThrow({ where: { id: older } })).toMatchObject({ status: "FAILED", attempt: 1 });
    expect(await db.auditLog.count({ where: { action: "plan.import.retry", entityId: older } })).toBe(0);
    // Another zone's import is not found.
    const other = await db.planImport.create({ data: { zoneId: (await db.zone.create({ data: { code: "other-zone", name: "另一个园区", shortName: "另一园区", campaignStart: new Date("2026-01-01"), campaignEnd: new Date("2028-12-31") }, select: { id: true } })).id, requestedById: office.id, locale: "zh-CN", storageKey: "imports/none", fileName: "x.xlsx", status: "FAILED" }, select: { id: true } });
    expect(await retryPlanImport(null, form({ id: other.id }))).toMatchObject({ ok: false });
    expect(await db.planImport.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ status: "FAILED", attempt: 1 });
  });
});
