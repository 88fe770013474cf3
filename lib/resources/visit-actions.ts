"use server";
// Officials' visits (调研, 考察), shown with the designations they concern.
import { recordAudit } from "@/lib/audit/record";
import { dateFromKey } from "@/lib/dates/zone-time";
import { runFormAction } from "@/lib/server/form-action";
import { idSchema, updateVisitSchema, visitSchema } from "./schema";
import { DESIGNATIONS, VISITS, assertRefsInZone, notFoundUnless, type Result } from "./action-support";

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
