// The life of a coordination request (协调事项). Pure.
//   OPEN ──submit to a leader──▶ WAITING_LEADER ──a leader instructs (批示)──▶ IN_PROGRESS
//   any open state ──▶ RESOLVED | CLOSED (with the outcome); a finished one may be reopened.
import * as DbEnums from "@/lib/db/generated/enums";
export const COORDINATION_STATUSES = Object.values(DbEnums.CoordinationStatus);
export type CoordinationStatus = (typeof COORDINATION_STATUSES)[number];
/** Whom a request is addressed to (the form offers these). */
export const ADDRESSEE_KINDS = Object.values(DbEnums.CoordinationAddressee);

export const COORDINATION_TRANSITIONS: Record<CoordinationStatus, readonly CoordinationStatus[]> = {
  OPEN: ["WAITING_LEADER", "IN_PROGRESS", "RESOLVED", "CLOSED"],
  WAITING_LEADER: ["OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"],
  IN_PROGRESS: ["WAITING_LEADER", "RESOLVED", "CLOSED"],
  RESOLVED: ["IN_PROGRESS"],
  CLOSED: ["IN_PROGRESS"],
};

export function canTransition(from: CoordinationStatus, to: CoordinationStatus): boolean {
  return COORDINATION_TRANSITIONS[from].includes(to);
}

export function isFinished(status: CoordinationStatus): boolean {
  return status === "RESOLVED" || status === "CLOSED";
}

/** Finishing a request records what came of it. */
export function outcomeRequired(to: CoordinationStatus): boolean {
  return isFinished(to);
}

/** A leader may instruct on any request still open; a request waiting for one moves on. */
export function canInstruct(status: CoordinationStatus): boolean {
  return !isFinished(status);
}

export function statusAfterInstruction(status: CoordinationStatus): CoordinationStatus {
  return status === "WAITING_LEADER" || status === "OPEN" ? "IN_PROGRESS" : status;
}

/** The unit that raised a request may still change it while the office has not taken it up. */
export function editableByRaisingUnit(status: CoordinationStatus): boolean {
  return status === "OPEN";
}
