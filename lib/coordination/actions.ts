"use server";
// Coordination requests (协调事项): raised by a unit for itself or by the office, put to a
// city leader, instructed (批示) by a leader, followed until resolved or closed.
import { recordAudit } from "@/lib/audit/record";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import type { TxClient } from "@/lib/db/client";
import { dateFromKey } from "@/lib/dates/zone-time";
import { defer } from "@/lib/i18n/deferred";
import { notifyRoles, notifyUsers, type NotificationContent } from "@/lib/notifications/notify";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";
import { createCoordinationSchema, instructionSchema, transitionCoordinationSchema, updateCoordinationSchema } from "./schema";
import { canInstruct, canTransition, editableByRaisingUnit, isFinished, outcomeRequired, statusAfterInstruction } from "./workflow";

type Result = ActionResult<{ id: string }>;

const PATHS = ["/coordination", "/"];

// Notifications are stored text; they are written in the zone's primary language.

async function findRequest(tx: TxClient, actor: Actor, id: string) {
  const request = await tx.coordinationRequest.findFirst({ where: { id, zoneId: actor.zoneId } });
  if (!request) throw new NotFoundError("coordination request");
  return request;
}

async function assertRefs(tx: TxClient, actor: Actor, refs: { unitId: string | null; workItemId: string | null }): Promise<void> {
  if (refs.unitId && !(await tx.unit.findFirst({ where: { id: refs.unitId, zoneId: actor.zoneId }, select: { id: true } }))) {
    throw new DomainError("validation.choice", {}, "unitId");
  }
  if (refs.workItemId && !(await tx.workItem.findFirst({ where: { id: refs.workItemId, zoneId: actor.zoneId }, select: { id: true } }))) {
    throw new DomainError("validation.choice", {}, "workItemId");
  }
}

/**
 * Tells the people concerned: the unit that raised the request (its reporters and whoever
 * raised it) and, when asked, the office's supervisors; never the actor.
 */
async function notifyConcerned(
  tx: TxClient,
  actor: Actor,
  request: { unitId: string | null; raisedById: string | null },
  content: NotificationContent,
  { office = false } = {},
): Promise<void> {
  const users = await tx.user.findMany({
    where: {
      zoneId: actor.zoneId,
      active: true,
      OR: [
        ...(request.unitId ? [{ unitId: request.unitId, role: "REPORTER" as const }] : []),
        ...(request.raisedById ? [{ id: request.raisedById }] : []),
        ...(office ? [{ role: "SUPERVISOR" as const }] : []),
      ],
    },
    select: { id: true },
  });
  await notifyUsers(tx, actor.zoneId, users.map((user) => user.id).filter((userId) => userId !== actor.id), content);
}

export async function createCoordinationRequest(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: createCoordinationSchema,
    permission: "coordination.create",
    revalidate: PATHS,
    write: async (tx, { unitId: chosenUnitId, dueDate, ...input }, actor) => {
      // A reporter raises for its own unit only; the office may raise for any unit (or itself).
      const unitId = can(actor, "coordination.manage") ? (chosenUnitId ?? actor.unitId) : actor.unitId;
      authorize(actor, "coordination.create", { unitId, zoneId: actor.zoneId });
      await assertRefs(tx, actor, { unitId, workItemId: input.workItemId });
      const created = await tx.coordinationRequest.create({
        data: { ...input, unitId, dueDate: dueDate ? dateFromKey(dueDate) : null, raisedById: actor.id, zoneId: actor.zoneId, status: "OPEN" },
      });
      await recordAudit(tx, actor, { action: "coordination.create", entityType: "CoordinationRequest", entityId: created.id, after: created });
      if (actor.role === "REPORTER") {
        await notifyRoles(tx, actor.zoneId, ["SUPERVISOR"], { kind: "SYSTEM", title: defer("coordination.notify.raised", { title: created.title }), link: `/coordination/${created.id}` });
      }
      return { id: created.id };
    },
  });
}

