// The leaders' overview dashboard: one SQL query per panel, aggregated inside PostgreSQL
// (grouping sets, filtered aggregates, lateral joins), never row by row in JavaScript.
// Every query is scoped to the actor's zone and authorized with dashboard.read.
import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Level } from "./levels";
import type { DashboardFilters } from "./schema";
import { BEHIND_POINTS, plannedProgressSql } from "@/lib/plan/planned-progress-sql";
import { asOfRelation, dueReportersSql, itemFilterSql, type ItemFilters, ON_TIME_SQL, openOverdueDecisionsFrom, overdueResponseDueSql, reportWeeksSql, scopedItemsFrom, SUBMITTED_STATUSES } from "./sql";
import { UNANSWERED_NOTICE_STATUSES } from "@/lib/warnings/types";
import type { CoordinationAddressee, NoticeStatus } from "@/lib/db/generated/enums";

export interface QueryOptions {
  /** The instant the figures are computed at (tests and the benchmark pin it). Default: now. */
  now?: Date;
}

/** Mondays (as timestamps) of the current ISO week and the `back` weeks before it. Needs `asof`. */
function recentMondaysSql(back: number): Prisma.Sql {
  return Prisma.sql`SELECT generate_series(
    date_trunc('week', asof.today::timestamp) - make_interval(weeks => ${back}::int),
    date_trunc('week', asof.today::timestamp), interval '7 days') AS monday FROM asof`;
}


// ───────────────────────────── progress ─────────────────────────────

export interface ProgressGroup {
  /** Task/measure/park/unit id; null for items without one (meeting decisions, units outside a park). */
  id: string | null;
  code: string | null;
  label: string | null;
  name: string | null;
  items: number;
  completed: number;
  /** Active items more than 10 points behind their planned progress. */
  behind: number;
  /** Average actual progress (%), one decimal. */
  progress: number;
  /** Average planned progress (序时进度, %), one decimal. */
  planned: number;
}

export interface ProgressBreakdown {
  /** Overall progress (总体进度): the plan's items only (docs/dashboard.md). */
  overall: ProgressGroup;
  /** Meeting decisions, shown apart from the plan. */
  decisions: ProgressGroup;
  byTask: ProgressGroup[];
  byMeasure: ProgressGroup[];
  byPark: ProgressGroup[];
  byUnit: ProgressGroup[];
}

type ProgressRow = Omit<ProgressGroup, "progress" | "planned"> & { dim: "source" | "task" | "measure" | "park" | "unit"; progress: number | null; planned: number | null };

export const EMPTY_PROGRESS: ProgressGroup = { id: null, code: null, label: null, name: null, items: 0, completed: 0, behind: 0, progress: 0, planned: 0 };

/** The overall figure (plan items) and the meeting decisions' from rows grouped by source. */
export function bySource(rows: ProgressRow[]): { overall: ProgressGroup; decisions: ProgressGroup } {
  const pick = (source: "PLAN" | "MEETING_DECISION") => {
    const row = rows.find((candidate) => candidate.dim === "source" && candidate.id === source);
    if (!row) return EMPTY_PROGRESS;
    const { dim: _dim, ...group } = row;
    return { ...group, progress: group.progress ?? 0, planned: group.planned ?? 0 };
  };
  return { overall: pick("PLAN"), decisions: pick("MEETING_DECISION") };
}

/**
 * Overall progress now (总体进度), the one definition the workbench, the dashboard, the big
 * screen and the briefing show: the simple average of the current progress of the zone's
 * non-archived plan items (one decimal), with their planned progress today; meeting decisions
 * apart, by the same formula.
 */
export async function getOverallProgress(actor: Actor, options: QueryOptions = {}): Promise<{ overall: ProgressGroup; decisions: ProgressGroup }> {
  authorize(actor, "plan.read");
  return bySource(await db.$queryRaw<ProgressRow[]>(overallProgressSql(actor.zoneId, {}, options.now ?? new Date())));
}

