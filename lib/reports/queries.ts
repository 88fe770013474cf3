import "server-only";
import { auditReason } from "@/lib/audit/schema";
import { authorize, can, unitScope, type Actor } from "@/lib/auth/permissions";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ZoneCalendar } from "@/lib/dates/calendar";
import { compareIsoWeeks, dateFromKey, dateKey, formatIsoWeek, isoWeekOfDateKey, localDateKey, shiftIsoWeek, type IsoWeek } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import type { IndicatorDirection } from "@/lib/plan/indicators";
import { periodOf, plannedProgress, samePeriod, timelineOf, type Recurrence } from "@/lib/plan/planned-progress";
import { NotFoundError } from "@/lib/server/errors";
import { parseWeekKey } from "@/lib/server/fields";
import { pageArgs, toPage, type Page } from "@/lib/server/pagination";
import { awaitsReport, loadBoard, type Board, type BoardRow } from "./board";
import { indicatorRecord, prefillEntry, storedEntryValues, storedIndicatorValue, type EntryValues } from "./entry-rules";
import { currentReportWeek, deadlineCountdown, exemptionKey, itemDueInWeek, reportWeek, unitOwesWeek, type ReportWeek } from "./week";
import { BOARD_STATUSES, boardStatus, FIGURE_REPORTS, FIGURE_STATUSES, isEditable, PROGRESS_FIGURES, statusListSql, type BoardStatus, type ReportStatus } from "./workflow";

const OPEN_WARNING = { in: ["OPEN", "ACKNOWLEDGED"] as ("OPEN" | "ACKNOWLEDGED")[] };

/** The zone's working-day calendar and settings, with its time zone at hand. */
async function zoneOf(zoneId: string): Promise<ZoneCalendar & { timeZone: string }> {
  const zoneCalendar = await loadZoneCalendar(db, zoneId);
  return { ...zoneCalendar, timeZone: zoneCalendar.zone.timeZone };
}

