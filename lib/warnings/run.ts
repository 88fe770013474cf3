// Running the engine against the database: a WarningRun row tracks each run (trigger, as-of,
// progress over units, counts). Units are evaluated and persisted in batches, each in its own
// short transaction that holds the zone's warning lock and reads the batch's data inside it,
// so concurrent runs (two instances, a report submission during a scheduled run) serialise
// per batch and the later one always writes the fresher result. No "server-only": the CLI,
// the scheduler and the seed use it too.
import { db as appDb, type DbClient, type TxClient } from "@/lib/db/client";
import type { WarningRunTrigger } from "@/lib/db/generated/enums";
import { LONG_TRANSACTION_OPTIONS } from "@/lib/db/transaction-options";
import { evaluateWarnings } from "./engine";
import { ensureWarningRules, loadEngineInput } from "./load";
import { addSummaries, applyWarnings, emptySummary, lockZoneWarnings, type AppliedEvaluation, type ApplySummary } from "./persist";

/**
 * Units evaluated per transaction in a run: one load and one write per batch instead of per
 * unit (the queries are the same, only filtered by more units), while the zone's lock is
 * held for a fraction of a second and the run's progress still moves (docs/performance.md).
 */
export const RUN_BATCH_UNITS = 50;

export interface RunOptions {
  zoneId: string;
  trigger: WarningRunTrigger;
  /** Fixed as-of instant (the CLI's --as-of, tests). Absent: "now", taken per batch after its lock. */
  asOf?: Date;
  /** Only this unit (report submission). */
  unitId?: string;
  startedById?: string | null;
}

export interface RunResult extends ApplySummary {
  runId: string;
  units: number;
}

/**
 * Evaluates and persists some units of a zone (the whole zone when `unitIds` is absent), in
 * the given transaction: takes the zone's warning lock, reads the units' data inside it, runs
 * the pure engine and applies the result. The one step every run, queue and seed goes through.
 */
export async function evaluateUnitsStep(tx: TxClient, zoneId: string, unitIds?: readonly string[], asOf?: Date): Promise<AppliedEvaluation> {
  await lockZoneWarnings(tx, zoneId);
  const when = asOf ?? new Date();
  const input = await loadEngineInput(tx, { zoneId, unitIds, asOf: when });
  return applyWarnings(tx, { zoneId, asOf: when, unitIds: unitIds ? [...unitIds] : undefined, computed: evaluateWarnings(input), input });
}

/** Evaluates and persists a whole zone in the given transaction (the seed, which holds everything in one). */
export async function evaluateZoneInTransaction(tx: TxClient, zoneId: string, asOf: Date): Promise<ApplySummary> {
  return evaluateUnitsStep(tx, zoneId, undefined, asOf);
}

async function unitsOf(client: DbClient | TxClient, options: RunOptions): Promise<string[]> {
  if (options.unitId) return [options.unitId];
  const units = await client.unit.findMany({ where: { zoneId: options.zoneId }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true } });
  return units.map((unit) => unit.id);
}

/** Creates the RUNNING row of a run (its total is the number of units to evaluate). */
export async function startRun(client: DbClient | TxClient, options: RunOptions): Promise<string> {
  await ensureWarningRules(client, options.zoneId);
  const units = await unitsOf(client, options);
  const run = await client.warningRun.create({
    data: {
      zoneId: options.zoneId,
      trigger: options.trigger,
      asOf: options.asOf ?? new Date(),
      unitId: options.unitId ?? null,
      startedById: options.startedById ?? null,
      total: units.length,
    },
    select: { id: true },
  });
  return run.id;
}

/** Another worker moved the run on (a job that expired while its worker still ran): this one stops. */
export class RunTakenOver extends Error {
  constructor(runId: string) {
    super(`warning run ${runId} was moved on by another worker`);
    this.name = "RunTakenOver";
  }
}

/** Thrown between batches when `signal` is aborted (the worker is stopping); the run stays RUNNING for the next worker. */
export class RunInterrupted extends Error {
  constructor(runId: string) {
    super(`warning run ${runId} interrupted between batches`);
    this.name = "RunInterrupted";
  }
}

export interface ExecuteOptions {
  /** Checked before each batch: aborted, the run stops where it is (RunInterrupted) and stays RUNNING. */
  signal?: AbortSignal;
  /** On an error, leave the run RUNNING (a queue job that will be retried) instead of marking it FAILED. */
  keepRunningOnError?: boolean;
}

