// Saving and submitting a unit's weekly report: the one place that writes reports and their
// entries. The server actions parse the form and call saveWeeklyReport.
//
// Concurrency: one report per unit and ISO week (unique key; a lost race on creation is a
// P2002 and answers "changed since you opened it"), and an optimistic lock on
// WeeklyReport.version: every write is an UPDATE … WHERE version = <the version the form was
// opened on>, so of two writers on the same version exactly one wins and the other is told.
// Entries not sent by a form are kept, never deleted.
import "server-only";
import { cleanFileName, MAX_ATTACHMENTS_PER_RECORD } from "@/lib/attachments/policy";
import { removeStoredFiles, type StoredFile } from "@/lib/attachments/storage";
import { attachmentErrors, storeFiles } from "@/lib/attachments/upload";
import { recordAudit } from "@/lib/audit/record";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { dateFromKey, dateKey, formatIsoWeek, minutesLate, type IsoWeek } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import { evaluateWarningsForUnit } from "@/lib/warnings/run";
import type { Translator } from "@/lib/i18n/server";
import { TRANSACTION_OPTIONS } from "@/lib/server/action";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import { fail, ok, type ActionResult, type FieldErrors } from "@/lib/server/result";
import { entryErrors, storedEntryValues, type EntryValues, type SaveMode } from "./entry-rules";
import { reportChanges } from "./report-changes";
import type { SaveReportInput } from "./schema";
import { isReportableWeek, itemDueInWeek, reportWeek, type ReportWeek } from "./week";
import { nextStatus, statusesAllowing, type ReportStatus } from "./workflow";
import { syncWorkItems } from "./work-item-sync";

