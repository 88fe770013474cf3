// Where each dashboard number leads: the list of records behind it. Routes owned by other
// features (warnings inbox, notice ledger, resources, coordination) are named here only, so
// a renamed route is fixed in one place.
import { formatIsoWeek, type IsoWeek } from "@/lib/dates/zone-time";

type Params = Record<string, string | number | undefined | null>;

function withParams(path: string, params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export interface ScopeParams {
  parkId?: string;
  taskCode?: string;
}

/** The work-item list (/plan/items) with the dashboard's filters and more. */
export function itemsHref(scope: ScopeParams, extra: { unit?: string; measure?: string; status?: "ACTIVE" | "COMPLETED"; behind?: boolean } = {}): string {
  return withParams("/plan/items", {
    park: scope.parkId,
    task: extra.measure ? undefined : scope.taskCode,
    measure: extra.measure,
    unit: extra.unit,
    status: extra.status,
    behind: extra.behind ? "1" : undefined,
  });
}

/** The drilldown pages of the ranked dashboard panels: every row, paginated, with the same filters. */
export const dashboardHref = (scope: ScopeParams) => withParams("/dashboard", { park: scope.parkId, task: scope.taskCode });
export const indicatorListHref = (scope: ScopeParams) => withParams("/dashboard/indicators", { park: scope.parkId, task: scope.taskCode });
export const unitProgressListHref = (scope: ScopeParams) => withParams("/dashboard/units", { park: scope.parkId, task: scope.taskCode });

export const workItemHref = (id: string) => `/plan/items/${id}`;
export const measureHref = (code: string) => `/plan/measures/${encodeURIComponent(code)}`;
export const unitHref = (id: string) => `/units/${id}`;
export const parkHref = (id: string) => `/parks/${id}`;

/** The warnings inbox (issue 5) filtered by level, park, task or unit. */
export function warningsHref(params: ScopeParams & { level?: string; unit?: string; status?: string } = {}): string {
  return withParams("/warnings", { level: params.level, park: params.parkId, task: params.taskCode, unit: params.unit, status: params.status });
}

export const warningHref = (id: string) => `/warnings/${id}`;

/** The notice ledger, filtered by status, unit, park, level, "not closed" or "past its response date". */
export function noticesHref(params: { status?: string; unit?: string; park?: string; level?: string; open?: boolean; overdue?: boolean } = {}): string {
  return withParams("/notices", { status: params.status, unit: params.unit, park: params.park, level: params.level, open: params.open ? "1" : undefined, overdue: params.overdue ? "1" : undefined });
}

export const noticeHref = (id: string) => `/notices/${id}`;

/** Resources and approvals (issue 7). */
export function resourcesHref(section: "land" | "funds" | "designations", parkId?: string): string {
  // The land page is the zone's funnel; funds and designations filter by park.
  return section === "land" ? "/resources/land" : withParams(`/resources/${section}`, { park: parkId });
}

export function coordinationHref(status?: string): string {
  return withParams("/coordination", { status });
}

/** The meetings and their decisions (the overdue ones marked 逾期). */
export const meetingsHref = () => "/supervision/meetings";

export const coordinationRequestHref = (id: string) => `/coordination/${id}`;

export function briefingHref(week?: IsoWeek): string {
  return withParams("/briefings", { week: week ? formatIsoWeek(week) : undefined });
}
