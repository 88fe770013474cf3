import "server-only";
// The plan import's commit on the job queue (docs/plan-import.md, docs/jobs.md): the request
// validates the upload's size and fields, stores the sheet (lib/storage, so any instance's
// worker can read it), writes a PlanImport row and enqueues `plan.import`; the page polls
// GET /api/plan/import/<id> for the phase and the counts the worker records, then shows the
// report. The write itself is commitPlanImport's one transaction, all or nothing, so a
// retried job (the first worker stopped or died) simply does it again: rows that already
// match the database are not written twice. An import whose worker is gone for good is
// settled as FAILED when it is looked at. A FAILED import keeps its sheet and can be retried
// (retryPlanImport, lib/plan/import-actions.ts) while it is the zone's latest: the same row
// under its next attempt, a new job; a newer import makes the older failed ones final (their
// sheets are removed), so a retry never writes an older sheet over a newer one.
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma, type TxClient } from "@/lib/db/client";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/server";
import { defineJob, enqueue, idempotentJobId, jobQueue } from "@/lib/jobs";
import { actionError } from "@/lib/server/action";
import { DomainError, NotFoundError } from "@/lib/server/errors";
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
  /** 1, then one more per retry. */
  attempt: number;
}

/** The zone's latest import as the import page shows it: what, when, how it ended, whether it can be retried. */
export interface LatestPlanImport extends PlanImportStatus {
  fileName: string;
  createdAt: Date;
  finishedAt: Date | null;
  /** FAILED, the zone's latest import, and its sheet still stored. */
  retryable: boolean;
}

/** An import queued again: its row and the attempt its new job runs. */
export interface QueuedImport {
  id: string;
  attempt: number;
}

/** The checked stored report, typed as the report the worker wrote. */
function asReport(value: object): PlanImportReport {
  return value as PlanImportReport;
}

/** The job of one attempt: known before it is enqueued; the first attempt's key is the import's id. */
function importJobKey(importId: string, attempt: number): string {
  return attempt === 1 ? importId : `${importId}#${attempt}`;
}

function importJobId(importId: string, attempt: number): string {
  return idempotentJobId(PLAN_IMPORT_JOB, importJobKey(importId, attempt));
}

/** Puts an attempt of an import on the queue (after the commit that made it RUNNING); a second call is a no-op. */
export async function enqueueImport(importId: string, attempt: number): Promise<void> {
  await enqueue(planImportJob, { importId, attempt }, { idempotencyKey: importJobKey(importId, attempt) });
}

/** The sheets of the zone's failed imports older than `newerId`: they can no longer be retried. */
async function dropSupersededSheets(zoneId: string, newerId: string): Promise<void> {
  const newer = await db.planImport.findUniqueOrThrow({ where: { id: newerId }, select: { createdAt: true } });
  const superseded = await db.planImport.findMany({ where: { zoneId, status: "FAILED", id: { not: newerId }, createdAt: { lte: newer.createdAt }, storageKey: { startsWith: "imports/" } }, select: { id: true, storageKey: true } });
  const storage = await getStorage();
  for (const row of superseded) await storage.delete(row.storageKey).catch(() => {});
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
    await db.planImport.update({ where: { id: row.id }, data: { storageKey, jobId: importJobId(row.id, 1) } });
    await enqueueImport(row.id, 1);
  } catch (error) {
    await db.planImport.update({ where: { id: row.id }, data: { status: "FAILED", error: error instanceof Error ? error.message : String(error), finishedAt: new Date() } });
    throw error;
  }
  await dropSupersededSheets(actor.zoneId, row.id).catch((error) => console.error("[plan import] superseded sheets not removed", error));
  return row.id;
}

/** The worker's step: commits the stored sheet as its requester, recording progress; settled imports are left alone. */
export async function workOnImport(importId: string, context: { attempt: number; lastAttempt: boolean }): Promise<void> {
  const row = await db.planImport.findUnique({ where: { id: importId } });
  // A job of an earlier attempt (the import was retried since) leaves the row to its own.
  if (!row || row.status !== "RUNNING" || row.attempt !== context.attempt) return;
  const t = translatorFor(isLocale(row.locale) ? row.locale : "zh-CN");
  const finish = (data: Prisma.PlanImportUpdateManyMutationInput) => db.planImport.updateMany({ where: { id: importId, status: "RUNNING", attempt: row.attempt }, data: { ...data, finishedAt: new Date() } });
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
    // The sheet stays: the office may retry the import (lib/plan/import-actions.ts).
    await finish({ status: "FAILED", error: (await actionError(error)).message });
    throw error;
  }
}

export const planImportJob = defineJob(
  PLAN_IMPORT_JOB,
  // Jobs queued before retries existed carry no attempt: theirs was the first.
  z.object({ importId: z.string().min(1).max(64), attempt: z.number().int().min(1).max(1000).default(1) }),
  ({ importId, attempt }, context) => workOnImport(importId, { attempt, lastAttempt: context.retryCount >= context.retryLimit }),
  { retryLimit: 2, retryDelaySeconds: 5, expireInSeconds: 600 },
);

