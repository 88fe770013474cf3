// Small pure helpers for dashboard figures, shared by panels, the big screen and exports.
import type { IsoWeek } from "@/lib/dates/zone-time";

/** part / whole as a percentage with one decimal; null when there is no whole. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** "W07": a week on a chart axis. */
export function shortWeek(week: IsoWeek): string {
  return `W${String(week.isoWeek).padStart(2, "0")}`;
}
