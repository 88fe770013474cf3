// Reusable zod pieces for form input (FormData sends strings; empty means "not given").
// Every text a user types goes through `text()` (no control characters: PostgreSQL refuses
// NUL, and nobody types the others), every calendar date through the one bound of
// `dateInBounds` (docs/security.md, "Untrusted input").
import { z } from "zod";
import { filesFrom } from "@/lib/attachments/policy";
import { isoWeekMondayKey, parseIsoWeek, type IsoWeek } from "@/lib/dates/zone-time";
import { formatScaled, numberText, parseScaled, toScaled } from "./exact-decimal";
import { isForbiddenKey } from "./safe-object";

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** C0 controls but tab, line feed and carriage return (a textarea sends CRLF), DEL, C1 controls. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/**
 * One URL parameter's value: the first of repeated values, as text. A browser sends only text;
 * anything else (a caller handing a parser an object) is absent rather than given to zod, whose
 * length checks run on any value with a `length` and throw when it cannot become a number.
 */
export function searchParam(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
}

/** Every text value of a repeated URL parameter (?reach=a&reach=b). */
export function searchParamList(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === "string");
}

/**
 * A search box's text from a URL: control characters dropped (no stored text contains one,
 * and PostgreSQL refuses NUL in a query), trimmed, at most 100 characters; undefined if empty.
 */
export function searchText(value: unknown): string | undefined {
  const first = searchParam(value);
  if (first === undefined) return undefined;
  const text = first.replace(new RegExp(CONTROL_CHARACTERS.source, "g"), "").trim().slice(0, 100);
  return text || undefined;
}

/** The one text schema: a string without control characters (tab and line breaks allowed). */
export const text = () => z.string().refine((value) => !hasControlCharacters(value), { error: "validation.controlCharacters" });

export const requiredText = (max: number) => text().trim().min(1).max(max);

/** Optional free text: "" becomes null. */
export const optionalText = (max: number) =>
  z.preprocess(emptyToUndefined, text().trim().max(max).optional()).transform((value) => value ?? null);

export const email = z.preprocess((value) => (typeof value === "string" ? value.trim().toLowerCase() : value), z.email().max(120));

/** Checkbox: "on"/"true" → true, missing → false. */
export const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/**
 * A record id (cuid, or "demo-wi-1.2.3" in the demo): the characters ids are made of, and
 * never a name that addresses a prototype (ids are also keys: "entries[<id>][progress]").
 */
export const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._:-]+$/, { error: "validation.invalid" })
  .refine((value) => !isForbiddenKey(value), { error: "validation.invalid" });

export const optionalId = z.preprocess(emptyToUndefined, id.optional()).transform((value) => value ?? null);

export const integer = (min: number, max: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max));

// ───── calendar dates ─────

/** How far from the current year a typed date may lie: history of approvals back, deadlines ahead. */
export const DATE_YEARS_BACK = 20;
export const DATE_YEARS_AHEAD = 5;

/**
 * The one bound of every date a user types ("YYYY-MM-DD"): from 1 January DATE_YEARS_BACK
 * years before the current year to 31 December DATE_YEARS_AHEAD years after it. The year is
 * the server clock's in UTC (a few hours off the zone's at New Year, harmless for a bound this
 * wide). Tighter rules of a form (a response date not in the past) come on top.
 */
export function dateBounds(now = new Date()): { min: string; max: string } {
  const year = now.getUTCFullYear();
  return { min: `${year - DATE_YEARS_BACK}-01-01`, max: `${year + DATE_YEARS_AHEAD}-12-31` };
}

export function dateInBounds(key: string, now = new Date()): boolean {
  const { min, max } = dateBounds(now);
  return key >= min && key <= max;
}

function checkBounds(key: string, ctx: z.core.$RefinementCtx): void {
  if (!dateInBounds(key)) ctx.addIssue({ code: "custom", message: "validation.dateRange", params: dateBounds(), input: key });
}

/** "YYYY-MM-DD", a real day within dateBounds. */
export const dateKeyField = z.iso.date().superRefine(checkBounds);

export const optionalDateKey = z.preprocess(emptyToUndefined, dateKeyField.optional()).transform((value) => value ?? null);

/** "2026-11": a real month (01–12) whose first day is within dateBounds. */
export const monthKeyField = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "validation.invalid" })
  .superRefine((month, ctx) => {
    if (/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) checkBounds(`${month}-01`, ctx);
  });

/** A month key ("2026-11") from a URL, or null when it is not a month within the bounds. */
export function parseMonthKey(value: unknown): { year: number; month: number } | null {
  const parsed = monthKeyField.safeParse(searchParam(value));
  return parsed.success ? { year: Number(parsed.data.slice(0, 4)), month: Number(parsed.data.slice(5, 7)) } : null;
}

