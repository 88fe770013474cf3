// Saving and submitting a unit's weekly report: the one place that writes reports and their
// entries. The server actions (runFormAction) call prepareReportSave before the transaction,
// writeReportSave inside it and afterReportSave after the commit.
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
import { recordAudit, recordCoalescedAudit } from "@/lib/audit/record";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { db, type TxClient } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { dateKey, formatIsoWeek, localDateKey, minutesLate, type IsoWeek } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import { isCountUnit } from "@/lib/plan/indicators";
import { samePeriod, type Recurrence } from "@/lib/plan/planned-progress";
import type { WorkItemStatus } from "@/lib/db/generated/enums";
import { requestUnitEvaluation } from "@/lib/warnings/unit-evaluation";
import type { Translator } from "@/lib/i18n/server";
import { DomainError, FieldErrorsError, NotFoundError } from "@/lib/server/errors";
import type { FieldErrors } from "@/lib/server/result";
import { entryErrors, indicatorRecord, storedEntryValues, type EntryValues, type SaveMode } from "./entry-rules";
import { reportChanges } from "./report-changes";
import type { SaveReportInput } from "./schema";
import { isReportableWeek, itemDueInWeek, reportWeek, type ReportWeek } from "./week";
import { FIGURE_STATUSES, nextStatus, statusListSql, statusesAllowing, type ReportStatus } from "./workflow";
import { syncWorkItems } from "./work-item-sync";

/** Counts for figures (./workflow.ts). */
const FIGURES = Prisma.raw(statusListSql(FIGURE_STATUSES));

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

interface WeekItemRow {
  id: string;
  code: string;
  status: WorkItemStatus;
  completedAt: Date | null;
  startDate: Date;
  recurrence: Recurrence;
  indicators: { id: string; name: string; unit: string | null }[];
}

/**
 * The unit's work items owed in the week, plus any item the report already has an entry for,
 * with their indicators in order: one statement (Prisma's include sent two; every save reads it).
 */
async function itemsOfWeek(actor: Actor, week: ReportWeek, entryItemIds: Set<string>) {
  const items = await db.$queryRaw<WeekItemRow[]>`
    SELECT w."id", w."code", w."status"::text AS "status", w."completedAt", w."startDate", w."recurrence"::text AS "recurrence",
           COALESCE((SELECT json_agg(json_build_object('id', i."id", 'name', i."name", 'unit', i."unit") ORDER BY i."seq")
                     FROM "WorkItemIndicator" i WHERE i."workItemId" = w."id"), '[]'::json) AS "indicators"
    FROM "WorkItem" w
    WHERE w."zoneId" = ${actor.zoneId} AND w."leadUnitId" = ${actor.unitId} AND w."status" <> 'ARCHIVED' AND w."startDate" <= ${week.sundayKey}::date`;
  return new Map(
    items
      .filter((item) => entryItemIds.has(item.id) || itemDueInWeek({ ...item, startDate: dateKey(item.startDate) }, week))
      .map((item) => [item.id, item]),
  );
}

/**
 * Progress of each item's latest submitted entry from an earlier week; of a recurring item only
 * when that report lies in the same period (month or quarter of the deadline day) as `week`.
 */
export async function previousProgress(items: Map<string, { recurrence: Recurrence }>, week: ReportWeek, timeZone: string): Promise<Map<string, number>> {
  if (items.size === 0) return new Map();
  // DISTINCT ON in SQL: Prisma's `distinct` reads every earlier entry of the items (years of
  // weekly reports) and drops all but the latest in memory.
  const rows = await db.$queryRaw<{ workItemId: string; progress: unknown; deadline: Date }[]>`
    SELECT DISTINCT ON (e."workItemId") e."workItemId", e."progress", r."deadline"
    FROM "ReportEntry" e JOIN "WeeklyReport" r ON r."id" = e."reportId"
    WHERE e."workItemId" = ANY(${[...items.keys()]}::text[]) AND r."status" IN ${FIGURES} AND e."progress" IS NOT NULL
      AND r."weekStart" < ${week.weekStart.toISOString()}::timestamp(3)
    ORDER BY e."workItemId", r."weekStart" DESC`;
  const day = localDateKey(week.deadline, timeZone);
  return new Map(
    rows
      .filter((row) => samePeriod(items.get(row.workItemId)?.recurrence, day, localDateKey(row.deadline, timeZone)))
      .map((row) => [row.workItemId, toNumber(row.progress as string) ?? 0]),
  );
}