/** Actual against planned progress overall and by task, measure, park and lead unit: one query (grouping sets). */
export async function getProgressBreakdown(actor: Actor, filters: DashboardFilters, options: QueryOptions = {}): Promise<ProgressBreakdown> {
  authorize(actor, "dashboard.read");
  const now = options.now ?? new Date();
  const rows = await db.$queryRaw<ProgressRow[]>(progressSql(actor.zoneId, filters, now));
  const groups = (dim: ProgressRow["dim"]) =>
    rows.filter((row) => row.dim === dim).map(({ dim: _dim, ...row }) => ({ ...row, progress: row.progress ?? 0, planned: row.planned ?? 0 }));
  return { ...bySource(rows), byTask: groups("task"), byMeasure: groups("measure"), byPark: groups("park"), byUnit: groups("unit") };
}

// ───────────────────────────── warnings over time ─────────────────────────────

export interface WarningWeek {
  isoYear: number;
  isoWeek: number;
  /** Warnings open at the end of the week (or now, for the current week), by level. */
  RED: number;
  ORANGE: number;
  YELLOW: number;
  BLUE: number;
}

/**
 * Open warnings by level at the end of each of the last `weeks` ISO weeks (the current week
 * up to now). A warning's state at an instant comes from its history: open from an OPENED or
 * REOPENED event, at the level of the last OPENED/LEVEL_CHANGED/REOPENED event, until a
 * RESOLVED one; a warning without history is open from firstSeenAt until resolvedAt at its
 * current level. With a task filter only warnings about that task's work items count
 * (unit-level warnings such as a missing report have no task).
 */
export async function getWarningTrend(actor: Actor, filters: DashboardFilters, options: QueryOptions = {}): Promise<WarningWeek[]> {
  authorize(actor, "dashboard.read");
  const now = options.now ?? new Date();
  return db.$queryRaw<WarningWeek[]>(warningTrendSql(actor.zoneId, filters, now));
}

// ───────────────────────────── weekly report submission ─────────────────────────────

export interface SubmissionWeek {
  isoYear: number;
  isoWeek: number;
  /** Units due to report that week. */
  expected: number;
  /** Of those, with a submitted (or accepted) report. */
  submitted: number;
  /** Of those, submitted by the deadline. */
  onTime: number;
}

/**
 * Submission and on-time counts for the last `weeks` ISO weeks whose deadline (on the zone's
 * working-day calendar) has passed. A unit is due in a week when it owes it (owingUnitsSql:
 * the SQL twin of unitOwesWeek) — or when it filed that week anyway. "Submitted" counts for
 * timeliness (a returned report was filed); "on time" means its first submission was not late.
 */
export async function getSubmissionTrend(actor: Actor, filters: DashboardFilters, options: QueryOptions = {}): Promise<SubmissionWeek[]> {
  authorize(actor, "dashboard.read");
  const now = options.now ?? new Date();
  return db.$queryRaw<SubmissionWeek[]>(submissionTrendSql(actor.zoneId, filters, now));
}

// ───────────────────────────── indicators ─────────────────────────────

/** One indicator of a work item (an item may have several). */
export interface IndicatorRow {
  /** The indicator's id. */
  id: string;
  workItemId: string;
  code: string;
  title: string;
  measureCode: string | null;
  name: string;
  unit: string | null;
  direction: "RISING" | "FALLING";
  baseline: number | null;
  target: number | null;
  /** The latest reported value, the baseline before any report gave one. */
  current: number | null;
  /** (current − baseline) / (target − baseline), %, one decimal, for either direction; null without a usable target. */
  attainment: number | null;
  /** The item's planned progress today, for comparison. */
  planned: number;
  leadUnitId: string;
  leadUnit: string;
}

/** Every indicator of the work items: baseline → current → target and attainment. */
export async function getIndicators(actor: Actor, filters: DashboardFilters, options: QueryOptions = {}): Promise<IndicatorRow[]> {
  authorize(actor, "dashboard.read");
  const now = options.now ?? new Date();
  return db.$queryRaw<IndicatorRow[]>(indicatorsSql(actor.zoneId, filters, now));
}

// ───────────────────────────── land, funds, designations ─────────────────────────────

export interface ResourceTotals {
  /** The zone's land need, or with a park filter the area of that park's land batches (亩). */
  landNeededMu: number;
  landSubmittedMu: number;
  landApprovedMu: number;
  /** Yuan, over funding items not rejected. */
  fundsSought: number;
  fundsApproved: number;
  fundsArrived: number;
  designationsApproved: number;
  designationsTotal: number;
}

