"use server";
// Plan management by the creation office: tasks, measures and work items. A work item that
// has reports is archived (kept for history and scoring), never deleted.
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma, TxClient } from "@/lib/db/client";
import { dateFromKey } from "@/lib/dates/zone-time";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";
import { itemExtrasSelect, writeIndicators, writeMilestones } from "./item-writes";
import { plannedPointsValue, workItemPlanSelect } from "./plan-fields";
import { idSchema, measureSchema, taskSchema, updateMeasureSchema, updateTaskSchema, updateWorkItemSchema, workItemSchema, type WorkItemInput } from "./schema";

type Result = ActionResult<{ id: string }>;

const PLAN_PATHS = ["/plan", "/units"];

const taskSelect = { id: true, code: true, title: true, description: true, sortOrder: true } as const;
const measureSelect = { id: true, taskId: true, code: true, title: true, description: true, sortOrder: true } as const;
const workItemSnapshotSelect = {
  ...workItemPlanSelect,
  ...itemExtrasSelect,
  id: true,
  measureId: true,
  source: true,
  description: true,
  leadUnitId: true,
  status: true,
  archivedAt: true,
  completedAt: true,
  sortOrder: true,
  cooperators: { select: { unitId: true }, orderBy: { unitId: "asc" } },
} as const satisfies Prisma.WorkItemSelect;

async function assertCodeFree(
  find: (where: { zoneId: string; code: string }) => Promise<{ id: string } | null>,
  actor: Actor,
  code: string,
  exceptId?: string,
): Promise<void> {
  const clash = await find({ zoneId: actor.zoneId, code });
  if (clash && clash.id !== exceptId) throw new DomainError("validation.codeTaken", {}, "code");
}

// ───────────── tasks ─────────────

export async function createTask(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: taskSchema,
    permission: "plan.manage",
    revalidate: PLAN_PATHS,
    write: async (tx, fields, actor) => {
      await assertCodeFree((where) => tx.task.findFirst({ where, select: { id: true } }), actor, fields.code);
      const task = await tx.task.create({ data: { ...fields, zoneId: actor.zoneId }, select: taskSelect });
      await recordAudit(tx, actor, { action: "task.create", entityType: "Task", entityId: task.id, after: task });
      return { id: task.id };
    },
  });
}

async function findTask(tx: TxClient, actor: Actor, id: string) {
  const task = await tx.task.findFirst({ where: { id, zoneId: actor.zoneId }, select: taskSelect });
  if (!task) throw new NotFoundError("task");
  return task;
}

export async function updateTask(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: updateTaskSchema,
    permission: "plan.manage",
    revalidate: PLAN_PATHS,
    write: async (tx, { id, ...fields }, actor) => {
      const before = await findTask(tx, actor, id);
      await assertCodeFree((where) => tx.task.findFirst({ where, select: { id: true } }), actor, fields.code, id);
      const after = await tx.task.update({ where: { id }, data: fields, select: taskSelect });
      await recordAudit(tx, actor, { action: "task.update", entityType: "Task", entityId: id, before, after });
      return { id };
    },
  });
}

export async function deleteTask(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: idSchema,
    permission: "plan.manage",
    revalidate: PLAN_PATHS,
    write: async (tx, { id }, actor) => {
      const before = await findTask(tx, actor, id);
      const measures = await tx.measure.count({ where: { taskId: id } });
      if (measures > 0) throw new DomainError("planManage.errors.taskHasMeasures", { count: measures });
      await tx.task.delete({ where: { id } });
      await recordAudit(tx, actor, { action: "task.delete", entityType: "Task", entityId: id, before });
      return { id };
    },
  });
}

// ───────────── measures ─────────────

async function assertTaskInZone(tx: TxClient, actor: Actor, taskId: string): Promise<void> {
  const task = await tx.task.findFirst({ where: { id: taskId, zoneId: actor.zoneId }, select: { id: true } });
  if (!task) throw new DomainError("validation.choice", {}, "taskId");
}

export async function createMeasure(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: measureSchema,
    permission: "plan.manage",
    revalidate: PLAN_PATHS,
    write: async (tx, fields, actor) => {
      await assertTaskInZone(tx, actor, fields.taskId);
      await assertCodeFree((where) => tx.measure.findFirst({ where, select: { id: true } }), actor, fields.code);
      const measure = await tx.measure.create({ data: { ...fields, zoneId: actor.zoneId }, select: measureSelect });
      await recordAudit(tx, actor, { action: "measure.create", entityType: "Measure", entityId: measure.id, after: measure });
      return { id: measure.id };
    },
  });
}

