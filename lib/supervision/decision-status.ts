// One definition of "an open overdue meeting decision" (逾期未办结), used by the monthly
// supervision report, the meeting page, the workbench and the dashboard's deadlines panel.
//
// A decision is **open** at an instant when it is not cancelled and was not yet done then:
// status OPEN, or DONE with its work item completed after that instant (a report compiled
// for a past month still lists what was open at the month's end). It is **overdue** on a
// zone-calendar day when it is open and its due date is before that day: a decision due on
// the 30th is met until the end of the 30th, as the warning engine's overdue rule reads a
// work item's due date. Days overdue = calendar days from the due date to that day.
import type { Prisma } from "@/lib/db/generated/client";
import { dateFromKey, daysBetweenKeys } from "@/lib/dates/zone-time";

export type DecisionStatus = "OPEN" | "DONE" | "CANCELLED";

export interface DecisionState {
  status: DecisionStatus;
  /** Due date, YYYY-MM-DD. */
  dueDate: string;
  /** When its work item was completed (null when never, or without a work item). */
  completedAt: Date | null;
}

export function decisionOpenAt(decision: DecisionState, asOf: Date): boolean {
  if (decision.status === "CANCELLED") return false;
  if (decision.status === "OPEN") return true;
  return decision.completedAt !== null && decision.completedAt.getTime() > asOf.getTime();
}

/** Days past the due date on `todayKey` while open at `asOf`; null when not overdue. */
export function decisionDaysOverdue(decision: DecisionState, asOf: Date, todayKey: string): number | null {
  if (!decisionOpenAt(decision, asOf) || decision.dueDate >= todayKey) return null;
  return daysBetweenKeys(decision.dueDate, todayKey);
}

export function isOpenOverdueDecision(decision: DecisionState, asOf: Date, todayKey: string): boolean {
  return decisionDaysOverdue(decision, asOf, todayKey) !== null;
}

/** The same rule as a Prisma filter: the zone's decisions open at `asOf` and due before `todayKey`. */
export function openOverdueDecisionsWhere(zoneId: string, asOf: Date, todayKey: string): Prisma.MeetingDecisionWhereInput {
  return {
    meeting: { zoneId },
    dueDate: { lt: dateFromKey(todayKey) },
    OR: [{ status: "OPEN" }, { status: "DONE", workItem: { completedAt: { gt: asOf } } }],
  };
}
