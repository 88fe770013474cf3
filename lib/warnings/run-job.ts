// Manual warning runs on the job queue (docs/jobs.md, docs/warnings.md "Runs"): the action
// creates the RUNNING row and, after its commit, enqueues `warnings.run`; any instance's
// worker evaluates it batch after batch (lib/warnings/run.ts), recording progress and a
// heartbeat that the run's page shows. A worker that is stopping hands the run over between
// batches and the job is retried (here or on another instance), continuing from the recorded
// progress. A run whose job is gone for good (retries spent, a hard kill past its expiry, a
// heartbeat silent for long) is settled as FAILED when it is looked at, and the page offers
// a retry: the same row, its attempt counted up, a new job.
import { z } from "zod";
import { db as appDb, type DbClient, type TxClient } from "@/lib/db/client";
import { defineJob, enqueue, idempotentJobId, JobHandedOver, jobQueue } from "@/lib/jobs";
import { executeRun, markRunFailed, RunInterrupted, RunTakenOver, startRun } from "./run";

export const WARNING_RUN_JOB = "warnings.run";
/** The error a run settled as abandoned carries; the page shows it in the user's language. */
export const WORKER_STOPPED = "worker-stopped";
/** A RUNNING run whose job cannot be found this long after its start (or retry) was never queued. */
const MISSING_JOB_GRACE_MS = 60_000;
/**
 * A heartbeat older than this means no worker has the run, whatever the queue says: the
 * job's expiry (5 min) plus pg-boss's supervision interval (2 min) plus room.
 */
export const STALE_HEARTBEAT_MS = 15 * 60_000;
const FINISHED_JOB_STATES = new Set(["completed", "failed", "cancelled"]);

const runJobPayload = z.object({ runId: z.string().min(1).max(64), attempt: z.number().int().min(1) });

/** The job of a run's attempt: one per (run, attempt), however often it is enqueued. */
export function runJobKey(runId: string, attempt: number): string {
  return `${runId}:${attempt}`;
}

export function runJobId(runId: string, attempt: number): string {
  return idempotentJobId(WARNING_RUN_JOB, runJobKey(runId, attempt));
}

/** The worker's step: runs (or continues) the run when it is still RUNNING under this attempt. */
export async function workOnRun(client: DbClient, payload: z.output<typeof runJobPayload>, context: { signal?: AbortSignal; lastAttempt: boolean }): Promise<void> {
  const run = await client.warningRun.findUnique({ where: { id: payload.runId }, select: { status: true, attempt: true, zoneId: true, trigger: true, unitId: true, startedById: true } });
  // Settled (done, failed, retried under a newer attempt): nothing to do, never a second run.
  if (!run || run.status !== "RUNNING" || run.attempt !== payload.attempt) return;
  const options = { zoneId: run.zoneId, trigger: run.trigger, unitId: run.unitId ?? undefined, startedById: run.startedById };
  try {
    await executeRun(client, payload.runId, options, { signal: context.signal, keepRunningOnError: !context.lastAttempt });
  } catch (error) {
    if (error instanceof RunTakenOver) return;
    if (error instanceof RunInterrupted) throw new JobHandedOver();
    throw error;
  }
}

export const warningRunJob = defineJob(
  WARNING_RUN_JOB,
  runJobPayload,
  (payload, context) => workOnRun(appDb, payload, { signal: context.signal, lastAttempt: context.retryCount >= context.retryLimit }),
  // Retries cover hand-overs (an instance stopping mid-run) and passing database trouble; a
  // batch takes well under a second (docs/performance.md), so 5 minutes without finishing
  // means the worker is gone.
  { retryLimit: 5, retryDelaySeconds: 2, expireInSeconds: 300 },
);

/** Puts a run's attempt on the queue (after the transaction that created or reset it committed). */
export async function enqueueRun(runId: string, attempt: number): Promise<void> {
  await enqueue(warningRunJob, { runId, attempt }, { idempotencyKey: runJobKey(runId, attempt) });
}

/**
 * Marks the zone's RUNNING queued runs that no worker will finish as FAILED (WORKER_STOPPED):
 * their job finished without settling them (its retries ran out after a hard kill and
 * expiry), it was never queued, or their heartbeat stopped long ago. Returns the runs settled.
 */
export async function settleAbandonedRuns(client: DbClient | TxClient, zoneId: string, now = new Date()): Promise<string[]> {
  const running = await client.warningRun.findMany({ where: { zoneId, status: "RUNNING", jobId: { not: null } }, select: { id: true, jobId: true, startedAt: true, heartbeatAt: true } });
  const settled: string[] = [];
  for (const run of running) {
    const lastSign = (run.heartbeatAt ?? run.startedAt).getTime();
    let abandoned = now.getTime() - lastSign > STALE_HEARTBEAT_MS;
    if (!abandoned) {
      const job = await jobQueue().state(WARNING_RUN_JOB, run.jobId!);
      abandoned = job ? FINISHED_JOB_STATES.has(job.state) : now.getTime() - lastSign > MISSING_JOB_GRACE_MS;
    }
    if (abandoned && (await markRunFailed(client, run.id, WORKER_STOPPED))) settled.push(run.id);
  }
  return settled;
}

export interface QueuedRun {
  id: string;
  attempt: number;
}

/** Creates a queued zone-wide run (in the caller's transaction); enqueue it with `enqueueRun` after the commit. */
export async function createQueuedRun(tx: TxClient, options: { zoneId: string; trigger: "MANUAL"; startedById: string }): Promise<QueuedRun> {
  const id = await startRun(tx, options);
  // The job id is derived from (run, attempt), so it is known before the job exists.
  await tx.warningRun.update({ where: { id }, data: { jobId: runJobId(id, 1), heartbeatAt: new Date() } });
  return { id, attempt: 1 };
}

/** Puts a FAILED run back to RUNNING under its next attempt (the caller enqueues it after the commit); null when it is not FAILED. */
export async function resetRunForRetry(tx: TxClient, runId: string): Promise<QueuedRun | null> {
  const run = await tx.warningRun.findUnique({ where: { id: runId }, select: { attempt: true } });
  if (!run) return null;
  const attempt = run.attempt + 1;
  const { count } = await tx.warningRun.updateMany({
    where: { id: runId, status: "FAILED", attempt: run.attempt },
    data: { status: "RUNNING", attempt, jobId: runJobId(runId, attempt), error: null, finishedAt: null, heartbeatAt: new Date() },
  });
  return count === 1 ? { id: runId, attempt } : null;
}
