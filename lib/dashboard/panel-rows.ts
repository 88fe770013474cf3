// Which rows a ranked dashboard panel shows, and in what order. The panel shows the first
// PANEL_TOP_ROWS with the count of all and a link to its drilldown page, which pages through
// the same rows in the same order: one rule for both, over the panel's one statement.
import type { IndicatorRow, ProgressGroup } from "./queries";

/** Rows a ranked panel shows on the dashboard; the rest are on its drilldown page. */
export const PANEL_TOP_ROWS = 10;
/** Rows per page of a drilldown page. */
export const DRILLDOWN_PAGE_SIZE = 20;

/** Actual minus planned progress, in points, one decimal (what the unit panel shows as 差距). */
export const gapOf = (group: Pick<ProgressGroup, "progress" | "planned">) => Math.round((group.progress - group.planned) * 10) / 10;

/** Lead units furthest behind their planned progress first; ties keep the statement's order. */
export function unitsFurthestBehind(groups: readonly ProgressGroup[]): ProgressGroup[] {
  return [...groups].sort((a, b) => gapOf(a) - gapOf(b));
}

/**
 * Indicators furthest behind their item's planned progress first (attainment − planned);
 * indicators without a usable target (attainment null) come last, in the statement's order.
 */
export function indicatorsFurthestBehind(rows: readonly IndicatorRow[]): IndicatorRow[] {
  const shortfall = (row: IndicatorRow) => (row.attainment === null ? Number.POSITIVE_INFINITY : row.attainment - row.planned);
  return [...rows].sort((a, b) => {
    const left = shortfall(a);
    const right = shortfall(b);
    return left === right ? 0 : left < right ? -1 : 1;
  });
}

/** One page (1-based, clamped to the last page) of already ordered rows. */
export function pageOfRows<T>(rows: readonly T[], requested: number, pageSize = DRILLDOWN_PAGE_SIZE): { items: T[]; page: number; pages: number; total: number } {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(pages, Math.max(1, Math.floor(Number.isFinite(requested) ? requested : 1)));
  return { items: rows.slice((page - 1) * pageSize, page * pageSize), page, pages, total: rows.length };
}
