// The weekly report's state machine and the review board's status, as pure functions:
// DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → ACCEPTED. Every other move is refused.
import { DomainError } from "@/lib/server/errors";

export const REPORT_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"] as const;
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

export const BOARD_STATUSES = ["NOT_STARTED", "DRAFT", "ON_TIME", "LATE", "RETURNED", "ACCEPTED"] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

/** A unit's status on the review board: submissions split by timeliness of the first submission. */
export function boardStatus(report: { status: ReportStatus; lateMinutes: number | null } | null): BoardStatus {
  if (!report) return "NOT_STARTED";
  if (report.status === "SUBMITTED") return (report.lateMinutes ?? 0) > 0 ? "LATE" : "ON_TIME";
  return report.status;
}

/** Statuses that count as "submitted" for rates, reminders and the warning engine. */
export function isSubmitted(status: ReportStatus | null | undefined): boolean {
  return status === "SUBMITTED" || status === "ACCEPTED";
}
