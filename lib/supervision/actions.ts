"use server";

import type { z } from "zod";
import { removeStoredFiles } from "@/lib/attachments/storage";
import { MAX_ATTACHMENTS_PER_RECORD } from "@/lib/attachments/policy";
import { attachmentErrors, storeFiles } from "@/lib/attachments/upload";
import { recordAudit } from "@/lib/audit/record";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { db, type TxClient } from "@/lib/db/client";
import { dateFromKey, zonedInstant } from "@/lib/dates/zone-time";
import { defer, deferDate } from "@/lib/i18n/deferred";
import { getServerTranslator } from "@/lib/i18n/server";
import { notifyRoles, notifyUnit } from "@/lib/notifications/notify";
import { DomainError, FieldErrorsError, NotFoundError } from "@/lib/server/errors";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";
import { createDecisions, updateDecision } from "./decisions";
import { compileMonth } from "./monthly-data";
import { createInspectionSchema, meetingSchema, monthlyCommentarySchema, publishMonthlySchema, toMonthlySnapshotJson, updateInspectionSchema } from "./schema";

type Result = ActionResult<{ id: string }>;

/** Refuses files that break the attachment policy (type, size, count) before any is stored. */
async function assertAttachmentsAcceptable(files: File[], countAfter: number): Promise<void> {
  const t = await getServerTranslator();
  const fileErrors = await attachmentErrors(files, t);
  if (countAfter > MAX_ATTACHMENTS_PER_RECORD) fileErrors.push(t("validation.tooManyAttachments", { max: MAX_ATTACHMENTS_PER_RECORD }));
  if (fileErrors.length) throw new FieldErrorsError({ attachments: fileErrors });
}

const removeStored = (stored: { storageKey: string }[]) => removeStoredFiles(stored.map((file) => file.storageKey));

/** A unit the office may inspect or assign to: active, of the zone, not the office itself. */
async function assertMemberUnit(tx: TxClient, actor: Actor, unitId: string, field: string): Promise<void> {
  const unit = await tx.unit.findFirst({ where: { id: unitId, zoneId: actor.zoneId, active: true }, select: { kind: true } });
  if (!unit || unit.kind === "OFFICE") throw new DomainError("validation.choice", {}, field);
}

/** The columns both forms write; a due date only when rectification is required. */
function inspectionData(fields: Omit<z.output<typeof createInspectionSchema>, "attachments">) {
  return {
    unitId: fields.unitId,
    date: dateFromKey(fields.date),
    inspectors: fields.inspectors,
    findings: fields.findings,
    rating: fields.rating,
    rectificationRequired: fields.rectificationRequired,
    rectificationDue: fields.rectificationRequired && fields.rectificationDue ? dateFromKey(fields.rectificationDue) : null,
  };
}

const inspectionSnapshot = { id: true, unitId: true, date: true, inspectors: true, findings: true, rating: true, rectificationRequired: true, rectificationDue: true, rectifiedAt: true } as const;

export async function createInspection(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: createInspectionSchema,
    permission: "inspection.manage",
    // Files are stored before the transaction and removed again when it fails.
    prepare: async ({ attachments }) => {
      await assertAttachmentsAcceptable(attachments, attachments.length);
      return storeFiles(attachments);
    },
    rollback: removeStored,
    write: async (tx, { attachments: _attachments, ...fields }, actor, stored) => {
      await assertMemberUnit(tx, actor, fields.unitId, "unitId");
      const created = await tx.inspection.create({
        data: { ...inspectionData(fields), zoneId: actor.zoneId, createdById: actor.id },
        select: inspectionSnapshot,
      });
      if (stored.length) await tx.attachment.createMany({ data: stored.map((file) => ({ ...file, zoneId: actor.zoneId, uploadedById: actor.id, inspectionId: created.id })) });
      if (created.rectificationRequired) {
        await notifyUnit(tx, actor.zoneId, created.unitId, {
          kind: "SYSTEM",
          title: defer("supervision.notify.rectificationTitle", { due: fields.rectificationDue ? deferDate(fields.rectificationDue) : "" }),
          body: fields.findings,
          link: `/supervision/inspections/${created.id}`,
        });
      }
      await recordAudit(tx, actor, { action: "inspection.create", entityType: "Inspection", entityId: created.id, after: { ...created, attachments: stored.map((file) => file.fileName) } });
      return { id: created.id };
    },
    revalidate: ["/supervision/inspections"],
  });
}

