// SQL building blocks shared by the dashboard queries: the zone's "today", the filtered work
// items, report weeks and the units due to report in them.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { FIGURE_STATUSES as FIGURE_REPORT_STATUSES, statusListSql, TIMELINESS_STATUSES } from "@/lib/reports/workflow";

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

/** A day `d.day` of the zone `z` is a working day (lib/dates/calendar.ts isWorkingDay), with `c` its CalendarDay row if any. */
function workingDaysOf(days: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT generate_series(${days}, interval '1 day')::date AS day) d
    LEFT JOIN "CalendarDay" c ON c."zoneId" = z.id AND c.date = d.day
    WHERE COALESCE(c.kind = 'WORKDAY', extract(isodow FROM d.day) <= 5)`;
}

/**
 * Report weeks from a set of Mondays (`mondays` yields one `monday` timestamp per row): ISO
 * year and week, the week's start and end instants, its deadline day and instant, and whether
 * the zone owes reports that week. The SQL twin of deadlineOf() (lib/dates/calendar.ts): a
 * deadline on a public holiday moves by the zone's policy (BEFORE: the week's last working day
 * before it, else as AFTER; AFTER: the first working day after it; SKIP: not owed); a week
 * without a working day is not owed; the office may require such a week; no week before the
 * week reporting started (the zone's date, else its first report's week) is owed. Needs the
 * `asof` relation in scope; tests/integration/owed-weeks-sql.test.ts holds it to the TypeScript.
 */
export function reportWeeksSql(zoneId: string, mondays: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT mondays.monday::date AS monday,
      extract(isoyear FROM mondays.monday)::int AS iso_year, extract(week FROM mondays.monday)::int AS iso_week,
      (mondays.monday::date::timestamp AT TIME ZONE asof.tz) AS week_start,
      ((mondays.monday::date + 7)::timestamp AT TIME ZONE asof.tz) AS week_end,
      dl.day AS deadline_day,
      (dl.day + z."reportDeadlineTime"::time) AT TIME ZONE asof.tz AS deadline,
      (st.day IS NOT NULL AND mondays.monday::date >= date_trunc('week', st.day)::date
        AND (rq.required OR (wd.has_working AND NOT (nh.holiday AND z."holidayPolicy" = 'SKIP')))) AS owed
    FROM asof JOIN "Zone" z ON z.id = ${zoneId} CROSS JOIN (${mondays}) AS mondays
    CROSS JOIN LATERAL (SELECT mondays.monday::date + (z."reportDeadlineWeekday" - 1) AS day) nominal
    CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM "CalendarDay" c WHERE c."zoneId" = z.id AND c.date = nominal.day AND c.kind = 'HOLIDAY') AS holiday) nh
    CROSS JOIN LATERAL (SELECT EXISTS (
        SELECT 1 FROM "RequiredReportWeek" q
        WHERE q."zoneId" = z.id AND q."isoYear" = extract(isoyear FROM mondays.monday)::int AND q."isoWeek" = extract(week FROM mondays.monday)::int
      ) AS required) rq
    CROSS JOIN LATERAL (SELECT
        (SELECT max(d.day) FROM ${workingDaysOf(Prisma.sql`mondays.monday::date, nominal.day - 1`)}) AS before_day,
        (SELECT min(d.day) FROM ${workingDaysOf(Prisma.sql`nominal.day + 1, nominal.day + 31`)}) AS after_day,
        EXISTS (SELECT 1 FROM ${workingDaysOf(Prisma.sql`mondays.monday::date, mondays.monday::date + 6`)}) AS has_working) wd
    CROSS JOIN LATERAL (SELECT CASE
        WHEN NOT nh.holiday THEN nominal.day
        WHEN z."holidayPolicy" = 'BEFORE' AND wd.before_day IS NOT NULL THEN wd.before_day
        WHEN (z."holidayPolicy" <> 'SKIP' OR rq.required) AND wd.after_day IS NOT NULL THEN wd.after_day
        ELSE nominal.day END AS day) dl
    CROSS JOIN LATERAL (SELECT COALESCE(z."reportingStartsOn",
        (SELECT ((min(r."weekStart") AT TIME ZONE 'UTC') AT TIME ZONE asof.tz)::date FROM "WeeklyReport" r WHERE r."zoneId" = z.id)) AS day) st`;
}

/**
 * `(monday, iso_year, iso_week, unit_id)` of every unit owing the report of each week of the
 * relation `weeks` (built by reportWeeksSql): the SQL twin of unitOwesWeek()
 * (lib/reports/week.ts) — the zone owes the week, the unit is active and not the creation
 * office, not excused from the week (免报), and leads a work item that owes it (started by the
 * deadline's day, not completed before the week began). Filters narrow the units to those
 * leading matching items (park: units of that park).
 */
