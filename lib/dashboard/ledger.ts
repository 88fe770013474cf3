// The ledger (台账): every work item with its status, lead unit, progress against the planned
// timeline and open warnings, for the .xlsx export. A reporter gets its own unit's items only.
import "server-only";
import { authorize, unitScope, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Level } from "./levels";
import type { QueryOptions } from "./queries";
import type { LedgerFilters } from "./schema";
import { plannedProgressSql } from "@/lib/plan/planned-progress-sql";
import { asOfRelation, scopedItemsFrom } from "./sql";

export interface LedgerIndicator {
  name: string;
  unit: string | null;
  direction: "RISING" | "FALLING";
  baseline: number;
  current: number | null;
  target: number;
}

export interface LedgerRow {
  code: string;
  taskCode: string | null;
  taskTitle: string | null;
  measureCode: string | null;
  measureTitle: string | null;
  title: string;
  source: "PLAN" | "MEETING_DECISION";
  leadUnit: string;
  cooperators: string | null;
  startDate: Date;
  dueDate: Date;
  deliverable: string | null;
  leaderName: string | null;
  ownerName: string | null;
  recurrence: "NONE" | "MONTHLY" | "QUARTERLY" | "STANDING";
  /** The item's indicators in order; `current` is the latest reported value (null: none yet). */
  indicators: LedgerIndicator[];
  status: "ACTIVE" | "COMPLETED";
  /** % */
  progress: number;
  /** % (序时进度 today) */
  planned: number;
  lastReportedAt: Date | null;
  openWarnings: number;
  highestLevel: Level | null;
}

export async function getLedger(actor: Actor, filters: LedgerFilters, options: QueryOptions = {}): Promise<LedgerRow[]> {
  authorize(actor, "export.read");
  // A reporter's export holds its own unit's items whatever unit the URL names.
  const scope = unitScope(actor, "export.read");
  const unitId = scope.unitId ?? filters.unitId;
  const now = options.now ?? new Date();
  return db.$queryRaw<LedgerRow[]>(ledgerSql(actor.zoneId, { ...filters, unitId }, now));
}

/** The ledger statement (exported for the benchmark); `filters.unitId` is the lead unit, already scoped. */
export function ledgerSql(zoneId: string, filters: LedgerFilters, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH asof AS (${asOfRelation(zoneId, now)})
    SELECT wi.code, t.code AS "taskCode", t.title AS "taskTitle", m.code AS "measureCode", m.title AS "measureTitle", wi.title,
      wi.source::text AS source, lu.name AS "leadUnit",
      (SELECT string_agg(cu."shortName", '、' ORDER BY cu."sortOrder", cu.code)
        FROM "WorkItemCooperator" c JOIN "Unit" cu ON cu.id = c."unitId" WHERE c."workItemId" = wi.id) AS cooperators,
      wi."startDate", wi."dueDate", wi.deliverable, wi."leaderName", wi."ownerName", wi.recurrence::text AS recurrence,
      COALESCE((SELECT json_agg(json_build_object('name', ind.name, 'unit', ind.unit, 'direction', ind.direction, 'baseline', ind.baseline::float8,
          'current', ind."currentValue"::float8, 'target', ind.target::float8) ORDER BY ind.seq)
        FROM "WorkItemIndicator" ind WHERE ind."workItemId" = wi.id), '[]'::json) AS indicators,
      wi.status::text AS status, wi.progress::float8 AS progress,
      ${plannedProgressSql("wi", Prisma.sql`asof.today`)}::float8 AS planned,
      wi."lastReportedAt",
      (SELECT count(*)::int FROM "Warning" w WHERE w."workItemId" = wi.id AND w.status <> 'RESOLVED') AS "openWarnings",
      (SELECT w.level::text FROM "Warning" w WHERE w."workItemId" = wi.id AND w.status <> 'RESOLVED'
        ORDER BY CASE w.level WHEN 'RED' THEN 0 WHEN 'ORANGE' THEN 1 WHEN 'YELLOW' THEN 2 ELSE 3 END LIMIT 1) AS "highestLevel"
    FROM asof CROSS JOIN ${scopedItemsFrom(zoneId, filters)}
      ${filters.unitId ? Prisma.sql`AND wi."leadUnitId" = ${filters.unitId}` : Prisma.empty}
      ${filters.status ? Prisma.sql`AND wi.status::text = ${filters.status}` : Prisma.empty}
    ORDER BY wi.source, t."sortOrder", m."sortOrder", wi."sortOrder", wi.code
  `;
}
