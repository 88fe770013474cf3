// Re-evaluating a unit's warnings after it changed something (a report submitted), off the
// request path: the request only asks for it (requestUnitEvaluation puts a job on the
// PostgreSQL queue, lib/jobs) and answers; a worker of any instance evaluates moments later.
// The queue is "stately" per unit: a unit that submits twice before its evaluation started
// has one waiting job (the evaluation sees both, it runs as of when it starts); one that
// submits while its evaluation runs gets one more after it. A worker takes up to
// QUEUE_BATCH_UNITS waiting units at once and evaluates them as one batch: one load and one
// write for all of them, so a Friday burst of 200 submissions costs a few batches, not 200
// engine runs in a row. A job lost anyway is caught up by the next scheduled run.
// No "server-only": integration tests drive it.
import { z } from "zod";
import { db as appDb, type DbClient } from "@/lib/db/client";
import { LONG_TRANSACTION_OPTIONS } from "@/lib/db/transaction-options";
import { WarningRunTrigger } from "@/lib/db/generated/enums";
import { defineBatchJob, enqueue } from "@/lib/jobs";
import { emptySummary } from "./persist";
import { evaluateUnitsStep } from "./run";

const unitEvaluationRequest = z.object({
  zoneId: z.string().min(1),
  unitId: z.string().min(1),
  trigger: z.enum(WarningRunTrigger),
  /** Who caused it (the run's startedBy); of requests folded together, the first one's. */
  actorId: z.string().min(1).nullable(),
});
export type UnitEvaluationRequest = z.infer<typeof unitEvaluationRequest>;

/** Units evaluated together at most (one transaction holding the zone's warning lock). */
export const QUEUE_BATCH_UNITS = 50;

/**
 * Evaluates the requested units of one zone in one step and records a run per unit (its
 * trigger, who caused it, the unit's own counts). Never throws: a failure is logged and
 * recorded as FAILED runs, and the next scheduled run catches up.
 */
export async function evaluateQueuedUnits(requests: UnitEvaluationRequest[], client: DbClient = appDb): Promise<void> {
  if (requests.length === 0) return;
  const zoneId = requests[0].zoneId;
  if (requests.some((request) => request.zoneId !== zoneId)) throw new Error("one zone per batch");
  const unitIds = [...new Set(requests.map((request) => request.unitId))];
  const startedAt = new Date();
  // As of now: every request was made after its change committed, so the step sees it.
  const asOf = new Date();
  try {
    const applied = await client.$transaction((tx) => evaluateUnitsStep(tx, zoneId, unitIds, asOf), LONG_TRANSACTION_OPTIONS.engineStep);
    const finishedAt = new Date();
    await client.warningRun.createMany({
      data: requests.map((request) => {
        const counts = applied.perUnit.get(request.unitId) ?? emptySummary();
        return {
          zoneId,
          trigger: request.trigger,
          unitId: request.unitId,
          startedById: request.actorId,
          asOf,
          status: "SUCCEEDED" as const,
          total: 1,
          progress: 1,
          opened: counts.opened + counts.reopened,
          changed: counts.changed,
          resolved: counts.resolved,
          startedAt,
          finishedAt,
        };
      }),
    });
  } catch (error) {
    console.error("[warnings] evaluation of %d unit(s) failed", unitIds.length, error);
    const message = error instanceof Error ? error.message : String(error);
    await client.warningRun
      .createMany({
        data: requests.map((request) => ({
          zoneId,
          trigger: request.trigger,
          unitId: request.unitId,
          startedById: request.actorId,
          asOf,
          status: "FAILED" as const,
          total: 1,
          error: message.slice(0, 1000),
          startedAt,
          finishedAt: new Date(),
        })),
      })
      .catch(() => {});
  }
}

/** The queue: one waiting and one running evaluation per unit at most, a worker taking up to a batch of units. */
export const evaluateUnitJob = defineBatchJob(
  "warnings.evaluate-unit",
  unitEvaluationRequest,
  async (requests) => {
    // A batch may mix zones (one queue for the installation); a step is one zone's.
    const zones = [...new Set(requests.map((request) => request.zoneId))];
    for (const zoneId of zones) await evaluateQueuedUnits(requests.filter((request) => request.zoneId === zoneId));
  },
  // evaluateQueuedUnits records a failure as FAILED runs and does not throw: retries are for
  // a worker cut off mid-batch (the job expires and runs again; evaluating twice is idempotent).
  { policy: "stately", batchSize: QUEUE_BATCH_UNITS, retryLimit: 3, retryDelaySeconds: 30, expireInSeconds: 600 },
);

/**
 * Asks for a unit's warnings to be re-evaluated soon: queues the job and returns. Call it
 * after the change has committed. A request while the unit's evaluation waits is folded
 * into it. Never throws: a queue that cannot be reached is logged, the scheduled run catches up.
 */
export async function requestUnitEvaluation(request: UnitEvaluationRequest): Promise<void> {
  await enqueue(evaluateUnitJob, request, { singletonKey: `${request.zoneId}:${request.unitId}` }).catch((error) =>
    console.error("[warnings] could not queue the evaluation of unit %s", request.unitId, error),
  );
}
