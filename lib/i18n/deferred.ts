// Text written now and read later, by someone whose language we do not know yet (a
// notification, a history note): keep the message key and its values, render on reading.
import { weekKeyLabel } from "@/lib/dates/week-label";
import { formatIsoWeek, type IsoWeek } from "@/lib/dates/zone-time";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Locale } from "./config";
import { isMessageKey, type MessageKey } from "./keys";
import type { Translator } from "./server";

export type Deferred = {
  key: MessageKey;
  values?: Record<string, DeferredValue>;
};

export type DeferredValue = string | number | Deferred | { date: string } | { instant: string; timeZone: string } | { week: string };

/** Plain text (e.g. a title someone typed) or a message rendered in the reader's language. */
export type Text = string | Deferred;

/** Records `t(key, values)` for later. Values may be deferred too, or dates to format then. */
export function defer(key: MessageKey, values?: Record<string, DeferredValue>): Deferred {
  return values ? { key, values } : { key };
}

/** A calendar day ("YYYY-MM-DD" or a @db.Date), formatted in the reader's language. */
export function deferDate(value: string | Date): { date: string } {
  return { date: typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10) };
}

/** An instant on the zone's clock, formatted in the reader's language. */
export function deferInstant(value: Date, timeZone: string): { instant: string; timeZone: string } {
  return { instant: value.toISOString(), timeZone };
}

/** A week, named in the reader's language: 第48周（11月23日—11月29日） or 2026-W48. */
export function deferWeek(week: IsoWeek | string): { week: string } {
  return { week: typeof week === "string" ? week : formatIsoWeek(week) };
}

function isDeferred(value: unknown): value is Deferred {
  return typeof value === "object" && value !== null && isMessageKey((value as { key?: unknown }).key);
}

function renderValue(value: DeferredValue, t: Translator, locale: Locale): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  if (isDeferred(value)) return renderText(value, t, locale);
  if ("date" in value) return formatDate(value.date, locale);
  if ("week" in value) return weekKeyLabel(value.week, locale);
  return formatDateTime(value.instant, locale, value.timeZone);
}

export function renderText(text: Text | null | undefined, t: Translator, locale: Locale): string {
  if (text === null || text === undefined) return "";
  if (typeof text === "string") return text;
  const values = text.values ? Object.fromEntries(Object.entries(text.values).map(([name, value]) => [name, renderValue(value, t, locale)])) : undefined;
  return t(text.key, values);
}

/** Reads back what was stored as JSON: a Deferred, or plain text, or nothing. */
export function asText(value: unknown): Text | null {
  if (typeof value === "string") return value;
  return isDeferred(value) ? value : null;
}
