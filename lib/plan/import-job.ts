import "server-only";
// The plan import's commit on the job queue (docs/plan-import.md, docs/jobs.md): the request
// validates the upload's size and fields, stores the sheet (lib/storage, so any instance's
// worker can read it), writes a PlanImport row and enqueues `plan.import`; the page polls
// GET /api/plan/import/<id> for the phase and the counts the worker records, then shows the
// report. The write itself is commitPlanImport's one transaction, all or nothing, so a
// retried job (the first worker stopped or died) simply does it again: rows that already
// match the database are not written twice. An import whose worker is gone for good is
// settled as FAILED when it is looked at.
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/server";
import { defineJob, enqueue, idempotentJobId, jobQueue } from "@/lib/jobs";
import { actionError } from "@/lib/server/action";
import { NotFoundError } from "@/lib/server/errors";
import { getStorage } from "@/lib/storage";
import { cellEditSchema, MAX_EDITS } from "./import-request";
import { commitPlanImport, type ImportProgress, type ImportRequest, type PlanImportReport } from "./plan-import";
import { mappingInput, type MappingInput } from "./sheet-layout";
import type { CellEdit } from "./plan-workbook";

export const PLAN_IMPORT_JOB = "plan.import";
export const IMPORT_WORKER_STOPPED = "worker-stopped";
/** Progress is written at most this often (and at each phase's end). */
const PROGRESS_EVERY_MS = 500;
/** A RUNNING import with no sign of life for this long has no worker (expiry 10 min + supervision 2 min + room). */
const STALE_IMPORT_MS = 15 * 60_000;
const MISSING_JOB_GRACE_MS = 60_000;

const storedEdits = z.array(cellEditSchema).max(MAX_EDITS);
/** The stored report: its shape checked where the page relies on it. */
const storedReport = z.looseObject({ committed: z.boolean(), dryRun: z.boolean(), needsMapping: z.boolean(), fileErrors: z.array(z.string()), rows: z.array(z.unknown()), errorCount: z.number() });

export interface PlanImportStatus {
  id: string;
  status: "RUNNING" | "SUCCEEDED" | "FAILED";
  phase: ImportProgress["phase"] | null;
  done: number;
  total: number;
  report: PlanImportReport | null;
  /** A message for the user (in their language), when it failed. */
  error: string | null;
}

/** The checked stored report, typed as the report the worker wrote. */
function asReport(value: object): PlanImportReport {
  return value as PlanImportReport;
}

function importJobId(importId: string): string {
  return idempotentJobId(PLAN_IMPORT_JOB, importId);
}

