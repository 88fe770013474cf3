// How a week is named to people: 第48周（11月23日—11月29日） in Chinese, the ISO label in
// English. One helper for documents, pages and exports alike.
import type { Locale } from "@/lib/i18n/config";
import { addDaysToKey, formatIsoWeek, isoWeekMondayKey, parseIsoWeek, type IsoWeek } from "./zone-time";

function monthDay(key: string): string {
  return `${Number(key.slice(5, 7))}月${Number(key.slice(8, 10))}日`;
}

export interface WeekLabelOptions {
  /** 2026年第48周…: the ISO year in front. */
  year?: boolean;
  /** false: without the dates (第48周), where they are given next to it. */
  dates?: boolean;
}

/**
 * 第48周（11月23日—11月29日）; with `year`, 2026年第48周（…）. The year is the ISO year, so a week
 * that starts in late December is named by the year its Thursday falls in, as ISO counts it.
 */
export function chineseWeekLabel(week: IsoWeek, options: WeekLabelOptions = {}): string {
  const monday = isoWeekMondayKey(week);
  const range = options.dates === false ? "" : `（${monthDay(monday)}—${monthDay(addDaysToKey(monday, 6))}）`;
  return `${options.year ? `${week.isoYear}年` : ""}第${week.isoWeek}周${range}`;
}

/** The week's label in the reader's language: Chinese with its dates, "2026-W48" in English. */
export function weekLabel(week: IsoWeek, locale: Locale, options: WeekLabelOptions = {}): string {
  return locale === "zh-CN" ? chineseWeekLabel(week, options) : formatIsoWeek(week);
}

/**
 * The label of a week kept as its ISO key ("2026-W48" in evidence, URLs, rows): formatted at
 * display time. Anything that is not a week key is shown as it is.
 */
export function weekKeyLabel(key: string, locale: Locale, options: WeekLabelOptions = {}): string {
  const week = parseIsoWeek(key);
  return week ? weekLabel(week, locale, options) : key;
}
