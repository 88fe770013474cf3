"use server";

import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/permissions";
import type { TxClient } from "@/lib/db/client";
import { formatIsoWeek } from "@/lib/dates/zone-time";
import { defer, deferInstant, deferWeek } from "@/lib/i18n/deferred";
import { getServerTranslator } from "@/lib/i18n/server";
import { notifyUnit } from "@/lib/notifications/notify";
import { runFormAction } from "@/lib/server/form-action";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import type { ActionResult } from "@/lib/server/result";
import { awaitsReport, loadBoard } from "./board";
import { afterReportSave, discardReportSave, prepareReportSave, writeReportSave, type SavedReport } from "./save";
import { acceptReportSchema, remindSchema, returnReportSchema, saveReportSchema } from "./schema";
import type { SaveMode } from "./entry-rules";
import { nextStatus, statusesAllowing } from "./workflow";
import { syncWorkItems } from "./work-item-sync";

// Notification text is stored once, in the product's primary language.

const REPORT_PAGES = ["/my-unit", "/reports"];

/**
 * A save or submission answers with its result only, without revalidating: a revalidation
 * makes the action's response carry a fresh render of the reporter's page (the heaviest part
 * of the request, 24 at once on a Friday), and the form already knows what it needs from the
 * result (id, version, status); after a submission or an upload it refreshes the page itself
 * (components/reports/report-form.tsx). The pages are dynamic, so no cache holds them stale.
 */
function save(formData: FormData, mode: SaveMode): Promise<ActionResult<SavedReport>> {
  return runFormAction(formData, {
    schema: saveReportSchema,
    permission: "report.write",
    nested: true,
    prepare: async (input, actor) => prepareReportSave(actor, input, mode, await getServerTranslator()),
    write: (tx, _input, _actor, plan) => writeReportSave(tx, plan),
    revalidate: [],
    afterCommit: (_result, _actor, plan) => afterReportSave(plan),
    rollback: discardReportSave,
  });
}

/** Saves the report as a draft (or keeps a returned report returned): any time, even incomplete. */
export async function saveReportDraft(_previous: ActionResult<SavedReport> | null, formData: FormData): Promise<ActionResult<SavedReport>> {
  return save(formData, "draft");
}

export async function submitReport(_previous: ActionResult<SavedReport> | null, formData: FormData): Promise<ActionResult<SavedReport>> {
  return save(formData, "submit");
}

type ReviewResult = ActionResult<{ id: string }>;

async function loadForReview(tx: TxClient, id: string, actor: { zoneId: string }) {
  const report = await tx.weeklyReport.findFirst({
    where: { id, zoneId: actor.zoneId },
    select: { id: true, zoneId: true, unitId: true, isoYear: true, isoWeek: true, status: true, version: true, entries: { select: { workItemId: true } } },
  });
  if (!report) throw new NotFoundError("report");
  return report;
}

export async function returnReport(_previous: ReviewResult | null, formData: FormData): Promise<ReviewResult> {
  return runFormAction(formData, {
    schema: returnReportSchema,
    permission: "report.review",
    write: async (tx, { id, reason }, actor) => {
      const now = new Date();
      const report = await loadForReview(tx, id, actor);
      authorize(actor, "report.review", report);
      const status = nextStatus(report.status, "return");
      const { count } = await tx.weeklyReport.updateMany({
        where: { id, version: report.version, status: { in: statusesAllowing("return") } },
        data: { status, version: { increment: 1 }, reviewedAt: now, reviewedById: actor.id, returnReason: reason },
      });
      if (count === 0) throw new DomainError("reports.errors.changed");
      // A returned report no longer counts: items fall back to the unit's previous submission.
      await syncWorkItems(tx, report.entries.map((entry) => entry.workItemId), now);
      const week = formatIsoWeek(report);
      await notifyUnit(tx, actor.zoneId, report.unitId, {
        kind: "REPORT_RETURNED",
        title: defer("reports.notify.returnedTitle", { week: deferWeek(week) }),
        body: reason,
        link: `/my-unit?week=${week}`,
      });
      await recordAudit(tx, actor, { action: "report.return", entityType: "WeeklyReport", entityId: id, before: { status: report.status }, after: { status, reason } });
      return { id };
    },
    revalidate: ({ id }) => [...REPORT_PAGES, `/reports/${id}`],
  });
}

export async function acceptReport(_previous: ReviewResult | null, formData: FormData): Promise<ReviewResult> {
  return runFormAction(formData, {
    schema: acceptReportSchema,
    permission: "report.review",
    write: async (tx, { id }, actor) => {
      const report = await loadForReview(tx, id, actor);
      authorize(actor, "report.review", report);
      const status = nextStatus(report.status, "accept");
      const { count } = await tx.weeklyReport.updateMany({
        where: { id, version: report.version, status: { in: statusesAllowing("accept") } },
        data: { status, version: { increment: 1 }, reviewedAt: new Date(), reviewedById: actor.id },
      });
      if (count === 0) throw new DomainError("reports.errors.changed");
      const week = formatIsoWeek(report);
      await notifyUnit(tx, actor.zoneId, report.unitId, { kind: "REPORT_ACCEPTED", title: defer("reports.notify.acceptedTitle", { week: deferWeek(week) }), link: `/reports/${id}` });
      await recordAudit(tx, actor, { action: "report.accept", entityType: "WeeklyReport", entityId: id, before: { status: report.status }, after: { status } });
      return { id };
    },
    revalidate: ({ id }) => [...REPORT_PAGES, `/reports/${id}`],
  });
}

/** 催报: notifies every unit that owes the week's report (not excused) and has no submitted report standing (a returned one needs resubmitting). */
export async function remindUnits(_previous: ActionResult<{ units: number; users: number }> | null, formData: FormData): Promise<ActionResult<{ units: number; users: number }>> {
  return runFormAction(formData, {
    schema: remindSchema,
    permission: "report.remind",
    write: async (tx, { week, parkId }, actor) => {
      const label = formatIsoWeek(week);
      const board = await loadBoard(tx, actor.zoneId, week, { parkId });
      const units = board.rows.filter(awaitsReport);
      const deadline = deferInstant(board.week.deadline, board.timeZone);
      let users = 0;
      for (const unit of units) {
        users += await notifyUnit(tx, actor.zoneId, unit.id, {
          kind: "REPORT_REMINDER",
          title: defer("reports.notify.reminderTitle", { week: deferWeek(label) }),
          body: defer("reports.notify.reminderBody", { week: deferWeek(label), deadline }),
          link: `/my-unit?week=${label}`,
        });
      }
      await recordAudit(tx, actor, { action: "report.remind", entityType: "WeeklyReport", after: { week: label, parkId, units: units.map((unit) => unit.name), users } });
      return { units: units.length, users };
    },
    revalidate: ["/reports"],
  });
}