/** Land approved against needed, funds arrived against sought, designations approved. The task filter does not apply. */
export async function getResourceTotals(actor: Actor, filters: DashboardFilters): Promise<ResourceTotals> {
  authorize(actor, "dashboard.read");
  const [row] = await db.$queryRaw<ResourceTotals[]>(resourcesSql(actor.zoneId, filters));
  return row;
}

// ───────────────────────────── lists: deadlines, notices, coordination ─────────────────────────────

export interface DeadlineItem {
  id: string;
  code: string;
  title: string;
  dueDate: Date;
  progress: number;
  planned: number;
  leadUnitId: string;
  leadUnit: string;
}

export interface Deadlines {
  /** Active items due within the next `DEADLINE_WINDOW_DAYS` days (today included). */
  upcomingCount: number;
  /** Active items whose due date has passed. */
  overdueCount: number;
  /** Meeting decisions open and overdue (lib/supervision/decision-status.ts), the monthly report's 逾期未办结. */
  overdueDecisions: number;
  items: DeadlineItem[];
}

export const DEADLINE_WINDOW_DAYS = 30;
const LIST_LIMIT = 8;

/** Active work items due soon, soonest first, and how many are already overdue. */
export async function getDeadlines(actor: Actor, filters: DashboardFilters, options: QueryOptions = {}): Promise<Deadlines> {
  authorize(actor, "dashboard.read");
  const now = options.now ?? new Date();
  const rows = await db.$queryRaw<(Partial<DeadlineItem> & { upcomingCount: number; overdueCount: number; overdueDecisions: number })[]>(deadlinesSql(actor.zoneId, filters, now));
  const first = rows[0];
  return {
    upcomingCount: first?.upcomingCount ?? 0,
    overdueCount: first?.overdueCount ?? 0,
    overdueDecisions: first?.overdueDecisions ?? 0,
    items: rows.filter((row) => row.id).map(({ upcomingCount: _u, overdueCount: _o, overdueDecisions: _d, ...item }) => item as DeadlineItem),
  };
}

export interface OpenNotice {
  id: string;
  number: string;
  title: string;
  unitId: string;
  unit: string;
  level: Level;
  status: NoticeStatus;
  responseDue: Date;
  overdue: boolean;
}

export interface OpenNotices {
  total: number;
  overdue: number;
  byLevel: Record<Level, number>;
  items: OpenNotice[];
}

/** Supervision notices not yet closed: counts by level, how many are past their response date, the most urgent first. */
export async function getOpenNotices(actor: Actor, filters: DashboardFilters, options: QueryOptions = {}): Promise<OpenNotices> {
  authorize(actor, "dashboard.read");
  const now = options.now ?? new Date();
  const rows = await db.$queryRaw<(Partial<OpenNotice> & { total: number; overdueCount: number } & Record<Level, number>)[]>(openNoticesSql(actor.zoneId, filters, now));
  const first = rows[0];
  return {
    total: first?.total ?? 0,
    overdue: first?.overdueCount ?? 0,
    byLevel: { RED: first?.RED ?? 0, ORANGE: first?.ORANGE ?? 0, YELLOW: first?.YELLOW ?? 0, BLUE: first?.BLUE ?? 0 },
    items: rows
      .filter((row) => row.id)
      .map((row) => ({ id: row.id!, number: row.number!, title: row.title!, unitId: row.unitId!, unit: row.unit!, level: row.level!, status: row.status!, responseDue: row.responseDue!, overdue: row.overdue! })),
  };
}

export interface WaitingRequest {
  id: string;
  title: string;
  addresseeKind: CoordinationAddressee;
  addressee: string;
  unitId: string | null;
  unit: string | null;
  workItemId: string | null;
  workItemCode: string | null;
  dueDate: Date | null;
  createdAt: Date;
}

/** Coordination requests waiting for a leader's instruction, by due date. */
export async function getWaitingCoordination(actor: Actor, filters: DashboardFilters): Promise<{ total: number; items: WaitingRequest[] }> {
  authorize(actor, "dashboard.read");
  const rows = await db.$queryRaw<(Partial<WaitingRequest> & { total: number })[]>(coordinationSql(actor.zoneId, filters));
  return {
    total: rows[0]?.total ?? 0,
    items: rows.filter((row) => row.id).map(({ total: _total, ...item }) => item as WaitingRequest),
  };
}

