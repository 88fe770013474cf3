// A zone's reminder schedule and escalation ladder, stored as JSON on Zone.reminderSchedule
// and parsed with zod on read (a missing or damaged part reads as its default). The defaults:
// the working day before the weekly deadline at 16:00 and the deadline day at 14:00; notices
// reminded one working day before their last day; the ladder 提醒 → 联络员 → 分管领导 → 督办 →
// 通报 after 1, 2, 4, 6 and 10 working days overdue; an unread notice chased after 4 working
// hours; an orange or red warning nobody acknowledged chased to the unit's liaison after 2
// working days and to its responsible leader after 4; the leaders' digest off. Daily work (notices, the ladder, the digest) goes out on
// working days from `dailyTime`.
import { z } from "zod";
import { LADDER_STEPS } from "./steps";

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "reminders.errors.time" });

export const weeklySlotSchema = z.object({
  /** Working days before the deadline day: 0 the deadline day itself, 1 the working day before. */
  workingDaysBefore: z.number().int().min(0).max(5),
  time: clock,
});
export type WeeklySlot = z.infer<typeof weeklySlotSchema>;

export const ladderSchema = z.object({
  /** Working days past the notice's last day at which each step is taken (rising). */
  REMIND: z.number().int().min(1).max(60),
  LIAISON: z.number().int().min(1).max(60),
  LEADER: z.number().int().min(1).max(60),
  SUPERVISION: z.number().int().min(1).max(60),
  BULLETIN: z.number().int().min(1).max(60),
});
export type Ladder = z.infer<typeof ladderSchema>;

/** The warnings' ladder 联络员 → 分管领导: working days after an orange or red warning opened, while nobody acknowledged it. */
export const warningLadderSchema = z
  .object({ LIAISON: z.number().int().min(1).max(60), LEADER: z.number().int().min(1).max(60) })
  .refine((ladder) => ladder.LEADER > ladder.LIAISON, { error: "reminders.errors.ladderRises" });
export type WarningLadder = z.infer<typeof warningLadderSchema>;

export const DEFAULT_SCHEDULE = {
  weekly: [
    { workingDaysBefore: 1, time: "16:00" },
    { workingDaysBefore: 0, time: "14:00" },
  ],
  dailyTime: "09:00",
  noticeDueSoonWorkingDays: 1,
  ladder: { REMIND: 1, LIAISON: 2, LEADER: 4, SUPERVISION: 6, BULLETIN: 10 },
  warningLadder: { LIAISON: 2, LEADER: 4 },
  unreadChaseWorkingHours: 4,
  digest: { enabled: false, time: "08:30" },
} as const satisfies ReminderSchedule;

/** Ladder days must rise step by step, so each step goes further up than the one before. */
export function ladderRises(ladder: Ladder): boolean {
  return LADDER_STEPS.every((step, index) => index === 0 || ladder[step] > ladder[LADDER_STEPS[index - 1]]);
}

export const reminderScheduleSchema = z.object({
  weekly: z.array(weeklySlotSchema).max(4),
  dailyTime: clock,
  /** A notice is reminded this many working days before its last day (0: on the day only). */
  noticeDueSoonWorkingDays: z.number().int().min(0).max(10),
  ladder: ladderSchema.refine(ladderRises, { error: "reminders.errors.ladderRises" }),
  warningLadder: warningLadderSchema,
  /** An issued notice nobody of the unit opened is chased after this many working hours (0: never). */
  unreadChaseWorkingHours: z.number().int().min(0).max(80),
  digest: z.object({ enabled: z.boolean(), time: clock }),
});
export type ReminderSchedule = z.infer<typeof reminderScheduleSchema>;

/** Stored JSON → the schedule; each part that is missing or does not parse reads as its default. */
export function parseReminderSchedule(stored: unknown): ReminderSchedule {
  const value = stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const part = <K extends keyof ReminderSchedule>(key: K): ReminderSchedule[K] => {
    const parsed = reminderScheduleSchema.shape[key].safeParse(value[key]);
    return parsed.success ? (parsed.data as ReminderSchedule[K]) : (structuredClone(DEFAULT_SCHEDULE[key]) as ReminderSchedule[K]);
  };
  return {
    weekly: part("weekly"),
    dailyTime: part("dailyTime"),
    noticeDueSoonWorkingDays: part("noticeDueSoonWorkingDays"),
    ladder: part("ladder"),
    warningLadder: part("warningLadder"),
    unreadChaseWorkingHours: part("unreadChaseWorkingHours"),
    digest: part("digest"),
  };
}
