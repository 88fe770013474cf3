import { z } from "zod";
import { CALENDAR_DAY_KINDS, HOLIDAY_POLICIES, isoWeekday } from "@/lib/dates/calendar";
import { checkbox, dateKeyField, files, id, integer, optionalDateKey, plainText } from "@/lib/server/fields";

/** The zone's reporting settings: when weekly reporting starts (empty: the week of the first report) and the holiday policy. */
export const reportingSettingsSchema = z.object({
  reportingStartsOn: optionalDateKey,
  holidayPolicy: z.enum(HOLIDAY_POLICIES),
});

export const calendarDaySchema = z
  .object({ date: dateKeyField, kind: z.enum(CALENDAR_DAY_KINDS), name: plainText(40) })
  .refine((day) => day.kind !== "WORKDAY" || isoWeekday(day.date) >= 6, { path: ["kind"], error: "calendar.errors.workdayOnWeekday" });

export const deleteCalendarDaySchema = z.object({ id });

/** A pasted list and/or a spreadsheet (.xlsx) or text file (.csv, .txt) of days. */
export const importCalendarSchema = z.object({ text: plainText(100_000), file: files, replaceYears: checkbox });

export const loadStateScheduleSchema = z.object({ year: integer(2000, 2100) });