// ───────────────────────────── filter options ─────────────────────────────

/** Parks and tasks for the filter bar. */
export async function getFilterOptions(actor: Actor): Promise<{ parks: { id: string; label: string }[]; tasks: { code: string; label: string }[] }> {
  authorize(actor, "dashboard.read");
  const rows = await db.$queryRaw<{ kind: "park" | "task"; key: string; label: string }[]>(Prisma.sql`
    SELECT 'park' AS kind, id AS key, "shortName" AS label, "sortOrder", code FROM "Park" WHERE "zoneId" = ${actor.zoneId}
    UNION ALL
    SELECT 'task', code, code || ' ' || title, "sortOrder", code FROM "Task" WHERE "zoneId" = ${actor.zoneId}
    ORDER BY 1, 4, 5
  `);
  return {
    parks: rows.filter((row) => row.kind === "park").map((row) => ({ id: row.key, label: row.label })),
    tasks: rows.filter((row) => row.kind === "task").map((row) => ({ code: row.key, label: row.label })),
  };
}

// ───────────────────────────── the statement of each panel ─────────────────────────────
// Built apart from their execution so that the benchmark (scripts/bench.ts) can time the
// very same SQL sent straight through node-postgres.

/** The filtered, non-archived work items with their progress, planned progress today and grouping keys. */
function progressItemsSql(zoneId: string, filters: ItemFilters, now: Date): Prisma.Sql {
  return Prisma.sql`asof AS (${asOfRelation(zoneId, now)}),
    items AS (
      SELECT wi.progress, wi.status, wi.source, wi."leadUnitId" AS unit_id, lu."parkId" AS park_id, wi."measureId" AS measure_id, m."taskId" AS task_id,
        ${plannedProgressSql("wi", Prisma.sql`asof.today`)} AS planned
      FROM asof CROSS JOIN ${scopedItemsFrom(zoneId, filters)}
    )`;
}

/** The figures of a group of `items`: the same for every dimension. */
const PROGRESS_AGGREGATES = Prisma.sql`count(*)::int AS items,
        count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
        count(*) FILTER (WHERE status = 'ACTIVE' AND planned - progress > ${BEHIND_POINTS})::int AS behind,
        round(avg(progress), 1)::float8 AS progress,
        round(avg(planned), 1)::float8 AS planned`;

/** Overall progress by source (PLAN = the overall figure, MEETING_DECISION apart): the rows bySource() reads. */
export function overallProgressSql(zoneId: string, filters: ItemFilters, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH ${progressItemsSql(zoneId, filters, now)}
    SELECT 'source' AS dim, source::text AS id, ${PROGRESS_AGGREGATES}, NULL AS code, NULL AS label, NULL AS name
    FROM items GROUP BY source
  `;
}

export function progressSql(zoneId: string, filters: DashboardFilters, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH ${progressItemsSql(zoneId, filters, now)},
    grouped AS (
      SELECT
        CASE WHEN GROUPING(source) = 0 THEN 'source' WHEN GROUPING(task_id) = 0 THEN 'task' WHEN GROUPING(measure_id) = 0 THEN 'measure'
             WHEN GROUPING(park_id) = 0 THEN 'park' ELSE 'unit' END AS dim,
        COALESCE(task_id, measure_id, park_id, unit_id, source::text) AS id,
        ${PROGRESS_AGGREGATES}
      FROM items
      GROUP BY GROUPING SETS ((source), (task_id), (measure_id), (park_id), (unit_id))
    )
    SELECT g.dim, g.id, g.items, g.completed, g.behind, g.progress, g.planned,
      CASE g.dim WHEN 'task' THEN t.code WHEN 'measure' THEN m.code WHEN 'park' THEN p.code WHEN 'unit' THEN u.code END AS code,
      CASE g.dim WHEN 'task' THEN t.title WHEN 'measure' THEN m.title WHEN 'park' THEN p."shortName" WHEN 'unit' THEN u."shortName" END AS label,
      CASE g.dim WHEN 'park' THEN p.name WHEN 'unit' THEN u.name END AS name
    FROM grouped g
    LEFT JOIN "Task" t ON g.dim = 'task' AND t.id = g.id
    LEFT JOIN "Measure" m ON g.dim = 'measure' AND m.id = g.id
    LEFT JOIN "Task" mt ON mt.id = m."taskId"
    LEFT JOIN "Park" p ON g.dim = 'park' AND p.id = g.id
    LEFT JOIN "Unit" u ON g.dim = 'unit' AND u.id = g.id
    ORDER BY COALESCE(t."sortOrder", mt."sortOrder", p."sortOrder", u."sortOrder", 2147483647), m."sortOrder", code
  `;
}

