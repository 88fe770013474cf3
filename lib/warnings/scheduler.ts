// The warning schedule: every hour and right after each zone's weekly deadline
// (lib/warnings/schedule.ts). Its clock is pg-boss's (docs/jobs.md): a one-minute tick,
// a cron schedule kept in the database and fired once across instances, whose handler
// evaluates every zone not yet evaluated by a scheduled run in the current slot. So a
// slot runs within a minute of its start, a restart or a new instance needs no catch-up
// of its own, and the zones' times stay data (a moved deadline moves its slot). The
// queue's singleton policy keeps one tick running at a time; a session-level advisory
// lock still serialises direct calls (tests, a tick beside a long one past its expiry).
import pg from "pg";
import { z } from "zod";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { databaseUrl, db as appDb, type DbClient } from "@/lib/db/client";
import { poolConfigFromUrl } from "@/lib/db/connection";
import { defineJob, jobQueue, scheduleJob } from "@/lib/jobs";
import { log } from "@/lib/server/log";
import { runWarnings } from "./run";
import { currentSlotStart, type ZoneSchedule } from "./schedule";

/** Advisory-lock key of the scheduler (one lock for all zones of a database). */
export const SCHEDULER_LOCK = 727_361_003;
/** The tick: every minute (UTC; the slots themselves are computed in each zone's time zone). */
export const WARNING_SCHEDULE_CRON = "* * * * *";
/** A scheduled run of the slot that failed is tried again by the first tick this long after it started. */
export const FAILED_SLOT_RETRY_MS = 15 * 60_000;

/** The schedule is kept in the app server only: never during `next build`, in tests, or when switched off. */
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
        // Done: a scheduled run of this slot that did not fail, or failed only recently.
        const done = await client.warningRun.findFirst({
          where: { zoneId: zone.id, trigger: "SCHEDULE", asOf: { gte: slot }, OR: [{ status: { not: "FAILED" } }, { startedAt: { gt: new Date(now.getTime() - FAILED_SLOT_RETRY_MS) } }] },
          select: { id: true },
        });
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

/** The tick's job: one running at a time across instances; a missed or failed tick is simply the next minute's. */
export const warningScheduleTick = defineJob(
  "warnings.schedule",
  z.object({}),
  async () => {
    const outcome = await runScheduledWarnings();
    // One line per tick, on the instance whose worker took it.
    log().info({ msg: "warnings.schedule", locked: outcome.locked, ran: outcome.ran.length, skipped: outcome.skipped.length });
  },
  { policy: "singleton", retryLimit: 0, expireInSeconds: 900 },
);

/**
 * Stores the tick's schedule, or removes it when the schedule is switched off
 * (WARNINGS_SCHEDULE=off): the schedule is shared by every instance of the database.
 */
export async function syncWarningSchedule(env: NodeJS.ProcessEnv): Promise<"scheduled" | "unscheduled"> {
  if (shouldSchedule(env)) {
    await scheduleJob(warningScheduleTick, WARNING_SCHEDULE_CRON, {}, { timeZone: "UTC" });
    return "scheduled";
  }
  await jobQueue().unschedule(warningScheduleTick);
  return "unscheduled";
}
