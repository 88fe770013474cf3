"use server";
// Resources and approvals, kept by the creation office: designations with their steps and
// officials' visits, funds, land batches and projects, planning adjustments and their steps.
// Amounts and areas arrive as exact decimal text (lib/resources/schema.ts) and go to the
// Decimal columns as text: never through a float.
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { TxClient } from "@/lib/db/client";
import { dateFromKey, localDateKey } from "@/lib/dates/zone-time";
import { compareDecimals, sumDecimals } from "@/lib/server/exact-decimal";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";
import {
  addStepSchema,
  designationSchema,
  fundingSchema,
  idSchema,
  landBatchSchema,
  landNeededSchema,
  landProjectSchema,
  planningSchema,
  updateDesignationSchema,
  updateFundingSchema,
  updateLandBatchSchema,
  updateLandProjectSchema,
  updatePlanningSchema,
  updateStepSchema,
  updateVisitSchema,
  visitSchema,
} from "./schema";

type Result = ActionResult<{ id: string }>;

const DESIGNATIONS = "/resources/designations";
const FUNDS = "/resources/funds";
const LAND = "/resources/land";
const PLANNING = "/resources/planning";
const OVERVIEW = "/resources";
const VISITS = "/resources/visits";

/** "YYYY-MM-DD" (or null) as the Date a @db.Date column takes. */
function day(key: string | null): Date | null {
  return key ? dateFromKey(key) : null;
}

/** Parks, units and designations named by a form must be of the actor's zone. */
async function assertRefsInZone(tx: TxClient, actor: Actor, refs: { parkId?: string | null; leadUnitId?: string | null; designationId?: string | null }): Promise<void> {
  const checks: [string, Promise<unknown>][] = [];
  if (refs.parkId) checks.push(["parkId", tx.park.findFirst({ where: { id: refs.parkId, zoneId: actor.zoneId }, select: { id: true } })]);
  if (refs.leadUnitId) checks.push(["leadUnitId", tx.unit.findFirst({ where: { id: refs.leadUnitId, zoneId: actor.zoneId }, select: { id: true } })]);
  if (refs.designationId) checks.push(["designationId", tx.designation.findFirst({ where: { id: refs.designationId, zoneId: actor.zoneId }, select: { id: true } })]);
  for (const [field, check] of checks) if (!(await check)) throw new DomainError("validation.choice", {}, field);
}

function notFoundUnless<T>(record: T | null, what: string): T {
  if (!record) throw new NotFoundError(what);
  return record;
}

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

// ───────────── approval steps (designations and planning adjustments) ─────────────

type StepInput = { name: string; status: "PENDING" | "IN_PROGRESS" | "DONE" | "BLOCKED"; dueDate: string | null; completedAt: string | null; note: string | null };

/** Only a DONE step has a completion date; without one it was done today (zone calendar). */
function stepData(input: StepInput, actor: SessionUser) {
  const completedAt = input.status === "DONE" ? (input.completedAt ?? localDateKey(new Date(), actor.timeZone)) : null;
  return { name: input.name, status: input.status, note: input.note, dueDate: day(input.dueDate), completedAt: day(completedAt) };
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

// ───────────── officials' visits ─────────────

export async function createOfficialVisit(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: visitSchema,
    permission: "resource.manage",
    revalidate: [VISITS, DESIGNATIONS],
    write: async (tx, input, actor) => {
      await assertRefsInZone(tx, actor, input);
      const created = await tx.officialVisit.create({ data: { ...input, date: dateFromKey(input.date), zoneId: actor.zoneId } });
      await recordAudit(tx, actor, { action: "officialVisit.create", entityType: "OfficialVisit", entityId: created.id, after: created });
      return { id: created.id };
    },
  });
}

export async function updateOfficialVisit(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: updateVisitSchema,
    permission: "resource.manage",
    revalidate: [VISITS, DESIGNATIONS],
    write: async (tx, { id, ...input }, actor) => {
      const before = notFoundUnless(await tx.officialVisit.findFirst({ where: { id, zoneId: actor.zoneId } }), "visit");
      await assertRefsInZone(tx, actor, input);
      const after = await tx.officialVisit.update({ where: { id }, data: { ...input, date: dateFromKey(input.date) } });
      await recordAudit(tx, actor, { action: "officialVisit.update", entityType: "OfficialVisit", entityId: id, before, after });
      return { id };
    },
  });
}