export function warningTrendSql(zoneId: string, filters: DashboardFilters, now: Date): Prisma.Sql {
  const stateEvents = Prisma.sql`('OPENED', 'LEVEL_CHANGED', 'REOPENED', 'RESOLVED')`;
  return Prisma.sql`
    WITH asof AS (${asOfRelation(zoneId, now)}),
    weeks AS (
      SELECT rw.*, LEAST(rw.week_end, asof.now) AS snapshot
      FROM (${reportWeeksSql(zoneId, recentMondaysSql(filters.weeks - 1))}) rw CROSS JOIN asof
    ),
    scoped AS (
      SELECT w.id, w.level, w."firstSeenAt", w."resolvedAt"
      FROM "Warning" w
      JOIN "Unit" lu ON lu.id = w."unitId"
      LEFT JOIN "WorkItem" wi ON wi.id = w."workItemId"
      LEFT JOIN "Measure" m ON m.id = wi."measureId"
      LEFT JOIN "Task" t ON t.id = m."taskId"
      WHERE w."zoneId" = ${zoneId} ${itemFilterSql(filters)}
        -- A warning resolved for good before the window cannot be open in it.
        AND w."firstSeenAt" <= (SELECT max(snapshot) FROM weeks)
        AND (w.status <> 'RESOLVED' OR w."resolvedAt" > (SELECT min(snapshot) FROM weeks))
    ),
    -- Each warning's states as intervals [from_at, to_at): one per state event, up to the next;
    -- a warning without history is open from firstSeenAt until resolvedAt at its current level.
    states AS (
      SELECT e.type::text AS type, COALESCE(e."toLevel", w.level)::text AS level, e.at AS from_at,
        lead(e.at) OVER (PARTITION BY e."warningId" ORDER BY e.at, e.id) AS to_at
      FROM scoped w JOIN "WarningEvent" e ON e."warningId" = w.id AND e.type IN ${stateEvents}
      UNION ALL
      SELECT 'OPENED', w.level::text, w."firstSeenAt", w."resolvedAt"
      FROM scoped w
      WHERE NOT EXISTS (SELECT 1 FROM "WarningEvent" e WHERE e."warningId" = w.id AND e.type IN ${stateEvents})
    )
    SELECT wk.iso_year AS "isoYear", wk.iso_week AS "isoWeek",
      count(*) FILTER (WHERE s.level = 'RED')::int AS "RED",
      count(*) FILTER (WHERE s.level = 'ORANGE')::int AS "ORANGE",
      count(*) FILTER (WHERE s.level = 'YELLOW')::int AS "YELLOW",
      count(*) FILTER (WHERE s.level = 'BLUE')::int AS "BLUE"
    FROM weeks wk
    LEFT JOIN states s ON s.type <> 'RESOLVED' AND s.from_at <= wk.snapshot AND (s.to_at IS NULL OR s.to_at > wk.snapshot)
    GROUP BY wk.monday, wk.iso_year, wk.iso_week
    ORDER BY wk.monday
  `;
}

