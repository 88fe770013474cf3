// A unit's activity (its report timeline, warnings, notices and published scores) and a
// park's overview: the drill-downs behind the dashboard numbers. Each part follows its own
// permission: a reporter looking at another unit gets null for what it may not read.
import "server-only";
import { authorize, can, type Actor, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { NoticeStatus, ParkKind, UnitKind } from "@/lib/db/generated/enums";
import type { Level } from "@/lib/dashboard/levels";
import type { QueryOptions } from "@/lib/dashboard/queries";
import { asOfRelation, FIGURE_STATUSES, owingUnitsSql, reportWeeksSql, SUBMITTED_STATUSES } from "@/lib/dashboard/sql";
import { BEHIND_POINTS, plannedProgressSql } from "@/lib/plan/planned-progress-sql";
import { NotFoundError } from "@/lib/server/errors";
import { warningListSql, type WarningListRow } from "@/lib/warnings/queries";

export type ReportWeekOutcome = "ON_TIME" | "LATE" | "SUBMITTED" | "RETURNED" | "DRAFT" | "MISSING" | "PENDING" | "EXCUSED" | "NOT_OWED";

export interface ReportWeekRow {
  isoYear: number;
  isoWeek: number;
  deadline: Date;
  reportId: string | null;
  status: string | null;
  submittedAt: Date | null;
  lateMinutes: number | null;
  /** The unit owes the week (unitOwesWeek, in SQL: owingUnitsSql). */
  owed: boolean;
  /** The office excused the unit from the week (免报). */
  exemptionId: string | null;
  exemptionReason: string | null;
  /**
   * PENDING: the deadline has not passed and nothing is submitted yet; EXCUSED: 免报;
   * NOT_OWED: a holiday week, before reporting started, or no item owed it.
   */
  outcome: ReportWeekOutcome;
}

export interface UnitNoticeRow {
  id: string;
  number: string;
  title: string;
  level: Level;
  status: NoticeStatus;
  issuedAt: Date;
  responseDue: Date;
  closedAt: Date | null;
}

export interface UnitScoreRow {
  year: number;
  quarter: number;
  totalScore: number;
  rank: number | null;
  rankedUnits: number;
}

export interface UnitActivity {
  /** The last weeks of weekly reports, newest first; null when the actor may not read them. */
  reports: ReportWeekRow[] | null;
  warnings: WarningListRow[] | null;
  notices: UnitNoticeRow[] | null;
  scores: UnitScoreRow[] | null;
}

export const TIMELINE_WEEKS = 12;

/** Reads `query` only when the actor may read this unit's records under `permission`. */
function ifAllowed<T>(actor: Actor, permission: Permission, unitId: string, query: () => Promise<T>): Promise<T | null> {
  return can(actor, permission, { unitId, zoneId: actor.zoneId }) ? query() : Promise.resolve(null);
}

export async function getUnitActivity(actor: Actor, unitId: string, options: QueryOptions = {}): Promise<UnitActivity> {
  authorize(actor, "unit.read");
  const unit = await db.unit.findFirst({ where: { id: unitId, zoneId: actor.zoneId }, select: { id: true } });
  if (!unit) throw new NotFoundError("unit");
  const now = options.now ?? new Date();
  const [reports, warnings, notices, scores] = await Promise.all([
    ifAllowed(actor, "report.read", unitId, () =>
      db.$queryRaw<ReportWeekRow[]>(Prisma.sql`
        WITH asof AS (${asOfRelation(actor.zoneId, now)}),
        weeks AS (${reportWeeksSql(
          actor.zoneId,
          Prisma.sql`SELECT generate_series(date_trunc('week', asof.today::timestamp) - make_interval(weeks => ${TIMELINE_WEEKS - 1}::int),
            date_trunc('week', asof.today::timestamp), interval '7 days') AS monday FROM asof`,
        )})
        , owing AS (${owingUnitsSql(actor.zoneId, "weeks", {})})
        SELECT w.iso_year AS "isoYear", w.iso_week AS "isoWeek", COALESCE(r.deadline, w.deadline) AS deadline, r.id AS "reportId",
          r.status::text AS status, r."submittedAt", r."lateMinutes",
          (o.unit_id IS NOT NULL) AS owed, x.id AS "exemptionId", x.reason AS "exemptionReason",
          CASE WHEN r.status IN ${FIGURE_STATUSES} AND r."lateMinutes" = 0 THEN 'ON_TIME'
               WHEN r.status IN ${FIGURE_STATUSES} AND r."lateMinutes" > 0 THEN 'LATE'
               WHEN r.status IN ${FIGURE_STATUSES} THEN 'SUBMITTED'
               WHEN r.status IN ${SUBMITTED_STATUSES} THEN 'RETURNED'
               WHEN x.id IS NOT NULL THEN 'EXCUSED'
               WHEN o.unit_id IS NULL THEN 'NOT_OWED'
               WHEN w.deadline > asof.now THEN 'PENDING'
               WHEN r.status = 'DRAFT' THEN 'DRAFT'
               ELSE 'MISSING' END AS outcome
        FROM weeks w CROSS JOIN asof
        LEFT JOIN "WeeklyReport" r ON r."unitId" = ${unitId} AND r."isoYear" = w.iso_year AND r."isoWeek" = w.iso_week
        LEFT JOIN "ReportExemption" x ON x."unitId" = ${unitId} AND x."isoYear" = w.iso_year AND x."isoWeek" = w.iso_week
        LEFT JOIN owing o ON o.monday = w.monday AND o.unit_id = ${unitId}
        ORDER BY w.monday DESC
      `),
    ),
    ifAllowed(actor, "warning.read", unitId, () =>
      db.$queryRaw<WarningListRow[]>(warningListSql(Prisma.sql`w."zoneId" = ${actor.zoneId} AND w."unitId" = ${unitId}`)),
    ),
    ifAllowed(actor, "notice.read", unitId, () =>
      db.$queryRaw<UnitNoticeRow[]>(Prisma.sql`
        SELECT n.id, n.number, n.title, n.level::text AS level, n.status::text AS status, n."issuedAt", n."responseDue", n."closedAt"
        FROM "SupervisionNotice" n
        WHERE n."zoneId" = ${actor.zoneId} AND n."unitId" = ${unitId}
        ORDER BY (n.status = 'CLOSED'), n."responseDue" DESC, n.seq DESC
        LIMIT 30
      `),
    ),
    ifAllowed(actor, "assessment.read", unitId, () =>
      db.$queryRaw<UnitScoreRow[]>(Prisma.sql`
        SELECT r.year, r.quarter, a."totalScore"::float8 AS "totalScore", a.rank,
          (SELECT count(*)::int FROM "Assessment" other WHERE other."roundId" = r.id AND other.stage = 'PUBLISHED') AS "rankedUnits"
        FROM "Assessment" a JOIN "AssessmentRound" r ON r.id = a."roundId"
        WHERE r."zoneId" = ${actor.zoneId} AND r.status = 'PUBLISHED' AND a.stage = 'PUBLISHED' AND a."unitId" = ${unitId}
        ORDER BY r.year DESC, r.quarter DESC
      `),
    ),
  ]);
  return { reports, warnings, notices, scores };
}

// ───────────────────────────── parks ─────────────────────────────

export interface ParkUnitRow {
  id: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  items: number;
  completed: number;
  behind: number;
  progress: number | null;
  planned: number | null;
}

export interface ParkOverview {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: ParkKind;
  plannedAreaKm2: number | null;
  builtAreaKm2: number | null;
  /** The park's units with the progress of the items they lead. */
  units: ParkUnitRow[];
  landBatches: { id: string; seq: number; name: string; status: string; areaMu: number; approvedMu: number }[];
  funding: { id: string; name: string; status: string; amountSought: number; amountApproved: number; amountArrived: number }[];
  designations: { id: string; name: string; level: string; status: string }[];
}

export async function getParkOverview(actor: Actor, parkId: string, options: QueryOptions = {}): Promise<ParkOverview> {
  authorize(actor, "unit.read");
  const now = options.now ?? new Date();
  const park = await db.park.findFirst({
    where: { id: parkId, zoneId: actor.zoneId },
    include: {
      landBatches: { orderBy: { seq: "asc" }, select: { id: true, seq: true, name: true, status: true, areaMu: true, approvedMu: true } },
      fundingItems: { orderBy: { createdAt: "asc" }, select: { id: true, name: true, status: true, amountSought: true, amountApproved: true, amountArrived: true } },
      designations: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, level: true, status: true } },
    },
  });
  if (!park) throw new NotFoundError("park");
  const units = await db.$queryRaw<ParkUnitRow[]>(Prisma.sql`
    WITH asof AS (${asOfRelation(actor.zoneId, now)})
    SELECT u.id, u.name, u."shortName", u.kind::text AS kind,
      count(wi.id)::int AS items,
      count(wi.id) FILTER (WHERE wi.status = 'COMPLETED')::int AS completed,
      count(wi.id) FILTER (WHERE wi.status = 'ACTIVE' AND ${plannedProgressSql("wi", Prisma.sql`asof.today`)} - wi.progress > ${BEHIND_POINTS})::int AS behind,
      round(avg(wi.progress), 1)::float8 AS progress,
      round(avg(${plannedProgressSql("wi", Prisma.sql`asof.today`)}), 1)::float8 AS planned
    FROM asof CROSS JOIN "Unit" u
    LEFT JOIN "WorkItem" wi ON wi."leadUnitId" = u.id AND wi.status <> 'ARCHIVED'
    WHERE u."zoneId" = ${actor.zoneId} AND u."parkId" = ${parkId} AND u.active
    GROUP BY u.id
    ORDER BY u."sortOrder", u.code
  `);
  const number = (value: { toString(): string }) => Number(value.toString());
  return {
    id: park.id,
    code: park.code,
    name: park.name,
    shortName: park.shortName,
    kind: park.kind,
    plannedAreaKm2: park.plannedAreaKm2 === null ? null : number(park.plannedAreaKm2),
    builtAreaKm2: park.builtAreaKm2 === null ? null : number(park.builtAreaKm2),
    units,
    landBatches: park.landBatches.map((batch) => ({ ...batch, areaMu: number(batch.areaMu), approvedMu: number(batch.approvedMu) })),
    funding: park.fundingItems.map((item) => ({
      ...item,
      amountSought: number(item.amountSought),
      amountApproved: number(item.amountApproved),
      amountArrived: number(item.amountArrived),
    })),
    designations: park.designations,
  };
}
