// Everything the meeting-room big screen shows, in one call: the dashboard's panel queries
// over a shorter trend window, unfiltered.
import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import {
  getDeadlines,
  getIndicators,
  getProgressBreakdown,
  getResourceTotals,
  getSubmissionTrend,
  getWarningTrend,
  type Deadlines,
  type IndicatorRow,
  type ProgressBreakdown,
  type QueryOptions,
  type ResourceTotals,
  type SubmissionWeek,
  type WarningWeek,
} from "./queries";
import type { DashboardFilters } from "./schema";

/** Weeks of history on the big screen's trend charts. */
export const BIG_SCREEN_WEEKS = 8;

export interface BigScreenData {
  progress: ProgressBreakdown;
  warnings: WarningWeek[];
  submission: SubmissionWeek[];
  indicators: IndicatorRow[];
  resources: ResourceTotals;
  deadlines: Deadlines;
}

export async function getBigScreenData(actor: Actor, options: QueryOptions = {}): Promise<BigScreenData> {
  authorize(actor, "dashboard.read");
  const filters: DashboardFilters = { weeks: BIG_SCREEN_WEEKS };
  const [progress, warnings, submission, indicators, resources, deadlines] = await Promise.all([
    getProgressBreakdown(actor, filters, options),
    getWarningTrend(actor, filters, options),
    getSubmissionTrend(actor, filters, options),
    getIndicators(actor, filters, options),
    getResourceTotals(actor, filters),
    getDeadlines(actor, filters, options),
  ]);
  return { progress, warnings, submission, indicators, resources, deadlines };
}
