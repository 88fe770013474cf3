// Display formatting with units, for both languages. Pure: usable on server and client.
import { formatInTimeZone } from "date-fns-tz";
import type { Locale } from "@/lib/i18n/config";

type Numeric = number | string | { toString(): string } | null | undefined;

export function toNumber(value: Numeric): number | null {
  if (value === null || value === undefined || value === "") return null;
  const number = typeof value === "number" ? value : Number(value.toString());
  return Number.isFinite(number) ? number : null;
}

function grouped(value: number, locale: Locale, maxDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits }).format(value);
}

export function formatNumber(value: Numeric, locale: Locale, maxDigits = 2): string {
  const number = toNumber(value);
  return number === null ? "—" : grouped(number, locale, maxDigits);
}

export function formatPercent(value: Numeric, locale: Locale, maxDigits = 1): string {
  const number = toNumber(value);
  return number === null ? "—" : `${grouped(number, locale, maxDigits)}%`;
}

export function formatMu(value: Numeric, locale: Locale): string {
  const number = toNumber(value);
  if (number === null) return "—";
  return locale === "zh-CN" ? `${grouped(number, locale)} 亩` : `${grouped(number, locale)} mu`;
}

export function formatKm2(value: Numeric, locale: Locale): string {
  const number = toNumber(value);
  return number === null ? "—" : `${grouped(number, locale)} ${locale === "zh-CN" ? "平方公里" : "km²"}`;
}

/** Yuan in the unit an official would say: 元 below 10,000, 万元 below 100 million, else 亿元. */
export function formatYuan(value: Numeric, locale: Locale): string {
  const yuan = toNumber(value);
  if (yuan === null) return "—";
  const abs = Math.abs(yuan);
  if (locale === "zh-CN") {
    if (abs >= 1e8) return `${grouped(yuan / 1e8, locale, 2)} 亿元`;
    if (abs >= 1e4) return `${grouped(yuan / 1e4, locale, 2)} 万元`;
    return `${grouped(yuan, locale, 2)} 元`;
  }
  if (abs >= 1e8) return `${grouped(yuan / 1e8, locale, 2)} hundred million yuan`;
  if (abs >= 1e4) return `${grouped(yuan / 1e4, locale, 2)} ten-thousand yuan`;
  return `${grouped(yuan, locale, 2)} yuan`;
}

/** 万元, the unit most tables use. */
export function formatWanYuan(value: Numeric, locale: Locale): string {
  const yuan = toNumber(value);
  return yuan === null ? "—" : `${grouped(yuan / 1e4, locale, 2)} ${locale === "zh-CN" ? "万元" : "×10k yuan"}`;
}

/** A calendar date ("YYYY-MM-DD" or a @db.Date) as 2026年11月20日 / Nov 20, 2026. */
export function formatDate(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return "—";
  const key = typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  const [year, month, day] = key.split("-").map(Number);
  if (locale === "zh-CN") return `${year}年${month}月${day}日`;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
}

/** An instant on the zone's clock: 2026年11月20日 18:00 / Nov 20, 2026 18:00. */
export function formatDateTime(value: Date | string | null | undefined, locale: Locale, timeZone: string): string {
  if (!value) return "—";
  const instant = typeof value === "string" ? new Date(value) : value;
  const day = formatInTimeZone(instant, timeZone, "yyyy-MM-dd");
  return `${formatDate(day, locale)} ${formatInTimeZone(instant, timeZone, "HH:mm")}`;
}

/** "1 天 3 小时" / "1 d 3 h": a duration in minutes, for lateness and countdowns. */
export function formatDuration(minutes: number, locale: Locale): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const zh = locale === "zh-CN";
  const parts: string[] = [];
  if (days) parts.push(zh ? `${days} 天` : `${days} d`);
  if (hours) parts.push(zh ? `${hours} 小时` : `${hours} h`);
  if (mins || parts.length === 0) parts.push(zh ? `${mins} 分钟` : `${mins} min`);
  return parts.join(" ");
}