async function findMeasure(tx: TxClient, actor: Actor, id: string) {
  const measure = await tx.measure.findFirst({ where: { id, zoneId: actor.zoneId }, select: measureSelect });
  if (!measure) throw new NotFoundError("measure");
  return measure;
}

export async function updateMeasure(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: updateMeasureSchema,
    permission: "plan.manage",
    revalidate: PLAN_PATHS,
    write: async (tx, { id, ...fields }, actor) => {
      const before = await findMeasure(tx, actor, id);
      await assertTaskInZone(tx, actor, fields.taskId);
      await assertCodeFree((where) => tx.measure.findFirst({ where, select: { id: true } }), actor, fields.code, id);
      const after = await tx.measure.update({ where: { id }, data: fields, select: measureSelect });
      await recordAudit(tx, actor, { action: "measure.update", entityType: "Measure", entityId: id, before, after });
      return { id };
    },
  });
}

export async function deleteMeasure(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: idSchema,
    permission: "plan.manage",
    revalidate: PLAN_PATHS,
    write: async (tx, { id }, actor) => {
      const before = await findMeasure(tx, actor, id);
      // Archived items count too: they still hang under the measure.
      const items = await tx.workItem.count({ where: { measureId: id } });
      if (items > 0) throw new DomainError("planManage.errors.measureHasItems", { count: items });
      await tx.measure.delete({ where: { id } });
      await recordAudit(tx, actor, { action: "measure.delete", entityType: "Measure", entityId: id, before });
      return { id };
    },
  });
}

// ───────────── work items ─────────────

/** Lead and cooperating units must be of the zone; a unit newly put on the item must be active. */
async function assertUnitsUsable(tx: TxClient, actor: Actor, leadUnitId: string, cooperatorIds: string[], existing: string[] = []): Promise<void> {
  const ids = [leadUnitId, ...cooperatorIds];
  const units = await tx.unit.findMany({ where: { zoneId: actor.zoneId, id: { in: ids } }, select: { id: true, active: true } });
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const usable = (unitId: string) => byId.get(unitId)?.active || (byId.has(unitId) && existing.includes(unitId));
  if (!usable(leadUnitId)) throw new DomainError("planManage.rules.leadUnitRequired", {}, "leadUnitId");
  if (!cooperatorIds.every(usable)) throw new DomainError("validation.choice", {}, "cooperatorIds");
}

async function findPlanItem(tx: TxClient, actor: Actor, id: string) {
  const item = await tx.workItem.findFirst({ where: { id, zoneId: actor.zoneId }, select: workItemSnapshotSelect });
  if (!item) throw new NotFoundError("work item");
  // Meeting decisions are managed with their meeting, not in the plan.
  if (item.source !== "PLAN") throw new DomainError("planManage.errors.notPlanItem");
  return item;
}

type ItemFields = Omit<WorkItemInput, "cooperatorIds" | "indicators" | "milestones">;

function workItemData(fields: ItemFields) {
  return {
    ...fields,
    startDate: dateFromKey(fields.startDate),
    dueDate: dateFromKey(fields.dueDate),
    plannedPoints: plannedPointsValue(fields.plannedCurve, fields.plannedPoints),
  };
}

/** The rules passed (workItemSchema): every indicator and milestone row is complete. */
async function writeExtras(tx: TxClient, workItemId: string, input: Pick<WorkItemInput, "indicators" | "milestones">): Promise<void> {
  await writeIndicators(
    tx,
    workItemId,
    input.indicators.map((row) => ({ id: row.id, name: row.name!, unit: row.unit, direction: row.direction, baseline: row.baseline!, target: row.target! })),
    { byId: true },
  );
  await writeMilestones(tx, workItemId, input.milestones.map((row) => ({ date: row.date!, text: row.text! })));
}