export async function deleteOfficialVisit(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: idSchema,
    permission: "resource.manage",
    revalidate: [VISITS, DESIGNATIONS],
    write: async (tx, { id }, actor) => {
      const before = notFoundUnless(await tx.officialVisit.findFirst({ where: { id, zoneId: actor.zoneId } }), "visit");
      await tx.officialVisit.delete({ where: { id } });
      await recordAudit(tx, actor, { action: "officialVisit.delete", entityType: "OfficialVisit", entityId: id, before });
      return { id };
    },
  });
}

// ───────────── funds ─────────────

function fundingDates(input: { appliedAt: string | null; approvedAt: string | null; arrivedAt: string | null }) {
  return { appliedAt: day(input.appliedAt), approvedAt: day(input.approvedAt), arrivedAt: day(input.arrivedAt) };
}

export async function createFundingItem(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: fundingSchema,
    permission: "resource.manage",
    revalidate: [FUNDS, OVERVIEW],
    write: async (tx, input, actor) => {
      await assertRefsInZone(tx, actor, input);
      const created = await tx.fundingItem.create({ data: { ...input, ...fundingDates(input), zoneId: actor.zoneId } });
      await recordAudit(tx, actor, { action: "fundingItem.create", entityType: "FundingItem", entityId: created.id, after: created });
      return { id: created.id };
    },
  });
}

export async function updateFundingItem(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: updateFundingSchema,
    permission: "resource.manage",
    revalidate: [FUNDS, OVERVIEW],
    write: async (tx, { id, ...input }, actor) => {
      const before = notFoundUnless(await tx.fundingItem.findFirst({ where: { id, zoneId: actor.zoneId } }), "funding item");
      await assertRefsInZone(tx, actor, input);
      const after = await tx.fundingItem.update({ where: { id }, data: { ...input, ...fundingDates(input) } });
      await recordAudit(tx, actor, { action: "fundingItem.update", entityType: "FundingItem", entityId: id, before, after });
      return { id };
    },
  });
}

export async function deleteFundingItem(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: idSchema,
    permission: "resource.manage",
    revalidate: [FUNDS, OVERVIEW],
    write: async (tx, { id }, actor) => {
      const before = notFoundUnless(await tx.fundingItem.findFirst({ where: { id, zoneId: actor.zoneId } }), "funding item");
      await tx.fundingItem.delete({ where: { id } });
      await recordAudit(tx, actor, { action: "fundingItem.delete", entityType: "FundingItem", entityId: id, before });
      return { id };
    },
  });
}

// ───────────── land ─────────────

export async function setLandNeeded(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: landNeededSchema,
    permission: "resource.manage",
    revalidate: [LAND, OVERVIEW],
    write: async (tx, { landNeededMu }, actor) => {
      const before = await tx.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { id: true, landNeededMu: true } });
      const after = await tx.zone.update({ where: { id: actor.zoneId }, data: { landNeededMu }, select: { id: true, landNeededMu: true } });
      await recordAudit(tx, actor, { action: "zone.landNeeded", entityType: "Zone", entityId: actor.zoneId, before, after });
      return { id: actor.zoneId };
    },
  });
}

async function assertBatchSeqFree(tx: TxClient, actor: Actor, seq: number, exceptId?: string): Promise<void> {
  const clash = await tx.landBatch.findFirst({ where: { zoneId: actor.zoneId, seq }, select: { id: true } });
  if (clash && clash.id !== exceptId) throw new DomainError("resources.validation.batchSeqTaken", {}, "seq");
}

function batchDates(input: { submittedAt: string | null; approvedAt: string | null }) {
  return { submittedAt: day(input.submittedAt), approvedAt: day(input.approvedAt) };
}

export async function createLandBatch(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: landBatchSchema,
    permission: "resource.manage",
    revalidate: [LAND, OVERVIEW],
    write: async (tx, input, actor) => {
      await assertRefsInZone(tx, actor, input);
      await assertBatchSeqFree(tx, actor, input.seq);
      const created = await tx.landBatch.create({ data: { ...input, approvedMu: input.approvedMu ?? "0", ...batchDates(input), zoneId: actor.zoneId } });
      await recordAudit(tx, actor, { action: "landBatch.create", entityType: "LandBatch", entityId: created.id, after: created });
      return { id: created.id };
    },
  });
}

