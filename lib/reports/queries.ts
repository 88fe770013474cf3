import "server-only";
import { authorize, can, unitScope, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { compareIsoWeeks, dateFromKey, dateKey, formatIsoWeek, isoWeekOfDateKey, localDateKey, shiftIsoWeek, type IsoWeek } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import { plannedProgress, type CurvePoint } from "@/lib/plan/planned-progress";
import { NotFoundError } from "@/lib/server/errors";
import { parseWeekKey } from "@/lib/server/fields";
import { pageArgs, toPage, type Page } from "@/lib/server/pagination";
import { loadBoard, type Board } from "./board";
import { prefillEntry, storedEntryValues, type EntryValues } from "./entry-rules";
import { currentReportWeek, deadlineCountdown, itemDueInWeek, itemOwesReport, reportWeek, type ReportWeek, type ZoneClock } from "./week";
import { BOARD_STATUSES, boardStatus, isEditable, type BoardStatus, type ReportStatus } from "./workflow";

const OPEN_WARNING = { in: ["OPEN", "ACKNOWLEDGED"] as ("OPEN" | "ACKNOWLEDGED")[] };

async function zoneOf(zoneId: string) {
  return db.zone.findUniqueOrThrow({
    where: { id: zoneId },
    select: { timeZone: true, reportDeadlineWeekday: true, reportDeadlineTime: true, campaignStart: true },
  });
}

/** The week named by the URL ("2026-W47"), the current week by default; never a future week. */
function resolveWeek(label: string | undefined, zone: ZoneClock, now: Date): { week: ReportWeek; current: ReportWeek } {
  const current = currentReportWeek(now, zone);
  if (!label) return { week: current, current };
  const parsed = parseWeekKey(label);
  if (!parsed || compareIsoWeeks(parsed, current) > 0) throw new NotFoundError("week");
  return { week: reportWeek(parsed, zone), current };
}

export interface WeekNav {
  label: string;
  isCurrent: boolean;
  previous: string;
  next: string | null;
}

function weekNav(week: IsoWeek, current: IsoWeek): WeekNav {
  const isCurrent = compareIsoWeeks(week, current) === 0;
  return { label: formatIsoWeek(week), isCurrent, previous: formatIsoWeek(shiftIsoWeek(week, -1)), next: isCurrent ? null : formatIsoWeek(shiftIsoWeek(week, 1)) };
}

/** Planned progress of the item on the week's deadline day (序时进度 "this week"). */
function plannedAt(item: { startDate: Date; dueDate: Date; plannedCurve: string; plannedPoints: unknown }, day: string): number {
  return plannedProgress({ startDate: dateKey(item.startDate), dueDate: dateKey(item.dueDate), curve: item.plannedCurve as "LINEAR", points: item.plannedPoints as CurvePoint[] | null }, day);
}

export interface AttachmentRef {
  id: string;
  fileName: string;
  sizeBytes: number;
}

export interface MyItem {
  id: string;
  code: string;
  title: string;
  source: "PLAN" | "MEETING_DECISION";
  measureCode: string | null;
  dueDate: string;
  deliverable: string | null;
  planned: number;
  lastReported: { progress: number; week: string; indicatorValue: number | null } | null;
  openWarnings: number;
  indicator: { name: string; unit: string | null; baseline: number | null; target: number | null } | null;
  /** What the form starts with: the saved entry, or a pre-fill from last week. */
  entry: EntryValues;
  saved: boolean;
  attachments: AttachmentRef[];
}

export interface CooperatingItem {
  id: string;
  code: string;
  title: string;
  leadUnit: string;
  dueDate: string;
  progress: number;
  planned: number;
  leadLatest: { week: string; doneThisWeek: string } | null;
}

export interface MyWeek {
  unit: { id: string; name: string };
  week: ReportWeek & WeekNav;
  timeZone: string;
  countdown: { minutesLeft: number; minutesLate: number };
  report: { id: string; version: number; status: ReportStatus; summary: string; submittedAt: Date | null; lateMinutes: number | null; returnReason: string | null; reviewedAt: Date | null } | null;
  editable: boolean;
  items: MyItem[];
  cooperating: CooperatingItem[];
  unitWarnings: number;
  /** Rectifications the office ordered after inspecting the unit, not done yet. */
  rectifications: { id: string; date: string; findings: string; due: string | null; overdue: boolean }[];
  /** Earlier weeks that still need the unit: returned, left in draft or never written. */
  pending: { week: string; status: BoardStatus }[];
}

/** "My unit this week": the reporter's work items, the report form's data and the deadline. */
export async function getMyWeek(actor: Actor, weekLabel?: string, now = new Date()): Promise<MyWeek> {
  authorize(actor, "report.write");
  const zone = await zoneOf(actor.zoneId);
  const { week, current } = resolveWeek(weekLabel, zone, now);
  const deadlineDay = localDateKey(week.deadline, zone.timeZone);
  const [unit, report, ledItems, cooperating] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: actor.unitId }, select: { id: true, name: true } }),
    db.weeklyReport.findUnique({
      where: { unitId_isoYear_isoWeek: { unitId: actor.unitId, isoYear: week.isoYear, isoWeek: week.isoWeek } },
      include: { entries: { include: { attachments: { select: { id: true, fileName: true, sizeBytes: true }, orderBy: { createdAt: "asc" } } } } },
    }),
    db.workItem.findMany({
      where: { zoneId: actor.zoneId, leadUnitId: actor.unitId, status: { not: "ARCHIVED" } },
      include: { measure: { select: { code: true } } },
      orderBy: [{ source: "asc" }, { sortOrder: "asc" }, { code: "asc" }],
    }),
    db.workItem.findMany({
      where: { zoneId: actor.zoneId, status: { not: "ARCHIVED" }, startDate: { lte: dateFromKey(week.sundayKey) }, cooperators: { some: { unitId: actor.unitId } } },
      include: { leadUnit: { select: { shortName: true } } },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
  ]);
  const entryBy = new Map((report?.entries ?? []).map((entry) => [entry.workItemId, entry]));
  const items = ledItems.filter((item) => entryBy.has(item.id) || itemDueInWeek({ ...item, startDate: dateKey(item.startDate) }, week));
  const itemIds = items.map((item) => item.id);
  const coopItems = cooperating.filter((item) => itemDueInWeek({ ...item, startDate: dateKey(item.startDate) }, week));

  const [previous, warnings, leadLatest, recentReports, rectifications] = await Promise.all([
    db.reportEntry.findMany({
      where: { workItemId: { in: itemIds }, report: { status: { in: ["SUBMITTED", "ACCEPTED"] }, weekStart: { lt: week.weekStart } } },
      orderBy: [{ report: { weekStart: "desc" } }],
      distinct: ["workItemId"],
      select: { workItemId: true, progress: true, indicatorValue: true, planNextWeek: true, report: { select: { isoYear: true, isoWeek: true } } },
    }),
    db.warning.groupBy({ by: ["workItemId"], where: { zoneId: actor.zoneId, unitId: actor.unitId, status: OPEN_WARNING }, _count: { _all: true } }),
    db.reportEntry.findMany({
      where: { workItemId: { in: coopItems.map((item) => item.id) }, report: { status: { in: ["SUBMITTED", "ACCEPTED"] }, weekStart: { lte: week.weekStart } } },
      orderBy: [{ report: { weekStart: "desc" } }],
      distinct: ["workItemId"],
      select: { workItemId: true, doneThisWeek: true, report: { select: { isoYear: true, isoWeek: true } } },
    }),
    db.weeklyReport.findMany({
      where: { unitId: actor.unitId, weekStart: { gte: reportWeek(shiftIsoWeek(current, -8), zone).weekStart, lt: current.weekStart } },
      select: { isoYear: true, isoWeek: true, status: true, lateMinutes: true },
    }),
    db.inspection.findMany({
      where: { zoneId: actor.zoneId, unitId: actor.unitId, rectificationRequired: true, rectifiedAt: null },
      orderBy: { rectificationDue: "asc" },
      select: { id: true, date: true, findings: true, rectificationDue: true },
    }),
  ]);
  const today = localDateKey(now, zone.timeZone);
  const previousBy = new Map(previous.map((row) => [row.workItemId, row]));
  const warningsBy = new Map(warnings.map((row) => [row.workItemId, row._count._all]));
  const leadLatestBy = new Map(leadLatest.map((row) => [row.workItemId, row]));

  const pending: MyWeek["pending"] = [];
  for (let back = 8; back >= 1; back -= 1) {
    const earlier = reportWeek(shiftIsoWeek(current, -back), zone);
    if (compareIsoWeeks(earlier, week) === 0) continue;
    const owed = ledItems.some((item) => itemOwesReport({ ...item, startDate: dateKey(item.startDate) }, earlier));
    const found = recentReports.find((row) => compareIsoWeeks(row, earlier) === 0);
    const status = boardStatus(found ?? null);
    if ((owed && status === "NOT_STARTED") || status === "DRAFT" || status === "RETURNED") pending.push({ week: formatIsoWeek(earlier), status });
  }

  return {
    unit,
    week: { ...week, ...weekNav(week, current) },
    timeZone: zone.timeZone,
    countdown: deadlineCountdown(now, week.deadline),
    report: report
      ? { id: report.id, version: report.version, status: report.status, summary: report.summary ?? "", submittedAt: report.submittedAt, lateMinutes: report.lateMinutes, returnReason: report.returnReason, reviewedAt: report.reviewedAt }
      : null,
    editable: isEditable(report?.status ?? null),
    unitWarnings: warningsBy.get(null) ?? 0,
    rectifications: rectifications.map((row) => {
      const due = row.rectificationDue ? dateKey(row.rectificationDue) : null;
      return { id: row.id, date: dateKey(row.date), findings: row.findings, due, overdue: due !== null && due < today };
    }),
    items: items.map((item): MyItem => {
      const saved = entryBy.get(item.id);
      const last = previousBy.get(item.id);
      const lastReported = last ? { progress: toNumber(last.progress) ?? 0, week: formatIsoWeek(last.report), indicatorValue: toNumber(last.indicatorValue) } : null;
      return {
        id: item.id,
        code: item.code,
        title: item.title,
        source: item.source,
        measureCode: item.measure?.code ?? null,
        dueDate: dateKey(item.dueDate),
        deliverable: item.deliverable,
        planned: plannedAt(item, deadlineDay),
        lastReported,
        openWarnings: warningsBy.get(item.id) ?? 0,
        indicator: item.indicatorName ? { name: item.indicatorName, unit: item.indicatorUnit, baseline: toNumber(item.indicatorBaseline), target: toNumber(item.indicatorTarget) } : null,
        entry: saved
          ? storedEntryValues(saved)
          : prefillEntry(last ? { progress: lastReported!.progress, planNextWeek: last.planNextWeek, indicatorValue: lastReported!.indicatorValue } : null),
        saved: Boolean(saved),
        attachments: saved?.attachments ?? [],
      };
    }),
    cooperating: coopItems.map((item) => {
      const latest = leadLatestBy.get(item.id);
      return {
        id: item.id,
        code: item.code,
        title: item.title,
        leadUnit: item.leadUnit.shortName,
        dueDate: dateKey(item.dueDate),
        progress: toNumber(item.progress) ?? 0,
        planned: plannedAt(item, deadlineDay),
        leadLatest: latest ? { week: formatIsoWeek(latest.report), doneThisWeek: latest.doneThisWeek } : null,
      };
    }),
    pending,
  };
}

