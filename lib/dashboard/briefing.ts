// The weekly briefing (周通报) of one ISO week: who reported and when, who leads and who lags
// against the planned timeline, new red warnings, notices issued and closed, items completed.
// One SQL query per section; authorized with briefing.read.
import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { addDaysToKey, isoWeekMondayKey, isoWeekOf, shiftIsoWeek, type IsoWeek } from "@/lib/dates/zone-time";
import { getReadinessSummary } from "@/lib/readiness/queries";
import { reportWeek } from "@/lib/reports/week";
import type { Level } from "./levels";
import { bySource, overallProgressSql, type ProgressGroup, type QueryOptions } from "./queries";
import { plannedProgressSql } from "@/lib/plan/planned-progress-sql";
import { asOfRelation, dueReportersSql, FIGURE_STATUSES, ON_TIME_SQL, reportWeeksSql, SUBMITTED_STATUSES } from "./sql";
import type { NoticeStatus, WarningKind, WarningLevel } from "@/lib/db/generated/enums";

export type SubmissionOutcome = "ON_TIME" | "LATE" | "RETURNED" | "DRAFT" | "MISSING";

export interface SubmissionRankRow {
  rank: number;
  unitId: string;
  unit: string;
  unitName: string;
  outcome: SubmissionOutcome;
  submittedAt: Date | null;
  lateMinutes: number | null;
}

export interface UnitProgressRow {
  unitId: string;
  unit: string;
  unitName: string;
  items: number;
  /** Average reported progress of the unit's started items at the end of the week (%). */
  progress: number;
  /** Average planned progress (序时进度) on the last day of the week (%). */
  planned: number;
  /** progress − planned, in points. */
  gap: number;
  /** Average progress gained during the week, in points. */
  moved: number;
}

export interface BriefingWarning {
  id: string;
  title: string;
  evidence: unknown;
  kind: WarningKind;
  /** Red when it turned red; its level now may differ. */
  level: WarningLevel;
  unitId: string;
  unit: string;
  workItemId: string | null;
  workItemCode: string | null;
  reachedAt: Date;
}

export interface BriefingNotice {
  id: string;
  number: string;
  title: string;
  level: Level;
  status: NoticeStatus;
  unitId: string;
  unit: string;
  at: Date;
  responseDue: Date;
}

export interface CompletedItem {
  id: string;
  code: string;
  title: string;
  unitId: string;
  unit: string;
  completedAt: Date;
}

export interface WeeklyBriefing {
  week: IsoWeek;
  /** Monday of the week, "YYYY-MM-DD". */
  monday: string;
  submission: { expected: number; submitted: number; onTime: number; ranking: SubmissionRankRow[] };
  /** Units ranked by gap to the planned timeline, best first. */
  progress: UnitProgressRow[];
  newRedWarnings: BriefingWarning[];
  noticesIssued: BriefingNotice[];
  noticesClosed: BriefingNotice[];
  completed: CompletedItem[];
  /** The estimated evaluation score as of the week's end (docs/readiness.md); null without a catalogue or the right to read it. */
  readiness: BriefingReadiness | null;
  /**
   * Overall progress (plan items) and meeting decisions apart, by the dashboard's one
   * definition: shown for the running week (a past week's live view has no such figure, its
   * per-unit tables are as of that week).
   */
  overall?: { overall: ProgressGroup; decisions: ProgressGroup } | null;
}

export interface BriefingReadiness {
  systemName: string;
  overall: number | null;
  passMark: number;
  /** The indicator furthest behind: "3.3 …" with the points it loses. */
  weakest: { code: string; name: string; behind: number } | null;
}

/** How many units the briefing names as leaders and as laggards. */
export const BRIEFING_TOP = 5;

const OUTCOME_ORDER: Record<SubmissionOutcome, number> = { ON_TIME: 0, LATE: 1, RETURNED: 2, DRAFT: 3, MISSING: 4 };

