// Small pure helpers for dashboard figures, shared by panels, the big screen and exports.
import type { IsoWeek } from "@/lib/dates/zone-time";
import type { Locale } from "@/lib/i18n/config";

/** part / whole as a percentage with one decimal; null when there is no whole. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** A week on a chart axis: 第7周 in Chinese, "W07" in English (the full label is in the table). */
export function shortWeek(week: IsoWeek, locale: Locale): string {
  return locale === "zh-CN" ? `第${week.isoWeek}周` : `W${String(week.isoWeek).padStart(2, "0")}`;
}
