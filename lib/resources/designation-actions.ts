"use server";
// Designations (资质, 称号) and their approval steps.
import { recordAudit } from "@/lib/audit/record";
import { runFormAction } from "@/lib/server/form-action";
import { addStepSchema, designationSchema, idSchema, updateDesignationSchema, updateStepSchema } from "./schema";
import { DESIGNATIONS, OVERVIEW, VISITS, day, assertRefsInZone, notFoundUnless, stepData, type Result } from "./action-support";

// ───────────── designations ─────────────

function designationData(input: { appliedAt: string | null; approvedAt: string | null }) {
  return { appliedAt: day(input.appliedAt), approvedAt: day(input.approvedAt) };
}

export async function createDesignation(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: designationSchema,
    permission: "resource.manage",
    revalidate: [DESIGNATIONS, OVERVIEW],
    write: async (tx, input, actor) => {
      await assertRefsInZone(tx, actor, input);
      const created = await tx.designation.create({ data: { ...input, ...designationData(input), zoneId: actor.zoneId } });
      await recordAudit(tx, actor, { action: "designation.create", entityType: "Designation", entityId: created.id, after: created });
      return { id: created.id };
    },
  });
}

export async function updateDesignation(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: updateDesignationSchema,
    permission: "resource.manage",
    revalidate: [DESIGNATIONS, OVERVIEW],
    write: async (tx, { id, ...input }, actor) => {
      const before = notFoundUnless(await tx.designation.findFirst({ where: { id, zoneId: actor.zoneId } }), "designation");
      await assertRefsInZone(tx, actor, input);
      const after = await tx.designation.update({ where: { id }, data: { ...input, ...designationData(input) } });
      await recordAudit(tx, actor, { action: "designation.update", entityType: "Designation", entityId: id, before, after });
      return { id };
    },
  });
}

export async function deleteDesignation(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: idSchema,
    permission: "resource.manage",
    revalidate: [DESIGNATIONS, OVERVIEW, VISITS],
    write: async (tx, { id }, actor) => {
      const before = notFoundUnless(await tx.designation.findFirst({ where: { id, zoneId: actor.zoneId }, include: { steps: true } }), "designation");
      await tx.designation.delete({ where: { id } });
      await recordAudit(tx, actor, { action: "designation.delete", entityType: "Designation", entityId: id, before });
      return { id };
    },
  });
}

export async function addDesignationStep(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: addStepSchema,
    permission: "resource.manage",
    revalidate: [DESIGNATIONS, OVERVIEW],
    write: async (tx, { parentId, ...input }, actor) => {
      notFoundUnless(await tx.designation.findFirst({ where: { id: parentId, zoneId: actor.zoneId }, select: { id: true } }), "designation");
      const last = await tx.designationStep.aggregate({ where: { designationId: parentId }, _max: { seq: true } });
      const created = await tx.designationStep.create({ data: { ...stepData(input, actor), designationId: parentId, seq: (last._max.seq ?? 0) + 1 } });
      await recordAudit(tx, actor, { action: "designationStep.create", entityType: "DesignationStep", entityId: created.id, after: created });
      return { id: created.id };
    },
  });
}

export async function updateDesignationStep(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: updateStepSchema,
    permission: "resource.manage",
    revalidate: [DESIGNATIONS, OVERVIEW],
    write: async (tx, { id, ...input }, actor) => {
      const before = notFoundUnless(await tx.designationStep.findFirst({ where: { id, designation: { zoneId: actor.zoneId } } }), "step");
      const after = await tx.designationStep.update({ where: { id }, data: stepData(input, actor) });
      await recordAudit(tx, actor, { action: "designationStep.update", entityType: "DesignationStep", entityId: id, before, after });
      return { id };
    },
  });
}

export async function deleteDesignationStep(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: idSchema,
    permission: "resource.manage",
    revalidate: [DESIGNATIONS, OVERVIEW],
    write: async (tx, { id }, actor) => {
      const before = notFoundUnless(await tx.designationStep.findFirst({ where: { id, designation: { zoneId: actor.zoneId } } }), "step");
      await tx.designationStep.delete({ where: { id } });
      await recordAudit(tx, actor, { action: "designationStep.delete", entityType: "DesignationStep", entityId: id, before });
      return { id };
    },
  });
}