/** The relation `wk` of one report week (see reportWeeksSql) with `last_day`: its Sunday, or today while it runs. */
function weekRelation(zoneId: string, week: IsoWeek): Prisma.Sql {
  const monday = isoWeekMondayKey(week);
  return Prisma.sql`SELECT rw.*, LEAST(rw.monday + 6, asof.today) AS last_day
    FROM (${reportWeeksSql(zoneId, Prisma.sql`SELECT ${monday}::date::timestamp AS monday`)}) rw CROSS JOIN asof`;
}

type Client = Pick<typeof db, "$queryRaw">;

async function submissionRanking(client: Client, actor: Actor, week: IsoWeek, now: Date): Promise<SubmissionRankRow[]> {
  const rows = await client.$queryRaw<Omit<SubmissionRankRow, "rank">[]>(submissionRankingSql(actor.zoneId, week, now));
  // Submitted on time first (earliest first), then late (least late first), then the rest.
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => OUTCOME_ORDER[a.row.outcome] - OUTCOME_ORDER[b.row.outcome] || a.index - b.index)
    .map(({ row }, index) => ({ ...row, rank: index + 1 }));
}

type WeekNotice = BriefingNotice & { event: "ISSUED" | "CLOSED" };

/**
 * `options.client` runs the statements in a transaction (the demo generator issues editions
 * of past weeks inside its own); they then run one after another, as a transaction requires.
 */
export async function getWeeklyBriefing(actor: Actor, week: IsoWeek, options: QueryOptions & { client?: Client } = {}): Promise<WeeklyBriefing> {
  authorize(actor, "briefing.read");
  const now = options.now ?? new Date();
  const client = options.client ?? db;
  const statements: (() => Promise<unknown>)[] = [
    () => submissionRanking(client, actor, week, now),
    () => client.$queryRaw<UnitProgressRow[]>(unitProgressSql(actor.zoneId, week, now)),
    () => client.$queryRaw<BriefingWarning[]>(newRedWarningsSql(actor.zoneId, week, now)),
    () => client.$queryRaw<WeekNotice[]>(weekNoticesSql(actor.zoneId, week, now)),
    () => client.$queryRaw<CompletedItem[]>(completedItemsSql(actor.zoneId, week, now)),
  ];
  const results: unknown[] = [];
  if (options.client) for (const statement of statements) results.push(await statement());
  else results.push(...(await Promise.all(statements.map((statement) => statement()))));
  const [ranking, progress, newRed, notices, completed] = results as [SubmissionRankRow[], UnitProgressRow[], BriefingWarning[], WeekNotice[], CompletedItem[]];
  const [zone] = await client.$queryRaw<{ timeZone: string }[]>`SELECT "timeZone" FROM "Zone" WHERE id = ${actor.zoneId}`;
  const running = isoWeekOf(now, zone.timeZone);
  const overall = running.isoYear === week.isoYear && running.isoWeek === week.isoWeek ? bySource(await client.$queryRaw(overallProgressSql(actor.zoneId, {}, now))) : null;
  // A returned report was submitted (by its first submission's time); it is only labelled apart.
  const submitted = ranking.filter((row) => row.outcome === "ON_TIME" || row.outcome === "LATE" || row.outcome === "RETURNED").length;
  const strip = ({ event: _event, ...notice }: WeekNotice) => notice;
  // Inside a caller's transaction (the demo generator) the catalogue it writes is not visible
  // to the readiness read, which uses its own connection: no line then.
  const readiness = options.client ? null : await briefingReadiness(actor, week, now);
  return {
    week,
    monday: isoWeekMondayKey(week),
    submission: { expected: ranking.length, submitted, onTime: ranking.filter((row) => row.outcome === "ON_TIME" || (row.outcome === "RETURNED" && row.lateMinutes === 0)).length, ranking },
    progress,
    newRedWarnings: newRed,
    noticesIssued: notices.filter((notice) => notice.event === "ISSUED").map(strip),
    noticesClosed: notices.filter((notice) => notice.event === "CLOSED").map(strip),
    completed,
    readiness,
    overall,
  };
}

