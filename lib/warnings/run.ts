// Running the engine against the database: a WarningRun row tracks each run (trigger, as-of,
// progress over units, counts). Units are evaluated and persisted in batches, each in its own
// short transaction that holds the zone's warning lock and reads the batch's data inside it,
// so concurrent runs (two instances, a report submission during a scheduled run) serialise
// per batch and the later one always writes the fresher result. No "server-only": the CLI,
// the scheduler and the seed use it too.
import { db as appDb, type DbClient, type TxClient } from "@/lib/db/client";
import type { WarningRunTrigger } from "@/lib/db/generated/enums";
import { evaluateWarnings } from "./engine";
import { ensureWarningRules, loadEngineInput } from "./load";
import { addSummaries, applyWarnings, emptySummary, lockZoneWarnings, type AppliedEvaluation, type ApplySummary } from "./persist";

const UNIT_STEP = { maxWait: 15_000, timeout: 60_000 };
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

async function unitsOf(client: DbClient, options: RunOptions): Promise<string[]> {
  if (options.unitId) return [options.unitId];
  const units = await client.unit.findMany({ where: { zoneId: options.zoneId }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true } });
  return units.map((unit) => unit.id);
}

/** Creates the RUNNING row of a run (its total is the number of units to evaluate). */
export async function startRun(client: DbClient, options: RunOptions): Promise<string> {
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

/** Evaluates the units batch after batch, recording progress on the run row; marks it SUCCEEDED or FAILED. */
export async function executeRun(client: DbClient, runId: string, options: RunOptions): Promise<RunResult> {
  let summary = emptySummary();
  const units = await unitsOf(client, options);
  try {
    for (let start = 0; start < units.length; start += RUN_BATCH_UNITS) {
      const batch = units.slice(start, start + RUN_BATCH_UNITS);
      const step = await client.$transaction((tx) => evaluateUnitsStep(tx, options.zoneId, batch, options.asOf), UNIT_STEP);
      summary = addSummaries(summary, step);
      await client.warningRun.update({
        where: { id: runId },
        data: { progress: start + batch.length, opened: summary.opened + summary.reopened, changed: summary.changed, resolved: summary.resolved },
      });
    }
    await client.warningRun.update({ where: { id: runId }, data: { status: "SUCCEEDED", finishedAt: new Date() } });
    return { runId, units: units.length, ...summary };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await client.warningRun.update({ where: { id: runId }, data: { status: "FAILED", error: message.slice(0, 1000), finishedAt: new Date() } }).catch(() => {});
    throw error;
  }
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
