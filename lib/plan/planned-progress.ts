// Planned progress (序时进度) of a work item on a given day: where it should stand if it
// keeps to its timeline. Pure; shared by the warning engine, scoring and dashboards.
import { daysBetweenKeys } from "@/lib/dates/zone-time";

export type CurveKind = "LINEAR" | "FRONT_LOADED" | "BACK_LOADED" | "CUSTOM";

export interface CurvePoint {
  /** "YYYY-MM-DD" */
  date: string;
  /** 0–100 */
  percent: number;
}

export interface PlannedTimeline {
  startDate: string;
  dueDate: string;
  curve: CurveKind;
  points?: CurvePoint[] | null;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function shape(curve: CurveKind, fraction: number): number {
  switch (curve) {
    case "FRONT_LOADED":
      return 1 - (1 - fraction) ** 2;
    case "BACK_LOADED":
      return fraction ** 2;
    default:
      return fraction;
  }
}

function interpolate(points: CurvePoint[], on: string): number {
  for (let index = 1; index < points.length; index += 1) {
    const from = points[index - 1];
    const to = points[index];
    if (on <= to.date) {
      const span = daysBetweenKeys(from.date, to.date);
      if (span <= 0) return to.percent;
      return from.percent + ((to.percent - from.percent) * daysBetweenKeys(from.date, on)) / span;
    }
  }
  return points[points.length - 1].percent;
}

/** Planned percent complete (0–100, two decimals) at the end of day `on`. */
export function plannedProgress(timeline: PlannedTimeline, on: string): number {
  const { startDate, dueDate } = timeline;
  if (on < startDate) return 0;
  if (on >= dueDate) return 100;
  if (timeline.curve === "CUSTOM" && timeline.points && timeline.points.length > 0) {
    const inner = timeline.points
      .filter((point) => point.date > startDate && point.date < dueDate)
      .sort((a, b) => a.date.localeCompare(b.date));
    const points = [{ date: startDate, percent: 0 }, ...inner, { date: dueDate, percent: 100 }];
    return round2(Math.min(100, Math.max(0, interpolate(points, on))));
  }
  const total = daysBetweenKeys(startDate, dueDate);
  // Counting the day `on` itself as done: the plan for a day is met at its end.
  const fraction = Math.min(1, (daysBetweenKeys(startDate, on) + 1) / (total + 1));
  return round2(100 * shape(timeline.curve, fraction));
}