/** The values the form sent for one item. */
function sentEntryValues(input: SaveReportInput, itemId: string): EntryValues {
  const sent = input.entries[itemId];
  return {
    progress: sent.progress,
    indicators: indicatorRecord(Object.entries(sent.indicators)),
    doneThisWeek: sent.doneThisWeek,
    planNextWeek: sent.planNextWeek,
    problems: sent.problems,
    needsCoordination: sent.needsCoordination,
    regressionReason: sent.regressionReason,
  };
}

/**
 * A save or submission of the signed-in reporter's report, checked and ready to write: what
 * prepareReportSave worked out before the transaction, for writeReportSave inside it.
 */
export interface ReportSave {
  actor: Actor;
  input: SaveReportInput;
  mode: SaveMode;
  now: Date;
  /** Set when the save changes nothing (an autosave of an unchanged form): nothing is written. */
  unchanged: SavedReport | null;
  report: Awaited<ReturnType<typeof findTarget>>["report"];
  week: ReportWeek;
  status: ReportStatus;
  items: Awaited<ReturnType<typeof itemsOfWeek>>;
  /** The report's stored entries by work item (entry id), as read before the transaction. */
  savedEntryIds: Map<string, string>;
  changes: ReturnType<typeof reportChanges>;
  lateMinutes: number | null;
  /** Files of new attachments, already stored (removed again by discardReportSave). */
  stored: { itemId: string; file: StoredFile }[];
  /** Storage keys of the attachments this save removes (deleted after the commit). */
  removedKeys: string[];
}

/** Autosaves of one editing session within this time share one audit row. */
export const AUTOSAVE_AUDIT_WINDOW_MS = 30 * 60_000;

/**
 * Reads and checks a draft save (`mode: "draft"`) or a submission (`"submit"`) of the
 * signed-in reporter's report, and stores its new files. Validation failures are thrown as
 * FieldErrorsError and store nothing; refusals (stale version, illegal state, another unit's
 * report) as DomainError / NotFoundError.
 */
