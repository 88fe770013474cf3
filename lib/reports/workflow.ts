// The weekly report's state machine and the review board's status, as pure functions:
// DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → ACCEPTED. Every other move is refused.
import { DomainError } from "@/lib/server/errors";
import * as DbEnums from "@/lib/db/generated/enums";

export const REPORT_STATUSES = Object.values(DbEnums.ReportStatus);
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** save: write a draft (or edit a returned report); submit; the office's return and accept. */
export type ReportAction = "save" | "submit" | "return" | "accept";

const TRANSITIONS: Record<ReportAction, Partial<Record<ReportStatus | "NEW", ReportStatus>>> = {
  save: { NEW: "DRAFT", DRAFT: "DRAFT", RETURNED: "RETURNED" },
  submit: { NEW: "SUBMITTED", DRAFT: "SUBMITTED", RETURNED: "SUBMITTED" },
  return: { SUBMITTED: "RETURNED" },
  accept: { SUBMITTED: "ACCEPTED" },
};

/** The statuses an action may start from (for a guarded UPDATE … WHERE status IN …). */
export function statusesAllowing(action: ReportAction): ReportStatus[] {
  return REPORT_STATUSES.filter((status) => TRANSITIONS[action][status] !== undefined);
}

/**
 * The status after `action` on a report in `current` (null: the report does not exist yet).
 * Throws a DomainError naming why the move is illegal.
 */
export function nextStatus(current: ReportStatus | null, action: ReportAction): ReportStatus {
  const next = TRANSITIONS[action][current ?? "NEW"];
  if (next) return next;
  if (action === "save" || action === "submit") {
    throw new DomainError(current === "ACCEPTED" ? "reports.errors.accepted" : "reports.errors.locked");
  }
  throw new DomainError(current === null ? "errors.notFound" : "reports.errors.notAwaitingReview");
}

/** Whether the unit may still change the report. */
export function isEditable(status: ReportStatus | null): boolean {
  return status === null || TRANSITIONS.save[status] !== undefined;
}

export const BOARD_STATUSES = ["NOT_STARTED", "DRAFT", "ON_TIME", "LATE", "RETURNED", "ACCEPTED", "EXCUSED"] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

/**
 * A unit's status on the review board: submissions split by timeliness of the first
 * submission; a unit the office excused from the week (免报) that has not submitted is EXCUSED.
 */
export function boardStatus(report: { status: ReportStatus; lateMinutes: number | null } | null, excused = false): BoardStatus {
  if (excused && (!report || report.status === "DRAFT")) return "EXCUSED";
  if (!report) return "NOT_STARTED";
  if (report.status === "SUBMITTED") return (report.lateMinutes ?? 0) > 0 ? "LATE" : "ON_TIME";
  return report.status;
}

// ───────────── the two meanings of "submitted" ─────────────
// Every query, the dashboard SQL (lib/dashboard/sql.ts) and the warning engine use these, never
// their own list of statuses.

/**
 * Counts for timeliness: the report was submitted at least once. A return is about content,
 * not timeliness: a returned report keeps its first submission's time and lateness, so it
 * still counts as filed for the week (docs/reports.md).
 */
export const TIMELINESS_STATUSES = ["SUBMITTED", "RETURNED", "ACCEPTED"] as const satisfies readonly ReportStatus[];

/** Counts for figures: submitted and not taken back by a return (progress, indicator values). */
export const FIGURE_STATUSES = ["SUBMITTED", "ACCEPTED"] as const satisfies readonly ReportStatus[];

/** Whether the report counts as filed for its week (as of `asOf`, when given). */
export function countsForTimeliness(report: { status: ReportStatus; submittedAt: Date | null }, asOf?: Date): boolean {
  if (!(TIMELINESS_STATUSES as readonly string[]).includes(report.status) || report.submittedAt === null) return false;
  return asOf === undefined || report.submittedAt.getTime() <= asOf.getTime();
}

/** Whether the report's figures count (its status alone: a returned report's do not). */
export function countsForFigures(status: ReportStatus | null | undefined): boolean {
  return (FIGURE_STATUSES as readonly (string | null | undefined)[]).includes(status);
}

/**
 * An entry's figure: the value when its report counts for figures and the field holds one,
 * else null. An empty field is never 0 %.
 */
export function figureOf(status: ReportStatus, value: number | null): number | null {
  return countsForFigures(status) && value !== null ? value : null;
}

/** Prisma filter of reports that count for timeliness. */
export const TIMELINESS_REPORTS: { status: { in: ReportStatus[] }; submittedAt: { not: null } } = { status: { in: [...TIMELINESS_STATUSES] }, submittedAt: { not: null } };

/** Prisma filter of reports that count for figures. */
export const FIGURE_REPORTS: { status: { in: ReportStatus[] } } = { status: { in: [...FIGURE_STATUSES] } };

/** Prisma filter of report entries whose progress counts: a figure report, a value in the field. */
export const PROGRESS_FIGURES: { progress: { not: null }; report: typeof FIGURE_REPORTS } = { progress: { not: null }, report: FIGURE_REPORTS };

/** A status list as a SQL literal, e.g. `('SUBMITTED', 'ACCEPTED')`, for `r.status IN …` (constants only). */
export function statusListSql(statuses: readonly ReportStatus[]): string {
  return `(${statuses.map((status) => `'${status}'`).join(", ")})`;
}
