// The warning schedule inside the server (started by instrumentation.ts): every hour and
// right after each zone's weekly deadline. With several app instances, each one's timer
// fires, but a session-level PostgreSQL advisory lock (pg_try_advisory_lock) lets one of
// them in, and a zone already evaluated in the current slot is skipped, so the work is
// done once per slot.
import pg from "pg";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { databaseUrl, db as appDb, type DbClient } from "@/lib/db/client";
import { poolConfigFromUrl } from "@/lib/db/connection";
import { log } from "@/lib/server/log";
import { runWarnings } from "./run";
import { currentSlotStart, nextScheduledRun, type ZoneSchedule } from "./schedule";

/** Advisory-lock key of the scheduler (one lock for all zones of a database). */
export const SCHEDULER_LOCK = 727_361_003;
/** After a (re)start, catch up on a missed slot this soon. */
const STARTUP_DELAY_MS = 60_000;

/** The scheduler runs in the app server only: never during `next build`, in tests, or when switched off. */
export function shouldSchedule(env: NodeJS.ProcessEnv): boolean {
  return env.NEXT_PHASE !== "phase-production-build" && env.NODE_ENV !== "test" && env.WARNINGS_SCHEDULE !== "off" && Boolean(env.DATABASE_URL);
}

async function zoneSchedules(client: DbClient): Promise<(ZoneSchedule & { id: string })[]> {
  const zones = await client.zone.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  return Promise.all(zones.map(async (zone) => ({ id: zone.id, ...(await loadZoneCalendar(client, zone.id)) })));
}

export interface ScheduledOutcome {
  /** False when another instance held the lock. */
  locked: boolean;
  ran: string[];
  skipped: string[];
}

/**
 * One tick: under the scheduler lock, evaluates every zone not yet evaluated by a scheduled
 * run in the current slot. The lock lives on its own connection so it is held by one session.
 */
export async function runScheduledWarnings(client: DbClient = appDb, now = new Date()): Promise<ScheduledOutcome> {
  const session = new pg.Client(poolConfigFromUrl(databaseUrl()));
  await session.connect();
  try {
    const { rows } = await session.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::int, 0) AS locked", [SCHEDULER_LOCK]);
    if (!rows[0].locked) return { locked: false, ran: [], skipped: [] };
    try {
      const zones = await zoneSchedules(client);
      const slot = currentSlotStart(now, zones);
      const outcome: ScheduledOutcome = { locked: true, ran: [], skipped: [] };
      for (const zone of zones) {
        const done = await client.warningRun.findFirst({ where: { zoneId: zone.id, trigger: "SCHEDULE", asOf: { gte: slot }, status: { not: "FAILED" } }, select: { id: true } });
        if (done) {
          outcome.skipped.push(zone.id);
          continue;
        }
        await runWarnings(client, { zoneId: zone.id, trigger: "SCHEDULE", asOf: now });
        outcome.ran.push(zone.id);
      }
      return outcome;
    } finally {
      await session.query("SELECT pg_advisory_unlock($1::int, 0)", [SCHEDULER_LOCK]);
    }
  } finally {
    await session.end();
  }
}

let timer: NodeJS.Timeout | undefined;

function arm(delayMs: number): void {
  timer = setTimeout(() => void tick(), Math.max(1000, delayMs));
  // The schedule never keeps a stopping process alive.
  timer.unref();
}

async function tick(): Promise<void> {
  try {
    const outcome = await runScheduledWarnings();
    // One line per tick on every instance: which one ran the slot, which found it done or locked.
    log().info({ msg: "warnings.schedule", locked: outcome.locked, ran: outcome.ran.length, skipped: outcome.skipped.length });
  } catch (error) {
    console.error("[warnings] scheduled run failed", error);
  }
  try {
    const now = new Date();
    arm(nextScheduledRun(now, await zoneSchedules(appDb)).getTime() - now.getTime());
  } catch (error) {
    console.error("[warnings] could not plan the next run; retrying in an hour", error);
    arm(3_600_000);
  }
}

/** Starts the timer once per process: a catch-up tick shortly after start, then on schedule. */
export function startWarningScheduler(): void {
  if (timer) return;
  arm(STARTUP_DELAY_MS);
}
