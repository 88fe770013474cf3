"use server";
// The zone's reporting settings and working-day calendar, edited by the admin on
// /settings/calendar: reporting start, holiday policy, single days, an import of a year's
// list (pasted, .csv/.txt or .xlsx) and the State Council's built-in schedules. Every write is
// audited; the zone's warnings are evaluated again after the commit (owed weeks may change).
import { recordAudit } from "@/lib/audit/record";
import type { TxClient } from "@/lib/db/client";
import type { CalendarDay } from "@/lib/dates/calendar";
import { stateSchedule } from "@/lib/dates/state-holidays";
import { dateFromKey, dateKey } from "@/lib/dates/zone-time";
import { runFormAction } from "@/lib/server/form-action";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import type { ActionResult } from "@/lib/server/result";
import { evaluateZoneQuietly } from "@/lib/warnings/run";
import { parseCalendarText, sheetRowsToText, type ParsedCalendar } from "./import";
import { calendarDaySchema, deleteCalendarDaySchema, importCalendarSchema, loadStateScheduleSchema, reportingSettingsSchema } from "./schema";
import { readFirstSheet } from "./workbook";

const REVALIDATE = ["/settings", "/reports", "/my-unit", "/units", "/warnings", "/supervision", "/assessment", "/dashboard"];
const MAX_FILE_BYTES = 2 * 1024 * 1024;

const reevaluate = async (_result: unknown, actor: { zoneId: string; id: string }) => evaluateZoneQuietly(actor.zoneId, actor.id);

export async function saveReportingSettings(_previous: ActionResult<{ saved: true }> | null, formData: FormData): Promise<ActionResult<{ saved: true }>> {
  return runFormAction(formData, {
    schema: reportingSettingsSchema,
    permission: "settings.manage",
    write: async (tx, input, actor) => {
      const before = await tx.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { reportingStartsOn: true, holidayPolicy: true } });
      await tx.zone.update({ where: { id: actor.zoneId }, data: { reportingStartsOn: input.reportingStartsOn ? dateFromKey(input.reportingStartsOn) : null, holidayPolicy: input.holidayPolicy } });
      await recordAudit(tx, actor, {
        action: "zone.reportingSettings",
        entityType: "Zone",
        entityId: actor.zoneId,
        before: { reportingStartsOn: before.reportingStartsOn ? dateKey(before.reportingStartsOn) : null, holidayPolicy: before.holidayPolicy },
        after: input,
      });
      return { saved: true as const };
    },
    revalidate: REVALIDATE,
    afterCommit: reevaluate,
  });
}

export async function addCalendarDay(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runFormAction(formData, {
    schema: calendarDaySchema,
    permission: "settings.manage",
    write: async (tx, input, actor) => {
      const existing = await tx.calendarDay.findUnique({ where: { zoneId_date: { zoneId: actor.zoneId, date: dateFromKey(input.date) } }, select: { id: true } });
      if (existing) throw new DomainError("calendar.errors.dayExists", { date: input.date }, "date");
      const created = await tx.calendarDay.create({ data: { zoneId: actor.zoneId, date: dateFromKey(input.date), kind: input.kind, name: input.name }, select: { id: true } });
      await recordAudit(tx, actor, { action: "calendar.addDay", entityType: "CalendarDay", entityId: created.id, after: input });
      return created;
    },
    revalidate: REVALIDATE,
    afterCommit: reevaluate,
  });
}

export async function deleteCalendarDay(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runFormAction(formData, {
    schema: deleteCalendarDaySchema,
    permission: "settings.manage",
    write: async (tx, input, actor) => {
      const day = await tx.calendarDay.findFirst({ where: { id: input.id, zoneId: actor.zoneId }, select: { id: true, date: true, kind: true, name: true } });
      if (!day) throw new NotFoundError("calendar day");
      await tx.calendarDay.delete({ where: { id: day.id } });
      await recordAudit(tx, actor, { action: "calendar.deleteDay", entityType: "CalendarDay", entityId: day.id, before: { date: dateKey(day.date), kind: day.kind, name: day.name } });
      return { id: day.id };
    },
    revalidate: REVALIDATE,
    afterCommit: reevaluate,
  });
}

export interface ImportResult {
  added: number;
  changed: number;
  removed: number;
  years: number[];
}