/**
 * A batch with projects: its approved area is the sum of theirs (the figure the funnel and
 * the project list share), and their areas fit in the batch.
 */
async function reconcileBatch(tx: TxClient, batchId: string, field: "areaMu" | "approvedMu" = "areaMu"): Promise<void> {
  const batch = await tx.landBatch.findUniqueOrThrow({ where: { id: batchId }, select: { areaMu: true, projects: { select: { areaMu: true, approvedMu: true } } } });
  if (batch.projects.length === 0) return;
  const projectArea = sumDecimals(batch.projects.map((project) => project.areaMu), 2);
  if (compareDecimals(projectArea, batch.areaMu, 2) > 0) throw new DomainError("resources.validation.projectsExceedBatch", { area: projectArea }, field);
  const approved = sumDecimals(batch.projects.map((project) => project.approvedMu), 2);
  await tx.landBatch.update({ where: { id: batchId }, data: { approvedMu: approved } });
}

export async function updateLandBatch(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: updateLandBatchSchema,
    permission: "resource.manage",
    revalidate: [LAND, OVERVIEW],
    write: async (tx, { id, ...input }, actor) => {
      const before = notFoundUnless(await tx.landBatch.findFirst({ where: { id, zoneId: actor.zoneId } }), "land batch");
      await assertRefsInZone(tx, actor, input);
      await assertBatchSeqFree(tx, actor, input.seq, id);
      await tx.landBatch.update({ where: { id }, data: { ...input, approvedMu: input.approvedMu ?? "0", ...batchDates(input) } });
      await reconcileBatch(tx, id);
      const after = await tx.landBatch.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, actor, { action: "landBatch.update", entityType: "LandBatch", entityId: id, before, after });
      return { id };
    },
  });
}

export async function deleteLandBatch(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: idSchema,
    permission: "resource.manage",
    revalidate: [LAND, OVERVIEW],
    write: async (tx, { id }, actor) => {
      const before = notFoundUnless(await tx.landBatch.findFirst({ where: { id, zoneId: actor.zoneId }, include: { projects: true } }), "land batch");
      await tx.landBatch.delete({ where: { id } });
      await recordAudit(tx, actor, { action: "landBatch.delete", entityType: "LandBatch", entityId: id, before });
      return { id };
    },
  });
}

function projectData(input: { approvedAt: string | null }) {
  return { approvedAt: day(input.approvedAt) };
}

export async function createLandProject(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: landProjectSchema,
    permission: "resource.manage",
    revalidate: [LAND, OVERVIEW],
    write: async (tx, { batchId, ...input }, actor) => {
      notFoundUnless(await tx.landBatch.findFirst({ where: { id: batchId, zoneId: actor.zoneId }, select: { id: true } }), "land batch");
      const created = await tx.landProject.create({ data: { ...input, ...projectData(input), batchId } });
      await reconcileBatch(tx, batchId);
      await recordAudit(tx, actor, { action: "landProject.create", entityType: "LandProject", entityId: created.id, after: created });
      return { id: created.id };
    },
  });
}

export async function updateLandProject(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: updateLandProjectSchema,
    permission: "resource.manage",
    revalidate: [LAND, OVERVIEW],
    write: async (tx, { id, ...input }, actor) => {
      const before = notFoundUnless(await tx.landProject.findFirst({ where: { id, batch: { zoneId: actor.zoneId } } }), "land project");
      const after = await tx.landProject.update({ where: { id }, data: { ...input, ...projectData(input) } });
      await reconcileBatch(tx, before.batchId);
      await recordAudit(tx, actor, { action: "landProject.update", entityType: "LandProject", entityId: id, before, after });
      return { id };
    },
  });
}

export async function deleteLandProject(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: idSchema,
    permission: "resource.manage",
    revalidate: [LAND, OVERVIEW],
    write: async (tx, { id }, actor) => {
      const before = notFoundUnless(await tx.landProject.findFirst({ where: { id, batch: { zoneId: actor.zoneId } } }), "land project");
      await tx.landProject.delete({ where: { id } });
      await reconcileBatch(tx, before.batchId);
      await recordAudit(tx, actor, { action: "landProject.delete", entityType: "LandProject", entityId: id, before });
      return { id };
    },
  });
}

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
