// Planned progress (序时进度) of a work item on a given day: where it should stand if it
// keeps to its timeline. Pure; shared by the warning engine, scoring and dashboards.
//
// A recurring item (monthly, quarterly, standing) is judged per period: within each calendar
// month (MONTHLY, STANDING) or quarter (QUARTERLY) of its timeline the planned progress runs
// from 0 to 100 along its curve, clipped to the item's start and due dates. Its reported
// progress is the progress of the period its latest report fell in (docs/plan-import.md).
import * as DbEnums from "@/lib/db/generated/enums";
import { daysBetweenKeys, monthRange, quarterOfDateKey, quarterRange } from "@/lib/dates/zone-time";

export type CurveKind = DbEnums.PlannedCurve;
export type Recurrence = DbEnums.Recurrence;

export const RECURRENCES: readonly Recurrence[] = Object.values(DbEnums.Recurrence);
export const CURVES = Object.values(DbEnums.PlannedCurve);

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
  /** NONE when absent. */
  recurrence?: Recurrence;
}

export interface Period {
  first: string;
  last: string;
}

/** The calendar period (month or quarter) of a recurring item that holds the day; null for a one-off item. */
export function periodOf(recurrence: Recurrence | undefined, day: string): Period | null {
  if (!recurrence || recurrence === "NONE") return null;
  if (recurrence === "QUARTERLY") return quarterRange(quarterOfDateKey(day));
  return monthRange(Number(day.slice(0, 4)), Number(day.slice(5, 7)));
}

/** True when two days fall in the same period of the item (always for a one-off item). */
export function samePeriod(recurrence: Recurrence | undefined, a: string, b: string): boolean {
  const period = periodOf(recurrence, a);
  return period === null || (b >= period.first && b <= period.last);
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
  const period = periodOf(timeline.recurrence, on);
  if (period) {
    // The period's share of the work, clipped to the item's own dates; custom points do not apply.
    const first = period.first > startDate ? period.first : startDate;
    const last = period.last < dueDate ? period.last : dueDate;
    const fraction = Math.min(1, (daysBetweenKeys(first, on) + 1) / (daysBetweenKeys(first, last) + 1));
    return round2(100 * shape(timeline.curve === "CUSTOM" ? "LINEAR" : timeline.curve, fraction));
  }
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

/** A work item row's timeline (dates as the database returns them). */
export function timelineOf(item: { startDate: Date | string; dueDate: Date | string; plannedCurve: string; plannedPoints?: unknown; recurrence?: string }): PlannedTimeline {
  const key = (value: Date | string) => (typeof value === "string" ? value : value.toISOString().slice(0, 10));
  const points = Array.isArray(item.plannedPoints)
    ? item.plannedPoints.filter((point): point is CurvePoint => typeof point?.date === "string" && typeof point?.percent === "number")
    : null;
  return { startDate: key(item.startDate), dueDate: key(item.dueDate), curve: item.plannedCurve as CurveKind, points, recurrence: (item.recurrence ?? "NONE") as Recurrence };
}