export async function updateCoordinationRequest(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: updateCoordinationSchema,
    permission: "coordination.create",
    revalidate: PATHS,
    write: async (tx, { id, unitId: chosenUnitId, dueDate, ...input }, actor) => {
      const before = await findRequest(tx, actor, id);
      const office = can(actor, "coordination.manage");
      if (!office) {
        authorize(actor, "coordination.create", before);
        if (!editableByRaisingUnit(before.status)) throw new DomainError("coordination.errors.notEditable");
      } else if (isFinished(before.status)) {
        throw new DomainError("coordination.errors.notEditable");
      }
      const unitId = office ? (chosenUnitId ?? before.unitId) : before.unitId;
      await assertRefs(tx, actor, { unitId, workItemId: input.workItemId });
      const after = await tx.coordinationRequest.update({ where: { id }, data: { ...input, unitId, dueDate: dueDate ? dateFromKey(dueDate) : null } });
      await recordAudit(tx, actor, { action: "coordination.update", entityType: "CoordinationRequest", entityId: id, before, after });
      return { id };
    },
  });
}

/** The office moves a request along (docs/resources.md has the workflow). */
export async function transitionCoordinationRequest(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: transitionCoordinationSchema,
    permission: "coordination.manage",
    revalidate: PATHS,
    write: async (tx, { id, status, outcome }, actor) => {
      const before = await findRequest(tx, actor, id);
      if (!canTransition(before.status, status)) throw new DomainError("coordination.errors.badTransition", {}, "status");
      if (outcomeRequired(status) && !outcome) throw new DomainError("coordination.errors.outcomeRequired", {}, "outcome");
      const after = await tx.coordinationRequest.update({
        where: { id },
        data: { status, outcome: outcome ?? before.outcome, resolvedAt: isFinished(status) ? new Date() : null },
      });
      await recordAudit(tx, actor, { action: "coordination.transition", entityType: "CoordinationRequest", entityId: id, before, after });
      const link = `/coordination/${id}`;
      if (status === "WAITING_LEADER") {
        await notifyRoles(tx, actor.zoneId, ["LEADER"], { kind: "SYSTEM", title: defer("coordination.notify.waitingLeader", { title: before.title }), body: before.addressee, link });
      } else if (isFinished(status)) {
        await notifyConcerned(tx, actor, before, { kind: "SYSTEM", title: defer("coordination.notify.finished", { title: before.title, status: defer(`enums.CoordinationStatus.${status}`) }), body: outcome ?? "", link });
      }
      return { id };
    },
  });
}

/** A leader's instruction (批示): recorded, the request moves on, and everyone concerned is told. */
export async function addCoordinationInstruction(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: instructionSchema,
    permission: "instruction.create",
    revalidate: PATHS,
    write: async (tx, { coordinationRequestId, content }, actor) => {
      const request = await findRequest(tx, actor, coordinationRequestId);
      authorize(actor, "instruction.create", request);
      if (!canInstruct(request.status)) throw new DomainError("coordination.errors.cannotInstruct");
      const instruction = await tx.instruction.create({ data: { zoneId: actor.zoneId, authorId: actor.id, content, coordinationRequestId } });
      const status = statusAfterInstruction(request.status);
      if (status !== request.status) await tx.coordinationRequest.update({ where: { id: request.id }, data: { status } });
      await recordAudit(tx, actor, {
        action: "coordination.instruct",
        entityType: "CoordinationRequest",
        entityId: request.id,
        before: { status: request.status },
        after: { status, instructionId: instruction.id, content },
      });
      await notifyConcerned(
        tx,
        actor,
        request,
        { kind: "INSTRUCTION", title: defer("coordination.notify.instructed", { title: request.title }), body: content, link: `/coordination/${request.id}` },
        { office: true },
      );
      return { id: instruction.id };
    },
  });
}