/** Stores the sheet and queues its import; answers with the import's id at once. */
export async function queuePlanImport(actor: Actor, request: ImportRequest & { fileName: string }, locale: Locale): Promise<string> {
  const storage = await getStorage();
  const row = await db.planImport.create({
    data: {
      zoneId: actor.zoneId,
      requestedById: actor.id,
      locale,
      storageKey: "pending",
      fileName: request.fileName.slice(0, 255),
      mapping: (request.mapping ?? undefined) as Prisma.InputJsonValue | undefined,
      edits: request.edits?.length ? request.edits.map((edit) => ({ row: edit.row, column: edit.column, value: edit.value })) : undefined,
      heartbeatAt: new Date(),
    },
    select: { id: true },
  });
  const storageKey = `imports/${row.id}`;
  try {
    await storage.put(storageKey, request.bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    await db.planImport.update({ where: { id: row.id }, data: { storageKey, jobId: importJobId(row.id) } });
    await enqueue(planImportJob, { importId: row.id }, { idempotencyKey: row.id });
  } catch (error) {
    await db.planImport.update({ where: { id: row.id }, data: { status: "FAILED", error: error instanceof Error ? error.message : String(error), finishedAt: new Date() } });
    throw error;
  }
  return row.id;
}

/** The worker's step: commits the stored sheet as its requester, recording progress; settled imports are left alone. */
export async function workOnImport(importId: string, context: { lastAttempt: boolean }): Promise<void> {
  const row = await db.planImport.findUnique({ where: { id: importId } });
  if (!row || row.status !== "RUNNING") return;
  const t = translatorFor(isLocale(row.locale) ? row.locale : "zh-CN");
  const finish = (data: Prisma.PlanImportUpdateManyMutationInput) => db.planImport.updateMany({ where: { id: importId, status: "RUNNING" }, data: { ...data, finishedAt: new Date() } });
  try {
    const user = await db.user.findUnique({ where: { id: row.requestedById }, select: { id: true, role: true, unitId: true, zoneId: true, active: true } });
    // The requester signed off or lost the right meanwhile: commitPlanImport's authorize refuses.
    const actor: Actor = user && user.active ? user : { id: row.requestedById, role: "REPORTER", unitId: "", zoneId: row.zoneId };
    const bytes = new Uint8Array(await (await getStorage()).get(row.storageKey));
    const mapping: MappingInput | null = row.mapping === null ? null : mappingInput.parse(row.mapping);
    const edits: CellEdit[] = row.edits === null ? [] : storedEdits.parse(row.edits);
    let lastWrite = 0;
    const onProgress = (progress: ImportProgress) => {
      const now = Date.now();
      if (now - lastWrite < PROGRESS_EVERY_MS && progress.done < progress.total) return;
      lastWrite = now;
      // Outside the import's transaction (its own connection), so the page sees it at once.
      void db.planImport.updateMany({ where: { id: importId, status: "RUNNING" }, data: { phase: progress.phase, done: progress.done, total: progress.total, heartbeatAt: new Date() } }).catch(() => {});
    };
    const report = await commitPlanImport(actor, { bytes, mapping, edits }, onProgress, t);
    await finish({ status: "SUCCEEDED", report: JSON.parse(JSON.stringify(report)) as Prisma.InputJsonValue });
    await (await getStorage()).delete(row.storageKey).catch(() => {});
  } catch (error) {
    if (!context.lastAttempt) throw error;
    await finish({ status: "FAILED", error: (await actionError(error)).message });
    await (await getStorage()).delete(row.storageKey).catch(() => {});
    throw error;
  }
}

export const planImportJob = defineJob(
  PLAN_IMPORT_JOB,
  z.object({ importId: z.string().min(1).max(64) }),
  ({ importId }, context) => workOnImport(importId, { lastAttempt: context.retryCount >= context.retryLimit }),
  { retryLimit: 2, retryDelaySeconds: 5, expireInSeconds: 600 },
);

async function isAbandoned(row: { heartbeatAt: Date | null; createdAt: Date; jobId: string | null }, now: Date): Promise<boolean> {
  const lastSign = (row.heartbeatAt ?? row.createdAt).getTime();
  if (now.getTime() - lastSign > STALE_IMPORT_MS) return true;
  const job = row.jobId ? await jobQueue().state(PLAN_IMPORT_JOB, row.jobId) : null;
  return job ? ["completed", "failed", "cancelled"].includes(job.state) : now.getTime() - lastSign > MISSING_JOB_GRACE_MS;
}

/** An import of the actor's zone (another zone's is "not found"); one whose worker is gone is settled as FAILED first. */
export async function getPlanImport(actor: Actor, id: string, now = new Date()): Promise<PlanImportStatus> {
  let row = await db.planImport.findFirst({ where: { id, zoneId: actor.zoneId } });
  if (!row) throw new NotFoundError("plan import");
  if (row.status === "RUNNING" && (await isAbandoned(row, now))) {
    await db.planImport.updateMany({ where: { id, status: "RUNNING" }, data: { status: "FAILED", error: IMPORT_WORKER_STOPPED, finishedAt: now } });
    row = await db.planImport.findUniqueOrThrow({ where: { id } });
  }
  const t = translatorFor(isLocale(row.locale) ? row.locale : "zh-CN");
  const parsed = row.report === null ? null : storedReport.safeParse(row.report);
  return {
    id,
    status: row.status,
    phase: row.phase === "read" || row.phase === "validate" || row.phase === "write" ? row.phase : null,
    done: row.done,
    total: row.total,
    report: parsed?.success ? asReport(parsed.data) : null,
    error: row.error === IMPORT_WORKER_STOPPED ? t("planManage.import.workerStopped") : row.error,
  };
}
