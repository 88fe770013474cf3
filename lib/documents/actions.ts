"use server";

import { recordAudit } from "@/lib/audit/record";
import { dateFromKey, dateKey } from "@/lib/dates/zone-time";
import { NotFoundError } from "@/lib/server/errors";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";
import { documentSettingsSchema } from "./schema";
import { statusReportFormSchema, createStatusReportSchema } from "./status-report-schema";
import { gatherStatusFacts } from "./sources";
import { composeStatusReport, statusReportContentSchema, statusReportTitle, type StatusFacts } from "./status-report";

type Result = ActionResult<{ id: string }>;

export async function saveDocumentSettings(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: documentSettingsSchema,
    permission: "documentSettings.manage",
    revalidate: ["/settings", "/print", "/briefings", "/notices"],
    write: async (tx, input, actor) => {
      const before = await tx.zoneDocumentSettings.findUnique({ where: { zoneId: actor.zoneId } });
      await tx.zoneDocumentSettings.upsert({ where: { zoneId: actor.zoneId }, create: { zoneId: actor.zoneId, ...input }, update: input });
      const { zoneId: _zone, updatedAt: _updated, ...previous } = before ?? { zoneId: "", updatedAt: null };
      await recordAudit(tx, actor, { action: "documentSettings.update", entityType: "ZoneDocumentSettings", entityId: actor.zoneId, before: before ? previous : null, after: input });
      return { id: actor.zoneId };
    },
  });
}

/** One click: a status report written from the records as they are now. */
export async function createStatusReport(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction<typeof createStatusReportSchema, { id: string }, StatusFacts>(formData, {
    schema: createStatusReportSchema,
    permission: "statusReport.manage",
    revalidate: ["/documents"],
    prepare: (_input, actor) => gatherStatusFacts(actor),
    write: async (tx, _input, actor, facts) => {
      const content = composeStatusReport(facts);
      const created = await tx.statusReport.create({
        data: { zoneId: actor.zoneId, title: statusReportTitle(facts.zoneName), asOf: dateFromKey(facts.asOf), sections: content, createdById: actor.id },
      });
      await recordAudit(tx, actor, { action: "statusReport.create", entityType: "StatusReport", entityId: created.id, after: { title: created.title, asOf: facts.asOf, sections: content.sections.map((section) => section.key) } });
      return { id: created.id };
    },
  });
}

export async function saveStatusReport(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: statusReportFormSchema,
    permission: "statusReport.manage",
    nested: true,
    revalidate: ["/documents"],
    write: async (tx, input, actor) => {
      const report = await tx.statusReport.findFirst({ where: { id: input.id, zoneId: actor.zoneId } });
      if (!report) throw new NotFoundError("status report");
      const before = statusReportContentSchema.parse(report.sections);
      // The sections keep their keys and order; only their text is the office's to change.
      const content = {
        ...before,
        addressee: input.addressee,
        intro: input.intro,
        closing: input.closing,
        sections: before.sections.map((section, index) => ({ ...section, facts: input.sections[index]?.facts ?? section.facts, remarks: input.sections[index]?.remarks ?? section.remarks })),
      };
      await tx.statusReport.update({ where: { id: report.id }, data: { title: input.title, sections: content } });
      await recordAudit(tx, actor, { action: "statusReport.update", entityType: "StatusReport", entityId: report.id, before: { title: report.title, asOf: dateKey(report.asOf), content: before }, after: { title: input.title, content } });
      return { id: report.id };
    },
  });
}
