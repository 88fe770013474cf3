// Reading a list of calendar days as offices paste it or keep it in a spreadsheet: one day or
// a range of days per line, its kind and the holiday's name. Pure.
//
//   2027-01-01 休 元旦
//   2027-02-05~2027-02-11, 放假, 春节        (a range: 至 / 到 / ~ / — also separate the ends)
//   2027年2月20日	上班	春节               (tab-separated, as copied from a sheet)
import { isoWeekday, type CalendarDay, type CalendarDayKind } from "@/lib/dates/calendar";
import { parseDateText } from "@/lib/dates/date-text";
import { addDaysToKey, daysBetweenKeys } from "@/lib/dates/zone-time";
import { dateInBounds } from "@/lib/server/fields";

const KIND_WORDS: Record<string, CalendarDayKind> = Object.assign(Object.create(null) as Record<string, CalendarDayKind>, {
  休: "HOLIDAY",
  假: "HOLIDAY",
  放假: "HOLIDAY",
  休息: "HOLIDAY",
  休假: "HOLIDAY",
  节假日: "HOLIDAY",
  假日: "HOLIDAY",
  holiday: "HOLIDAY",
  off: "HOLIDAY",
  班: "WORKDAY",
  上班: "WORKDAY",
  补班: "WORKDAY",
  调休上班: "WORKDAY",
  工作日: "WORKDAY",
  workday: "WORKDAY",
  work: "WORKDAY",
});

/** A range longer than this is a typo (the longest state holiday is 9 days). */
const MAX_RANGE_DAYS = 31;
export const MAX_IMPORT_LINES = 1000;

export interface ImportLineError {
  line: number;
  /** An i18n key under calendar.import.errors, with its values. */
  error: "date" | "kind" | "range" | "outOfBounds" | "workdayOnWeekday" | "duplicate" | "tooMany";
  text: string;
}

export interface ParsedCalendar {
  days: CalendarDay[];
  errors: ImportLineError[];
  /** The calendar years the days fall in. */
  years: number[];
}

function cells(line: string): string[] {
  return line
    .split(/[\t,，;；|]+|\s+/)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== "");
}

/** "2027-02-05~2027-02-11" and the like → the two ends, or one day; null when not a date. */
function dateRange(text: string): { first: string; last: string } | null {
  const single = parseDateText(text);
  if (single) return { first: single, last: single };
  const match = /^(.+?)\s*(?:~|～|至|到|—|–)\s*(.+)$/.exec(text);
  if (!match) return null;
  const first = parseDateText(match[1]);
  // "2027年2月5日至11日": the second end may give the day (or month and day) only.
  const last = parseDateText(match[2]) ?? (first ? completeDate(first, match[2]) : null);
  return first && last ? { first, last } : null;
}

function completeDate(first: string, text: string): string | null {
  const dayOnly = /^(\d{1,2})\s*日?$/.exec(text.trim());
  if (dayOnly) return parseDateText(`${first.slice(0, 7)}-${dayOnly[1]}`);
  const monthDay = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (monthDay) return parseDateText(`${first.slice(0, 4)}-${monthDay[1]}-${monthDay[2]}`);
  return null;
}

/**
 * Each line: a date or a range, then the kind (休/放假/holiday or 班/上班/补班/workday), then
 * the holiday's name (optional). A first line without a date is taken for a header. A range
 * spelled with spaces ("2027-02-05 至 2027-02-11") is read as one. Make-up working days must
 * fall on a weekend; a date may appear once.
 */
export function parseCalendarText(text: string): ParsedCalendar {
  const days: CalendarDay[] = [];
  const errors: ImportLineError[] = [];
  const seen = new Map<string, CalendarDayKind>();
  const lines = text.split(/\r?\n/);
  if (lines.filter((line) => line.trim() !== "").length > MAX_IMPORT_LINES) {
    return { days: [], errors: [{ line: MAX_IMPORT_LINES + 1, error: "tooMany", text: "" }], years: [] };
  }
  let first = true;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const isFirst = first;
    first = false;
    // Join "A 至 B" into one cell before splitting on blanks.
    const parts = cells(line.replace(/\s*(~|～|至|到|—|–)\s*/g, "$1"));
    const range = parts.length > 0 ? dateRange(parts[0]) : null;
    if (!range) {
      if (isFirst) return; // a header row
      errors.push({ line: index + 1, error: "date", text: line });
      return;
    }
    const kind = parts[1] ? KIND_WORDS[parts[1].toLowerCase()] : undefined;
    if (!kind) {
      errors.push({ line: index + 1, error: "kind", text: line });
      return;
    }
    const span = daysBetweenKeys(range.first, range.last);
    if (span < 0 || span >= MAX_RANGE_DAYS) {
      errors.push({ line: index + 1, error: "range", text: line });
      return;
    }
    // The bounds of every date a user types (lib/server/fields.ts).
    if (!dateInBounds(range.first) || !dateInBounds(range.last)) {
      errors.push({ line: index + 1, error: "outOfBounds", text: line });
      return;
    }
    const name = parts.slice(2).join(" ").slice(0, 40);
    for (let day = range.first; day <= range.last; day = addDaysToKey(day, 1)) {
      if (kind === "WORKDAY" && isoWeekday(day) <= 5) {
        errors.push({ line: index + 1, error: "workdayOnWeekday", text: day });
        continue;
      }
      if (seen.has(day)) {
        errors.push({ line: index + 1, error: "duplicate", text: day });
        continue;
      }
      seen.set(day, kind);
      days.push({ date: day, kind, name });
    }
  });
  days.sort((a, b) => a.date.localeCompare(b.date));
  return { days, errors, years: [...new Set(days.map((day) => Number(day.date.slice(0, 4))))].sort() };
}

/** The rows of a spreadsheet (cell values as exceljs gives them) as lines of text for parseCalendarText. */
export function sheetRowsToText(rows: unknown[][]): string {
  return rows
    .map((row) =>
      row
        .map((cell) => {
          if (cell instanceof Date) return cell.toISOString().slice(0, 10);
          if (cell && typeof cell === "object" && "text" in cell) return String((cell as { text: unknown }).text);
          if (cell && typeof cell === "object" && "result" in cell) return String((cell as { result: unknown }).result);
          return cell === null || cell === undefined ? "" : String(cell);
        })
        .join("\t"),
    )
    .join("\n");
}