async function isAbandoned(row: { heartbeatAt: Date | null; createdAt: Date; jobId: string | null }, now: Date): Promise<boolean> {
  const lastSign = (row.heartbeatAt ?? row.createdAt).getTime();
  if (now.getTime() - lastSign > STALE_IMPORT_MS) return true;
  const job = row.jobId ? await jobQueue().state(PLAN_IMPORT_JOB, row.jobId) : null;
  return job ? ["completed", "failed", "cancelled"].includes(job.state) : now.getTime() - lastSign > MISSING_JOB_GRACE_MS;
}

type PlanImportRow = NonNullable<Awaited<ReturnType<typeof db.planImport.findUnique>>>;

/** The row, settled as FAILED first when it is RUNNING and its worker is gone. */
async function settled(row: PlanImportRow, now: Date): Promise<PlanImportRow> {
  if (row.status !== "RUNNING" || !(await isAbandoned(row, now))) return row;
  await db.planImport.updateMany({ where: { id: row.id, status: "RUNNING", attempt: row.attempt }, data: { status: "FAILED", error: IMPORT_WORKER_STOPPED, finishedAt: now } });
  return db.planImport.findUniqueOrThrow({ where: { id: row.id } });
}

/** An import of the actor's zone (another zone's is "not found"); one whose worker is gone is settled as FAILED first. */
export async function getPlanImport(actor: Actor, id: string, now = new Date()): Promise<PlanImportStatus> {
  const found = await db.planImport.findFirst({ where: { id, zoneId: actor.zoneId } });
  if (!found) throw new NotFoundError("plan import");
  return statusOf(await settled(found, now));
}

/** The zone's latest import (null before the first one), settled when its worker is gone. */
export async function latestPlanImport(actor: Actor, now = new Date()): Promise<LatestPlanImport | null> {
  const found = await db.planImport.findFirst({ where: { zoneId: actor.zoneId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  if (!found) return null;
  const row = await settled(found, now);
  const retryable = row.status === "FAILED" && (await sheetStored(row.storageKey));
  return { ...statusOf(row), fileName: row.fileName, createdAt: row.createdAt, finishedAt: row.finishedAt, retryable };
}

async function sheetStored(storageKey: string): Promise<boolean> {
  if (!storageKey.startsWith("imports/")) return false;
  return (await getStorage()).exists(storageKey).catch(() => false);
}

/**
 * Puts a FAILED import back to RUNNING under its next attempt, as the actor's (in the
 * caller's transaction; enqueue it with `enqueueImport` after the commit). Refused when it
 * is not FAILED, when a newer import of the zone exists, or when its sheet is gone.
 */
export async function resetImportForRetry(tx: TxClient, actor: Actor, importId: string, locale: Locale): Promise<{ queued: QueuedImport; before: { status: string; attempt: number; error: string | null; requestedById: string } }> {
  const row = await tx.planImport.findFirst({ where: { id: importId, zoneId: actor.zoneId }, select: { id: true, status: true, attempt: true, error: true, requestedById: true, createdAt: true, storageKey: true } });
  if (!row) throw new NotFoundError("plan import");
  if (row.status !== "FAILED") throw new DomainError("planManage.import.errors.retryNotFailed");
  const newer = await tx.planImport.findFirst({ where: { zoneId: actor.zoneId, id: { not: row.id }, createdAt: { gte: row.createdAt } }, select: { id: true } });
  if (newer) throw new DomainError("planManage.import.errors.retrySuperseded");
  if (!(await sheetStored(row.storageKey))) throw new DomainError("planManage.import.errors.retrySheetGone");
  const attempt = row.attempt + 1;
  // The attempt in the condition: of two retries at once, one wins.
  const { count } = await tx.planImport.updateMany({
    where: { id: row.id, status: "FAILED", attempt: row.attempt },
    data: { status: "RUNNING", attempt, jobId: importJobId(row.id, attempt), requestedById: actor.id, locale, error: null, phase: null, done: 0, total: 0, finishedAt: null, heartbeatAt: new Date() },
  });
  if (count !== 1) throw new DomainError("planManage.import.errors.retryNotFailed");
  return { queued: { id: row.id, attempt }, before: { status: row.status, attempt: row.attempt, error: row.error, requestedById: row.requestedById } };
}

function statusOf(row: PlanImportRow): PlanImportStatus {
  const t = translatorFor(isLocale(row.locale) ? row.locale : "zh-CN");
  const parsed = row.report === null ? null : storedReport.safeParse(row.report);
  return {
    id: row.id,
    attempt: row.attempt,
    status: row.status,
    phase: row.phase === "read" || row.phase === "validate" || row.phase === "write" ? row.phase : null,
    done: row.done,
    total: row.total,
    report: parsed?.success ? asReport(parsed.data) : null,
    error: row.error === IMPORT_WORKER_STOPPED ? t("planManage.import.workerStopped") : row.error,
  };
}
