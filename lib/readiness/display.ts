// How readiness figures read: scores in points, values with their units, one decimal. Pure.
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

/** "78.7分" / "78.7 pts"; the caller shows its own word for a missing score. */
export function scoreText(value: number, locale: Locale): string {
  const number = formatNumber(value, locale, 1);
  return locale === "en" ? `${number} pts` : `${number}分`;
}

/** A value with its unit: "2.5%", "86家" ("86 家" in English), a bare number without a unit. */
export function valueText(value: number, unit: string | null, locale: Locale, digits = 2): string {
  const number = formatNumber(value, locale, digits);
  if (!unit) return number;
  if (unit === "%") return `${number}%`;
  return locale === "en" ? `${number} ${unit}` : `${number}${unit}`;
}

/** A signed difference in points: "+3.2" / "−1.5". */
export function signedPoints(value: number, locale: Locale): string {
  const number = formatNumber(Math.abs(value), locale, 1);
  return value > 0 ? `+${number}` : value < 0 ? `−${number}` : number;
}

export interface SummaryForLine {
  systemName: string;
  overall: number | null;
  passMark: number;
  indicatorCoverage: number;
  behind: { code: string; name: string }[];
  missing: number;
}

/** The one line of the weekly briefing and the opening of the status report's section, in the given language. */
export function readinessSentence(summary: SummaryForLine, locale: Locale): string {
  const coverage = formatNumber(summary.indicatorCoverage * 100, locale, 0);
  const weak = summary.behind.map((row) => `${row.code} ${row.name}`).join(locale === "en" ? "; " : "、");
  if (locale === "en") {
    if (summary.overall === null) return `Against ${summary.systemName}: no score yet (data coverage ${coverage}%).`;
    const gap = summary.passMark - summary.overall;
    return `Against ${summary.systemName} the estimated score is ${scoreText(summary.overall, locale)} (bar ${scoreText(summary.passMark, locale)}${gap > 0 ? `, ${scoreText(gap, locale)} short` : ", reached"}); data coverage ${coverage}%${summary.missing ? `, ${summary.missing} indicators missing` : ""}${weak ? `; weakest: ${weak}` : ""}.`;
  }
  if (summary.overall === null) return `对照${summary.systemName}，暂无估算得分（数据完整度${coverage}%）。`;
  const gap = summary.passMark - summary.overall;
  return `对照${summary.systemName}，本区估算得分${scoreText(summary.overall, locale)}（达标线${scoreText(summary.passMark, locale)}，${gap > 0 ? `尚差${scoreText(gap, locale)}` : "已达到"}），数据完整度${coverage}%${summary.missing ? `，${summary.missing}项指标缺数` : ""}${weak ? `；主要短板：${weak}` : ""}。`;
}
