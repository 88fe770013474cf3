// Keeps the denormalised fields of work items (progress, indicator value, last reported,
// status and completion, and a meeting decision's status) equal to the latest submitted or
// accepted report entry. Runs inside the transaction that submits or returns a report.
import "server-only";
import type { TxClient } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { toNumber } from "@/lib/format";
import { FIGURE_STATUSES, statusListSql } from "./workflow";

/** Counts for figures (./workflow.ts). */
const FIGURES = Prisma.raw(statusListSql(FIGURE_STATUSES));

interface LatestRow {
  workItemId: string;
  progress: unknown;
  indicatorValue: unknown;
  submittedAt: Date | null;
}

async function latestEntries(tx: TxClient, itemIds: string[], withIndicator: boolean): Promise<Map<string, LatestRow>> {
  const rows = withIndicator
    ? await tx.$queryRaw<LatestRow[]>`
        SELECT DISTINCT ON (e."workItemId") e."workItemId", e."progress", e."indicatorValue", r."submittedAt"
        FROM "ReportEntry" e JOIN "WeeklyReport" r ON r."id" = e."reportId"
        WHERE e."workItemId" = ANY(${itemIds}) AND r."status" IN ${FIGURES} AND e."indicatorValue" IS NOT NULL
        ORDER BY e."workItemId", r."weekStart" DESC`
    : await tx.$queryRaw<LatestRow[]>`
        SELECT DISTINCT ON (e."workItemId") e."workItemId", e."progress", e."indicatorValue", r."submittedAt"
        FROM "ReportEntry" e JOIN "WeeklyReport" r ON r."id" = e."reportId"
        WHERE e."workItemId" = ANY(${itemIds}) AND r."status" IN ${FIGURES} AND e."progress" IS NOT NULL
        ORDER BY e."workItemId", r."weekStart" DESC`;
  return new Map(rows.map((row) => [row.workItemId, row]));
}

export async function syncWorkItems(tx: TxClient, itemIds: string[], now: Date): Promise<void> {
  if (itemIds.length === 0) return;
  const [latest, latestIndicator, items] = await Promise.all([
    latestEntries(tx, itemIds, false),
    latestEntries(tx, itemIds, true),
    tx.workItem.findMany({ where: { id: { in: itemIds } }, select: { id: true, status: true, completedAt: true, indicatorName: true, indicatorBaseline: true } }),
  ]);
  for (const item of items) {
    const row = latest.get(item.id);
    const progress = toNumber(row?.progress as string) ?? 0;
    const completed = progress >= 100;
    await tx.workItem.update({
      where: { id: item.id },
      data: {
        progress,
        indicatorValue: item.indicatorName ? (toNumber(latestIndicator.get(item.id)?.indicatorValue as string) ?? item.indicatorBaseline) : null,
        lastReportedAt: row?.submittedAt ?? null,
        ...(item.status === "ARCHIVED" ? {} : { status: completed ? "COMPLETED" : "ACTIVE", completedAt: completed ? (item.completedAt ?? now) : null }),
      },
    });
    if (item.status !== "ARCHIVED") {
      await tx.meetingDecision.updateMany({ where: { workItemId: item.id, status: { not: "CANCELLED" } }, data: { status: completed ? "DONE" : "OPEN" } });
    }
  }
}
