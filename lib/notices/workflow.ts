// The supervision notice workflow as a pure state machine:
//   ISSUED → SIGNED → IN_PROGRESS → RESPONDED → REVIEWED → CLOSED
// with RETURNED (for more work) from RESPONDED or REVIEWED, then back to IN_PROGRESS or
// straight to RESPONDED. Chasing (催办) keeps the status. Any other step is refused.
import type { Permission } from "@/lib/auth/permissions";
import { UNANSWERED_NOTICE_STATUSES } from "@/lib/warnings/types";
import * as DbEnums from "@/lib/db/generated/enums";

export const NOTICE_STATUSES = Object.values(DbEnums.NoticeStatus);
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export const NOTICE_STEPS = ["sign", "start", "respond", "review", "return", "close", "chase"] as const;
export type NoticeStep = (typeof NOTICE_STEPS)[number];

export type NoticeEventType = "SIGNED" | "STARTED" | "RESPONDED" | "REVIEWED" | "RETURNED" | "CLOSED" | "CHASED";

interface StepRule {
  from: readonly NoticeStatus[];
  /** null: the status stays (a chase). */
  to: NoticeStatus | null;
  event: NoticeEventType;
  /** The unit's reporters act on their own notices; the office reviews, returns, closes, chases. */
  permission: Extract<Permission, "notice.respond" | "notice.manage">;
}

const UNANSWERED: readonly NoticeStatus[] = UNANSWERED_NOTICE_STATUSES;

export const STEP_RULES: Record<NoticeStep, StepRule> = {
  sign: { from: ["ISSUED"], to: "SIGNED", event: "SIGNED", permission: "notice.respond" },
  start: { from: ["SIGNED", "RETURNED"], to: "IN_PROGRESS", event: "STARTED", permission: "notice.respond" },
  respond: { from: ["SIGNED", "IN_PROGRESS", "RETURNED"], to: "RESPONDED", event: "RESPONDED", permission: "notice.respond" },
  review: { from: ["RESPONDED"], to: "REVIEWED", event: "REVIEWED", permission: "notice.manage" },
  return: { from: ["RESPONDED", "REVIEWED"], to: "RETURNED", event: "RETURNED", permission: "notice.manage" },
  close: { from: ["REVIEWED"], to: "CLOSED", event: "CLOSED", permission: "notice.manage" },
  chase: { from: UNANSWERED, to: null, event: "CHASED", permission: "notice.manage" },
};

/** The status after `step`, or null when the step is not allowed from `status`. */
export function nextStatus(status: NoticeStatus, step: NoticeStep): NoticeStatus | null {
  const rule = STEP_RULES[step];
  if (!rule.from.includes(status)) return null;
  return rule.to ?? status;
}

/** The steps possible from a status for a holder of the given permissions (for the buttons). */
export function availableSteps(status: NoticeStatus, permissions: { respond: boolean; manage: boolean }): NoticeStep[] {
  return NOTICE_STEPS.filter((step) => {
    const rule = STEP_RULES[step];
    const allowed = rule.permission === "notice.respond" ? permissions.respond : permissions.manage;
    return allowed && rule.from.includes(status);
  });
}

export function isUnanswered(status: NoticeStatus): boolean {
  return UNANSWERED.includes(status);
}

/** 督办〔2026〕7号, with the office's 机关代字 (docs/documents.md) in front. */
export function formatNoticeNumber(year: number, seq: number, code = "督办"): string {
  return `${code}〔${year}〕${seq}号`;
}