export interface HistoryRow {
  week: string;
  deadline: Date;
  owed: boolean;
  status: BoardStatus;
  report: { id: string; submittedAt: Date | null; lateMinutes: number | null; entries: number; needsCoordination: number; returnReason: string | null } | null;
}

/** Every week of the campaign for a unit (newest first), with what was reported. */
export async function listReportHistory(actor: Actor, filters: { unitId?: string; page?: string | number }, now = new Date()): Promise<Page<HistoryRow> & { unit: { id: string; name: string } }> {
  const scope = unitScope(actor, "report.read");
  const unitId = scope.unitId ?? filters.unitId ?? actor.unitId;
  const unit = await db.unit.findFirst({ where: { id: unitId, zoneId: actor.zoneId }, select: { id: true, name: true } });
  if (!unit) throw new NotFoundError("unit");
  const zone = await zoneOf(actor.zoneId);
  const current = currentReportWeek(now, zone);
  const first = isoWeekOfDateKey(dateKey(zone.campaignStart));
  const total = Math.max(1, weeksBetween(first, current) + 1);
  const { page, pageSize, skip } = pageArgs(filters.page);
  const weeks = Array.from({ length: Math.max(0, Math.min(pageSize, total - skip)) }, (_, index) => reportWeek(shiftIsoWeek(current, -(skip + index)), zone));
  if (weeks.length === 0) return { ...toPage([], total, page, pageSize), unit };
  const [reports, items] = await Promise.all([
    db.weeklyReport.findMany({
      where: { unitId, weekStart: { gte: weeks[weeks.length - 1].weekStart, lte: weeks[0].weekStart } },
      select: { id: true, isoYear: true, isoWeek: true, status: true, submittedAt: true, lateMinutes: true, returnReason: true, _count: { select: { entries: true } } },
    }),
    db.workItem.findMany({ where: { leadUnitId: unitId, status: { not: "ARCHIVED" } }, select: { startDate: true, status: true, completedAt: true } }),
  ]);
  const coordination = await db.reportEntry.groupBy({ by: ["reportId"], where: { reportId: { in: reports.map((report) => report.id) }, needsCoordination: true }, _count: { _all: true } });
  const coordinationBy = new Map(coordination.map((row) => [row.reportId, row._count._all]));
  const rows = weeks.map((week): HistoryRow => {
    const report = reports.find((row) => compareIsoWeeks(row, week) === 0);
    return {
      week: formatIsoWeek(week),
      deadline: week.deadline,
      owed: items.some((item) => itemOwesReport({ ...item, startDate: dateKey(item.startDate) }, week)),
      status: boardStatus(report ?? null),
      report: report
        ? { id: report.id, submittedAt: report.submittedAt, lateMinutes: report.lateMinutes, entries: report._count.entries, needsCoordination: coordinationBy.get(report.id) ?? 0, returnReason: report.status === "RETURNED" ? report.returnReason : null }
        : null,
    };
  });
  return { ...toPage(rows, total, page, pageSize), unit };
}

