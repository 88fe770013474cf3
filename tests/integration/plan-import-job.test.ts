// The plan import's commit as a job: the request stores the sheet and answers with the
// import's id; a worker commits it and records its progress and report; the stored sheet
// is removed afterwards; an import whose worker died is settled as FAILED with a message.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { JOBS_SCHEMA, JobQueue, idempotentJobId, setJobQueue } from "@/lib/jobs";
import { getPlanImport, PLAN_IMPORT_JOB, queuePlanImport, workOnImport } from "@/lib/plan/import-job";
import type { SheetValues } from "@/lib/plan/plan-sheet";
import { buildPlanWorkbook } from "@/lib/plan/plan-workbook";
import { NotFoundError } from "@/lib/server/errors";
import { setStorage } from "@/lib/storage";
import { LocalStorage } from "@/lib/storage/local";
import { actorFor } from "./support/session";
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
