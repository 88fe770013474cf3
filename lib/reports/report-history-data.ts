// Loads the report history of a period for the monthly report and the quarterly assessment:
// the zone's work items, the reports of the period's weeks, and each item's latest submitted
// entry as of given weeks (not every entry: a long campaign has many).
import "server-only";
import type { DbClient, TxClient } from "@/lib/db/client";
import type { IsoWeek } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import { Prisma } from "@/lib/db/generated/client";
import { toPlanItem, type HistoryEntry, type HistoryReport, type PlanItem } from "./report-history";
import { exemptionKey, type ReportWeek } from "./week";
import { TIMELINESS_REPORTS, FIGURE_STATUSES, statusListSql } from "./workflow";

const FIGURE_STATUSES_SQL = Prisma.raw(statusListSql(FIGURE_STATUSES));

type Client = DbClient | TxClient;

export async function loadPlanItems(client: Client, zoneId: string): Promise<PlanItem[]> {
  const items = await client.workItem.findMany({
    where: { zoneId, status: { not: "ARCHIVED" } },
    select: {
      id: true, code: true, title: true, leadUnitId: true, startDate: true, dueDate: true, status: true, completedAt: true,
      plannedCurve: true, plannedPoints: true, recurrence: true,
      indicators: { select: { id: true, name: true, baseline: true, target: true }, orderBy: { seq: "asc" } },
    },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
  return items.map(toPlanItem);
}

/** The reports of the weeks that count for timeliness (filed at least once). */
export async function loadReportsOfWeeks(client: Client, zoneId: string, weeks: ReportWeek[]): Promise<HistoryReport[]> {
  if (weeks.length === 0) return [];
  return client.weeklyReport.findMany({
    where: { zoneId, ...TIMELINESS_REPORTS, OR: weeks.map((week) => ({ isoYear: week.isoYear, isoWeek: week.isoWeek })) },
    select: { unitId: true, isoYear: true, isoWeek: true, submittedAt: true, lateMinutes: true },
  });
}

/** The excused weeks (免报) among the period's weeks, as exemptionKey()s. */
export async function loadExcusedWeeks(client: Client, zoneId: string, weeks: ReportWeek[]): Promise<Set<string>> {
  if (weeks.length === 0) return new Set();
  const rows = await client.reportExemption.findMany({
    where: { zoneId, OR: weeks.map((week) => ({ isoYear: week.isoYear, isoWeek: week.isoWeek })) },
    select: { unitId: true, isoYear: true, isoWeek: true },
  });
  return new Set(rows.map((row) => exemptionKey(row.unitId, row)));
}

interface EntryRow {
  workItemId: string;
  isoYear: number;
  isoWeek: number;
  progress: unknown;
  indicatorId?: string;
  value?: unknown;
}

/** Each item's latest submitted entry, and each indicator's latest reported value, as of each week. */
export async function loadEntriesAsOf(client: Client, zoneId: string, weeks: (IsoWeek & { weekStart: Date })[]): Promise<HistoryEntry[]> {
  const entries = new Map<string, HistoryEntry>();
  const entryOf = (row: EntryRow) => {
    const key = `${row.workItemId}:${row.isoYear}:${row.isoWeek}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = { workItemId: row.workItemId, isoYear: Number(row.isoYear), isoWeek: Number(row.isoWeek), progress: toNumber(row.progress as string), values: [] };
      entries.set(key, entry);
    }
    return entry;
  };
  for (const week of weeks) {
    // The latest entry with a progress figure (an empty field is never 0 %), and each indicator's latest value.
    const latest = await client.$queryRaw<EntryRow[]>`
      SELECT DISTINCT ON (e."workItemId") e."workItemId", r."isoYear", r."isoWeek", e."progress"
      FROM "ReportEntry" e JOIN "WeeklyReport" r ON r."id" = e."reportId"
      WHERE r."zoneId" = ${zoneId} AND r."status" IN ${FIGURE_STATUSES_SQL} AND r."weekStart" <= ${week.weekStart} AND e."progress" IS NOT NULL
      ORDER BY e."workItemId", r."weekStart" DESC`;
    for (const row of latest) entryOf(row);
    const values = await client.$queryRaw<EntryRow[]>`
      SELECT DISTINCT ON (v."indicatorId") e."workItemId", r."isoYear", r."isoWeek", e."progress", v."indicatorId", v."value"
      FROM "IndicatorValue" v JOIN "ReportEntry" e ON e."id" = v."entryId" JOIN "WeeklyReport" r ON r."id" = e."reportId"
      WHERE r."zoneId" = ${zoneId} AND r."status" IN ${FIGURE_STATUSES_SQL} AND r."weekStart" <= ${week.weekStart}
      ORDER BY v."indicatorId", r."weekStart" DESC`;
    for (const row of values) {
      const entry = entryOf(row);
      if (!entry.values.some((given) => given.indicatorId === row.indicatorId)) entry.values.push({ indicatorId: row.indicatorId!, value: toNumber(row.value as string) ?? 0 });
    }
  }
  return [...entries.values()];
}