/** The readiness line of a week: the score as of its Sunday (or now, while the week runs). */
async function briefingReadiness(actor: Actor, week: IsoWeek, now: Date): Promise<BriefingReadiness | null> {
  if (!can(actor, "readiness.view")) return null;
  const sunday = new Date(`${addDaysToKey(isoWeekMondayKey(week), 6)}T12:00:00Z`);
  const summary = await getReadinessSummary(actor, sunday < now ? sunday : now);
  if (!summary) return null;
  const weakest = summary.behind[0];
  return { systemName: summary.systemName, overall: summary.overall, passMark: summary.passMark, weakest: weakest ? { code: weakest.code, name: weakest.name, behind: weakest.behind } : null };
}

/**
 * The week a briefing opens on: the latest week whose report deadline has passed (on a
 * Saturday that is the current week, on a Wednesday the one before).
 */
export async function defaultBriefingWeek(actor: Actor, options: QueryOptions = {}): Promise<IsoWeek> {
  authorize(actor, "briefing.read");
  const now = options.now ?? new Date();
  const zoneCalendar = await loadZoneCalendar(db, actor.zoneId);
  const current = isoWeekOf(now, zoneCalendar.zone.timeZone);
  // The deadline on the zone's working-day calendar (a holiday moves it).
  const { deadline } = reportWeek(current, zoneCalendar);
  return deadline.getTime() <= now.getTime() ? current : shiftIsoWeek(current, -1);
}

// ───────────────────────────── the statement of each section ─────────────────────────────
// Exported for the benchmark, which sends the same SQL straight through node-postgres.

export function submissionRankingSql(zoneId: string, week: IsoWeek, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH asof AS (${asOfRelation(zoneId, now)}),
    wk AS (${weekRelation(zoneId, week)}),
    due AS (${dueReportersSql(zoneId, "wk", {})})
    SELECT u.id AS "unitId", u."shortName" AS unit, u.name AS "unitName", r."submittedAt", r."lateMinutes",
      CASE WHEN r.status IN ${FIGURE_STATUSES} AND ${ON_TIME_SQL} THEN 'ON_TIME'
           WHEN r.status IN ${FIGURE_STATUSES} THEN 'LATE'
           WHEN r.status IN ${SUBMITTED_STATUSES} THEN 'RETURNED'
           WHEN r.status = 'DRAFT' THEN 'DRAFT'
           ELSE 'MISSING' END AS outcome
    FROM due d
    JOIN wk w ON w.monday = d.monday
    JOIN "Unit" u ON u.id = d.unit_id
    LEFT JOIN "WeeklyReport" r ON r."unitId" = u.id AND r."isoYear" = d.iso_year AND r."isoWeek" = d.iso_week
    ORDER BY r."submittedAt" NULLS LAST, u."sortOrder", u.code
  `;
}

export function unitProgressSql(zoneId: string, week: IsoWeek, now: Date): Prisma.Sql {
  const previous = shiftIsoWeek(week, -1);
  const upTo = (target: IsoWeek) => Prisma.sql`(r."isoYear", r."isoWeek") <= (${target.isoYear}::int, ${target.isoWeek}::int)`;
  return Prisma.sql`
    WITH asof AS (${asOfRelation(zoneId, now)}),
    wk AS (${weekRelation(zoneId, week)}),
    -- Progress at the end of a week = the latest submitted entry of that week or earlier; one pass for both weeks.
    -- The latest is the greatest [week, progress] pair: a hash aggregate, no sort of every entry of every year.
    reported AS (
      SELECT e."workItemId" AS item_id,
        (max(ARRAY[(r."isoYear" * 100 + r."isoWeek")::numeric, e.progress]))[2] AS progress,
        (max(ARRAY[(r."isoYear" * 100 + r."isoWeek")::numeric, e.progress]) FILTER (WHERE ${upTo(previous)}))[2] AS previous
      FROM "ReportEntry" e JOIN "WeeklyReport" r ON r.id = e."reportId"
      WHERE r."zoneId" = ${zoneId} AND r.status IN ${FIGURE_STATUSES} AND ${upTo(week)}
      GROUP BY e."workItemId"
    ),
    items AS (
      SELECT wi."leadUnitId" AS unit_id,
        COALESCE(reported.progress, 0) AS progress,
        COALESCE(reported.previous, 0) AS previous,
        ${plannedProgressSql("wi", Prisma.sql`wk.last_day`)} AS planned
      FROM wk CROSS JOIN "WorkItem" wi
      JOIN "Unit" lu ON lu.id = wi."leadUnitId"
      LEFT JOIN reported ON reported.item_id = wi.id
      WHERE wi."zoneId" = ${zoneId} AND wi.status <> 'ARCHIVED' AND wi."startDate" <= wk.last_day AND lu.kind <> 'OFFICE'
    )
    SELECT u.id AS "unitId", u."shortName" AS unit, u.name AS "unitName", count(*)::int AS items,
      round(avg(i.progress), 1)::float8 AS progress, round(avg(i.planned), 1)::float8 AS planned,
      round(avg(i.progress) - avg(i.planned), 1)::float8 AS gap, round(avg(i.progress - i.previous), 1)::float8 AS moved
    FROM items i JOIN "Unit" u ON u.id = i.unit_id
    GROUP BY u.id
    ORDER BY gap DESC, moved DESC, u."sortOrder", u.code
  `;
}

export function newRedWarningsSql(zoneId: string, week: IsoWeek, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH asof AS (${asOfRelation(zoneId, now)}),
    wk AS (${weekRelation(zoneId, week)})
    SELECT w.id, w.title, w.evidence, w.kind::text AS kind, 'RED' AS level, u.id AS "unitId", u."shortName" AS unit, wi.id AS "workItemId", wi.code AS "workItemCode", x.reached_at AS "reachedAt"
    FROM wk CROSS JOIN "Warning" w
    JOIN "Unit" u ON u.id = w."unitId"
    LEFT JOIN "WorkItem" wi ON wi.id = w."workItemId"
    CROSS JOIN LATERAL (
      SELECT COALESCE(
        (SELECT min(e.at) FROM "WarningEvent" e
         WHERE e."warningId" = w.id AND e."toLevel" = 'RED' AND e.type IN ('OPENED', 'LEVEL_CHANGED', 'REOPENED') AND e.at >= wk.week_start AND e.at < wk.week_end),
        -- A warning without history: red since it was first seen.
        CASE WHEN w.level = 'RED' AND w."firstSeenAt" >= wk.week_start AND w."firstSeenAt" < wk.week_end
              AND NOT EXISTS (SELECT 1 FROM "WarningEvent" e WHERE e."warningId" = w.id) THEN w."firstSeenAt" END
      ) AS reached_at
    ) x
    WHERE w."zoneId" = ${zoneId} AND x.reached_at IS NOT NULL
    ORDER BY x.reached_at, w.id
  `;
}

