// Keeps the denormalised fields of work items (progress, last reported, status and completion,
// each indicator's current value, and a meeting decision's status) equal to the latest
// submitted or accepted report entry. Runs inside the transaction that submits or returns a
// report.
import "server-only";
import type { TxClient } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Recurrence, WorkItemStatus } from "@/lib/db/generated/enums";
import { toNumber } from "@/lib/format";
import { storedIndicatorValue } from "./entry-rules";
import { FIGURE_STATUSES, statusListSql } from "./workflow";

/** Counts for figures (./workflow.ts). */
const FIGURES = Prisma.raw(statusListSql(FIGURE_STATUSES));

/** An item with the latest submitted figures (./workflow.ts FIGURE_STATUSES) of it and of each of its indicators. */
interface SyncItemRow {
  id: string;
  status: WorkItemStatus;
  completedAt: Date | null;
  recurrence: Recurrence;
  /** The latest entry with a progress figure (an empty field is never 0 %), as exact text. */
  latestProgress: string | null;
  latestSubmittedAt: Date | null;
  /** Values as exact text (numeric to text): the stored current one and the latest reported. */
  indicators: { id: string; currentValue: string | null; latest: string | null }[];
}

export async function syncWorkItems(tx: TxClient, itemIds: string[], now: Date): Promise<void> {
  if (itemIds.length === 0) return;
  // One statement: the items, each one's latest progress and each indicator's latest value (an
  // entry may leave one indicator empty and give another). It was four (two DISTINCT ON reads
  // and Prisma's include); each statement costs the server more CPU than these rows.
  const items = await tx.$queryRaw<SyncItemRow[]>`
    SELECT w."id", w."status"::text AS "status", w."completedAt", w."recurrence"::text AS "recurrence",
           latest."progress"::text AS "latestProgress", latest."submittedAt" AS "latestSubmittedAt",
           COALESCE((SELECT json_agg(json_build_object('id', i."id", 'currentValue', i."currentValue"::text, 'latest', (
                       SELECT v."value"::text FROM "IndicatorValue" v JOIN "ReportEntry" e ON e."id" = v."entryId" JOIN "WeeklyReport" r ON r."id" = e."reportId"
                       WHERE v."indicatorId" = i."id" AND r."status" IN ${FIGURES}
                       ORDER BY r."weekStart" DESC LIMIT 1)) ORDER BY i."seq")
                     FROM "WorkItemIndicator" i WHERE i."workItemId" = w."id"), '[]'::json) AS "indicators"
    FROM "WorkItem" w
    LEFT JOIN LATERAL (
      SELECT e."progress", r."submittedAt" FROM "ReportEntry" e JOIN "WeeklyReport" r ON r."id" = e."reportId"
      WHERE e."workItemId" = w."id" AND r."status" IN ${FIGURES} AND e."progress" IS NOT NULL
      ORDER BY r."weekStart" DESC LIMIT 1
    ) latest ON true
    WHERE w."id" = ANY(${itemIds}::text[])`;
  // Worked out here, written in one statement per table (not one per item: a unit submits a
  // dozen items at once, and each statement costs the server more CPU than its rows do).
  const itemRows = items.map((item) => {
    const progress = toNumber(item.latestProgress) ?? 0;
    // A recurring item's 100 % is its period's work done, not the item: it stays active to its due date.
    const completed = progress >= 100 && item.recurrence === "NONE";
    const archived = item.status === "ARCHIVED";
    return {
      id: item.id,
      progress: String(progress),
      lastReportedAt: item.latestSubmittedAt,
      status: archived ? item.status : completed ? "COMPLETED" : "ACTIVE",
      completedAt: archived ? item.completedAt : completed ? (item.completedAt ?? now) : null,
      archived,
      completed,
    };
  });
  // Exact text, never a float: a 17-digit value reaches currentValue as it was reported.
  const changedIndicators = items
    .flatMap((item) => item.indicators)
    .map((indicator) => ({ id: indicator.id, value: storedIndicatorValue(indicator.latest), current: storedIndicatorValue(indicator.currentValue) }))
    .filter((indicator) => indicator.value !== indicator.current);
  const iso = (date: Date | null) => (date ? date.toISOString() : null);
  // TIMESTAMP(3) columns hold UTC: an ISO instant cast to timestamp keeps its UTC wall time.
  await tx.$executeRaw`
    UPDATE "WorkItem" w
    SET "progress" = v.progress, "lastReportedAt" = v.last_reported, "status" = v.status::"WorkItemStatus", "completedAt" = v.completed_at, "updatedAt" = ${now.toISOString()}::timestamp(3)
    FROM unnest(${itemRows.map((row) => row.id)}::text[], ${itemRows.map((row) => row.progress)}::numeric[], ${itemRows.map((row) => iso(row.lastReportedAt))}::timestamp(3)[],
                ${itemRows.map((row) => row.status)}::text[], ${itemRows.map((row) => iso(row.completedAt))}::timestamp(3)[])
      AS v(id, progress, last_reported, status, completed_at)
    WHERE w."id" = v.id`;
  if (changedIndicators.length > 0) {
    await tx.$executeRaw`
      UPDATE "WorkItemIndicator" i
      SET "currentValue" = v.value, "updatedAt" = ${now.toISOString()}::timestamp(3)
      FROM unnest(${changedIndicators.map((indicator) => indicator.id)}::text[], ${changedIndicators.map((indicator) => indicator.value)}::numeric[]) AS v(id, value)
      WHERE i."id" = v.id`;
  }
  // A meeting decision follows its item's completion (an archived item's decision is left as it is).
  const open = itemRows.filter((row) => !row.archived);
  if (open.length > 0) {
    await tx.$executeRaw`
      UPDATE "MeetingDecision"
      SET "status" = (CASE WHEN "workItemId" = ANY(${open.filter((row) => row.completed).map((row) => row.id)}::text[]) THEN 'DONE' ELSE 'OPEN' END)::"DecisionStatus",
          "updatedAt" = ${now.toISOString()}::timestamp(3)
      WHERE "workItemId" = ANY(${open.map((row) => row.id)}::text[]) AND "status" <> 'CANCELLED'`;
  }
}
