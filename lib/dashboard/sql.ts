// SQL building blocks shared by the dashboard queries: the zone's "today", the filtered work
// items, report weeks and the units due to report in them.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";

/**
 * A one-row relation `asof(today, now, tz)` for a zone: `today` is the zone's calendar day at
 * `now`. Join it with `CROSS JOIN (${asOfRelation(...)}) asof`.
 */
export function asOfRelation(zoneId: string, now: Date): Prisma.Sql {
  return Prisma.sql`SELECT (${now}::timestamptz AT TIME ZONE z."timeZone")::date AS today, ${now}::timestamptz AS now, z."timeZone" AS tz
    FROM "Zone" z WHERE z.id = ${zoneId}`;
}

export interface ItemFilters {
  parkId?: string;
  taskCode?: string;
}

/** Conditions on a work item `wi` joined with its lead unit `lu` and its task `t`. */
export function itemFilterSql(filters: ItemFilters): Prisma.Sql {
  return Prisma.sql`${filters.parkId ? Prisma.sql`AND lu."parkId" = ${filters.parkId}` : Prisma.empty}
    ${filters.taskCode ? Prisma.sql`AND t.code = ${filters.taskCode}` : Prisma.empty}`;
}

/** `FROM` body: the zone's non-archived work items `wi` with lead unit `lu`, measure `m` and task `t`, filtered. */
export function scopedItemsFrom(zoneId: string, filters: ItemFilters): Prisma.Sql {
  return Prisma.sql`"WorkItem" wi
    JOIN "Unit" lu ON lu.id = wi."leadUnitId"
    LEFT JOIN "Measure" m ON m.id = wi."measureId"
    LEFT JOIN "Task" t ON t.id = m."taskId"
    WHERE wi."zoneId" = ${zoneId} AND wi.status <> 'ARCHIVED' ${itemFilterSql(filters)}`;
}

/**
 * Report weeks from a set of Mondays (`mondays` yields one `monday` timestamp per row): ISO
 * year and week, the week's start instant, its deadline day and deadline instant under the
 * zone's rule. Needs the `asof` relation in scope.
 */
export function reportWeeksSql(zoneId: string, mondays: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT mondays.monday::date AS monday,
      extract(isoyear FROM mondays.monday)::int AS iso_year, extract(week FROM mondays.monday)::int AS iso_week,
      (mondays.monday::date::timestamp AT TIME ZONE asof.tz) AS week_start,
      ((mondays.monday::date + 7)::timestamp AT TIME ZONE asof.tz) AS week_end,
      (mondays.monday::date + (z."reportDeadlineWeekday" - 1)) AS deadline_day,
      ((mondays.monday::date + (z."reportDeadlineWeekday" - 1)) + z."reportDeadlineTime"::time) AT TIME ZONE asof.tz AS deadline
    FROM asof JOIN "Zone" z ON z.id = ${zoneId} CROSS JOIN (${mondays}) AS mondays`;
}

/**
 * `(monday, iso_year, iso_week, unit_id)` of every unit due to report in each week of the relation `weeks` (built
 * by reportWeeksSql): a unit is due when it leads a work item open that week (started by the
 * deadline day, not completed before the week began), or when it did submit that week. The
 * creation office and inactive units never are. Filters narrow the units to those leading
 * matching items (park: units of that park).
 */
export function dueReportersSql(zoneId: string, weeks: string, filters: ItemFilters): Prisma.Sql {
  const weeksTable = Prisma.raw(weeks);
  return Prisma.sql`SELECT w.monday, w.iso_year, w.iso_week, wi."leadUnitId" AS unit_id
    FROM ${weeksTable} w CROSS JOIN ${scopedItemsFrom(zoneId, filters)}
      AND lu.active AND lu.kind <> 'OFFICE'
      -- itemOwesReport (lib/reports/week.ts) in SQL: started by the deadline's day, not done by the week's start.
      AND wi."startDate" <= w.deadline_day AND (wi."completedAt" IS NULL OR wi."completedAt" > w.week_start)
    UNION
    SELECT w.monday, w.iso_year, w.iso_week, r."unitId"
    FROM ${weeksTable} w
    JOIN "WeeklyReport" r ON r."zoneId" = ${zoneId} AND r."isoYear" = w.iso_year AND r."isoWeek" = w.iso_week AND r.status IN ${SUBMITTED_STATUSES}
    JOIN "Unit" lu ON lu.id = r."unitId"
    WHERE lu.kind <> 'OFFICE'
      ${filters.parkId ? Prisma.sql`AND lu."parkId" = ${filters.parkId}` : Prisma.empty}
      ${filters.taskCode ? Prisma.sql`AND EXISTS (SELECT 1 FROM ${scopedItemsFrom(zoneId, filters)} AND wi."leadUnitId" = r."unitId")` : Prisma.empty}`;
}

/**
 * A report counts as submitted from its first submission on, as in the warning engine, the
 * monthly report and the assessment: a return is about content, not timeliness, and
 * keeps the first submission's time (docs/reports.md).
 */
export const SUBMITTED_STATUSES = Prisma.sql`('SUBMITTED', 'ACCEPTED', 'RETURNED')`;

/** Figures (progress, indicator values) count from SUBMITTED and ACCEPTED reports only: a return takes them back. */
export const FIGURE_STATUSES = Prisma.sql`('SUBMITTED', 'ACCEPTED')`;

/** The report `r` of week `w` was first submitted by the deadline. */
export const ON_TIME_SQL = Prisma.sql`COALESCE(r."lateMinutes" = 0, r."submittedAt" <= w.deadline)`;