/**
 * Evaluates the units batch after batch from where the run stands (`progress`: 0 for a new
 * run, further for one resumed by another worker), recording progress, counts and a heartbeat
 * on the run row in each batch's own transaction; marks it SUCCEEDED, or FAILED on an error.
 * Each batch advances the progress only from the value it started at, so two workers on one
 * run (a job retried while its first worker still ran) never count a batch twice: the slower
 * one's batch is rolled back and it stops (RunTakenOver).
 */
export async function executeRun(client: DbClient, runId: string, options: RunOptions, execution: ExecuteOptions = {}): Promise<RunResult> {
  const units = await unitsOf(client, options);
  const row = await client.warningRun.findUniqueOrThrow({ where: { id: runId }, select: { progress: true, opened: true, changed: true, resolved: true } });
  let summary: ApplySummary = { ...emptySummary(), opened: row.opened, changed: row.changed, resolved: row.resolved };
  try {
    for (let start = Math.min(row.progress, units.length); start < units.length; start += RUN_BATCH_UNITS) {
      if (execution.signal?.aborted) throw new RunInterrupted(runId);
      const batch = units.slice(start, start + RUN_BATCH_UNITS);
      const step = await client.$transaction(async (tx) => {
        const applied = await evaluateUnitsStep(tx, options.zoneId, batch, options.asOf);
        const moved = await tx.warningRun.updateMany({
          where: { id: runId, status: "RUNNING", progress: start },
          data: { progress: start + batch.length, opened: { increment: applied.opened + applied.reopened }, changed: { increment: applied.changed }, resolved: { increment: applied.resolved }, heartbeatAt: new Date() },
        });
        if (moved.count === 0) throw new RunTakenOver(runId);
        return applied;
      }, LONG_TRANSACTION_OPTIONS.engineStep);
      summary = addSummaries(summary, step);
    }
    await client.warningRun.updateMany({ where: { id: runId, status: "RUNNING" }, data: { status: "SUCCEEDED", finishedAt: new Date(), error: null } });
    return { runId, units: units.length, ...summary };
  } catch (error) {
    if (!(error instanceof RunTakenOver || error instanceof RunInterrupted || execution.keepRunningOnError)) await markRunFailed(client, runId, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

/** Settles a RUNNING run as FAILED with this error (a settled run is left alone). */
export async function markRunFailed(client: DbClient | TxClient, runId: string, error: string): Promise<boolean> {
  const { count } = await client.warningRun
    .updateMany({ where: { id: runId, status: "RUNNING" }, data: { status: "FAILED", error: error.slice(0, 1000), finishedAt: new Date() } })
    .catch(() => ({ count: 0 }));
  return count > 0;
}

export async function runWarnings(client: DbClient, options: RunOptions): Promise<RunResult> {
  return executeRun(client, await startRun(client, options), options);
}

/**
 * Re-evaluates one unit's warnings right after it submitted its weekly report, so that
 * its missing-report warning clears (and any others change) in the same request. Call it
 * AFTER the submit transaction has committed. It never throws: a failure is logged and
 * recorded as a FAILED run (the next scheduled run catches up), and null is returned.
 */
export async function evaluateWarningsForUnit(
  { zoneId, unitId, actorId = null, trigger = "REPORT_SUBMITTED" }: { zoneId: string; unitId: string; actorId?: string | null; trigger?: WarningRunTrigger },
  client: DbClient = appDb,
): Promise<RunResult | null> {
  try {
    return await runWarnings(client, { zoneId, unitId, trigger, startedById: actorId });
  } catch (error) {
    console.error("[warnings] evaluation of unit %s failed", unitId, error);
    return null;
  }
}

/**
 * Re-evaluates a whole zone after a change of which weeks are owed (the calendar, the
 * reporting start, a holiday week required). Call it after the commit; it never throws: a
 * failure is logged and recorded as a FAILED run, and the next scheduled run catches up.
 */
export async function evaluateZoneQuietly(zoneId: string, actorId: string | null, client: DbClient = appDb): Promise<void> {
  try {
    await runWarnings(client, { zoneId, trigger: "SETTINGS_CHANGED", startedById: actorId });
  } catch (error) {
    console.error("[warnings] evaluation of zone %s failed", zoneId, error);
  }
}
