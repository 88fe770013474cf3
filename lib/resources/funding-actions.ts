"use server";
// Funds sought and won (资金争取). Amounts arrive as exact decimal text and go to the Decimal columns
// as text: never through a float.
import { recordAudit } from "@/lib/audit/record";
import { runFormAction } from "@/lib/server/form-action";
import { fundingSchema, idSchema, updateFundingSchema } from "./schema";
import { FUNDS, OVERVIEW, day, assertRefsInZone, notFoundUnless, type Result } from "./action-support";

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