export async function createWorkItem(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: workItemSchema,
    permission: "plan.manage",
    nested: true,
    revalidate: PLAN_PATHS,
    write: async (tx, { cooperatorIds, indicators, milestones, ...fields }, actor) => {
      await findMeasure(tx, actor, fields.measureId).catch(() => {
        throw new DomainError("validation.choice", {}, "measureId");
      });
      await assertCodeFree((where) => tx.workItem.findFirst({ where, select: { id: true } }), actor, fields.code);
      await assertUnitsUsable(tx, actor, fields.leadUnitId, cooperatorIds);
      const created = await tx.workItem.create({
        data: { ...workItemData(fields), zoneId: actor.zoneId, source: "PLAN", cooperators: { create: cooperatorIds.map((unitId) => ({ unitId })) } },
        select: { id: true },
      });
      await writeExtras(tx, created.id, { indicators, milestones });
      const item = await tx.workItem.findUniqueOrThrow({ where: { id: created.id }, select: workItemSnapshotSelect });
      await recordAudit(tx, actor, { action: "workItem.create", entityType: "WorkItem", entityId: item.id, after: item });
      return { id: item.id };
    },
  });
}

export async function updateWorkItem(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: updateWorkItemSchema,
    permission: "plan.manage",
    nested: true,
    revalidate: PLAN_PATHS,
    write: async (tx, { id, cooperatorIds, indicators, milestones, ...fields }, actor) => {
      const before = await findPlanItem(tx, actor, id);
      if (before.status === "ARCHIVED") throw new DomainError("planManage.errors.archived");
      if (fields.measureId !== before.measureId) {
        await findMeasure(tx, actor, fields.measureId).catch(() => {
          throw new DomainError("validation.choice", {}, "measureId");
        });
      }
      await assertCodeFree((where) => tx.workItem.findFirst({ where, select: { id: true } }), actor, fields.code, id);
      const existing = [before.leadUnitId, ...before.cooperators.map((cooperator) => cooperator.unitId)];
      await assertUnitsUsable(tx, actor, fields.leadUnitId, cooperatorIds, existing);
      await tx.workItemCooperator.deleteMany({ where: { workItemId: id, unitId: { notIn: cooperatorIds } } });
      await tx.workItemCooperator.createMany({ data: cooperatorIds.map((unitId) => ({ workItemId: id, unitId })), skipDuplicates: true });
      await tx.workItem.update({ where: { id }, data: workItemData(fields) });
      await writeExtras(tx, id, { indicators, milestones });
      const after = await tx.workItem.findUniqueOrThrow({ where: { id }, select: workItemSnapshotSelect });
      await recordAudit(tx, actor, { action: "workItem.update", entityType: "WorkItem", entityId: id, before, after });
      return { id };
    },
  });
}

export async function archiveWorkItem(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: idSchema,
    permission: "plan.manage",
    revalidate: PLAN_PATHS,
    write: async (tx, { id }, actor) => {
      const before = await findPlanItem(tx, actor, id);
      if (before.status === "ARCHIVED") throw new DomainError("planManage.errors.archived");
      const after = await tx.workItem.update({ where: { id }, data: { status: "ARCHIVED", archivedAt: new Date() }, select: workItemSnapshotSelect });
      await recordAudit(tx, actor, { action: "workItem.archive", entityType: "WorkItem", entityId: id, before, after });
      return { id };
    },
  });
}

export async function restoreWorkItem(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: idSchema,
    permission: "plan.manage",
    revalidate: PLAN_PATHS,
    write: async (tx, { id }, actor) => {
      const before = await findPlanItem(tx, actor, id);
      if (before.status !== "ARCHIVED") throw new DomainError("planManage.errors.notArchived");
      const after = await tx.workItem.update({
        where: { id },
        data: { status: before.completedAt ? "COMPLETED" : "ACTIVE", archivedAt: null },
        select: workItemSnapshotSelect,
      });
      await recordAudit(tx, actor, { action: "workItem.restore", entityType: "WorkItem", entityId: id, before, after });
      return { id };
    },
  });
}

/** Only an item nobody has reported on may be deleted; otherwise it is archived. */
export async function deleteWorkItem(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: idSchema,
    permission: "plan.manage",
    revalidate: PLAN_PATHS,
    write: async (tx, { id }, actor) => {
      const before = await findPlanItem(tx, actor, id);
      const reports = await tx.reportEntry.count({ where: { workItemId: id } });
      if (reports > 0) throw new DomainError("planManage.errors.itemHasReports", { count: reports });
      await tx.workItem.delete({ where: { id } });
      await recordAudit(tx, actor, { action: "workItem.delete", entityType: "WorkItem", entityId: id, before });
      return { id };
    },
  });
}
