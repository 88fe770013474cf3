import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { parseReminderSchedule, type ReminderSchedule } from "./schedule";

/** The zone's reminder schedule (defaults where nothing is stored), for the settings page. */
export async function getReminderSchedule(actor: Actor): Promise<ReminderSchedule> {
  authorize(actor, "reminders.manage");
  const zone = await db.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { reminderSchedule: true } });
  return parseReminderSchedule(zone.reminderSchedule);
}