function weeksBetween(from: IsoWeek, to: IsoWeek): number {
  let count = 0;
  for (let week = from; compareIsoWeeks(week, to) < 0; week = shiftIsoWeek(week, 1)) count += 1;
  return count;
}

export interface ReportDetail {
  id: string;
  unit: { id: string; name: string; park: string | null };
  week: string;
  deadline: Date;
  status: ReportStatus;
  boardStatus: BoardStatus;
  version: number;
  summary: string;
  submittedAt: Date | null;
  submittedBy: string | null;
  lateMinutes: number | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  returnReason: string | null;
  timeZone: string;
  entries: {
    id: string;
    item: { id: string; code: string; title: string; source: "PLAN" | "MEETING_DECISION"; indicatorName: string | null; indicatorUnit: string | null };
    progress: number;
    previousProgress: number | null;
    planned: number;
    indicatorValue: number | null;
    doneThisWeek: string;
    planNextWeek: string;
    problems: string;
    needsCoordination: boolean;
    regressionReason: string | null;
    attachments: AttachmentRef[];
  }[];
  timeline: { action: string; actor: string | null; at: Date; reason: string | null }[];
  canReview: boolean;
  canEdit: boolean;
}

/** One report with its entries and its history (saves, submissions, returns, acceptance). */
export async function getReport(actor: Actor, id: string): Promise<ReportDetail> {
  authorize(actor, "report.read");
  const report = await db.weeklyReport.findFirst({
    where: { id, zoneId: actor.zoneId },
    include: {
      unit: { select: { id: true, name: true, park: { select: { shortName: true } } } },
      submittedBy: { select: { name: true } },
      reviewedBy: { select: { name: true } },
      entries: {
        include: {
          workItem: { select: { id: true, code: true, title: true, source: true, indicatorName: true, indicatorUnit: true, startDate: true, dueDate: true, plannedCurve: true, plannedPoints: true, sortOrder: true } },
          attachments: { select: { id: true, fileName: true, sizeBytes: true }, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
  if (!report) throw new NotFoundError("report");
  authorize(actor, "report.read", report);
  const zone = await zoneOf(actor.zoneId);
  const [previous, audit] = await Promise.all([
    db.reportEntry.findMany({
      where: { workItemId: { in: report.entries.map((entry) => entry.workItemId) }, report: { status: { in: ["SUBMITTED", "ACCEPTED"] }, weekStart: { lt: report.weekStart } } },
      orderBy: [{ report: { weekStart: "desc" } }],
      distinct: ["workItemId"],
      select: { workItemId: true, progress: true },
    }),
    db.auditLog.findMany({ where: { entityType: "WeeklyReport", entityId: id }, orderBy: { createdAt: "asc" }, select: { action: true, createdAt: true, after: true, actor: { select: { name: true } } } }),
  ]);
  const previousBy = new Map(previous.map((row) => [row.workItemId, toNumber(row.progress)]));
  const deadlineDay = localDateKey(report.deadline, zone.timeZone);
  return {
    id: report.id,
    unit: { id: report.unit.id, name: report.unit.name, park: report.unit.park?.shortName ?? null },
    week: formatIsoWeek(report),
    deadline: report.deadline,
    status: report.status,
    boardStatus: boardStatus(report),
    version: report.version,
    summary: report.summary ?? "",
    submittedAt: report.submittedAt,
    submittedBy: report.submittedBy?.name ?? null,
    lateMinutes: report.lateMinutes,
    reviewedAt: report.reviewedAt,
    reviewedBy: report.reviewedBy?.name ?? null,
    returnReason: report.returnReason,
    timeZone: zone.timeZone,
    entries: report.entries
      // Plan items first, then meeting decisions, as in the report form.
      .sort((a, b) => Number(a.workItem.source !== "PLAN") - Number(b.workItem.source !== "PLAN") || a.workItem.sortOrder - b.workItem.sortOrder)
      .map((entry) => ({
        id: entry.id,
        item: entry.workItem,
        progress: toNumber(entry.progress) ?? 0,
        previousProgress: previousBy.get(entry.workItemId) ?? null,
        planned: plannedAt(entry.workItem, deadlineDay),
        indicatorValue: toNumber(entry.indicatorValue),
        doneThisWeek: entry.doneThisWeek,
        planNextWeek: entry.planNextWeek,
        problems: entry.problems,
        needsCoordination: entry.needsCoordination,
        regressionReason: entry.regressionReason,
        attachments: entry.attachments,
      })),
    timeline: reportTimeline(report, audit),
    canReview: can(actor, "report.review") && report.status === "SUBMITTED",
    canEdit: can(actor, "report.write", report) && isEditable(report.status),
  };
}

/**
 * The workflow steps of a report from the audit log (draft saves are many and say little).
 * Reports written before the audit existed (imported, demo) get their steps from the report's
 * own fields.
 */
function reportTimeline(
  report: { status: ReportStatus; submittedAt: Date | null; reviewedAt: Date | null; returnReason: string | null; submittedBy: { name: string } | null; reviewedBy: { name: string } | null },
  audit: { action: string; createdAt: Date; after: unknown; actor: { name: string } | null }[],
): ReportDetail["timeline"] {
  const steps = audit
    .filter((row) => row.action !== "report.saveDraft")
    .map((row) => ({ action: row.action, actor: row.actor?.name ?? null, at: row.createdAt, reason: (row.after as { reason?: string } | null)?.reason ?? null }));
  if (report.submittedAt && !steps.some((step) => step.action === "report.submit")) {
    steps.unshift({ action: "report.submit", actor: report.submittedBy?.name ?? null, at: report.submittedAt, reason: null });
  }
  if (report.reviewedAt && (report.status === "ACCEPTED" || report.status === "RETURNED") && !steps.some((step) => step.action !== "report.submit")) {
    steps.push({ action: report.status === "ACCEPTED" ? "report.accept" : "report.return", actor: report.reviewedBy?.name ?? null, at: report.reviewedAt, reason: report.status === "RETURNED" ? report.returnReason : null });
  }
  return steps;
}

export interface BoardView extends Board {
  nav: WeekNav;
  submitted: number;
  total: number;
}

/** The review board of a week, for the creation office. */
export async function getSubmissionBoard(actor: Actor, filters: { week?: string; parkId?: string; status?: string }, now = new Date()): Promise<BoardView> {
  authorize(actor, "report.review");
  const zone = await zoneOf(actor.zoneId);
  const { week, current } = resolveWeek(filters.week, zone, now);
  const status = (BOARD_STATUSES as readonly string[]).includes(filters.status ?? "") ? (filters.status as BoardStatus) : null;
  const board = await loadBoard(db, actor.zoneId, week, { parkId: filters.parkId || null, status });
  const total = BOARD_STATUSES.reduce((sum, key) => sum + board.counts[key], 0);
  // Submitted at least once, as everywhere else: a returned report was submitted (docs/reports.md).
  const submitted = board.counts.ON_TIME + board.counts.LATE + board.counts.ACCEPTED + board.counts.RETURNED;
  return { ...board, nav: weekNav(week, current), submitted, total };
}