export async function prepareReportSave(actor: Actor, input: SaveReportInput, mode: SaveMode, t: Translator, now = new Date()): Promise<ReportSave> {
  authorize(actor, "report.write");
  // The deadline of the week under the zone's working-day calendar (moved off a holiday).
  const zone = await loadZoneCalendar(db, actor.zoneId);
  const { week: isoWeek, report } = await findTarget(actor, input);
  if (!isReportableWeek(isoWeek, now, zone.zone)) throw new DomainError("reports.errors.futureWeek", {}, "week");
  const week = reportWeek(isoWeek, zone);
  // The form was opened on another version: someone (another tab, a colleague) saved since.
  if ((report?.version ?? null) !== input.version) throw new DomainError("reports.errors.changed");
  const action = mode === "submit" ? "submit" : "save";
  const status = nextStatus(report?.status ?? null, action);

  const saved = report
    ? await db.reportEntry.findMany({
        where: { reportId: report.id },
        include: { attachments: { select: { id: true, storageKey: true, fileName: true }, orderBy: { createdAt: "asc" } }, indicatorValues: { select: { indicatorId: true, value: true } } },
      })
    : [];
  const savedByItem = new Map(saved.map((entry) => [entry.workItemId, entry]));
  const items = await itemsOfWeek(actor, week, new Set(savedByItem.keys()));
  for (const itemId of Object.keys(input.entries)) if (!items.has(itemId)) throw new NotFoundError("work item");
  const previous = await previousProgress(items, week, zone.zone.timeZone);

  // Validate everything before writing anything.
  const fieldErrors: FieldErrors = {};
  const addError = (itemId: string, field: string, message: string) => (fieldErrors[`entries.${itemId}.${field}`] ??= []).push(message);
  const removedKeys: string[] = [];
  for (const [itemId, item] of items) {
    const sent = input.entries[itemId];
    const stored = savedByItem.get(itemId);
    if (!sent && !stored && mode === "draft") continue;
    // One value per indicator of the item; a value for an indicator the item does not have is refused.
    if (sent) for (const indicatorId of Object.keys(sent.indicators)) if (!item.indicators.some((indicator) => indicator.id === indicatorId)) throw new NotFoundError("indicator");
    const values: EntryValues = sent
      ? { ...sent, indicators: indicatorRecord(Object.entries(sent.indicators)) }
      : stored
        ? storedEntryValues(stored)
        : { progress: null, indicators: indicatorRecord(), doneThisWeek: "", planNextWeek: "", problems: "", needsCoordination: false, regressionReason: null };
    const countIndicatorIds = new Set(item.indicators.filter((indicator) => isCountUnit(indicator.unit)).map((indicator) => indicator.id));
    for (const [field, key] of Object.entries(entryErrors(values, { previousProgress: previous.get(itemId) ?? null, countIndicatorIds }, mode))) addError(itemId, field, t(key!));
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
  if (Object.keys(fieldErrors).length > 0) throw new FieldErrorsError(fieldErrors);

  // What this save changes, for the audit; an autosave that changes nothing writes nothing.
  const entryValues = (itemId: string) => sentEntryValues(input, itemId);
  const changes = reportChanges({
    exists: Boolean(report),
    status: { from: report?.status ?? null, to: status },
    summary: { from: report?.summary ?? "", to: input.summary },
    entries: Object.keys(input.entries).map((itemId) => {
      const saved = savedByItem.get(itemId);
      const kept = (saved?.attachments ?? []).filter((attachment) => !input.entries[itemId].removeAttachments.includes(attachment.id));
      // Indicator values by the indicator's name (unique within the item), as the audit shows them.
      const byName = (values: EntryValues): EntryValues => ({
        ...values,
        indicators: indicatorRecord(items.get(itemId)!.indicators.filter((indicator) => indicator.id in values.indicators).map((indicator) => [indicator.name, values.indicators[indicator.id]])),
      });
      return {
        code: items.get(itemId)!.code,
        before: saved ? byName(storedEntryValues(saved)) : null,
        after: byName(entryValues(itemId)),
        attachmentsBefore: (saved?.attachments ?? []).map((attachment) => attachment.fileName),
        attachmentsAfter: [...kept.map((attachment) => attachment.fileName), ...input.entries[itemId].attachments.map((file) => cleanFileName(file.name))],
      };
    }),
  });
  const lateMinutes = mode === "submit" ? (report?.lateMinutes ?? minutesLate(now, week.deadline)) : (report?.lateMinutes ?? null);
  const savedEntryIds = new Map(saved.map((entry) => [entry.workItemId, entry.id]));
  const plan: ReportSave = { actor, input, mode, now, unchanged: null, report, week, status, items, savedEntryIds, changes, lateMinutes, stored: [], removedKeys };
  if (report && !changes.changed) return { ...plan, unchanged: { id: report.id, version: report.version, status: report.status, week: formatIsoWeek(week), lateMinutes: report.lateMinutes } };

  // Files go to disk before the transaction and are removed again if it fails (files left
  // by a process killed in between are swept later: lib/attachments/orphans.ts).
  try {
    for (const [itemId, entry] of Object.entries(input.entries)) {
      for (const file of await storeFiles(entry.attachments, now)) plan.stored.push({ itemId, file });
    }
  } catch (error) {
    await discardReportSave(plan);
    throw error;
  }
  return plan;
}

/** The files a save stored, removed again: its transaction did not commit. */
export async function discardReportSave(plan: ReportSave): Promise<void> {
  await removeStoredFiles(plan.stored.map(({ file }) => file.storageKey));
}

/**
 * The entries the form sent, their indicator values and attachments, in one statement per
 * table whatever the number of items (one per item made a unit's submission a hundred round
 * trips, each costing the server more CPU than its rows). The report's row is locked by the
 * caller's write and the entries were read after its version, so the stored entries are
 * those of prepareReportSave; a first save of a new report has none.
 */
async function writeEntries(tx: TxClient, plan: ReportSave, reportId: string): Promise<void> {
  const { actor, input, now, stored, savedEntryIds } = plan;
  const itemIds = Object.keys(input.entries);
  if (itemIds.length === 0) return;
  // An empty field stays empty in a draft (not 0 %), so submission still asks for it.
  const fieldsOf = (itemId: string) => {
    const { indicators: _indicators, ...fields } = sentEntryValues(input, itemId);
    return fields;
  };
  const existing = itemIds.filter((itemId) => savedEntryIds.has(itemId));
  const fresh = itemIds.filter((itemId) => !savedEntryIds.has(itemId));
  const entryIds = new Map(existing.map((itemId) => [itemId, savedEntryIds.get(itemId)!]));
  if (fresh.length > 0) {
    const created = await tx.reportEntry.createManyAndReturn({ data: fresh.map((itemId) => ({ reportId, workItemId: itemId, ...fieldsOf(itemId) })), select: { id: true, workItemId: true } });
    for (const row of created) entryIds.set(row.workItemId, row.id);
  }
  if (existing.length > 0) {
    const rows = existing.map((itemId) => ({ id: entryIds.get(itemId)!, ...fieldsOf(itemId) }));
    await tx.$executeRaw`
      UPDATE "ReportEntry" e
      SET "progress" = v.progress, "doneThisWeek" = v.done, "planNextWeek" = v.plan, "problems" = v.problems,
          "needsCoordination" = v.coordination, "regressionReason" = v.regression, "updatedAt" = ${now.toISOString()}::timestamp(3)
      FROM unnest(${rows.map((row) => row.id)}::text[], ${rows.map((row) => (row.progress === null ? null : String(row.progress)))}::numeric[],
                  ${rows.map((row) => row.doneThisWeek)}::text[], ${rows.map((row) => row.planNextWeek)}::text[], ${rows.map((row) => row.problems)}::text[],
                  ${rows.map((row) => row.needsCoordination)}::boolean[], ${rows.map((row) => row.regressionReason)}::text[])
        AS v(id, progress, done, plan, problems, coordination, regression)
      WHERE e."id" = v.id AND e."reportId" = ${reportId}`;
  }
  // Indicator values: the ones sent replace the stored ones, an empty one removes it.
  const sentValues = itemIds.flatMap((itemId) => Object.entries(input.entries[itemId].indicators).map(([indicatorId, value]) => ({ entryId: entryIds.get(itemId)!, indicatorId, value })));
  const storedEntries = new Set(existing.map((itemId) => entryIds.get(itemId)!));
  const replaced = sentValues.filter((sent) => storedEntries.has(sent.entryId));
  if (replaced.length > 0) await tx.indicatorValue.deleteMany({ where: { OR: replaced.map(({ entryId, indicatorId }) => ({ entryId, indicatorId })) } });
  const given = sentValues.filter((sent): sent is { entryId: string; indicatorId: string; value: string } => sent.value !== null);
  if (given.length > 0) await tx.indicatorValue.createMany({ data: given });
  const removed = itemIds.filter((itemId) => input.entries[itemId].removeAttachments.length > 0 && entryIds.has(itemId));
  if (removed.length > 0) {
    await tx.attachment.deleteMany({ where: { OR: removed.map((itemId) => ({ id: { in: input.entries[itemId].removeAttachments }, reportEntryId: entryIds.get(itemId)! })) } });
  }
  if (stored.length > 0) {
    await tx.attachment.createMany({ data: stored.map(({ itemId, file }) => ({ ...file, zoneId: actor.zoneId, uploadedById: actor.id, reportEntryId: entryIds.get(itemId)! })) });
  }
}

/** Writes a prepared save inside the caller's transaction, with its audit; nothing for an unchanged one. */
export async function writeReportSave(tx: TxClient, plan: ReportSave): Promise<SavedReport> {
  if (plan.unchanged) return plan.unchanged;
  const { actor, input, mode, now, report, week, status, items, changes, lateMinutes } = plan;
  const action = mode === "submit" ? "submit" : "save";
  try {
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
    await writeEntries(tx, plan, reportId);
    if (mode === "submit") await syncWorkItems(tx, [...items.keys()], now);
    // Before → after of what changed (status, summary, per item code each field and the attachment list).
    const audit = {
      action: mode === "submit" ? "report.submit" : "report.saveDraft",
      entityType: "WeeklyReport",
      entityId: reportId,
      before: report ? changes.before : null,
      after: { week: formatIsoWeek(week), ...changes.after, version, ...submission },
    };
    // Autosaves of one editing session fold into one row (first before, last after).
    if (mode === "draft" && input.editSession) await recordCoalescedAudit(tx, actor, { ...audit, coalesceKey: input.editSession, windowMs: AUTOSAVE_AUDIT_WINDOW_MS }, now);
    else await recordAudit(tx, actor, audit);
    return { id: reportId, version, status, week: formatIsoWeek(week), lateMinutes };
  } catch (error) {
    // Two first saves of the same unit and week: the loser finds the report created meanwhile.
    if (isUniqueViolation(error)) throw new DomainError("reports.errors.changed");
    throw error;
  }
}

/**
 * After the commit: the files of removed attachments go (never the new ones, whatever
 * follows), and a submission queues the unit's warning evaluation, off the request path
 * (its missing-report warning clears moments later): the reporter does not wait for the engine.
 */
export async function afterReportSave(plan: ReportSave): Promise<void> {
  if (plan.unchanged) return;
  await removeStoredFiles(plan.removedKeys);
  if (plan.mode === "submit") await requestUnitEvaluation({ zoneId: plan.actor.zoneId, unitId: plan.actor.unitId, trigger: "REPORT_SUBMITTED", actorId: plan.actor.id });
}
