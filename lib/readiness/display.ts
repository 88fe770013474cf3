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