export function submissionTrendSql(zoneId: string, filters: DashboardFilters, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH asof AS (${asOfRelation(zoneId, now)}),
    weeks AS (${reportWeeksSql(zoneId, recentMondaysSql(filters.weeks))}),
    closed AS (SELECT w.* FROM weeks w CROSS JOIN asof WHERE w.deadline <= asof.now ORDER BY w.monday DESC LIMIT ${filters.weeks}),
    due AS (${dueReportersSql(zoneId, "closed", filters)})
    SELECT w.iso_year AS "isoYear", w.iso_week AS "isoWeek",
      count(d.unit_id)::int AS expected,
      count(r.id)::int AS submitted,
      count(r.id) FILTER (WHERE ${ON_TIME_SQL})::int AS "onTime"
    FROM closed w
    LEFT JOIN due d ON d.monday = w.monday
    LEFT JOIN "WeeklyReport" r ON r."unitId" = d.unit_id AND r."isoYear" = d.iso_year AND r."isoWeek" = d.iso_week AND r.status IN ${SUBMITTED_STATUSES}
    GROUP BY w.monday, w.iso_year, w.iso_week
    ORDER BY w.monday
  `;
}

export function indicatorsSql(zoneId: string, filters: DashboardFilters, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH asof AS (${asOfRelation(zoneId, now)})
    SELECT ind.id, wi.id AS "workItemId", wi.code, wi.title, m.code AS "measureCode", ind.name, ind.unit, ind.direction::text AS direction,
      ind.baseline::float8 AS baseline, ind.target::float8 AS target, COALESCE(ind."currentValue", ind.baseline)::float8 AS current,
      -- The attainment rule of lib/plan/indicators.ts: the same formula whichever way the indicator should go.
      CASE WHEN ind.target = ind.baseline THEN NULL
        ELSE round(100 * (COALESCE(ind."currentValue", ind.baseline) - ind.baseline) / (ind.target - ind.baseline), 1)::float8
      END AS attainment,
      round(${plannedProgressSql("wi", Prisma.sql`asof.today`)}, 1)::float8 AS planned,
      lu.id AS "leadUnitId", lu."shortName" AS "leadUnit"
    FROM asof CROSS JOIN "WorkItemIndicator" ind CROSS JOIN ${scopedItemsFrom(zoneId, filters)} AND ind."workItemId" = wi.id
    ORDER BY t."sortOrder", m."sortOrder", wi."sortOrder", wi.code, ind.seq
  `;
}

export function resourcesSql(zoneId: string, filters: DashboardFilters): Prisma.Sql {
  const park = (alias: string) => (filters.parkId ? Prisma.sql`AND ${Prisma.raw(alias)}."parkId" = ${filters.parkId}` : Prisma.empty);
  return Prisma.sql`
    SELECT
      ${filters.parkId ? Prisma.sql`land.area` : Prisma.sql`z."landNeededMu"::float8`} AS "landNeededMu",
      land.submitted AS "landSubmittedMu", land.approved AS "landApprovedMu",
      funds.sought AS "fundsSought", funds.approved AS "fundsApproved", funds.arrived AS "fundsArrived",
      designations.approved AS "designationsApproved", designations.total AS "designationsTotal"
    FROM "Zone" z
    CROSS JOIN LATERAL (
      SELECT COALESCE(sum(b."areaMu"), 0)::float8 AS area,
        COALESCE(sum(b."areaMu") FILTER (WHERE b.status <> 'PREPARING'), 0)::float8 AS submitted,
        COALESCE(sum(b."approvedMu"), 0)::float8 AS approved
      FROM "LandBatch" b WHERE b."zoneId" = z.id ${park("b")}
    ) land
    CROSS JOIN LATERAL (
      SELECT COALESCE(sum(f."amountSought"), 0)::float8 AS sought, COALESCE(sum(f."amountApproved"), 0)::float8 AS approved,
        COALESCE(sum(f."amountArrived"), 0)::float8 AS arrived
      FROM "FundingItem" f WHERE f."zoneId" = z.id AND f.status <> 'REJECTED' ${park("f")}
    ) funds
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE d.status = 'APPROVED')::int AS approved, count(*)::int AS total
      FROM "Designation" d WHERE d."zoneId" = z.id ${park("d")}
    ) designations
    WHERE z.id = ${zoneId}
  `;
}

