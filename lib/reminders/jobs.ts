// The reminders' place on the job queue (docs/jobs.md): one tick every five minutes, a cron
// schedule kept in the database that pg-boss fires once across instances; the tick's
// handler works out what is due for every zone (lib/reminders/run.ts). The queue's
// "singleton" policy keeps one tick running at a time, and each reminder's idempotency key
// (unit + week + slot, notice + step …) makes a late, repeated or concurrent tick harmless.
import { z } from "zod";
import { defineJob, scheduleJob } from "@/lib/jobs";
import { runAllReminders } from "./run";

export const REMINDER_TICK_CRON = "*/5 * * * *";

export const reminderTick = defineJob("reminders.tick", z.object({}), async () => {
  await runAllReminders(new Date());
}, { policy: "singleton", retryLimit: 1, retryDelaySeconds: 60, expireInSeconds: 600 });

/** Stores the tick's schedule (idempotent: scheduling again replaces it). */
export async function scheduleReminderTick(): Promise<void> {
  await scheduleJob(reminderTick, REMINDER_TICK_CRON, {}, { timeZone: "UTC" });
}