/** The week named by the URL ("2026-W47"), the current week by default; never a future week. */
function resolveWeek(label: string | undefined, zone: ZoneCalendar, now: Date): { week: ReportWeek; current: ReportWeek } {
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
function plannedAt(item: { startDate: Date; dueDate: Date; plannedCurve: string; plannedPoints: unknown; recurrence: string }, day: string): number {
  return plannedProgress(timelineOf(item), day);
}

export interface ReportIndicator {
  id: string;
  name: string;
  unit: string | null;
  direction: IndicatorDirection;
  baseline: number;
  target: number;
}

const reportIndicatorSelect = { id: true, name: true, unit: true, direction: true, baseline: true, target: true } as const;

function toReportIndicator(row: { id: string; name: string; unit: string | null; direction: IndicatorDirection; baseline: unknown; target: unknown }): ReportIndicator {
  return { id: row.id, name: row.name, unit: row.unit, direction: row.direction, baseline: toNumber(row.baseline as string) ?? 0, target: toNumber(row.target as string) ?? 0 };
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
  /** A recurring item reports the progress of its current period (the month or quarter of the week's deadline day). */
  recurrence: Recurrence;
  period: { first: string; last: string } | null;
  lastReported: { progress: number; week: string; indicators: Record<string, string | null> } | null;
  openWarnings: number;
  indicators: ReportIndicator[];
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
  /** The office excused the unit from this week (免报), with the reason. */
  excused: string | null;
  items: MyItem[];
  cooperating: CooperatingItem[];
  unitWarnings: number;
  /** Rectifications the office ordered after inspecting the unit, not done yet. */
  rectifications: { id: string; date: string; findings: string; due: string | null; overdue: boolean }[];
  /** Earlier weeks that still need the unit: returned, left in draft or never written. */
  pending: { week: string; status: BoardStatus }[];
}

/**
 * Per work item, its latest entry in a figure report (SUBMITTED/ACCEPTED) of a week starting
 * before `before` (or at `upTo` or earlier), with a progress value when `withProgress`. One
 * statement returning ids: Prisma's `distinct` loads every week of every item's
 * history (five years at scale l, ~1,200 entries and their indicator values for one unit) and
 * keeps the first per item in JavaScript.
 */
async function latestFigureEntryIds(itemIds: string[], window: ({ before: Date } | { upTo: Date }) & { withProgress: boolean }): Promise<string[]> {
  if (itemIds.length === 0) return [];
  const weekStart = "before" in window ? Prisma.sql`r."weekStart" < ${window.before}` : Prisma.sql`r."weekStart" <= ${window.upTo}`;
  // One index probe per item (LATERAL … LIMIT 1) instead of hashing every report of the zone.
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT latest.id
    FROM unnest(ARRAY[${Prisma.join(itemIds)}]::text[]) AS item(id)
    CROSS JOIN LATERAL (
      SELECT e.id FROM "ReportEntry" e JOIN "WeeklyReport" r ON r.id = e."reportId"
      WHERE e."workItemId" = item.id AND r.status IN ${Prisma.raw(statusListSql(FIGURE_STATUSES))} AND ${weekStart}
        ${window.withProgress ? Prisma.sql`AND e.progress IS NOT NULL` : Prisma.empty}
      ORDER BY r."weekStart" DESC, e.id
      LIMIT 1
    ) latest
  `;
  return rows.map((row) => row.id);
}

/** "My unit this week": the reporter's work items, the report form's data and the deadline. */
export async function getMyWeek(actor: Actor, weekLabel?: string, now = new Date()): Promise<MyWeek> {
  authorize(actor, "report.write");
  const zone = await zoneOf(actor.zoneId);
  const { week, current } = resolveWeek(weekLabel, zone, now);
  const deadlineDay = localDateKey(week.deadline, zone.timeZone);
  const [unit, report, ledItems, cooperating, exemptions] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: actor.unitId }, select: { id: true, name: true, active: true, kind: true } }),
    db.weeklyReport.findUnique({
      where: { unitId_isoYear_isoWeek: { unitId: actor.unitId, isoYear: week.isoYear, isoWeek: week.isoWeek } },
      include: {
        entries: { include: { attachments: { select: { id: true, fileName: true, sizeBytes: true }, orderBy: { createdAt: "asc" } }, indicatorValues: { select: { indicatorId: true, value: true } } } },
      },
    }),
    db.workItem.findMany({
      where: { zoneId: actor.zoneId, leadUnitId: actor.unitId, status: { not: "ARCHIVED" } },
      include: { measure: { select: { code: true } }, indicators: { select: reportIndicatorSelect, orderBy: { seq: "asc" } } },
      orderBy: [{ source: "asc" }, { sortOrder: "asc" }, { code: "asc" }],
    }),
    db.workItem.findMany({
      where: { zoneId: actor.zoneId, status: { not: "ARCHIVED" }, startDate: { lte: dateFromKey(week.sundayKey) }, cooperators: { some: { unitId: actor.unitId } } },
      include: { leadUnit: { select: { shortName: true } } },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
    db.reportExemption.findMany({
      where: { unitId: actor.unitId, OR: [-8, -7, -6, -5, -4, -3, -2, -1, 0].map((back) => shiftIsoWeek(current, back)).concat([week]).map((shown) => ({ isoYear: shown.isoYear, isoWeek: shown.isoWeek })) },
      select: { isoYear: true, isoWeek: true, reason: true },
    }),
  ]);
  const excused = new Map(exemptions.map((row) => [exemptionKey(actor.unitId, row), row.reason]));
  const entryBy = new Map((report?.entries ?? []).map((entry) => [entry.workItemId, entry]));
  const items = ledItems.filter((item) => entryBy.has(item.id) || itemDueInWeek({ ...item, startDate: dateKey(item.startDate) }, week));
  const itemIds = items.map((item) => item.id);
  const coopItems = cooperating.filter((item) => itemDueInWeek({ ...item, startDate: dateKey(item.startDate) }, week));

  const [previous, warnings, leadLatest, recentReports, rectifications] = await Promise.all([
    latestFigureEntryIds(itemIds, { before: week.weekStart, withProgress: true }).then((ids) =>
      db.reportEntry.findMany({
        where: { id: { in: ids } },
        select: { workItemId: true, progress: true, planNextWeek: true, report: { select: { isoYear: true, isoWeek: true, deadline: true } }, indicatorValues: { select: { indicatorId: true, value: true } } },
      }),
    ),
    db.warning.groupBy({ by: ["workItemId"], where: { zoneId: actor.zoneId, unitId: actor.unitId, status: OPEN_WARNING }, _count: { _all: true } }),
    latestFigureEntryIds(coopItems.map((item) => item.id), { upTo: week.weekStart, withProgress: false }).then((ids) =>
      db.reportEntry.findMany({ where: { id: { in: ids } }, select: { workItemId: true, doneThisWeek: true, report: { select: { isoYear: true, isoWeek: true } } } }),
    ),
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
    const isExcused = excused.has(exemptionKey(actor.unitId, earlier));
    const owed = unitOwesWeek(unit, ledItems.map((item) => ({ ...item, startDate: dateKey(item.startDate) })), earlier, isExcused);
    const found = recentReports.find((row) => compareIsoWeeks(row, earlier) === 0);
    const status = boardStatus(found ?? null, isExcused);
    if ((owed && status === "NOT_STARTED") || status === "DRAFT" || status === "RETURNED") pending.push({ week: formatIsoWeek(earlier), status });
  }

  return {
    unit: { id: unit.id, name: unit.name },
    week: { ...week, ...weekNav(week, current) },
    timeZone: zone.timeZone,
    countdown: deadlineCountdown(now, week.deadline),
    report: report
      ? { id: report.id, version: report.version, status: report.status, summary: report.summary ?? "", submittedAt: report.submittedAt, lateMinutes: report.lateMinutes, returnReason: report.returnReason, reviewedAt: report.reviewedAt }
      : null,
    editable: isEditable(report?.status ?? null),
    excused: excused.get(exemptionKey(actor.unitId, week)) ?? null,
    unitWarnings: warningsBy.get(null) ?? 0,
    rectifications: rectifications.map((row) => {
      const due = row.rectificationDue ? dateKey(row.rectificationDue) : null;
      return { id: row.id, date: dateKey(row.date), findings: row.findings, due, overdue: due !== null && due < today };
    }),
    items: items.map((item): MyItem => {
      const saved = entryBy.get(item.id);
      const last = previousBy.get(item.id);
      const lastReported = last
        ? { progress: toNumber(last.progress) ?? 0, week: formatIsoWeek(last.report), indicators: indicatorRecord(last.indicatorValues.map((row) => [row.indicatorId, storedIndicatorValue(row.value)])) }
        : null;
      // A recurring item's new period starts from an empty progress, not last period's.
      const lastInPeriod = last !== undefined && samePeriod(item.recurrence, deadlineDay, localDateKey(last.report.deadline, zone.timeZone));
      return {
        id: item.id,
        code: item.code,
        title: item.title,
        source: item.source,
        measureCode: item.measure?.code ?? null,
        dueDate: dateKey(item.dueDate),
        deliverable: item.deliverable,
        planned: plannedAt(item, deadlineDay),
        recurrence: item.recurrence,
        period: periodOf(item.recurrence, deadlineDay),
        lastReported,
        openWarnings: warningsBy.get(item.id) ?? 0,
        indicators: item.indicators.map(toReportIndicator),
        entry: saved
          ? storedEntryValues(saved)
          : prefillEntry(last ? { progress: lastInPeriod ? lastReported!.progress : null, planNextWeek: last.planNextWeek, indicators: lastReported!.indicators } : null),
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
  /** The public holiday the week's nominal deadline falls on, and whether the deadline moved off it. */
  holiday: string | null;
  moved: boolean;
  /** Whether the unit owed the week (unitOwesWeek), and why the zone's calendar did not owe it. */
  owed: boolean;
  weekExemption: ReportWeek["exemption"];
  /** The office excused the unit from this week (免报): the exemption and its reason. */
  excused: { id: string; reason: string } | null;
  status: BoardStatus;
  report: { id: string; submittedAt: Date | null; lateMinutes: number | null; entries: number; needsCoordination: number; returnReason: string | null } | null;
}

/** Every week of the campaign for a unit (newest first), with what was reported. */
export async function listReportHistory(actor: Actor, filters: { unitId?: string; page?: string | number }, now = new Date()): Promise<Page<HistoryRow> & { unit: { id: string; name: string } }> {
  const scope = unitScope(actor, "report.read");
  const unitId = scope.unitId ?? filters.unitId ?? actor.unitId;
  const unit = await db.unit.findFirst({ where: { id: unitId, zoneId: actor.zoneId }, select: { id: true, name: true, active: true, kind: true, zone: { select: { campaignStart: true } } } });
  if (!unit) throw new NotFoundError("unit");
  const zone = await zoneOf(actor.zoneId);
  const current = currentReportWeek(now, zone);
  const first = isoWeekOfDateKey(dateKey(unit.zone.campaignStart));
  const total = Math.max(1, weeksBetween(first, current) + 1);
  const { page, pageSize, skip } = pageArgs(filters.page);
  const weeks = Array.from({ length: Math.max(0, Math.min(pageSize, total - skip)) }, (_, index) => reportWeek(shiftIsoWeek(current, -(skip + index)), zone));
  const shownUnit = { id: unit.id, name: unit.name };
  if (weeks.length === 0) return { ...toPage([], total, page, pageSize), unit: shownUnit };
  const [reports, items, exemptions] = await Promise.all([
    db.weeklyReport.findMany({
      where: { unitId, weekStart: { gte: weeks[weeks.length - 1].weekStart, lte: weeks[0].weekStart } },
      select: { id: true, isoYear: true, isoWeek: true, status: true, submittedAt: true, lateMinutes: true, returnReason: true, _count: { select: { entries: true } } },
    }),
    db.workItem.findMany({ where: { leadUnitId: unitId, status: { not: "ARCHIVED" } }, select: { startDate: true, status: true, completedAt: true } }),
    db.reportExemption.findMany({
      where: { unitId, OR: weeks.map((week) => ({ isoYear: week.isoYear, isoWeek: week.isoWeek })) },
      select: { id: true, isoYear: true, isoWeek: true, reason: true },
    }),
  ]);
  const schedules = items.map((item) => ({ ...item, startDate: dateKey(item.startDate) }));
  const coordination = await db.reportEntry.groupBy({ by: ["reportId"], where: { reportId: { in: reports.map((report) => report.id) }, needsCoordination: true }, _count: { _all: true } });
  const coordinationBy = new Map(coordination.map((row) => [row.reportId, row._count._all]));
  const rows = weeks.map((week): HistoryRow => {
    const report = reports.find((row) => compareIsoWeeks(row, week) === 0);
    const exemption = exemptions.find((row) => compareIsoWeeks(row, week) === 0);
    return {
      week: formatIsoWeek(week),
      deadline: week.deadline,
      holiday: week.holiday,
      moved: week.moved !== null,
      owed: unitOwesWeek(unit, schedules, week, exemption !== undefined),
      weekExemption: week.exemption,
      excused: exemption ? { id: exemption.id, reason: exemption.reason } : null,
      status: boardStatus(report ?? null, exemption !== undefined),
      report: report
        ? { id: report.id, submittedAt: report.submittedAt, lateMinutes: report.lateMinutes, entries: report._count.entries, needsCoordination: coordinationBy.get(report.id) ?? 0, returnReason: report.status === "RETURNED" ? report.returnReason : null }
        : null,
    };
  });
  return { ...toPage(rows, total, page, pageSize), unit: shownUnit };
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
    item: { id: string; code: string; title: string; source: "PLAN" | "MEETING_DECISION"; indicators: ReportIndicator[] };
    progress: number;
    previousProgress: number | null;
    planned: number;
    /** By indicator id. */
    indicatorValues: Record<string, string | null>;
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
          workItem: {
            select: {
              id: true, code: true, title: true, source: true, startDate: true, dueDate: true, plannedCurve: true, plannedPoints: true, recurrence: true, sortOrder: true,
              indicators: { select: reportIndicatorSelect, orderBy: { seq: "asc" } },
            },
          },
          attachments: { select: { id: true, fileName: true, sizeBytes: true }, orderBy: { createdAt: "asc" } },
          indicatorValues: { select: { indicatorId: true, value: true } },
        },
      },
    },
  });
  if (!report) throw new NotFoundError("report");
  authorize(actor, "report.read", report);
  const zone = await zoneOf(actor.zoneId);
  const [previous, audit] = await Promise.all([
    db.reportEntry.findMany({
      where: { workItemId: { in: report.entries.map((entry) => entry.workItemId) }, ...PROGRESS_FIGURES, report: { ...FIGURE_REPORTS, weekStart: { lt: report.weekStart } } },
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
        item: { id: entry.workItem.id, code: entry.workItem.code, title: entry.workItem.title, source: entry.workItem.source, indicators: entry.workItem.indicators.map(toReportIndicator) },
        progress: toNumber(entry.progress) ?? 0,
        previousProgress: previousBy.get(entry.workItemId) ?? null,
        planned: plannedAt(entry.workItem, deadlineDay),
        indicatorValues: indicatorRecord(entry.indicatorValues.map((row) => [row.indicatorId, storedIndicatorValue(row.value)])),
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
    .map((row) => ({ action: row.action, actor: row.actor?.name ?? null, at: row.createdAt, reason: auditReason(row.after) }));
  if (report.submittedAt && !steps.some((step) => step.action === "report.submit")) {
    steps.unshift({ action: "report.submit", actor: report.submittedBy?.name ?? null, at: report.submittedAt, reason: null });
  }
  if (report.reviewedAt && (report.status === "ACCEPTED" || report.status === "RETURNED") && !steps.some((step) => step.action !== "report.submit")) {
    steps.push({ action: report.status === "ACCEPTED" ? "report.accept" : "report.return", actor: report.reviewedBy?.name ?? null, at: report.reviewedAt, reason: report.status === "RETURNED" ? report.returnReason : null });
  }
  return steps;
}

/** Units per page of the board: a leading group's ~25 member units fit on one. */
export const BOARD_PAGE_SIZE = 50;

export interface BoardView extends Omit<Board, "rows"> {
  nav: WeekNav;
  submitted: number;
  total: number;
  /** The page's rows of the filtered board; the counts are the whole week's. */
  rows: BoardRow[];
  pagination: { page: number; pages: number; total: number };
  /** Owed and not submitted among the filtered rows (every page): whom 催报 reaches. */
  pending: number;
}

/** The review board of a week, for the creation office. */
export async function getSubmissionBoard(actor: Actor, filters: { week?: string; parkId?: string; status?: string; page?: string }, now = new Date()): Promise<BoardView> {
  authorize(actor, "report.review");
  const zone = await zoneOf(actor.zoneId);
  const { week, current } = resolveWeek(filters.week, zone, now);
  const status = (BOARD_STATUSES as readonly string[]).includes(filters.status ?? "") ? (filters.status as BoardStatus) : null;
  const board = await loadBoard(db, actor.zoneId, week, { parkId: filters.parkId || null, status });
  // Excused units (免报) are not expected; a returned report counts as submitted (counts for timeliness).
  const total = BOARD_STATUSES.filter((key) => key !== "EXCUSED").reduce((sum, key) => sum + board.counts[key], 0);
  const submitted = board.counts.ON_TIME + board.counts.LATE + board.counts.ACCEPTED + board.counts.RETURNED;
  const pending = board.rows.filter(awaitsReport).length;
  const pages = Math.max(1, Math.ceil(board.rows.length / BOARD_PAGE_SIZE));
  // A page past the end (the filter shrank the list) shows the last one.
  const page = Math.min(pageArgs(filters.page, BOARD_PAGE_SIZE).page, pages);
  return {
    ...board,
    rows: board.rows.slice((page - 1) * BOARD_PAGE_SIZE, page * BOARD_PAGE_SIZE),
    pagination: { page, pages, total: board.rows.length },
    pending,
    nav: weekNav(week, current),
    submitted,
    total,
  };
}