export function weekNoticesSql(zoneId: string, week: IsoWeek, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH asof AS (${asOfRelation(zoneId, now)}),
    wk AS (${weekRelation(zoneId, week)})
    SELECT x.event, n.id, n.number, n.title, n.level::text AS level, n.status::text AS status, u.id AS "unitId", u."shortName" AS unit, x.at, n."responseDue"
    FROM wk CROSS JOIN "SupervisionNotice" n
    JOIN "Unit" u ON u.id = n."unitId"
    CROSS JOIN LATERAL (VALUES ('ISSUED', n."issuedAt"), ('CLOSED', n."closedAt")) AS x(event, at)
    WHERE n."zoneId" = ${zoneId} AND x.at >= wk.week_start AND x.at < wk.week_end
    ORDER BY x.event, x.at, n.seq
  `;
}

export function completedItemsSql(zoneId: string, week: IsoWeek, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH asof AS (${asOfRelation(zoneId, now)}),
    wk AS (${weekRelation(zoneId, week)})
    SELECT wi.id, wi.code, wi.title, u.id AS "unitId", u."shortName" AS unit, wi."completedAt"
    FROM wk CROSS JOIN "WorkItem" wi
    JOIN "Unit" u ON u.id = wi."leadUnitId"
    WHERE wi."zoneId" = ${zoneId} AND wi.status = 'COMPLETED' AND wi."completedAt" >= wk.week_start AND wi."completedAt" < wk.week_end
    ORDER BY wi."completedAt", wi.code
  `;
}
