"use server";

import { recordAudit } from "@/lib/audit/record";
import { getWeeklyBriefing, type WeeklyBriefing } from "@/lib/dashboard/briefing";
import { db } from "@/lib/db/client";
import { loadDocumentSettings } from "@/lib/documents/queries";
import type { DocumentSettings } from "@/lib/documents/settings";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";
import { createEditionSchema, issueEditionSchema, saveEditionSchema } from "./schema";
import { draftEdition, issueEdition } from "./service";

type Result = ActionResult<{ id: string }>;

const PATHS = ["/briefings"];

/** Opens the week's edition for editing: the existing one, or a new draft with suggested text. */
export async function createBriefingEdition(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction<typeof createEditionSchema, { id: string }, { live: WeeklyBriefing; settings: DocumentSettings }>(formData, {
    schema: createEditionSchema,
    permission: "briefingEdition.manage",
    revalidate: PATHS,
    prepare: async ({ week }, actor) => ({ live: await getWeeklyBriefing(actor, week), settings: await loadDocumentSettings(db, actor.zoneId) }),
    write: async (tx, { week }, actor, { live, settings }) => ({ id: (await draftEdition(tx, actor, week, live, settings)).id }),
  });
}

export async function saveBriefingEdition(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: saveEditionSchema,
    permission: "briefingEdition.manage",
    revalidate: PATHS,
    write: async (tx, { id, ...fields }, actor) => {
      const before = await tx.briefingEdition.findFirst({ where: { id, zoneId: actor.zoneId }, select: { status: true, title: true, summary: true, praise: true, criticism: true, requirements: true, reportTo: true, sendTo: true } });
      if (!before) throw new NotFoundError("briefing edition");
      const { status, ...text } = before;
      if (status !== "DRAFT") throw new DomainError("briefings.edition.errors.issued");
      const updated = await tx.briefingEdition.updateMany({ where: { id, status: "DRAFT" }, data: fields });
      if (updated.count !== 1) throw new DomainError("briefings.edition.errors.issued");
      await recordAudit(tx, actor, { action: "briefingEdition.update", entityType: "BriefingEdition", entityId: id, before: text, after: fields });
      return { id };
    },
  });
}

/** Issues the edition: 第 N 期 of the year, the week's figures frozen as they are now. */
export async function issueBriefingEdition(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction<typeof issueEditionSchema, { id: string }, WeeklyBriefing>(formData, {
    schema: issueEditionSchema,
    permission: "briefingEdition.manage",
    revalidate: PATHS,
    // The figures are read before the transaction (the briefing's statements run on the pool).
    prepare: async ({ id }, actor) => {
      const edition = await db.briefingEdition.findFirst({ where: { id, zoneId: actor.zoneId }, select: { isoYear: true, isoWeek: true } });
      if (!edition) throw new NotFoundError("briefing edition");
      return getWeeklyBriefing(actor, { isoYear: edition.isoYear, isoWeek: edition.isoWeek });
    },
    write: async (tx, { id, ...text }, actor, live) => ({ id: (await issueEdition(tx, actor, id, live, new Date(), text)).id }),
  });
}
