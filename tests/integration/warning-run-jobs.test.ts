// Manual warning runs on the job queue: the action queues and answers with the run's id, a
// worker records progress batch by batch, a worker that stops hands the run over between
// batches and the next one continues, a run whose worker is gone is settled as FAILED and
// a retry from the page finishes it, and nothing is evaluated or counted twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { JOBS_SCHEMA, JobHandedOver, JobQueue, setJobQueue } from "@/lib/jobs";
import { getCurrentUser } from "@/lib/auth/session";
import { retryWarningRun, startWarningRun } from "@/lib/warnings/actions";
import { getWarningRun } from "@/lib/warnings/queries";
import { RUN_BATCH_UNITS, runWarnings } from "@/lib/warnings/run";
import { enqueueRun, runJobId, settleAbandonedRuns, STALE_HEARTBEAT_MS, WARNING_RUN_JOB, WORKER_STOPPED, workOnRun } from "@/lib/warnings/run-job";
import { actAs, form, signOutTestUser } from "./support/session";
import { until } from "./support/until";

const SUPERVISOR = "office@demo.gov.cn";
const EXTRA_UNITS = 40;
let queue: JobQueue;
let zoneId: string;
let units: number;

/** A signal that reads "not aborted" for the first `batches` checks, then "aborted": a worker stopping after that many batches. */
function stopAfter(batches: number): AbortSignal {
  let checks = 0;
  return { get aborted() { checks += 1; return checks > batches; } } as AbortSignal;
}

async function jobsOf(runId: string) {
  return db.$queryRawUnsafe<{ id: string; state: string }[]>(`SELECT id::text, state::text FROM ${JOBS_SCHEMA}.job WHERE name = $1 AND data->>'runId' = $2 ORDER BY created_on`, WARNING_RUN_JOB, runId);
}

/** What a complete evaluation left: a fresh run over the same data changes nothing. */
async function expectZoneSettled() {
  const again = await runWarnings(db, { zoneId, trigger: "COMMAND_LINE" });
  expect(again).toMatchObject({ opened: 0, reopened: 0, changed: 0, resolved: 0 });
}

beforeAll(async () => {
  zoneId = (await db.zone.findFirstOrThrow({ select: { id: true } })).id;
  // More units than one batch, so a run has a middle to stop in.
  await db.unit.createMany({
    data: Array.from({ length: EXTRA_UNITS }, (_, index) => ({ zoneId, code: `extra-${index}`, name: `测试局${index}`, shortName: `测${index}`, kind: "DEPARTMENT" as const, sortOrder: 100 + index })),
  });
  units = await db.unit.count({ where: { zoneId } });
  expect(units).toBeGreaterThan(RUN_BATCH_UNITS);
  queue = new JobQueue({ url: process.env.DATABASE_URL, pollingIntervalSeconds: 0.5 });
  setJobQueue(queue);
});

afterAll(async () => {
  await queue?.stop(5000);
  setJobQueue(undefined);
  signOutTestUser();
});