export async function updateInspection(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: updateInspectionSchema,
    permission: "inspection.manage",
    // Which stored files go, and the new ones stored, before the transaction.
    prepare: async ({ id, attachments, removeAttachments }, actor) => {
      const existing = await db.inspection.findFirst({ where: { id, zoneId: actor.zoneId }, include: { attachments: { select: { id: true, storageKey: true } } } });
      if (!existing) throw new NotFoundError("inspection");
      authorize(actor, "inspection.manage", existing);
      const removed = existing.attachments.filter((attachment) => removeAttachments.includes(attachment.id));
      if (removed.length !== removeAttachments.length) throw new NotFoundError("attachment");
      await assertAttachmentsAcceptable(attachments, existing.attachments.length - removed.length + attachments.length);
      const zone = await db.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { timeZone: true } });
      return { removed, timeZone: zone.timeZone, stored: await storeFiles(attachments) };
    },
    rollback: ({ stored }) => removeStored(stored),
    write: async (tx, { id, attachments: _attachments, removeAttachments: _removeAttachments, rectifiedOn, ...fields }, actor, { removed, timeZone, stored }) => {
      const before = await tx.inspection.findUniqueOrThrow({ where: { id }, select: inspectionSnapshot });
      if (fields.unitId !== before.unitId) await assertMemberUnit(tx, actor, fields.unitId, "unitId");
      const after = await tx.inspection.update({
        where: { id },
        data: { ...inspectionData(fields), rectifiedAt: fields.rectificationRequired && rectifiedOn ? zonedInstant(rectifiedOn, "12:00", timeZone) : null },
        select: inspectionSnapshot,
      });
      if (removed.length) await tx.attachment.deleteMany({ where: { id: { in: removed.map((attachment) => attachment.id) } } });
      if (stored.length) await tx.attachment.createMany({ data: stored.map((file) => ({ ...file, zoneId: actor.zoneId, uploadedById: actor.id, inspectionId: id })) });
      await recordAudit(tx, actor, { action: "inspection.update", entityType: "Inspection", entityId: id, before, after });
      return { id };
    },
    revalidate: ({ id }) => ["/supervision/inspections", `/supervision/inspections/${id}`],
    // The removed files leave the store only once their rows are gone.
    afterCommit: (_result, _actor, { removed }) => removeStored(removed),
  });
}

/** Creates a meeting, or updates one (fields, attendees, decisions: edit, cancel, add). */
export async function saveMeeting(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: meetingSchema,
    permission: "meeting.manage",
    nested: true,
    write: async (tx, { id, decisions, attendeeIds, ...fields }, actor) => {
      const attendees = new Set(attendeeIds);
      const units = await tx.unit.findMany({ where: { zoneId: actor.zoneId, id: { in: [...attendees] } }, select: { id: true } });
      if (units.length !== attendees.size) throw new DomainError("validation.choice", {}, "attendeeIds");
      for (const [index, decision] of decisions.entries()) await assertMemberUnit(tx, actor, decision.assigneeUnitId, `decisions.${index}.assigneeUnitId`);
      const data = { kind: fields.kind, title: fields.title, date: dateFromKey(fields.date), location: fields.location, minutes: fields.minutes };
      let meeting: { id: string };
      let before: unknown = null;
      if (id) {
        const existing = await tx.meeting.findFirst({ where: { id, zoneId: actor.zoneId }, include: { attendees: { select: { unitId: true } }, decisions: true } });
        if (!existing) throw new NotFoundError("meeting");
        before = { ...data, attendees: existing.attendees.map((row) => row.unitId), decisions: existing.decisions.map((row) => ({ id: row.id, content: row.content, status: row.status })) };
        meeting = await tx.meeting.update({ where: { id }, data, select: { id: true } });
        await tx.meetingAttendee.deleteMany({ where: { meetingId: id } });
        for (const [index, decision] of decisions.entries()) {
          if (!decision.id) continue;
          const stored = existing.decisions.find((row) => row.id === decision.id);
          if (!stored) throw new NotFoundError("decision");
          await updateDecision(tx, stored, decision, `decisions.${index}.assigneeUnitId`);
        }
      } else {
        meeting = await tx.meeting.create({ data: { ...data, zoneId: actor.zoneId, createdById: actor.id }, select: { id: true } });
      }
      if (attendees.size) await tx.meetingAttendee.createMany({ data: [...attendees].map((unitId) => ({ meetingId: meeting.id, unitId })) });
      const created = await createDecisions(tx, actor, { id: meeting.id, title: fields.title, date: fields.date }, decisions.filter((decision) => !decision.id && !decision.cancel));
      for (const decision of created) {
        await notifyUnit(tx, actor.zoneId, decision.assigneeUnitId, {
          kind: "SYSTEM",
          title: defer("supervision.notify.decisionTitle", { meeting: fields.title }),
          body: decision.content,
          link: "/my-unit",
        });
      }
      await recordAudit(tx, actor, {
        action: id ? "meeting.update" : "meeting.create",
        entityType: "Meeting",
        entityId: meeting.id,
        before,
        after: { ...data, attendees: [...attendees], decisions: decisions.map((decision) => ({ content: decision.content, assigneeUnitId: decision.assigneeUnitId, dueDate: decision.dueDate, cancel: decision.cancel })) },
      });
      return { id: meeting.id };
    },
    revalidate: ({ id }) => ["/supervision/meetings", `/supervision/meetings/${id}`, "/my-unit"],
  });
}