/** "2026-W47": a real ISO week (W01–W52/53 of its year) whose Monday is within dateBounds. */
export const isoWeekField = z
  .string()
  .trim()
  .transform((value, ctx): IsoWeek => {
    // The year first: the week arithmetic is only defined for four-digit years ("0001-W01" threw).
    const year = /^(\d{4})-W\d{2}$/.exec(value)?.[1];
    if (year && !dateInBounds(`${year}-06-30`)) {
      checkBounds(`${year}-06-30`, ctx);
      return z.NEVER;
    }
    const week = year ? parseIsoWeek(value) : null;
    if (!week) {
      ctx.addIssue({ code: "custom", message: "validation.invalid" });
      return z.NEVER;
    }
    checkBounds(isoWeekMondayKey(week), ctx);
    return week;
  });

/** A week param from a URL within the bounds, or null. */
export function parseWeekKey(value: unknown): IsoWeek | null {
  const parsed = isoWeekField.safeParse(searchParam(value));
  return parsed.success ? parsed.data : null;
}

/**
 * A small decimal (a score, a percentage, points) as a number: the text is checked exactly
 * (exactText: digits, places and bounds, never through a float), and only then made a number;
 * one whose number would not be exactly the text typed is refused. Required.
 */
export const decimal = (min: number, max: number, scale = 2) =>
  z.preprocess(decimalInput, exactNumber({ scale, min, max }));

export const phone = z.preprocess(emptyToUndefined, z.string().trim().regex(/^[0-9+\-() ]{5,20}$/).optional()).transform((value) => value ?? null);

/** An optional small decimal as a number (see decimal): "" becomes null. */
export const optionalDecimal = (min: number, max: number, scale = 2) =>
  z.preprocess(decimalInput, exactNumber({ scale, min, max }).optional()).transform((value) => value ?? null);

/** Free text that may be empty ("" rather than null), trimmed. */
export const plainText = (max: number) => z.preprocess((value) => value ?? "", text().trim().max(max));

/** Uploaded files of one input; an input left empty is no file (see filesFrom). */
export const files = z.preprocess(filesFrom, z.array(z.instanceof(File)));

/** Repeated ids (checkboxes, multi-selects); missing means none. */
export const idList = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(id));

/** Form text as it came ("" is not given); a number (from JSON or a sheet) as its plain decimal text. */
const decimalInput = (value: unknown) => emptyToUndefined(typeof value === "number" ? numberText(value) : value);

interface DecimalBounds {
  scale: number;
  min?: number;
  max: number;
}

/**
 * The one exact check of a typed decimal: text ("647.5", "1,234") to its canonical text at
 * `scale` ("3000000.00" → "3000000"), never through a float. More places than `scale` are
 * refused, never rounded (the message says how many are allowed).
 */
const exactText = ({ scale, min = 0, max }: DecimalBounds) =>
  z
    .string()
    .trim()
    .transform((text, ctx) => {
      const parsed = parseScaled(text, scale);
      if (!parsed.ok) {
        ctx.addIssue(parsed.error === "decimals" ? { code: "custom", message: "validation.decimalPlaces", params: { scale } } : { code: "custom", message: "validation.number" });
        return z.NEVER;
      }
      // Built-in issue codes, so that lib/server/validation.ts phrases them with the bound.
      if (parsed.scaled < toScaled(min, scale)) ctx.addIssue({ code: "too_small", origin: "number", minimum: min, inclusive: true, input: text });
      else if (parsed.scaled > toScaled(max, scale)) ctx.addIssue({ code: "too_big", origin: "number", maximum: max, inclusive: true, input: text });
      return formatScaled(parsed.scaled, scale);
    });

/** exactText as a number, for the small figures kept as numbers in code; refused when the number would differ from the text. */
const exactNumber = (bounds: DecimalBounds) =>
  exactText(bounds).transform((text, ctx) => {
    const value = Number(text);
    if (numberText(value) !== text) {
      ctx.addIssue({ code: "custom", message: "validation.decimalPlaces", params: { scale: bounds.scale } });
      return z.NEVER;
    }
    return value;
  });

/**
 * An exact decimal for a Decimal column, kept as canonical text (Prisma takes the string):
 * a value of 17 significant digits is stored as typed or refused, never rounded. Optional;
 * "" becomes null.
 */
export const exactDecimal = (bounds: DecimalBounds) => z.preprocess(decimalInput, exactText(bounds).optional()).transform((value) => value ?? null);