describe("manual warning runs as jobs", () => {
  it("queues the run and answers at once; a stopping worker hands it over mid-way and the next finishes it, counting each batch once", async () => {
    const supervisor = await actAs(SUPERVISOR);
    const started = await startWarningRun(null, form({}));
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const runId = started.data.id;
    // Answered before any worker ran: queued, nothing evaluated yet.
    expect(await db.warningRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ status: "RUNNING", trigger: "MANUAL", startedById: supervisor.id, progress: 0, total: units, attempt: 1, jobId: runJobId(runId, 1) });
    expect(await jobsOf(runId)).toEqual([{ id: runJobId(runId, 1), state: "created" }]);
    expect(await db.auditLog.count({ where: { action: "warning.run", entityId: runId } })).toBe(1);
    // A second click, and the same job enqueued again: refused, and still one job.
    expect(await startWarningRun(null, form({}))).toMatchObject({ ok: false, message: "已有一次预警计算正在运行，请稍候。" });
    await enqueueRun(runId, 1);
    expect(await jobsOf(runId)).toHaveLength(1);

    // A worker that is stopping after its first batch gives the job back.
    await expect(workOnRun(db, { runId, attempt: 1 }, { signal: stopAfter(1), lastAttempt: false })).rejects.toThrow(JobHandedOver);
    const halfway = await db.warningRun.findUniqueOrThrow({ where: { id: runId } });
    expect(halfway).toMatchObject({ status: "RUNNING", progress: RUN_BATCH_UNITS });
    expect(halfway.heartbeatAt).not.toBeNull();
    const actor = (await getCurrentUser())!;
    expect(await getWarningRun(actor, runId)).toMatchObject({ status: "RUNNING", progress: RUN_BATCH_UNITS, total: units, queued: true });

    // The queue's worker takes the job and continues from unit 51.
    await queue.start();
    await until(async () => (await db.warningRun.findUniqueOrThrow({ where: { id: runId } })).status !== "RUNNING");
    const done = await db.warningRun.findUniqueOrThrow({ where: { id: runId } });
    expect(done).toMatchObject({ status: "SUCCEEDED", progress: units, total: units, error: null });
    await until(async () => (await jobsOf(runId))[0]?.state === "completed");
    // The job again (a late duplicate): the run is settled, nothing runs.
    await workOnRun(db, { runId, attempt: 1 }, { lastAttempt: true });
    expect(await db.warningRun.findUniqueOrThrow({ where: { id: runId } })).toEqual(done);
    expect(await db.warningRun.count({ where: { trigger: "MANUAL" } })).toBe(1);
    await expectZoneSettled();
    await queue.stop(5000);
  });

  it("settles a run whose worker died as FAILED, and a retry from the page finishes it once", async () => {
    await actAs(SUPERVISOR);
    const actor = (await getCurrentUser())!;
    const started = await startWarningRun(null, form({}));
    if (!started.ok) throw new Error(started.message);
    const runId = started.data.id;
    // The worker evaluated one batch and was killed (no hand-over): the run stays RUNNING…
    await expect(workOnRun(db, { runId, attempt: 1 }, { signal: stopAfter(1), lastAttempt: false })).rejects.toThrow(JobHandedOver);
    // …while its job is still waiting for its expiry, nothing is settled.
    expect(await settleAbandonedRuns(db, zoneId)).toEqual([]);
    // pg-boss expires the job of a killed worker and, retries spent, fails it.
    await db.$executeRawUnsafe(`UPDATE ${JOBS_SCHEMA}.job SET state = 'failed' WHERE id = $1::uuid`, runJobId(runId, 1));
    const failed = await getWarningRun(actor, runId);
    expect(failed).toMatchObject({ status: "FAILED", error: WORKER_STOPPED, progress: RUN_BATCH_UNITS, attempt: 1 });
    expect(failed.finishedAt).not.toBeNull();

    const retried = await retryWarningRun(null, form({ id: runId }));
    expect(retried).toEqual({ ok: true, data: { id: runId, attempt: 2 } });
    expect(await db.warningRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ status: "RUNNING", attempt: 2, error: null, finishedAt: null, progress: RUN_BATCH_UNITS, jobId: runJobId(runId, 2) });
    expect(await db.auditLog.count({ where: { action: "warning.run.retry", entityId: runId } })).toBe(1);
    // A second retry while it runs is refused; the dead attempt's job, if it ever ran, does nothing.
    expect(await retryWarningRun(null, form({ id: runId }))).toMatchObject({ ok: false, message: "已有一次预警计算正在运行，请稍候。" });
    await workOnRun(db, { runId, attempt: 1 }, { lastAttempt: true });
    expect(await db.warningRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ status: "RUNNING", progress: RUN_BATCH_UNITS });

    await queue.start();
    await until(async () => (await db.warningRun.findUniqueOrThrow({ where: { id: runId } })).status !== "RUNNING");
    expect(await db.warningRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ status: "SUCCEEDED", progress: units, attempt: 2 });
    expect((await jobsOf(runId)).map((job) => job.id)).toEqual([runJobId(runId, 1), runJobId(runId, 2)]);
    await expectZoneSettled();
    // Retrying a run that succeeded is refused.
    expect(await retryWarningRun(null, form({ id: runId }))).toMatchObject({ ok: false, message: "只有失败的运行可以重试。" });
    await queue.stop(5000);
  });

  it("settles a run whose heartbeat stopped long ago, whatever its job says", async () => {
    const run = await db.warningRun.create({ data: { zoneId, trigger: "MANUAL", asOf: new Date(), total: units, jobId: runJobId("silent", 1), heartbeatAt: new Date(Date.now() - STALE_HEARTBEAT_MS - 60_000) } });
    const fresh = await db.warningRun.create({ data: { zoneId, trigger: "MANUAL", asOf: new Date(), total: units, jobId: runJobId("fresh", 1), heartbeatAt: new Date() } });
    expect(await settleAbandonedRuns(db, zoneId)).toEqual([run.id]);
    expect(await db.warningRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({ status: "FAILED", error: WORKER_STOPPED });
    // Queued a moment ago, its job not found yet: left alone until the grace has passed.
    expect((await db.warningRun.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe("RUNNING");
    expect(await settleAbandonedRuns(db, zoneId, new Date(Date.now() + 61_000))).toEqual([fresh.id]);
  });
});