export function owingUnitsSql(zoneId: string, weeks: string, filters: ItemFilters): Prisma.Sql {
  const weeksTable = Prisma.raw(weeks);
  return Prisma.sql`SELECT DISTINCT w.monday, w.iso_year, w.iso_week, wi."leadUnitId" AS unit_id
    FROM ${weeksTable} w CROSS JOIN ${scopedItemsFrom(zoneId, filters)}
      AND w.owed AND lu.active AND lu.kind <> 'OFFICE'
      AND wi."startDate" <= w.deadline_day AND (wi."completedAt" IS NULL OR wi."completedAt" > w.week_start)
      AND NOT EXISTS (SELECT 1 FROM "ReportExemption" x WHERE x."unitId" = wi."leadUnitId" AND x."isoYear" = w.iso_year AND x."isoWeek" = w.iso_week)`;
}

/**
 * The units expected in each week's figures: those owing it (owingUnitsSql), and those that
 * filed a report for it anyway (counts for timeliness). The creation office never is.
 */
export function dueReportersSql(zoneId: string, weeks: string, filters: ItemFilters): Prisma.Sql {
  const weeksTable = Prisma.raw(weeks);
  return Prisma.sql`${owingUnitsSql(zoneId, weeks, filters)}
    UNION
    SELECT w.monday, w.iso_year, w.iso_week, r."unitId"
    FROM ${weeksTable} w
    JOIN "WeeklyReport" r ON r."zoneId" = ${zoneId} AND r."isoYear" = w.iso_year AND r."isoWeek" = w.iso_week AND r.status IN ${SUBMITTED_STATUSES}
    JOIN "Unit" lu ON lu.id = r."unitId"
    WHERE lu.kind <> 'OFFICE'
      ${filters.parkId ? Prisma.sql`AND lu."parkId" = ${filters.parkId}` : Prisma.empty}
      ${filters.taskCode ? Prisma.sql`AND EXISTS (SELECT 1 FROM ${scopedItemsFrom(zoneId, filters)} AND wi."leadUnitId" = r."unitId")` : Prisma.empty}`;
}

/** Counts for timeliness (lib/reports/workflow.ts): filed at least once; a return keeps the first submission. */
export const SUBMITTED_STATUSES = Prisma.raw(statusListSql(TIMELINESS_STATUSES));

/** Counts for figures (lib/reports/workflow.ts): progress and indicator values of SUBMITTED and ACCEPTED reports; a return takes them back. */
export const FIGURE_STATUSES = Prisma.raw(statusListSql(FIGURE_REPORT_STATUSES));

/** The report `r` of week `w` was first submitted by the deadline. */
export const ON_TIME_SQL = Prisma.sql`COALESCE(r."lateMinutes" = 0, r."submittedAt" <= w.deadline)`;

/**
 * The zone's meeting decisions open and overdue at `asof` — the SQL twin of
 * lib/supervision/decision-status.ts (open: OPEN, or DONE with its work item completed after
 * `asof.now`; overdue: due before `asof.today`). Filtered by the assignee's park; decisions
 * belong to no task, so a task filter leaves none. Rows `md` with `dwi` its work item.
 */
export function openOverdueDecisionsFrom(zoneId: string, filters: ItemFilters): Prisma.Sql {
  return Prisma.sql`"MeetingDecision" md
    JOIN "Meeting" mt ON mt.id = md."meetingId"
    JOIN "Unit" au ON au.id = md."assigneeUnitId"
    LEFT JOIN "WorkItem" dwi ON dwi.id = md."workItemId"
    WHERE mt."zoneId" = ${zoneId} AND md."dueDate" < asof.today
      AND (md.status = 'OPEN' OR (md.status = 'DONE' AND dwi."completedAt" > asof.now))
      ${filters.parkId ? Prisma.sql`AND au."parkId" = ${filters.parkId}` : Prisma.empty}
      ${filters.taskCode ? Prisma.sql`AND false` : Prisma.empty}`;
}

/**
 * The latest response date that is overdue on `asof.today`: the zone's last working day before
 * it — the SQL twin of overdueResponseDueOnOrBefore (lib/notices/due.ts). An unanswered notice
 * with `"responseDue" <=` this is overdue. Needs the `asof` relation in scope.
 */
export function overdueResponseDueSql(zoneId: string): Prisma.Sql {
  return Prisma.sql`(SELECT COALESCE(max(d.day), asof.today - 32) FROM "Zone" z CROSS JOIN ${workingDaysOf(Prisma.sql`asof.today - 31, asof.today - 1`)} AND z.id = ${zoneId})`;
}