/** Writes a list of days: adds new dates, changes the kind or name of known ones; with `replaceYears`, removes the years' other days. */
async function writeDays(tx: TxClient, zoneId: string, days: CalendarDay[], replaceYears: boolean): Promise<ImportResult> {
  const years = [...new Set(days.map((day) => Number(day.date.slice(0, 4))))].sort();
  const existing = await tx.calendarDay.findMany({
    where: { zoneId, OR: years.map((year) => ({ date: { gte: dateFromKey(`${year}-01-01`), lte: dateFromKey(`${year}-12-31`) } })) },
    select: { id: true, date: true, kind: true, name: true },
  });
  const byDate = new Map(existing.map((row) => [dateKey(row.date), row]));
  const listed = new Set(days.map((day) => day.date));
  let added = 0;
  let changed = 0;
  for (const day of days) {
    const found = byDate.get(day.date);
    if (!found) {
      await tx.calendarDay.create({ data: { zoneId, date: dateFromKey(day.date), kind: day.kind, name: day.name } });
      added += 1;
    } else if (found.kind !== day.kind || found.name !== day.name) {
      await tx.calendarDay.update({ where: { id: found.id }, data: { kind: day.kind, name: day.name } });
      changed += 1;
    }
  }
  const stale = replaceYears ? existing.filter((row) => !listed.has(dateKey(row.date))) : [];
  if (stale.length > 0) await tx.calendarDay.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } });
  return { added, changed, removed: stale.length, years };
}

/** The pasted text, or the uploaded file's (an .xlsx sheet, or .csv/.txt text), as parsed days. */
async function parseUpload(input: { text: string; file: File[] }): Promise<ParsedCalendar> {
  const file = input.file[0];
  let text = input.text;
  if (file) {
    if (file.size > MAX_FILE_BYTES) throw new DomainError("calendar.import.errors.fileTooLarge", {}, "file");
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.xlsx$/i.test(file.name)) {
      const rows = await readFirstSheet(bytes);
      if (!rows) throw new DomainError("calendar.import.errors.unreadable", {}, "file");
      text = [text, sheetRowsToText(rows)].filter(Boolean).join("\n");
    } else if (/\.(csv|txt)$/i.test(file.name)) {
      text = [text, new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "")].filter(Boolean).join("\n");
    } else {
      throw new DomainError("calendar.import.errors.fileType", {}, "file");
    }
  }
  const parsed = parseCalendarText(text);
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    throw new DomainError(`calendar.import.errors.${first.error}`, { line: first.line, text: first.text, more: parsed.errors.length - 1 }, "text");
  }
  if (parsed.days.length === 0) throw new DomainError("calendar.import.errors.empty", {}, "text");
  return parsed;
}

export async function importCalendarDays(_previous: ActionResult<ImportResult> | null, formData: FormData): Promise<ActionResult<ImportResult>> {
  return runFormAction(formData, {
    schema: importCalendarSchema,
    permission: "settings.manage",
    prepare: (input) => parseUpload(input),
    write: async (tx, input, actor, parsed) => {
      const result = await writeDays(tx, actor.zoneId, parsed.days, input.replaceYears);
      await recordAudit(tx, actor, {
        action: "calendar.import",
        entityType: "Zone",
        entityId: actor.zoneId,
        after: { ...result, replaceYears: input.replaceYears, file: input.file[0]?.name ?? null, days: parsed.days },
      });
      return result;
    },
    revalidate: REVALIDATE,
    afterCommit: reevaluate,
  });
}

/** Loads the State Council's built-in schedule of a year (lib/dates/state-holidays.ts) into the zone's calendar. */
export async function loadStateSchedule(_previous: ActionResult<ImportResult> | null, formData: FormData): Promise<ActionResult<ImportResult>> {
  return runFormAction(formData, {
    schema: loadStateScheduleSchema,
    permission: "settings.manage",
    write: async (tx, input, actor) => {
      const schedule = stateSchedule(input.year);
      if (!schedule) throw new NotFoundError("state schedule");
      const result = await writeDays(tx, actor.zoneId, schedule.days, false);
      await recordAudit(tx, actor, { action: "calendar.loadStateSchedule", entityType: "Zone", entityId: actor.zoneId, after: { ...result, year: input.year, source: schedule.source } });
      return result;
    },
    revalidate: REVALIDATE,
    afterCommit: reevaluate,
  });
}
