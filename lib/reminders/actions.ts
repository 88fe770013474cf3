"use server";

import { recordAudit } from "@/lib/audit/record";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";
import { reminderSettingsSchema } from "./form";
import { parseReminderSchedule } from "./schedule";

/** Saves the zone's reminder schedule and escalation ladder; the next tick uses it. */
export async function saveReminderSettings(_previous: ActionResult<{ saved: true }> | null, formData: FormData): Promise<ActionResult<{ saved: true }>> {
  return runFormAction(formData, {
    schema: reminderSettingsSchema,
    permission: "reminders.manage",
    write: async (tx, schedule, actor) => {
      const zone = await tx.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { reminderSchedule: true } });
      await tx.zone.update({ where: { id: actor.zoneId }, data: { reminderSchedule: schedule } });
      await recordAudit(tx, actor, { action: "zone.reminderSchedule", entityType: "Zone", entityId: actor.zoneId, before: parseReminderSchedule(zone.reminderSchedule), after: schedule });
      return { saved: true as const };
    },
    revalidate: ["/settings/reminders"],
  });
}
