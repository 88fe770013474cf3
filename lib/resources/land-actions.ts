"use server";
// Land (用地): the zone's need, the batches and their projects. Areas arrive as exact decimal text
// and go to the Decimal columns as text: never through a float.
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/permissions";
import type { TxClient } from "@/lib/db/client";
import { compareDecimals, sumDecimals } from "@/lib/server/exact-decimal";
import { DomainError } from "@/lib/server/errors";
import { runFormAction } from "@/lib/server/form-action";
import {
  idSchema,
  landBatchSchema,
  landNeededSchema,
  landProjectSchema,
  updateLandBatchSchema,
  updateLandProjectSchema,
} from "./schema";
import { LAND, OVERVIEW, day, assertRefsInZone, notFoundUnless, type Result } from "./action-support";

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
