// URL parameters of the dashboard, briefing and export routes. Filters live in the URL so a
// view can be shared as a link; a malformed value falls back to its default instead of failing.
import { z } from "zod";
import type { IsoWeek } from "@/lib/dates/zone-time";
import { parseWeekKey, searchParam } from "@/lib/server/fields";

/** Trend windows, in ISO weeks. */
export const PERIODS = [4, 8, 12, 26, 52] as const;
export const DEFAULT_PERIOD = 12;

type Search = Record<string, string | string[] | undefined>;

const optionalKey = z.preprocess(searchParam, z.string().trim().max(64).regex(/^[A-Za-z0-9._-]+$/).optional().catch(undefined));

const dashboardSearch = z.object({
  park: optionalKey,
  task: optionalKey,
  period: z.preprocess(searchParam, z.coerce.number().int().refine((value) => (PERIODS as readonly number[]).includes(value)).catch(DEFAULT_PERIOD)),
});

export interface DashboardFilters {
  parkId?: string;
  taskCode?: string;
  /** How many ISO weeks the trend panels cover. */
  weeks: number;
}

export function parseDashboardFilters(search: Search): DashboardFilters {
  const parsed = dashboardSearch.parse({ park: search.park, task: search.task, period: search.period ?? DEFAULT_PERIOD });
  return { parkId: parsed.park, taskCode: parsed.task, weeks: parsed.period };
}

/** The URL parameters of a filter set (defaults omitted), for links that keep the view. */
export function dashboardSearchParams(filters: DashboardFilters): Record<string, string> {
  return {
    ...(filters.parkId ? { park: filters.parkId } : {}),
    ...(filters.taskCode ? { task: filters.taskCode } : {}),
    ...(filters.weeks !== DEFAULT_PERIOD ? { period: String(filters.weeks) } : {}),
  };
}

/** "2026-W47" → the week; anything else → undefined (the caller picks a default). */
export function parseWeekParam(value: string | string[] | undefined): IsoWeek | undefined {
  return parseWeekKey(value) ?? undefined;
}

const quarterSearch = z.object({
  year: z.preprocess(searchParam, z.coerce.number().int().min(2000).max(2100)),
  quarter: z.preprocess(searchParam, z.coerce.number().int().min(1).max(4)),
});

export function parseQuarterParam(search: Search): { year: number; quarter: number } | undefined {
  const parsed = quarterSearch.safeParse({ year: search.year, quarter: search.quarter });
  return parsed.success ? parsed.data : undefined;
}

const ledgerSearch = z.object({
  park: optionalKey,
  task: optionalKey,
  unit: optionalKey,
  status: z.preprocess(searchParam, z.enum(["ACTIVE", "COMPLETED"]).optional().catch(undefined)),
});

export interface LedgerFilters {
  parkId?: string;
  taskCode?: string;
  unitId?: string;
  status?: "ACTIVE" | "COMPLETED";
}

export function parseLedgerFilters(search: Search): LedgerFilters {
  const parsed = ledgerSearch.parse({ park: search.park, task: search.task, unit: search.unit, status: search.status });
  return { parkId: parsed.park, taskCode: parsed.task, unitId: parsed.unit, status: parsed.status };
}
