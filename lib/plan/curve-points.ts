// The points of a CUSTOM planned-progress curve as text, for forms and spreadsheets:
// "2026-03-31=30%；2026-06-30=60%". Pure.
import { parseDateText } from "@/lib/dates/date-text";
import { parseScaled, formatScaled } from "@/lib/server/exact-decimal";
import type { CurvePoint } from "./planned-progress";

const POINT = /^(.+?)\s*[=＝\s]\s*(-?[\d.]+)\s*[%％]?$/;

export type CurvePointsParse = { ok: true; points: CurvePoint[] } | { ok: false; entry: string };

/** Entries separated by ；;，,、 or new lines; each a date, "=" and a percent. Empty text → no points. */
export function parseCurvePoints(text: string): CurvePointsParse {
  const points: CurvePoint[] = [];
  for (const entry of text.split(/[;；,，、\n]+/).map((part) => part.trim()).filter(Boolean)) {
    const match = POINT.exec(entry);
    const date = match ? parseDateText(match[1]) : null;
    const percent = match ? parseScaled(match[2], 2) : null;
    if (!date || !percent?.ok) return { ok: false, entry };
    points.push({ date, percent: Number(formatScaled(percent.scaled, 2)) });
  }
  return { ok: true, points };
}

export function formatCurvePoints(points: readonly CurvePoint[] | null | undefined, separator = "；"): string {
  return (points ?? []).map((point) => `${point.date}=${point.percent}%`).join(separator);
}

/** Reads the JSON column defensively: anything that is not a list of points is no points. */
export function curvePointsOf(json: unknown): CurvePoint[] {
  if (!Array.isArray(json)) return [];
  return json.filter((point): point is CurvePoint => typeof point?.date === "string" && typeof point?.percent === "number");
}