export interface SavedReport {
  id: string;
  version: number;
  status: ReportStatus;
  week: string;
  lateMinutes: number | null;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

async function zoneClock(zoneId: string) {
  return db.zone.findUniqueOrThrow({ where: { id: zoneId }, select: { timeZone: true, reportDeadlineWeekday: true, reportDeadlineTime: true } });
}

/** The report being written: the one named by the form (checked against the actor), or the unit's for the week. */
async function findTarget(actor: Actor, input: SaveReportInput) {
  const select = { id: true, zoneId: true, unitId: true, isoYear: true, isoWeek: true, status: true, version: true, summary: true, submittedAt: true, submittedById: true, lateMinutes: true } as const;
  if (input.reportId) {
    const report = await db.weeklyReport.findFirst({ where: { id: input.reportId, zoneId: actor.zoneId }, select });
    if (!report) throw new NotFoundError("report");
    authorize(actor, "report.write", report);
    return { week: { isoYear: report.isoYear, isoWeek: report.isoWeek }, report };
  }
  const report = await db.weeklyReport.findUnique({ where: { unitId_isoYear_isoWeek: { unitId: actor.unitId, isoYear: input.week.isoYear, isoWeek: input.week.isoWeek } }, select });
  return { week: input.week as IsoWeek, report };
}

/** The unit's work items owed in the week, plus any item the report already has an entry for. */
async function itemsOfWeek(actor: Actor, week: ReportWeek, entryItemIds: Set<string>) {
  const items = await db.workItem.findMany({
    where: { zoneId: actor.zoneId, leadUnitId: actor.unitId, status: { not: "ARCHIVED" }, startDate: { lte: dateFromKey(week.sundayKey) } },
    select: { id: true, code: true, indicatorName: true, status: true, completedAt: true, startDate: true },
  });
  return new Map(
    items
      .filter((item) => entryItemIds.has(item.id) || itemDueInWeek({ ...item, startDate: dateKey(item.startDate) }, week))
      .map((item) => [item.id, item]),
  );
}

/** Progress of each item's latest submitted entry from an earlier week. */
export async function previousProgress(itemIds: string[], before: Date): Promise<Map<string, number>> {
  const rows = await db.reportEntry.findMany({
    where: { workItemId: { in: itemIds }, report: { status: { in: ["SUBMITTED", "ACCEPTED"] }, weekStart: { lt: before } } },
    orderBy: [{ report: { weekStart: "desc" } }],
    distinct: ["workItemId"],
    select: { workItemId: true, progress: true },
  });
  return new Map(rows.map((row) => [row.workItemId, toNumber(row.progress) ?? 0]));
}

/**
 * Saves a draft (`mode: "draft"`) or submits (`"submit"`) the signed-in reporter's report.
 * Validation failures come back as field errors and write nothing; refusals (stale version,
 * illegal state, another unit's report) are thrown as DomainError / NotFoundError.
 */
export async function saveWeeklyReport(actor: Actor, input: SaveReportInput, mode: SaveMode, t: Translator, now = new Date()): Promise<ActionResult<SavedReport>> {
  authorize(actor, "report.write");
  const zone = await zoneClock(actor.zoneId);
  const { week: isoWeek, report } = await findTarget(actor, input);
  if (!isReportableWeek(isoWeek, now, zone)) throw new DomainError("reports.errors.futureWeek", {}, "week");
  const week = reportWeek(isoWeek, zone);
  // The form was opened on another version: someone (another tab, a colleague) saved since.
  if ((report?.version ?? null) !== input.version) throw new DomainError("reports.errors.changed");
  const action = mode === "submit" ? "submit" : "save";
  const status = nextStatus(report?.status ?? null, action);

  const saved = report
    ? await db.reportEntry.findMany({ where: { reportId: report.id }, include: { attachments: { select: { id: true, storageKey: true, fileName: true }, orderBy: { createdAt: "asc" } } } })
    : [];
  const savedByItem = new Map(saved.map((entry) => [entry.workItemId, entry]));
  const items = await itemsOfWeek(actor, week, new Set(savedByItem.keys()));
  for (const itemId of Object.keys(input.entries)) if (!items.has(itemId)) throw new NotFoundError("work item");
  const previous = await previousProgress([...items.keys()], week.weekStart);

  // Validate everything before writing anything.
  const fieldErrors: FieldErrors = {};
  const addError = (itemId: string, field: string, message: string) => (fieldErrors[`entries.${itemId}.${field}`] ??= []).push(message);
  const removedKeys: string[] = [];
  for (const [itemId, item] of items) {
    const sent = input.entries[itemId];
    const stored = savedByItem.get(itemId);
    if (!sent && !stored && mode === "draft") continue;
    const values: EntryValues = sent
      ? { ...sent, indicatorValue: item.indicatorName ? sent.indicatorValue : null }
      : stored
        ? storedEntryValues(stored)
        : { progress: null, indicatorValue: null, doneThisWeek: "", planNextWeek: "", problems: "", needsCoordination: false, regressionReason: null };
    for (const [field, key] of Object.entries(entryErrors(values, { previousProgress: previous.get(itemId) ?? null }, mode))) addError(itemId, field, t(key));
    if (!sent) continue;
    const attachments = stored?.attachments ?? [];
    for (const attachmentId of sent.removeAttachments) {
      const attachment = attachments.find((row) => row.id === attachmentId);
      if (!attachment) throw new NotFoundError("attachment");
      removedKeys.push(attachment.storageKey);
    }
    for (const error of await attachmentErrors(sent.attachments, t)) addError(itemId, "attachments", error);
    if (attachments.length - sent.removeAttachments.length + sent.attachments.length > MAX_ATTACHMENTS_PER_RECORD) {
      addError(itemId, "attachments", t("validation.tooManyAttachments", { max: MAX_ATTACHMENTS_PER_RECORD }));
    }
  }
  if (Object.keys(fieldErrors).length > 0) return fail(t("validation.fixErrors"), fieldErrors);

  // What this save changes, for the audit; an autosave that changes nothing writes nothing.
  const entryValues = (itemId: string): EntryValues => {
    const sent = input.entries[itemId];
    return {
      progress: sent.progress,
      indicatorValue: items.get(itemId)!.indicatorName ? sent.indicatorValue : null,
      doneThisWeek: sent.doneThisWeek,
      planNextWeek: sent.planNextWeek,
      problems: sent.problems,
      needsCoordination: sent.needsCoordination,
      regressionReason: sent.regressionReason,
    };
  };
  const changes = reportChanges({
    exists: Boolean(report),
    status: { from: report?.status ?? null, to: status },
    summary: { from: report?.summary ?? "", to: input.summary },
    entries: Object.keys(input.entries).map((itemId) => {
      const saved = savedByItem.get(itemId);
      const kept = (saved?.attachments ?? []).filter((attachment) => !input.entries[itemId].removeAttachments.includes(attachment.id));
      return {
        code: items.get(itemId)!.code,
        before: saved ? storedEntryValues(saved) : null,
        after: entryValues(itemId),
        attachmentsBefore: (saved?.attachments ?? []).map((attachment) => attachment.fileName),
        attachmentsAfter: [...kept.map((attachment) => attachment.fileName), ...input.entries[itemId].attachments.map((file) => cleanFileName(file.name))],
      };
    }),
  });
  if (report && !changes.changed) return ok({ id: report.id, version: report.version, status: report.status, week: formatIsoWeek(week), lateMinutes: report.lateMinutes });

  // Files go to disk before the transaction and are removed again if it fails (files left
  // by a process killed in between are swept later: lib/attachments/orphans.ts).
  const stored: { itemId: string; file: StoredFile }[] = [];
  const lateMinutes = mode === "submit" ? (report?.lateMinutes ?? minutesLate(now, week.deadline)) : (report?.lateMinutes ?? null);
  let result: SavedReport;
  try {
    for (const [itemId, entry] of Object.entries(input.entries)) {
      for (const file of await storeFiles(entry.attachments, now)) stored.push({ itemId, file });
    }
    result = await db.$transaction(async (tx) => {
      const submission =
        mode === "submit"
          ? {
              // Timeliness is that of the first submission; a resubmission after a return keeps it.
              submittedAt: report?.submittedAt ?? now,
              submittedById: report?.submittedById ?? actor.id,
              lateMinutes,
            }
          : {};
      let reportId: string;
      let version: number;
      if (report) {
        const { count } = await tx.weeklyReport.updateMany({
          where: { id: report.id, version: report.version, status: { in: statusesAllowing(action) } },
          data: { version: { increment: 1 }, status, summary: input.summary, ...submission },
        });
        if (count === 0) throw new DomainError("reports.errors.changed");
        reportId = report.id;
        version = report.version + 1;
      } else {
        const created = await tx.weeklyReport.create({
          data: { zoneId: actor.zoneId, unitId: actor.unitId, isoYear: week.isoYear, isoWeek: week.isoWeek, weekStart: week.weekStart, deadline: week.deadline, status, version: 1, summary: input.summary, ...submission },
          select: { id: true },
        });
        reportId = created.id;
        version = 1;
      }
      for (const [itemId, entry] of Object.entries(input.entries)) {
        // An empty field stays empty in a draft (not 0 %), so submission still asks for it.
        const fields = entryValues(itemId);
        const row = await tx.reportEntry.upsert({
          where: { reportId_workItemId: { reportId, workItemId: itemId } },
          create: { reportId, workItemId: itemId, ...fields },
          update: fields,
          select: { id: true },
        });
        if (entry.removeAttachments.length > 0) await tx.attachment.deleteMany({ where: { id: { in: entry.removeAttachments }, reportEntryId: row.id } });
        const files = stored.filter((file) => file.itemId === itemId);
        if (files.length > 0) {
          await tx.attachment.createMany({ data: files.map(({ file }) => ({ ...file, zoneId: actor.zoneId, uploadedById: actor.id, reportEntryId: row.id })) });
        }
      }
      if (mode === "submit") await syncWorkItems(tx, [...items.keys()], now);
      // Before → after of what changed (status, summary, per item code each field and the attachment list).
      await recordAudit(tx, actor, {
        action: mode === "submit" ? "report.submit" : "report.saveDraft",
        entityType: "WeeklyReport",
        entityId: reportId,
        before: report ? changes.before : null,
        after: { week: formatIsoWeek(week), ...changes.after, version, ...submission },
      });
      return { id: reportId, version, status, week: formatIsoWeek(week), lateMinutes };
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    await removeStoredFiles(stored.map(({ file }) => file.storageKey));
    // Two first saves of the same unit and week: the loser finds the report created meanwhile.
    if (isUniqueViolation(error)) throw new DomainError("reports.errors.changed");
    throw error;
  }
  // Committed: the files of removed attachments go now (never the new ones, whatever follows).
  await removeStoredFiles(removedKeys);
  if (mode === "submit") {
    // issue 5: evaluate this unit's warnings here (after the commit, so the engine sees the
    // submission: its missing-report warning clears in this request; never throws).
    await evaluateWarningsForUnit({ zoneId: actor.zoneId, unitId: actor.unitId, actorId: actor.id });
  }
  return ok(result);
}
