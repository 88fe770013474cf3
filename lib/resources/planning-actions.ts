"use server";
// Planning adjustments (规划调整) and their approval steps.
import { recordAudit } from "@/lib/audit/record";
import { runFormAction } from "@/lib/server/form-action";
import { addStepSchema, idSchema, planningSchema, updatePlanningSchema, updateStepSchema } from "./schema";
import { PLANNING, OVERVIEW, day, assertRefsInZone, notFoundUnless, stepData, type Result } from "./action-support";

// ───────────── planning adjustments ─────────────

function planningData(input: { builtAreaKm2: string | null; submittedAt: string | null; approvedAt: string | null }) {
  return { builtAreaKm2: input.builtAreaKm2 ?? "0", submittedAt: day(input.submittedAt), approvedAt: day(input.approvedAt) };
}

export async function createPlanningAdjustment(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: planningSchema,
    permission: "resource.manage",
    revalidate: [PLANNING, OVERVIEW],
    write: async (tx, input, actor) => {
      await assertRefsInZone(tx, actor, input);
      const created = await tx.planningAdjustment.create({ data: { ...input, ...planningData(input), zoneId: actor.zoneId } });
      await recordAudit(tx, actor, { action: "planningAdjustment.create", entityType: "PlanningAdjustment", entityId: created.id, after: created });
      return { id: created.id };
    },
  });
}

export async function updatePlanningAdjustment(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: updatePlanningSchema,
    permission: "resource.manage",
    revalidate: [PLANNING, OVERVIEW],
    write: async (tx, { id, ...input }, actor) => {
      const before = notFoundUnless(await tx.planningAdjustment.findFirst({ where: { id, zoneId: actor.zoneId } }), "planning adjustment");
      await assertRefsInZone(tx, actor, input);
      const after = await tx.planningAdjustment.update({ where: { id }, data: { ...input, ...planningData(input) } });
      await recordAudit(tx, actor, { action: "planningAdjustment.update", entityType: "PlanningAdjustment", entityId: id, before, after });
      return { id };
    },
  });
}

export async function deletePlanningAdjustment(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: idSchema,
    permission: "resource.manage",
    revalidate: [PLANNING, OVERVIEW],
    write: async (tx, { id }, actor) => {
      const before = notFoundUnless(await tx.planningAdjustment.findFirst({ where: { id, zoneId: actor.zoneId }, include: { steps: true } }), "planning adjustment");
      await tx.planningAdjustment.delete({ where: { id } });
      await recordAudit(tx, actor, { action: "planningAdjustment.delete", entityType: "PlanningAdjustment", entityId: id, before });
      return { id };
    },
  });
}

export async function addPlanningStep(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: addStepSchema,
    permission: "resource.manage",
    revalidate: [PLANNING, OVERVIEW],
    write: async (tx, { parentId, ...input }, actor) => {
      notFoundUnless(await tx.planningAdjustment.findFirst({ where: { id: parentId, zoneId: actor.zoneId }, select: { id: true } }), "planning adjustment");
      const last = await tx.planningAdjustmentStep.aggregate({ where: { adjustmentId: parentId }, _max: { seq: true } });
      const created = await tx.planningAdjustmentStep.create({ data: { ...stepData(input, actor), adjustmentId: parentId, seq: (last._max.seq ?? 0) + 1 } });
      await recordAudit(tx, actor, { action: "planningStep.create", entityType: "PlanningAdjustmentStep", entityId: created.id, after: created });
      return { id: created.id };
    },
  });
}

export async function updatePlanningStep(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: updateStepSchema,
    permission: "resource.manage",
    revalidate: [PLANNING, OVERVIEW],
    write: async (tx, { id, ...input }, actor) => {
      const before = notFoundUnless(await tx.planningAdjustmentStep.findFirst({ where: { id, adjustment: { zoneId: actor.zoneId } } }), "step");
      const after = await tx.planningAdjustmentStep.update({ where: { id }, data: stepData(input, actor) });
      await recordAudit(tx, actor, { action: "planningStep.update", entityType: "PlanningAdjustmentStep", entityId: id, before, after });
      return { id };
    },
  });
}

export async function deletePlanningStep(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: idSchema,
    permission: "resource.manage",
    revalidate: [PLANNING, OVERVIEW],
    write: async (tx, { id }, actor) => {
      const before = notFoundUnless(await tx.planningAdjustmentStep.findFirst({ where: { id, adjustment: { zoneId: actor.zoneId } } }), "step");
      await tx.planningAdjustmentStep.delete({ where: { id } });
      await recordAudit(tx, actor, { action: "planningStep.delete", entityType: "PlanningAdjustmentStep", entityId: id, before });
      return { id };
    },
  });
}