export function deadlinesSql(zoneId: string, filters: DashboardFilters, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH asof AS (${asOfRelation(zoneId, now)}),
    active AS (
      SELECT wi.id, wi.code, wi.title, wi."dueDate", wi.progress::float8 AS progress, lu.id AS "leadUnitId", lu."shortName" AS "leadUnit",
        round(${plannedProgressSql("wi", Prisma.sql`asof.today`)}, 1)::float8 AS planned,
        wi."dueDate" < asof.today AS overdue,
        wi."dueDate" >= asof.today AND wi."dueDate" < asof.today + ${DEADLINE_WINDOW_DAYS}::int AS upcoming
      FROM asof CROSS JOIN ${scopedItemsFrom(zoneId, filters)} AND wi.status = 'ACTIVE'
    )
    SELECT counts."upcomingCount", counts."overdueCount", counts."overdueDecisions", list.*
    FROM (SELECT count(*) FILTER (WHERE upcoming)::int AS "upcomingCount", count(*) FILTER (WHERE overdue)::int AS "overdueCount",
        (SELECT count(*)::int FROM asof CROSS JOIN ${openOverdueDecisionsFrom(zoneId, filters)}) AS "overdueDecisions"
      FROM active) counts
    LEFT JOIN LATERAL (
      SELECT id, code, title, "dueDate", progress, planned, "leadUnitId", "leadUnit" FROM active WHERE upcoming ORDER BY "dueDate", code LIMIT ${LIST_LIMIT}
    ) list ON true
  `;
}

export function openNoticesSql(zoneId: string, filters: DashboardFilters, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH asof AS (${asOfRelation(zoneId, now)}),
    open_notices AS (
      SELECT n.id, n.number, n.title, n."unitId", lu."shortName" AS unit, n.level::text AS level, n.status::text AS status, n."responseDue",
        -- As the ledger counts it (lib/notices/due.ts): not (yet again) answered and past the answer day,
        -- the response date moved to the next working day.
        (n."responseDue" <= ${overdueResponseDueSql(zoneId)} AND n.status::text IN (${Prisma.join([...UNANSWERED_NOTICE_STATUSES])})) AS overdue
      FROM asof CROSS JOIN "SupervisionNotice" n
      JOIN "Unit" lu ON lu.id = n."unitId"
      WHERE n."zoneId" = ${zoneId} AND n.status <> 'CLOSED'
        ${filters.parkId ? Prisma.sql`AND lu."parkId" = ${filters.parkId}` : Prisma.empty}
    )
    SELECT counts.*, list.*
    FROM (
      SELECT count(*)::int AS total, count(*) FILTER (WHERE overdue)::int AS "overdueCount",
        count(*) FILTER (WHERE level = 'RED')::int AS "RED", count(*) FILTER (WHERE level = 'ORANGE')::int AS "ORANGE",
        count(*) FILTER (WHERE level = 'YELLOW')::int AS "YELLOW", count(*) FILTER (WHERE level = 'BLUE')::int AS "BLUE"
      FROM open_notices
    ) counts
    LEFT JOIN LATERAL (
      SELECT id, number, title, "unitId", unit, level, status, "responseDue", overdue FROM open_notices
      ORDER BY overdue DESC, "responseDue", number LIMIT ${LIST_LIMIT}
    ) list ON true
  `;
}

export function coordinationSql(zoneId: string, filters: DashboardFilters): Prisma.Sql {
  return Prisma.sql`
    WITH waiting AS (
      SELECT c.id, c.title, c."addresseeKind"::text AS "addresseeKind", c.addressee, c."unitId", lu."shortName" AS unit,
        c."workItemId", wi.code AS "workItemCode", c."dueDate", c."createdAt"
      FROM "CoordinationRequest" c
      LEFT JOIN "Unit" lu ON lu.id = c."unitId"
      LEFT JOIN "WorkItem" wi ON wi.id = c."workItemId"
      LEFT JOIN "Measure" m ON m.id = wi."measureId"
      LEFT JOIN "Task" t ON t.id = m."taskId"
      WHERE c."zoneId" = ${zoneId} AND c.status = 'WAITING_LEADER' ${itemFilterSql(filters)}
    )
    SELECT counts.total, list.*
    FROM (SELECT count(*)::int AS total FROM waiting) counts
    LEFT JOIN LATERAL (SELECT * FROM waiting ORDER BY "dueDate" NULLS LAST, "createdAt" LIMIT ${LIST_LIMIT}) list ON true
  `;
}
