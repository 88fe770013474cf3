// The settings form of /settings/reminders: flat fields (slot0Days, slot0Time, …,
// ladderREMIND, …, warningLIAISON, warningLEADER) parsed into the stored schedule, each refusal at its field.
import { z } from "zod";
import { checkbox, integer } from "@/lib/server/fields";
import type { ReminderSchedule } from "./schedule";
import { LADDER_STEPS, WARNING_LADDER_STEPS, WEEKLY_SLOT_FIELDS } from "./steps";

const clock = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "reminders.errors.time" });
const optionalClock = z.preprocess((value) => (value === "" ? undefined : value), clock.optional());
const optionalDays = z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(0).max(5).optional());

const slotFields = Object.fromEntries(
  Array.from({ length: WEEKLY_SLOT_FIELDS }, (_, index) => [
    [`slot${index}Days`, optionalDays],
    [`slot${index}Time`, optionalClock],
  ]).flat(),
) as Record<string, typeof optionalDays | typeof optionalClock>;

const ladderFields = Object.fromEntries(LADDER_STEPS.map((step) => [`ladder${step}`, integer(1, 60)])) as Record<`ladder${(typeof LADDER_STEPS)[number]}`, ReturnType<typeof integer>>;

const warningLadderFields = Object.fromEntries(WARNING_LADDER_STEPS.map((step) => [`warning${step}`, integer(1, 60)])) as Record<`warning${(typeof WARNING_LADDER_STEPS)[number]}`, ReturnType<typeof integer>>;

export const reminderSettingsSchema = z
  .object({
    ...slotFields,
    ...ladderFields,
    ...warningLadderFields,
    dailyTime: clock,
    noticeDueSoonWorkingDays: integer(0, 10),
    unreadChaseWorkingHours: integer(0, 80),
    digestEnabled: checkbox,
    digestTime: clock,
  })
  .superRefine((value, context) => {
    const fields = value as Record<string, unknown>;
    for (let index = 0; index < WEEKLY_SLOT_FIELDS; index += 1) {
      const days = fields[`slot${index}Days`];
      const time = fields[`slot${index}Time`];
      if ((days === undefined) !== (time === undefined)) context.addIssue({ code: "custom", message: "reminders.errors.slotIncomplete", path: [days === undefined ? `slot${index}Days` : `slot${index}Time`] });
    }
    LADDER_STEPS.forEach((step, index) => {
      if (index > 0 && (fields[`ladder${step}`] as number) <= (fields[`ladder${LADDER_STEPS[index - 1]}`] as number)) {
        context.addIssue({ code: "custom", message: "reminders.errors.ladderRises", path: [`ladder${step}`] });
      }
    });
    if (value.warningLEADER <= value.warningLIAISON) context.addIssue({ code: "custom", message: "reminders.errors.ladderRises", path: ["warningLEADER"] });
  })
  .transform((value): ReminderSchedule => {
    const fields = value as Record<string, unknown>;
    const weekly: ReminderSchedule["weekly"] = [];
    for (let index = 0; index < WEEKLY_SLOT_FIELDS; index += 1) {
      const days = fields[`slot${index}Days`] as number | undefined;
      const time = fields[`slot${index}Time`] as string | undefined;
      if (days !== undefined && time !== undefined && !weekly.some((slot) => slot.workingDaysBefore === days && slot.time === time)) weekly.push({ workingDaysBefore: days, time });
    }
    return {
      weekly,
      dailyTime: value.dailyTime,
      noticeDueSoonWorkingDays: value.noticeDueSoonWorkingDays,
      ladder: Object.fromEntries(LADDER_STEPS.map((step) => [step, fields[`ladder${step}`] as number])) as ReminderSchedule["ladder"],
      warningLadder: { LIAISON: value.warningLIAISON, LEADER: value.warningLEADER },
      unreadChaseWorkingHours: value.unreadChaseWorkingHours,
      digest: { enabled: value.digestEnabled, time: value.digestTime },
    };
  });
