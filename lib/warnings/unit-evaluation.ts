// Re-evaluating a unit's warnings after it changed something (a report submitted), off the
// request path: the request only asks for it (requestUnitEvaluation) and answers; the
// evaluation follows within moments. Requests are coalesced per unit (a unit that submits
// twice before its evaluation started is evaluated once, as of the later submission) and the
// units waiting together are evaluated as one batch: one load and one write for all of them,
// so a Friday burst of 200 submissions costs a few batches, not 200 engine runs in a row.
//
// evaluateQueuedUnits is the step a worker runs. Until the PostgreSQL job queue (lib/jobs)
// lands, the waiting requests live in this process (drained one batch at a time); a request
// lost with the process is caught up by the next scheduled run (at most an hour later).
// No "server-only": integration tests drive it.
import { db as appDb, type DbClient } from "@/lib/db/client";
import { LONG_TRANSACTION_OPTIONS } from "@/lib/db/transaction-options";
import type { WarningRunTrigger } from "@/lib/db/generated/enums";
import { emptySummary } from "./persist";
import { evaluateUnitsStep } from "./run";

export interface UnitEvaluationRequest {
  zoneId: string;
  unitId: string;
  trigger: WarningRunTrigger;
  actorId: string | null;
}

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

// ───────────── the in-process waiting list (until lib/jobs) ─────────────

interface WaitingList {
  /** By "<zone>:<unit>": a second request for a waiting unit joins the first (the later trigger and actor win). */
  waiting: Map<string, UnitEvaluationRequest>;
  draining: Promise<void> | null;
}

// On globalThis: the server's route bundles may each load this module; there is one list per process.
const LIST_KEY = Symbol.for("chuangjian.warnings.unit-evaluations");
const list: WaitingList = ((globalThis as Record<symbol, WaitingList | undefined>)[LIST_KEY] ??= { waiting: new Map(), draining: null });

async function drain(): Promise<void> {
  while (list.waiting.size > 0) {
    const first = list.waiting.values().next().value!;
    const batch = [...list.waiting.entries()].filter(([, request]) => request.zoneId === first.zoneId).slice(0, QUEUE_BATCH_UNITS);
    for (const [key] of batch) list.waiting.delete(key);
    await evaluateQueuedUnits(batch.map(([, request]) => request));
  }
}

/**
 * Asks for a unit's warnings to be re-evaluated soon; returns at once. Call it after the
 * change has committed. Requests made while a batch runs wait for the next batch.
 */
export function requestUnitEvaluation(request: UnitEvaluationRequest): void {
  const key = `${request.zoneId}:${request.unitId}`;
  list.waiting.delete(key);
  list.waiting.set(key, request);
  if (list.draining) return;
  // Started on the next turn: the request that asked answers first.
  list.draining = new Promise<void>((resolve) => setImmediate(resolve))
    .then(drain)
    .catch((error) => console.error("[warnings] queued evaluations failed", error))
    .finally(() => {
      list.draining = null;
      if (list.waiting.size > 0) requestAgain();
    });
}

function requestAgain(): void {
  const next = list.waiting.values().next().value;
  if (next) requestUnitEvaluation(next);
}

/** Resolves when no evaluation is waiting or running (tests, and a clean shutdown). */
export async function unitEvaluationsIdle(): Promise<void> {
  while (list.draining || list.waiting.size > 0) await (list.draining ?? new Promise((resolve) => setImmediate(resolve)));
}