function parseMonth(month: string): { year: number; month: number } {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

export async function saveMonthlyCommentary(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: monthlyCommentarySchema,
    permission: "monthlyReport.manage",
    write: async (tx, { month, commentary }, actor) => {
      const period = parseMonth(month);
      const existing = await tx.monthlyReport.findUnique({ where: { zoneId_year_month: { zoneId: actor.zoneId, ...period } } });
      if (existing?.status === "PUBLISHED") throw new DomainError("supervision.errors.published");
      const saved = await tx.monthlyReport.upsert({
        where: { zoneId_year_month: { zoneId: actor.zoneId, ...period } },
        create: { zoneId: actor.zoneId, ...period, commentary },
        update: { commentary },
        select: { id: true },
      });
      await recordAudit(tx, actor, { action: "monthlyReport.comment", entityType: "MonthlyReport", entityId: saved.id, before: { commentary: existing?.commentary ?? null }, after: { commentary } });
      return { id: saved.id };
    },
    revalidate: (_result, { month }) => [`/supervision/monthly/${month}`],
  });
}

/** Publishes the month's report: the figures are frozen in the snapshot and never recompiled. */
export async function publishMonthlyReport(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: publishMonthlySchema,
    permission: "monthlyReport.manage",
    write: async (tx, { month, commentary }, actor) => {
      if (!commentary.trim()) throw new DomainError("supervision.validation.commentaryRequired", {}, "commentary");
      const period = parseMonth(month);
      const now = new Date();
      const existing = await tx.monthlyReport.findUnique({ where: { zoneId_year_month: { zoneId: actor.zoneId, ...period } } });
      if (existing?.status === "PUBLISHED") throw new DomainError("supervision.errors.published");
      const snapshot = await compileMonth(tx, actor.zoneId, period.year, period.month, now);
      if (snapshot.period.weeks.length === 0 && snapshot.summary.inspections === 0) throw new DomainError("supervision.errors.monthNotStarted");
      const data = { status: "PUBLISHED" as const, commentary, snapshot: toMonthlySnapshotJson(snapshot), publishedAt: now, publishedById: actor.id };
      const saved = await tx.monthlyReport.upsert({
        where: { zoneId_year_month: { zoneId: actor.zoneId, ...period } },
        create: { zoneId: actor.zoneId, ...period, ...data },
        update: data,
        select: { id: true },
      });
      await notifyRoles(tx, actor.zoneId, ["LEADER", "SUPERVISOR"], {
        kind: "SYSTEM",
        title: defer("supervision.notify.monthlyPublished", { year: period.year, month: period.month }),
        link: `/supervision/monthly/${month}`,
      });
      await recordAudit(tx, actor, { action: "monthlyReport.publish", entityType: "MonthlyReport", entityId: saved.id, after: { ...period, summary: snapshot.summary, weeks: snapshot.period.weeks } });
      return { id: saved.id };
    },
    revalidate: (_result, { month }) => ["/supervision/monthly", `/supervision/monthly/${month}`],
  });
}
