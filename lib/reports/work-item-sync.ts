// Keeps the denormalised fields of work items (progress, last reported, status and completion,
// each indicator's current value, and a meeting decision's status) equal to the latest
// submitted or accepted report entry. Runs inside the transaction that submits or returns a
// report.
import "server-only";
import type { TxClient } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { toNumber } from "@/lib/format";
import { storedIndicatorValue } from "./entry-rules";
import { FIGURE_STATUSES, statusListSql } from "./workflow";

/** Counts for figures (./workflow.ts). */
const FIGURES = Prisma.raw(statusListSql(FIGURE_STATUSES));

interface LatestRow {
  workItemId: string;
  progress: unknown;
  submittedAt: Date | null;
}

interface LatestValue {
  indicatorId: string;
  value: unknown;
}

export async function syncWorkItems(tx: TxClient, itemIds: string[], now: Date): Promise<void> {
  if (itemIds.length === 0) return;
  const [latest, values, items] = await Promise.all([
    // The latest entry with a progress figure: an empty field is never 0 %.
    tx.$queryRaw<LatestRow[]>`
      SELECT DISTINCT ON (e."workItemId") e."workItemId", e."progress", r."submittedAt"
      FROM "ReportEntry" e JOIN "WeeklyReport" r ON r."id" = e."reportId"
      WHERE e."workItemId" = ANY(${itemIds}) AND r."status" IN ${FIGURES} AND e."progress" IS NOT NULL
      ORDER BY e."workItemId", r."weekStart" DESC`,
    // Each indicator's latest value: an entry may leave one indicator empty and give another.
    tx.$queryRaw<LatestValue[]>`
      SELECT DISTINCT ON (v."indicatorId") v."indicatorId", v."value"
      FROM "IndicatorValue" v JOIN "ReportEntry" e ON e."id" = v."entryId" JOIN "WeeklyReport" r ON r."id" = e."reportId"
      WHERE e."workItemId" = ANY(${itemIds}) AND r."status" IN ${FIGURES}
      ORDER BY v."indicatorId", r."weekStart" DESC`,
    tx.workItem.findMany({ where: { id: { in: itemIds } }, select: { id: true, status: true, completedAt: true, recurrence: true, indicators: { select: { id: true, currentValue: true } } } }),
  ]);
  const latestBy = new Map(latest.map((row) => [row.workItemId, row]));
  // Exact text, never a float: a 17-digit value reaches currentValue as it was reported.
  const valueBy = new Map(values.map((row) => [row.indicatorId, storedIndicatorValue(row.value as string)]));
  for (const item of items) {
    const row = latestBy.get(item.id);
    const progress = toNumber(row?.progress as string) ?? 0;
    // A recurring item's 100 % is its period's work done, not the item: it stays active to its due date.
    const completed = progress >= 100 && item.recurrence === "NONE";
    await tx.workItem.update({
      where: { id: item.id },
      data: {
        progress,
        lastReportedAt: row?.submittedAt ?? null,
        ...(item.status === "ARCHIVED" ? {} : { status: completed ? "COMPLETED" : "ACTIVE", completedAt: completed ? (item.completedAt ?? now) : null }),
      },
    });
    for (const indicator of item.indicators) {
      const value = valueBy.get(indicator.id) ?? null;
      if (storedIndicatorValue(indicator.currentValue) !== value) await tx.workItemIndicator.update({ where: { id: indicator.id }, data: { currentValue: value } });
    }
    if (item.status !== "ARCHIVED") {
      await tx.meetingDecision.updateMany({ where: { workItemId: item.id, status: { not: "CANCELLED" } }, data: { status: completed ? "DONE" : "OPEN" } });
    }
  }
}
