// The week's submission board: every unit that owes the week's report (or has one), with its
// status. Shared by the review page and the reminder action (which runs it in its transaction).
import "server-only";
import type { DbClient, TxClient } from "@/lib/db/client";
import { dateFromKey, dateKey, type IsoWeek } from "@/lib/dates/zone-time";
import { itemOwesReport, reportWeek, type ReportWeek } from "./week";
import { BOARD_STATUSES, boardStatus, type BoardStatus, type ReportStatus } from "./workflow";

export interface BoardRow {
  id: string;
  name: string;
  shortName: string;
  park: { id: string; shortName: string } | null;
  /** Whether the unit had work items due this week (a unit may also report without). */
  owed: boolean;
  status: BoardStatus;
  report: { id: string; status: ReportStatus; submittedAt: Date | null; lateMinutes: number | null; entries: number; needsCoordination: number } | null;
}

export interface Board {
  week: ReportWeek;
  timeZone: string;
  rows: BoardRow[];
  counts: Record<BoardStatus, number>;
}

export async function loadBoard(client: DbClient | TxClient, zoneId: string, isoWeek: IsoWeek, filters: { parkId?: string | null; status?: BoardStatus | null } = {}): Promise<Board> {
  const zone = await client.zone.findUniqueOrThrow({ where: { id: zoneId }, select: { timeZone: true, reportDeadlineWeekday: true, reportDeadlineTime: true } });
  const week = reportWeek(isoWeek, zone);
  const [units, items, reports] = await Promise.all([
    client.unit.findMany({
      where: { zoneId, active: true, kind: { not: "OFFICE" }, ...(filters.parkId ? { parkId: filters.parkId } : {}) },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, name: true, shortName: true, park: { select: { id: true, shortName: true } } },
    }),
    client.workItem.findMany({
      where: { zoneId, status: { not: "ARCHIVED" }, startDate: { lte: dateFromKey(week.sundayKey) } },
      select: { leadUnitId: true, startDate: true, status: true, completedAt: true },
    }),
    client.weeklyReport.findMany({
      where: { zoneId, isoYear: week.isoYear, isoWeek: week.isoWeek },
      select: { id: true, unitId: true, status: true, submittedAt: true, lateMinutes: true, _count: { select: { entries: true } } },
    }),
  ]);
  const coordination = await client.reportEntry.groupBy({
    by: ["reportId"],
    where: { reportId: { in: reports.map((report) => report.id) }, needsCoordination: true },
    _count: { _all: true },
  });
  const coordinationBy = new Map(coordination.map((row) => [row.reportId, row._count._all]));
  const owed = new Set(items.filter((item) => itemOwesReport({ ...item, startDate: dateKey(item.startDate) }, week)).map((item) => item.leadUnitId));
  const reportBy = new Map(reports.map((report) => [report.unitId, report]));
  const all: BoardRow[] = units
    .filter((unit) => owed.has(unit.id) || reportBy.has(unit.id))
    .map((unit) => {
      const report = reportBy.get(unit.id);
      return {
        ...unit,
        owed: owed.has(unit.id),
        status: boardStatus(report ?? null),
        report: report
          ? { id: report.id, status: report.status, submittedAt: report.submittedAt, lateMinutes: report.lateMinutes, entries: report._count.entries, needsCoordination: coordinationBy.get(report.id) ?? 0 }
          : null,
      };
    });
  const counts = Object.fromEntries(BOARD_STATUSES.map((status) => [status, all.filter((row) => row.status === status).length])) as Record<BoardStatus, number>;
  return { week, timeZone: zone.timeZone, rows: filters.status ? all.filter((row) => row.status === filters.status) : all, counts };
}
