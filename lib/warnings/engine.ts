// The warning engine: a pure, deterministic function of (plan items, reports, notices,
// rules, zone calendar, as-of instant) → the warnings that should be open. No database, no
// clock: the same input in any order gives the same output. Persisting is ./persist.ts.
import { lastDayToAnswer, noticeOverdueDays } from "@/lib/notices/due";
import {
  addDaysToKey,
  compareIsoWeeks,
  daysBetweenKeys,
  endOfLocalDay,
  formatIsoWeek,
  isoWeekOf,
  localDateKey,
  parseIsoWeek,
  quarterOfDateKey,
  quarterRange,
  shiftIsoWeek,
  zonedInstant,
  type IsoWeek,
} from "@/lib/dates/zone-time";
import { defaultLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/server";
import { plannedProgress, samePeriod, type PlannedTimeline } from "@/lib/plan/planned-progress";
import { exemptionKey, reportWeek, unitOwesWeek, type ReportWeek } from "@/lib/reports/week";
import { countsForFigures, countsForTimeliness } from "@/lib/reports/workflow";
import { warningTitle } from "./describe";
import { escalate, type RuleParams, type RuleSet, type WarningKind, type WarningLevel } from "./rules";
import {
  UNANSWERED_NOTICE_STATUSES,
  type ComputedWarning,
  type EngineInput,
  type EngineNotice,
  type EngineReport,
  type EngineUnit,
  type EngineWorkItem,
  type EvidenceReport,
  type ResolvedReason,
} from "./types";
import type { WarningEvidence } from "./schema";

/** Weeks of reports the stalled rule (≤ 12 reports) and the forecast (≤ 26) read at most. */
const SERIES_WEEKS = 26;
/** The forecast leaves items created this recently alone: their plan and first reports are still settling. */
export const FORECAST_SETTLING_DAYS = 14;
/** A projected completion further out than this counts as "never". */
const FORECAST_HORIZON_DAYS = 3650;
const DAY_MS = 86_400_000;

const titleTranslator = translatorFor(defaultLocale);

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function byString<T>(key: (value: T) => string) {
  return (a: T, b: T) => {
    const left = key(a);
    const right = key(b);
    return left < right ? -1 : left > right ? 1 : 0;
  };
}

function timelineOf(item: EngineWorkItem): PlannedTimeline {
  return { startDate: item.startDate, dueDate: item.dueDate, curve: item.curve, points: item.points, recurrence: item.recurrence };
}

interface SeriesPoint {
  reportId: string;
  week: IsoWeek;
  progress: number;
}

/** Everything the rules share, computed once per evaluation. */
class Context {
  readonly todayKey: string;
  readonly unitsById: Map<string, EngineUnit>;
  /** Progress figures of each item, oldest week first: entries with a value in reports that count for figures. */
  readonly series = new Map<string, SeriesPoint[]>();
  /** The weeks ("2026-W47") each unit filed a report for (counts for timeliness), as of asOf. */
  readonly filedWeeks = new Map<string, Map<string, EngineReport>>();
  readonly exemptions: ReadonlySet<string>;
  private readonly weeks = new Map<string, ReportWeek>();

  constructor(readonly input: EngineInput) {
    this.todayKey = localDateKey(input.asOf, input.calendar.zone.timeZone);
    this.unitsById = new Map(input.units.map((unit) => [unit.id, unit]));
    this.exemptions = new Set(input.exemptions);
    const reports = [...input.reports].filter((report) => countsForTimeliness(report, input.asOf)).sort(byString((report) => report.id));
    for (const report of reports) {
      const label = formatIsoWeek(report);
      const weeks = this.filedWeeks.get(report.unitId) ?? new Map<string, EngineReport>();
      if (!weeks.has(label)) weeks.set(label, report);
      this.filedWeeks.set(report.unitId, weeks);
      // A returned report was filed, but its figures are taken back until it is resubmitted.
      if (!countsForFigures(report.status)) continue;
      for (const entry of report.entries) {
        if (entry.progress === null) continue;
        const list = this.series.get(entry.workItemId) ?? [];
        list.push({ reportId: report.id, week: { isoYear: report.isoYear, isoWeek: report.isoWeek }, progress: entry.progress });
        this.series.set(entry.workItemId, list);
      }
    }
    for (const list of this.series.values()) list.sort((a, b) => compareIsoWeeks(a.week, b.week) || byString<SeriesPoint>((point) => point.reportId)(a, b));
  }

  /** Warnings are about active units: a deactivated unit's end (UNIT_DEACTIVATED). */
  isActiveUnit(unitId: string): boolean {
    return this.unitsById.get(unitId)?.active === true;
  }

  /** Open at asOf: not archived, and not completed yet. */
  isOpen(item: EngineWorkItem): boolean {
    if (item.status === "ARCHIVED") return false;
    if (item.status === "COMPLETED") return item.completedAt !== null && item.completedAt.getTime() > this.input.asOf.getTime();
    return true;
  }

  /**
   * The item's progress figures that judge it today, oldest first: every one for a one-off
   * item; for a recurring item only those of reports whose deadline falls in today's period.
   */
  periodSeries(item: EngineWorkItem): SeriesPoint[] {
    const series = this.series.get(item.id) ?? [];
    if (item.recurrence === "NONE") return series;
    return series.filter((point) => samePeriod(item.recurrence, this.todayKey, this.week(point.week).deadlineKey));
  }

  /**
   * The latest progress figure as of asOf (the denormalised one when the loaded reports have
   * none; 0 before any report). A recurring item starts each period at 0.
   */
  actualProgress(item: EngineWorkItem): number {
    const series = this.periodSeries(item);
    if (series.length > 0) return series[series.length - 1].progress;
    if (item.recurrence !== "NONE" || (this.series.get(item.id)?.length ?? 0) > 0) return 0;
    return item.lastReportedAt && item.lastReportedAt.getTime() <= this.input.asOf.getTime() ? item.progress : 0;
  }

  /** The due date has passed: from the start of the day after it, on the zone's clock. */
  isOverdue(item: EngineWorkItem): boolean {
    return this.input.asOf.getTime() >= endOfLocalDay(item.dueDate, this.input.calendar.zone.timeZone).getTime();
  }

  unitName(unitId: string): string {
    return this.unitsById.get(unitId)?.name ?? unitId;
  }

  /** The week's deadline and whether it is owed, under the zone's calendar. */
  week(week: IsoWeek): ReportWeek {
    const label = formatIsoWeek(week);
    let found = this.weeks.get(label);
    if (!found) {
      found = reportWeek(week, this.input.calendar);
      this.weeks.set(label, found);
    }
    return found;
  }

  /**
   * The look-back window: the `size` latest weeks whose deadline has passed by asOf, newest
   * first. At the deadline instant a report is still on time; a millisecond later it is due.
   */
  closedWeeks(size: number): ReportWeek[] {
    const weeks: ReportWeek[] = [];
    const current = isoWeekOf(this.input.asOf, this.input.calendar.zone.timeZone);
    // A holiday can move a deadline into the next week, so look from the week after.
    for (let back = -1; weeks.length < size && back <= size + 1; back += 1) {
      const week = this.week(shiftIsoWeek(current, -back));
      if (this.input.asOf.getTime() > week.deadline.getTime()) weeks.push(week);
    }
    return weeks;
  }
}

function evidenceReports(points: SeriesPoint[]): EvidenceReport[] {
  return points.map((point) => ({ id: point.reportId, week: formatIsoWeek(point.week), progress: point.progress }));
}

function itemSubject(context: Context, item: EngineWorkItem): WarningEvidence["subject"] {
  return { unitName: context.unitName(item.leadUnitId), itemCode: item.code, itemTitle: item.title, itemSource: item.source };
}

function warning(kind: WarningKind, level: WarningLevel, dedupeKey: string, subject: { unitId: string; workItemId?: string; noticeId?: string }, evidence: Omit<WarningEvidence, "rule">): ComputedWarning {
  const full: WarningEvidence = { rule: kind, ...evidence };
  return {
    dedupeKey,
    kind,
    level,
    unitId: subject.unitId,
    workItemId: subject.workItemId ?? null,
    noticeId: subject.noticeId ?? null,
    title: warningTitle(titleTranslator, kind, level, full),
    evidence: full,
  };
}

// ───────────── the rules ─────────────

/**
 * Missing reports (不作为): of the look-back window's weeks, those the unit owed
 * (unitOwesWeek: the calendar's owed weeks, not excused, leading an item that owes it) and has
 * not filed. The level follows the count, so filing the latest week alone steps it down but
 * does not clear it while older owed weeks are still missing.
 */
function missingReport(context: Context, params: RuleParams<"MISSING_REPORT">, itemsByUnit: Map<string, EngineWorkItem[]>): ComputedWarning[] {
  const window = context.closedWeeks(params.lookbackWeeks);
  const warnings: ComputedWarning[] = [];
  if (window.length === 0) return warnings;
  for (const unit of context.input.units) {
    const items = itemsByUnit.get(unit.id) ?? [];
    const filed = context.filedWeeks.get(unit.id) ?? new Map<string, EngineReport>();
    const missing: IsoWeek[] = [];
    const excused: IsoWeek[] = [];
    for (const week of window) {
      if (filed.has(formatIsoWeek(week))) continue;
      const isExcused = context.exemptions.has(exemptionKey(unit.id, week));
      if (!unitOwesWeek(unit, items, week, isExcused)) {
        if (isExcused && unitOwesWeek(unit, items, week, false)) excused.push(week);
        continue;
      }
      missing.push(week);
    }
    const weeks = missing.length;
    if (weeks < params.yellowWeeks) continue;
    const level: WarningLevel = weeks >= params.redWeeks ? "RED" : weeks >= params.orangeWeeks ? "ORANGE" : "YELLOW";
    const lastFiled = [...filed.values()].sort((a, b) => compareIsoWeeks(b, a))[0];
    warnings.push(
      warning("MISSING_REPORT", level, `MISSING_REPORT:${unit.id}`, { unitId: unit.id }, {
        threshold: { ...params },
        figures: {
          weeksMissing: weeks,
          missingWeeks: missing.map(formatIsoWeek).reverse(),
          excusedWeeks: excused.map(formatIsoWeek).reverse(),
          windowFrom: formatIsoWeek(window[window.length - 1]),
          lastDeadline: window[0].deadline.toISOString(),
          lastSubmittedWeek: lastFiled ? formatIsoWeek(lastFiled) : null,
        },
        reports: lastFiled ? [{ id: lastFiled.id, week: formatIsoWeek(lastFiled) }] : [],
        subject: { unitName: unit.name },
      }),
    );
  }
  return warnings;
}

function stalled(context: Context, params: RuleParams<"STALLED">, items: EngineWorkItem[]): ComputedWarning[] {
  const warnings: ComputedWarning[] = [];
  for (const item of items) {
    if (!context.isOpen(item)) continue;
    const recent = context.periodSeries(item).slice(-params.reports);
    if (recent.length < params.reports) continue;
    const progress = recent[0].progress;
    if (progress >= 100 || recent.some((point) => point.progress !== progress)) continue;
    // Flat while ahead of the plan (a slow-start curve) is not stalling: only while behind it.
    const planned = plannedProgress(timelineOf(item), context.todayKey);
    if (progress >= planned) continue;
    warnings.push(
      warning("STALLED", params.level, `STALLED:${item.id}`, { unitId: item.leadUnitId, workItemId: item.id }, {
        threshold: { reports: params.reports },
        figures: { progress, planned, reportCount: recent.length, sinceWeek: formatIsoWeek(recent[0].week) },
        reports: evidenceReports(recent),
        subject: itemSubject(context, item),
      }),
    );
  }
  return warnings;
}

function behindPlan(context: Context, params: RuleParams<"BEHIND_PLAN">, items: EngineWorkItem[]): ComputedWarning[] {
  const warnings: ComputedWarning[] = [];
  for (const item of items) {
    if (!context.isOpen(item) || item.startDate > context.todayKey || context.isOverdue(item)) continue;
    const planned = plannedProgress(timelineOf(item), context.todayKey);
    const actual = context.actualProgress(item);
    const gap = round2(planned - actual);
    // "More than 10 points behind": exactly 10 is still within the tolerance.
    const level: WarningLevel | null = gap > params.red ? "RED" : gap > params.orange ? "ORANGE" : gap > params.yellow ? "YELLOW" : null;
    if (!level) continue;
    const series = context.series.get(item.id) ?? [];
    warnings.push(
      warning("BEHIND_PLAN", level, `BEHIND_PLAN:${item.id}`, { unitId: item.leadUnitId, workItemId: item.id }, {
        threshold: { ...params },
        figures: { planned, actual, gap, onDate: context.todayKey, dueDate: item.dueDate },
        reports: evidenceReports(series.slice(-1)),
        subject: itemSubject(context, item),
      }),
    );
  }
  return warnings;
}

function overdue(context: Context, params: RuleParams<"OVERDUE">, items: EngineWorkItem[]): ComputedWarning[] {
  const warnings: ComputedWarning[] = [];
  for (const item of items) {
    if (!context.isOpen(item) || !context.isOverdue(item)) continue;
    const actual = context.actualProgress(item);
    if (actual >= 100) continue;
    const series = context.series.get(item.id) ?? [];
    warnings.push(
      warning("OVERDUE", params.level, `OVERDUE:${item.id}`, { unitId: item.leadUnitId, workItemId: item.id }, {
        threshold: {},
        figures: { dueDate: item.dueDate, actual, daysOverdue: daysBetweenKeys(item.dueDate, context.todayKey) },
        reports: evidenceReports(series.slice(-1)),
        subject: itemSubject(context, item),
      }),
    );
  }
  return warnings;
}

function noticeUnanswered(context: Context, params: RuleParams<"NOTICE_UNANSWERED">, notices: EngineNotice[]): ComputedWarning[] {
  const { asOf, calendar } = context.input;
  const warnings: ComputedWarning[] = [];
  for (const notice of notices) {
    if (notice.issuedAt.getTime() > asOf.getTime() || !(UNANSWERED_NOTICE_STATUSES as readonly string[]).includes(notice.status)) continue;
    // In working days: a response date on a holiday is met on the next working day, and the
    // grace runs that many working days after it.
    const lastDay = lastDayToAnswer(calendar.calendar, notice.responseDue, params.graceDays);
    if (asOf.getTime() < endOfLocalDay(lastDay, calendar.zone.timeZone).getTime()) continue;
    warnings.push(
      warning("NOTICE_UNANSWERED", escalate(notice.level, params.escalateBy), `NOTICE_UNANSWERED:${notice.id}`, { unitId: notice.unitId, noticeId: notice.id }, {
        threshold: { ...params },
        figures: {
          responseDue: notice.responseDue,
          lastDay,
          daysOverdue: noticeOverdueDays(calendar.calendar, notice, context.todayKey),
          noticeLevel: notice.level,
          noticeStatus: notice.status,
          chaseCount: notice.chaseCount,
        },
        reports: [],
        subject: { unitName: context.unitName(notice.unitId), noticeNumber: notice.number },
      }),
    );
  }
  return warnings;
}

export interface Trend {
  /** Progress points per day (least squares). */
  slopePerDay: number;
  /** Day (counted like `x`) on which the fitted line reaches 100, or null when it never rises. */
  completionDay: number | null;
}

/** Least-squares line through (day, progress) points, and where it reaches 100 %. */
export function progressTrend(points: { day: number; progress: number }[]): Trend {
  const n = points.length;
  const meanX = points.reduce((sum, point) => sum + point.day, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.progress, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const point of points) {
    sxx += (point.day - meanX) ** 2;
    sxy += (point.day - meanX) * (point.progress - meanY);
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  if (slope <= 1e-9) return { slopePerDay: slope, completionDay: null };
  const intercept = meanY - slope * meanX;
  return { slopePerDay: slope, completionDay: (100 - intercept) / slope };
}

function forecastLate(context: Context, params: RuleParams<"FORECAST_LATE">, items: EngineWorkItem[]): ComputedWarning[] {
  const warnings: ComputedWarning[] = [];
  for (const item of items) {
    if (!context.isOpen(item) || item.startDate > context.todayKey || context.isOverdue(item)) continue;
    // A trend across periods that each restart at 0 says nothing about the due date.
    if (item.recurrence !== "NONE") continue;
    if (context.input.asOf.getTime() - item.createdAt.getTime() < FORECAST_SETTLING_DAYS * DAY_MS) continue;
    const actual = context.actualProgress(item);
    if (actual >= 100) continue;
    const daysToDue = daysBetweenKeys(context.todayKey, item.dueDate);
    if (daysToDue > params.horizonDays) continue;
    const recent = (context.series.get(item.id) ?? []).slice(-params.windowReports);
    let level: WarningLevel | null = null;
    const figures: WarningEvidence["figures"] = { actual, dueDate: item.dueDate, daysToDue, projectedDate: null, daysLate: null, slopePerWeek: null, basis: "dueSoon" };
    if (recent.length >= params.minReports) {
      // x: days from the item's start to each week's deadline day.
      const trend = progressTrend(recent.map((point) => ({ day: daysBetweenKeys(item.startDate, context.week(point.week).deadlineKey), progress: point.progress })));
      // The first whole day the fitted line reaches 100 (the epsilon absorbs floating-point dust).
      const completionDay = trend.completionDay === null ? null : Math.ceil(trend.completionDay - 1e-9);
      const daysLate = completionDay === null ? null : completionDay - daysBetweenKeys(item.startDate, item.dueDate);
      const never = completionDay === null || daysLate === null || daysLate > FORECAST_HORIZON_DAYS;
      figures.slopePerWeek = round2(trend.slopePerDay * 7);
      figures.projectedDate = never ? null : addDaysToKey(item.startDate, completionDay);
      figures.daysLate = never ? null : daysLate;
      if (never || daysLate > params.marginDays) {
        level = daysToDue <= params.orangeWithinDays ? "ORANGE" : "YELLOW";
        figures.basis = "trend";
      }
    }
    if (!level && daysToDue <= params.blueWithinDays) level = "BLUE";
    if (!level) continue;
    warnings.push(
      warning("FORECAST_LATE", level, `FORECAST_LATE:${item.id}`, { unitId: item.leadUnitId, workItemId: item.id }, {
        threshold: { ...params },
        figures,
        reports: evidenceReports(recent),
        subject: itemSubject(context, item),
      }),
    );
  }
  return warnings;
}

function repeatedYellow(context: Context, params: RuleParams<"REPEATED_YELLOW">, current: ComputedWarning[]): ComputedWarning[] {
  const { asOf, calendar, yellowHistory } = context.input;
  const quarter = quarterOfDateKey(context.todayKey);
  const since = quarterStart(asOf, calendar.zone.timeZone).getTime();
  const keysByUnit = new Map<string, Set<string>>();
  const mark = (unitId: string, key: string) => {
    if (key.startsWith("REPEATED_YELLOW:")) return;
    const keys = keysByUnit.get(unitId) ?? new Set<string>();
    keys.add(key);
    keysByUnit.set(unitId, keys);
  };
  for (const entry of yellowHistory) {
    const at = entry.at.getTime();
    if (at >= since && at <= asOf.getTime()) mark(entry.unitId, entry.dedupeKey);
  }
  for (const computed of current) if (computed.level === "YELLOW") mark(computed.unitId, computed.dedupeKey);
  const label = `${quarter.year}-Q${quarter.quarter}`;
  const warnings: ComputedWarning[] = [];
  for (const [unitId, keys] of keysByUnit) {
    if (keys.size < params.count || !context.isActiveUnit(unitId)) continue;
    warnings.push(
      warning("REPEATED_YELLOW", params.level, `REPEATED_YELLOW:${unitId}:${label}`, { unitId }, {
        threshold: { count: params.count },
        figures: { yellowCount: keys.size, quarter: label, warningKeys: [...keys].sort(), suggestNotice: true },
        reports: [],
        subject: { unitName: context.unitName(unitId) },
      }),
    );
  }
  return warnings;
}

// ───────────── the engine ─────────────

/** The warnings that should be open as of `input.asOf`, sorted by dedupe key. */
export function evaluateWarnings(input: EngineInput): ComputedWarning[] {
  const context = new Context(input);
  const { rules } = input;
  // A deactivated unit is no longer warned: its warnings end with UNIT_DEACTIVATED.
  const items = [...input.workItems].filter((item) => context.isActiveUnit(item.leadUnitId)).sort(byString((item) => item.id));
  const itemsByUnit = new Map<string, EngineWorkItem[]>();
  for (const item of items) {
    const list = itemsByUnit.get(item.leadUnitId) ?? [];
    list.push(item);
    itemsByUnit.set(item.leadUnitId, list);
  }
  const notices = [...input.notices].filter((notice) => context.isActiveUnit(notice.unitId)).sort(byString((notice) => notice.id));
  const warnings: ComputedWarning[] = [];
  if (rules.MISSING_REPORT.enabled) warnings.push(...missingReport(context, rules.MISSING_REPORT.params, itemsByUnit));
  if (rules.STALLED.enabled) warnings.push(...stalled(context, rules.STALLED.params, items));
  if (rules.BEHIND_PLAN.enabled) warnings.push(...behindPlan(context, rules.BEHIND_PLAN.params, items));
  if (rules.OVERDUE.enabled) warnings.push(...overdue(context, rules.OVERDUE.params, items));
  if (rules.NOTICE_UNANSWERED.enabled) warnings.push(...noticeUnanswered(context, rules.NOTICE_UNANSWERED.params, notices));
  if (rules.FORECAST_LATE.enabled) warnings.push(...forecastLate(context, rules.FORECAST_LATE.params, items));
  if (rules.REPEATED_YELLOW.enabled) warnings.push(...repeatedYellow(context, rules.REPEATED_YELLOW.params, warnings));
  return warnings.sort(byString((computed) => computed.dedupeKey));
}

/**
 * Why a warning that is no longer computed was resolved, for the record and the reader, in
 * this order: the rule was switched off; the unit was deactivated; the item was archived or
 * completed; the item passed its due date (the overdue rule took over); the notice was
 * answered; the thresholds changed; else the kind's own condition cleared — for missing
 * reports, what became of the weeks that were missing (filed, excused, no longer owed, or out
 * of the look-back window).
 */
export function resolutionReason(
  warning: { kind: WarningKind; unitId: string; workItemId: string | null; noticeId: string | null; evidence?: Partial<WarningEvidence> },
  input: EngineInput,
): ResolvedReason {
  if (!input.rules[warning.kind].enabled) return "RULE_DISABLED";
  const asOf = input.asOf.getTime();
  const unit = input.units.find((candidate) => candidate.id === warning.unitId);
  if (unit && !unit.active) return "UNIT_DEACTIVATED";
  if (warning.workItemId) {
    const item = input.workItems.find((candidate) => candidate.id === warning.workItemId);
    if (!item || item.status === "ARCHIVED") return "ITEM_ARCHIVED";
    if (item.status === "COMPLETED" && (item.completedAt?.getTime() ?? 0) <= asOf) return "ITEM_COMPLETED";
    const lead = input.units.find((candidate) => candidate.id === item.leadUnitId);
    if (lead && !lead.active) return "UNIT_DEACTIVATED";
    // Behind-plan and forecast watch work before its due date; past it the overdue rule takes over.
    if ((warning.kind === "BEHIND_PLAN" || warning.kind === "FORECAST_LATE") && asOf >= endOfLocalDay(item.dueDate, input.calendar.zone.timeZone).getTime()) return "NOW_OVERDUE";
  }
  if (warning.noticeId) {
    const notice = input.notices.find((candidate) => candidate.id === warning.noticeId);
    if (!notice || !(UNANSWERED_NOTICE_STATUSES as readonly string[]).includes(notice.status)) return "NOTICE_ANSWERED";
  }
  // The thresholds it was raised under are no longer the rule's: a supervisor changed them.
  const evidence = warning.evidence;
  const threshold = evidence?.threshold;
  const params = input.rules[warning.kind].params as Record<string, unknown>;
  if (threshold && Object.entries(threshold).some(([name, value]) => name in params && params[name] !== value)) return "THRESHOLD_CHANGED";
  if (warning.kind === "MISSING_REPORT") return missingResolution(warning.unitId, evidence, input);
  const byKind: Record<Exclude<WarningKind, "MISSING_REPORT">, ResolvedReason> = {
    STALLED: "PROGRESS_MOVED",
    BEHIND_PLAN: "CAUGHT_UP",
    OVERDUE: "COMPLETED",
    NOTICE_UNANSWERED: "NOTICE_ANSWERED",
    FORECAST_LATE: "BACK_ON_TRACK",
    REPEATED_YELLOW: "BELOW_THRESHOLD",
  };
  return byKind[warning.kind];
}

/** What became of the weeks a missing-report warning named. */
function missingResolution(unitId: string, evidence: Partial<WarningEvidence> | undefined, input: EngineInput): ResolvedReason {
  const named = evidence?.figures?.missingWeeks;
  const weeks = (Array.isArray(named) ? named : []).map((label) => parseIsoWeek(String(label))).filter((week): week is IsoWeek => week !== null);
  const context = new Context(input);
  const filed = context.filedWeeks.get(unitId) ?? new Map<string, EngineReport>();
  const open = weeks.filter((week) => !filed.has(formatIsoWeek(week)));
  if (open.length === 0) return "REPORT_SUBMITTED";
  if (open.every((week) => context.exemptions.has(exemptionKey(unitId, week)))) return "WEEKS_EXCUSED";
  // Older than the window's first week: they left it. Otherwise they are no longer owed (or not due yet).
  const window = context.closedWeeks(input.rules.MISSING_REPORT.params.lookbackWeeks);
  const oldest = window[window.length - 1];
  if (oldest && open.every((week) => compareIsoWeeks(week, oldest) < 0)) return "LOOKBACK_PASSED";
  return "NO_LONGER_OWED";
}

export interface WarningDiff {
  opened: ComputedWarning[];
  closed: ComputedWarning[];
  changed: { before: ComputedWarning; after: ComputedWarning }[];
}

/** What changes between two evaluations (e.g. under the current and the proposed rules). */
export function diffWarnings(before: ComputedWarning[], after: ComputedWarning[]): WarningDiff {
  const previous = new Map(before.map((computed) => [computed.dedupeKey, computed]));
  const next = new Map(after.map((computed) => [computed.dedupeKey, computed]));
  return {
    opened: after.filter((computed) => !previous.has(computed.dedupeKey)),
    closed: before.filter((computed) => !next.has(computed.dedupeKey)),
    changed: after
      .filter((computed) => previous.has(computed.dedupeKey) && previous.get(computed.dedupeKey)!.level !== computed.level)
      .map((computed) => ({ before: previous.get(computed.dedupeKey)!, after: computed })),
  };
}

/** Midnight starting the quarter that `asOf` falls in, on the zone's clock. */
export function quarterStart(asOf: Date, timeZone: string): Date {
  return zonedInstant(quarterRange(quarterOfDateKey(localDateKey(asOf, timeZone))).first, "00:00", timeZone);
}

/** How many weeks of reports (and exemptions) the rules read: the look-back window or the series, with a week to spare. */
export function historyWeeks(rules: RuleSet): number {
  return Math.max(rules.MISSING_REPORT.params.lookbackWeeks, SERIES_WEEKS) + 2;
}

/** The first instant of the report history the engine needs under these rules, for loaders. */
export function historyStart(asOf: Date, rules: RuleSet): Date {
  return new Date(asOf.getTime() - historyWeeks(rules) * 7 * DAY_MS);
}
