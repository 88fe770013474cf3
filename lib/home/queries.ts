import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { addDaysToKey, dateFromKey, dateKey, formatIsoWeek, localDateKey } from "@/lib/dates/zone-time";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { currentReportWeek } from "@/lib/reports/week";
import { TIMELINESS_STATUSES } from "@/lib/reports/workflow";
import { noticeOverdueDays, overdueNoticesWhere } from "@/lib/notices/due";
import type { NoticeStatus } from "@/lib/db/generated/enums";

// The creation office's workbench (工作台): what is waiting for a supervisor today. One
// aggregate query per panel; the lists are short and link to the full pages.

const SOON_DAYS = 14;

export interface WorkbenchReport {
  id: string;
  unitName: string;
  week: string;
  submittedAt: Date | null;
  lateMinutes: number | null;
}

export interface WorkbenchNotice {
  id: string;
  number: string;
  unitName: string;
  status: NoticeStatus;
  responseDue: string;
  /** Calendar days past the answer day (lib/notices/due.ts); 0 when not overdue. */
  overdueDays: number;
}

export interface WorkbenchDue {
  id: string;
  title: string;
  unitName: string;
  dueDate: string;
  href: string;
}

export interface SupervisorWorkbench {
  week: { label: string; deadline: Date; deadlinePassed: boolean; submitted: number; draft: number };
  reportsToReview: { total: number; items: WorkbenchReport[] };
  openWarnings: Record<"RED" | "ORANGE" | "YELLOW" | "BLUE", number>;
  notices: { responded: number; overdue: number; open: number; items: WorkbenchNotice[] };
  coordinationWaiting: number;
  dueSoon: WorkbenchDue[];
  today: string;
}


export async function getSupervisorWorkbench(actor: Actor, now = new Date()): Promise<SupervisorWorkbench> {
  authorize(actor, "report.review");
  const zoneCalendar = await loadZoneCalendar(db, actor.zoneId);
  const week = currentReportWeek(now, zoneCalendar);
  const today = localDateKey(now, zoneCalendar.zone.timeZone);
  const overdueNotices = overdueNoticesWhere(zoneCalendar.calendar, today);
  const soon = dateFromKey(addDaysToKey(today, SOON_DAYS));
  const zoneId = actor.zoneId;

  const [weekCounts, toReviewTotal, toReview, warningCounts, noticeCounts, overdue, actionable, coordinationWaiting, rectifications, decisions] = await Promise.all([
    db.weeklyReport.groupBy({ by: ["status"], where: { zoneId, isoYear: week.isoYear, isoWeek: week.isoWeek }, _count: { _all: true } }),
    db.weeklyReport.count({ where: { zoneId, status: "SUBMITTED" } }),
    db.weeklyReport.findMany({
      where: { zoneId, status: "SUBMITTED" },
      orderBy: [{ submittedAt: "asc" }],
      take: 6,
      select: { id: true, isoYear: true, isoWeek: true, submittedAt: true, lateMinutes: true, unit: { select: { shortName: true } } },
    }),
    db.warning.groupBy({ by: ["level"], where: { zoneId, status: { not: "RESOLVED" } }, _count: { _all: true } }),
    db.supervisionNotice.groupBy({ by: ["status"], where: { zoneId, status: { not: "CLOSED" } }, _count: { _all: true } }),
    db.supervisionNotice.count({ where: { zoneId, ...overdueNotices } }),
    Promise.all(
      // Responses to review first, then the longest overdue.
      [{ status: "RESPONDED" as const }, overdueNotices].map((where) =>
        db.supervisionNotice.findMany({
          where: { zoneId, ...where },
          orderBy: [{ responseDue: "asc" }, { seq: "asc" }],
          take: 6,
          select: { id: true, number: true, status: true, responseDue: true, unit: { select: { shortName: true } } },
        }),
      ),
    ).then((lists) => lists.flat().slice(0, 6)),
    db.coordinationRequest.count({ where: { zoneId, status: "WAITING_LEADER" } }),
    db.inspection.findMany({
      where: { zoneId, rectificationRequired: true, rectifiedAt: null, rectificationDue: { lte: soon } },
      orderBy: { rectificationDue: "asc" },
      take: 5,
      select: { id: true, findings: true, rectificationDue: true, unit: { select: { shortName: true } } },
    }),
    db.meetingDecision.findMany({
      where: { status: "OPEN", dueDate: { lte: soon }, meeting: { zoneId } },
      orderBy: { dueDate: "asc" },
      take: 5,
      select: { id: true, content: true, dueDate: true, workItemId: true, meetingId: true, assigneeUnit: { select: { shortName: true } } },
    }),
  ]);

  const statusCount = (status: string) => weekCounts.find((row) => row.status === status)?._count._all ?? 0;
  const noticeCount = (status: string) => noticeCounts.find((row) => row.status === status)?._count._all ?? 0;
  const level = (name: string) => warningCounts.find((row) => row.level === name)?._count._all ?? 0;
  const dueSoon: WorkbenchDue[] = [
    ...rectifications.map((row) => ({ id: row.id, title: row.findings, unitName: row.unit.shortName, dueDate: row.rectificationDue!.toISOString().slice(0, 10), href: `/supervision/inspections/${row.id}` })),
    ...decisions.map((row) => ({ id: row.id, title: row.content, unitName: row.assigneeUnit.shortName, dueDate: row.dueDate.toISOString().slice(0, 10), href: row.workItemId ? `/plan/items/${row.workItemId}` : `/supervision/meetings/${row.meetingId}` })),
  ].sort((a, b) => a.dueDate.localeCompare(b.dueDate));

  return {
    week: {
      /** The ISO key ("2026-W48") for links; pages name it with weekKeyLabel. */
      label: formatIsoWeek(week),
      deadline: week.deadline,
      deadlinePassed: now.getTime() > week.deadline.getTime(),
      // Counts for timeliness: a returned report was submitted (docs/reports.md).
      submitted: TIMELINESS_STATUSES.reduce((sum, status) => sum + statusCount(status), 0),
      draft: statusCount("DRAFT"),
    },
    reportsToReview: {
      total: toReviewTotal,
      items: toReview.map((row) => ({ id: row.id, unitName: row.unit.shortName, week: formatIsoWeek(row), submittedAt: row.submittedAt, lateMinutes: row.lateMinutes })),
    },
    openWarnings: { RED: level("RED"), ORANGE: level("ORANGE"), YELLOW: level("YELLOW"), BLUE: level("BLUE") },
    notices: {
      responded: noticeCount("RESPONDED"),
      overdue,
      open: noticeCounts.reduce((sum, row) => sum + row._count._all, 0),
      items: actionable.map((row) => {
        const responseDue = dateKey(row.responseDue);
        return { id: row.id, number: row.number, unitName: row.unit.shortName, status: row.status, responseDue, overdueDays: noticeOverdueDays(zoneCalendar.calendar, { status: row.status, responseDue }, today) };
      }),
    },
    coordinationWaiting,
    dueSoon: dueSoon.slice(0, 6),
    today,
  };
}
