// Meeting decisions are tracked as work items (source MEETING_DECISION) so that the assignee
// reports on them weekly and the warning engine and dashboards see them like plan items.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { TxClient } from "@/lib/db/client";
import { dateFromKey } from "@/lib/dates/zone-time";
import { DomainError } from "@/lib/server/errors";

/** Serialises code allocation per zone within the caller's transaction. */
async function lockDecisionCodes(tx: TxClient, zoneId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`decision-code:${zoneId}`}))`;
}

/** Next code of the meeting's month: "D2026-11-1", "D2026-11-2", … across the month's meetings. */
async function nextDecisionCode(tx: TxClient, zoneId: string, meetingDate: string): Promise<string> {
  const prefix = `D${meetingDate.slice(0, 7)}-`;
  const taken = await tx.workItem.findMany({ where: { zoneId, code: { startsWith: prefix } }, select: { code: true } });
  const last = taken.reduce((max, item) => Math.max(max, Number(item.code.slice(prefix.length)) || 0), 0);
  return `${prefix}${last + 1}`;
}

export interface NewDecision {
  content: string;
  assigneeUnitId: string;
  dueDate: string;
}

/** Creates the decisions of a meeting with their work items. Returns the created decisions. */
export async function createDecisions(tx: TxClient, actor: Actor, meeting: { id: string; title: string; date: string }, decisions: NewDecision[]) {
  if (decisions.length === 0) return [];
  await lockDecisionCodes(tx, actor.zoneId);
  const last = await tx.meetingDecision.aggregate({ where: { meetingId: meeting.id }, _max: { seq: true } });
  let seq = last._max.seq ?? 0;
  const created = [];
  for (const decision of decisions) {
    seq += 1;
    const item = await tx.workItem.create({
      data: {
        zoneId: actor.zoneId,
        measureId: null,
        source: "MEETING_DECISION",
        code: await nextDecisionCode(tx, actor.zoneId, meeting.date),
        title: decision.content,
        description: meeting.title,
        leadUnitId: decision.assigneeUnitId,
        startDate: dateFromKey(meeting.date),
        dueDate: dateFromKey(decision.dueDate),
        sortOrder: 10_000 + seq,
      },
      select: { id: true, code: true },
    });
    created.push(
      await tx.meetingDecision.create({
        data: { meetingId: meeting.id, seq, content: decision.content, assigneeUnitId: decision.assigneeUnitId, dueDate: dateFromKey(decision.dueDate), workItemId: item.id },
        select: { id: true, seq: true, assigneeUnitId: true, content: true, workItemId: true },
      }),
    );
  }
  return created;
}

/** Changes a decision and its work item; the assignee may change only before anything was reported. */
export async function updateDecision(
  tx: TxClient,
  decision: { id: string; workItemId: string | null; assigneeUnitId: string; status: string },
  change: NewDecision & { cancel: boolean },
  field: string,
): Promise<void> {
  if (decision.status === "CANCELLED") return;
  if (change.assigneeUnitId !== decision.assigneeUnitId && decision.workItemId) {
    const reported = await tx.reportEntry.count({ where: { workItemId: decision.workItemId } });
    if (reported > 0) throw new DomainError("supervision.errors.decisionReported", {}, field);
  }
  await tx.meetingDecision.update({
    where: { id: decision.id },
    data: { content: change.content, assigneeUnitId: change.assigneeUnitId, dueDate: dateFromKey(change.dueDate), ...(change.cancel ? { status: "CANCELLED" } : {}) },
  });
  if (decision.workItemId) {
    await tx.workItem.update({
      where: { id: decision.workItemId },
      data: {
        title: change.content,
        leadUnitId: change.assigneeUnitId,
        dueDate: dateFromKey(change.dueDate),
        ...(change.cancel ? { status: "ARCHIVED", archivedAt: new Date() } : {}),
      },
    });
  }
}
