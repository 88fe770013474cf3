// The writes of the notice workflow, inside the caller's transaction: numbering, steps,
// responses, instructions, with their events, audit rows and notifications. Used by the
// server actions and by the demo seed (which passes past instants as `now`).
import { recordAudit } from "@/lib/audit/record";
import type { StoredFile } from "@/lib/attachments/storage";
import { authorize, type Actor } from "@/lib/auth/permissions";
import type { Prisma, TxClient } from "@/lib/db/client";
import { dateFromKey, dateKey, localDateKey } from "@/lib/dates/zone-time";
import { defer, deferDate, type Text } from "@/lib/i18n/deferred";
import { warningTitle } from "@/lib/warnings/describe";
import { parseWarningEvidence } from "@/lib/warnings/schema";
import { notifyRoles, notifyUnit, notifyUsers, type NotificationContent } from "@/lib/notifications/notify";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import type { WarningLevel } from "@/lib/warnings/rules";
import { formatNoticeNumber, nextStatus, STEP_RULES, type NoticeStep } from "./workflow";

/** Notifications are stored in the primary language. */

/**
 * The next number of a zone's year. The counter row is created or incremented by one
 * statement that locks it until the transaction ends: concurrent issuers queue, a rolled-back
 * issue gives its number back, so numbers have neither gaps nor duplicates.
 */
export async function nextNoticeSeq(tx: TxClient, zoneId: string, year: number): Promise<number> {
  const rows = await tx.$queryRaw<{ lastSeq: number }[]>`
    INSERT INTO "NoticeCounter" ("zoneId", "year", "lastSeq") VALUES (${zoneId}, ${year}, 1)
    ON CONFLICT ("zoneId", "year") DO UPDATE SET "lastSeq" = "NoticeCounter"."lastSeq" + 1
    RETURNING "lastSeq"`;
  return Number(rows[0].lastSeq);
}

async function zoneToday(tx: TxClient, zoneId: string, now: Date): Promise<string> {
  const zone = await tx.zone.findUniqueOrThrow({ where: { id: zoneId }, select: { timeZone: true } });
  return localDateKey(now, zone.timeZone);
}

export interface IssueNoticeInput {
  unitId: string;
  title: string;
  matter: string;
  requiredAction: string;
  responseDue: string;
  level: WarningLevel;
  warningIds: string[];
  /** 抄送 of the notice document; the zone's default list when not given. */
  copyTo?: string[];
}

export async function issueNotice(tx: TxClient, actor: Actor, input: IssueNoticeInput, now = new Date()): Promise<{ id: string; number: string }> {
  authorize(actor, "notice.manage");
  const unit = await tx.unit.findFirst({ where: { id: input.unitId, zoneId: actor.zoneId }, select: { id: true, active: true, kind: true } });
  if (!unit) throw new DomainError("validation.unitRequired", {}, "unitId");
  if (!unit.active) throw new DomainError("validation.unitInactive", {}, "unitId");
  if (unit.kind === "OFFICE") throw new DomainError("notices.errors.officeUnit", {}, "unitId");
  const today = await zoneToday(tx, actor.zoneId, now);
  if (input.responseDue < today) throw new DomainError("notices.errors.dueInPast", {}, "responseDue");
  const warnings = await tx.warning.findMany({ where: { id: { in: input.warningIds }, zoneId: actor.zoneId }, select: { id: true, unitId: true, status: true } });
  if (warnings.length !== new Set(input.warningIds).size) throw new NotFoundError("warning");
  if (warnings.some((warning) => warning.unitId !== unit.id)) throw new DomainError("warnings.errors.mixedUnits", {}, "unitId");

  const year = Number(today.slice(0, 4));
  const seq = await nextNoticeSeq(tx, actor.zoneId, year);
  const settings = await tx.zoneDocumentSettings.findUnique({ where: { zoneId: actor.zoneId }, select: { noticeCode: true, copyTo: true } });
  const number = formatNoticeNumber(year, seq, settings?.noticeCode || undefined);
  const notice = await tx.supervisionNotice.create({
    data: {
      zoneId: actor.zoneId,
      year,
      seq,
      number,
      unitId: unit.id,
      title: input.title,
      matter: input.matter,
      requiredAction: input.requiredAction,
      responseDue: dateFromKey(input.responseDue),
      level: input.level,
      copyTo: input.copyTo ?? settings?.copyTo ?? [],
      issuedById: actor.id,
      issuedAt: now,
      warningLinks: { create: warnings.map((warning) => ({ warningId: warning.id })) },
      events: { create: { type: "ISSUED", toStatus: "ISSUED", actorId: actor.id, at: now } },
    },
    select: { id: true, number: true, unitId: true, title: true, responseDue: true, level: true, status: true },
  });
  // The office has acted on the warnings behind the notice.
  const open = warnings.filter((warning) => warning.status === "OPEN").map((warning) => warning.id);
  if (open.length > 0) {
    await tx.warning.updateMany({ where: { id: { in: open } }, data: { status: "ACKNOWLEDGED", acknowledgedAt: now, acknowledgedById: actor.id } });
    await tx.warningEvent.createMany({ data: open.map((warningId) => ({ warningId, type: "ACKNOWLEDGED" as const, reason: number, actorId: actor.id, at: now })) });
  }
  await recordAudit(tx, actor, { action: "notice.issue", entityType: "SupervisionNotice", entityId: notice.id, after: { ...notice, warningIds: warnings.map((warning) => warning.id) } });
  await notifyUnit(tx, actor.zoneId, unit.id, {
    kind: "NOTICE_ISSUED",
    title: defer("notices.notify.issued", { number, title: input.title }),
    body: defer("notices.notify.issuedBody", { due: deferDate(input.responseDue) }),
    link: `/notices/${notice.id}`,
  });
  return { id: notice.id, number };
}

export interface StepInput {
  id: string;
  step: NoticeStep;
  note?: string | null;
  /** respond: the response text and its stored files. */
  content?: string;
  files?: StoredFile[];
  /** return: a new response date. */
  responseDue?: string | null;
  /** close: why the office closes it while warnings it was issued for are still open (required then). */
  overrideReason?: string | null;
}

export interface StepResult {
  id: string;
  unitId: string;
  status: string;
}

/** One step of the workflow: authorized by the step's permission on the notice's unit, refused unless the state machine allows it. */
export async function stepNotice(tx: TxClient, actor: Actor, input: StepInput, now = new Date()): Promise<StepResult> {
  const rule = STEP_RULES[input.step];
  authorize(actor, rule.permission);
  const notice = await tx.supervisionNotice.findFirst({
    where: { id: input.id, zoneId: actor.zoneId },
    select: { id: true, zoneId: true, unitId: true, number: true, title: true, status: true, issuedById: true, chaseCount: true, responseDue: true },
  });
  if (!notice) throw new NotFoundError("notice");
  authorize(actor, rule.permission, notice);
  const next = nextStatus(notice.status, input.step);
  if (!next) throw new DomainError("notices.errors.illegalStep");
  if (input.step === "close") await guardClose(tx, actor, notice, input.overrideReason ?? null);

  const data: Prisma.SupervisionNoticeUpdateManyMutationInput = { status: next };
  if (input.step === "sign") data.signedAt = now;
  if (input.step === "respond") data.respondedAt = now;
  if (input.step === "close") data.closedAt = now;
  if (input.step === "chase") Object.assign(data, { chaseCount: { increment: 1 }, lastChasedAt: now });
  if (input.step === "return" && input.responseDue) {
    if (input.responseDue < (await zoneToday(tx, actor.zoneId, now))) throw new DomainError("notices.errors.dueInPast", {}, "responseDue");
    data.responseDue = dateFromKey(input.responseDue);
  }
  // Conditional on the status read above: of two concurrent steps only one applies.
  const updated = await tx.supervisionNotice.updateMany({ where: { id: notice.id, status: notice.status }, data });
  if (updated.count !== 1) throw new DomainError("errors.conflict");

  let response: { id: string } | null = null;
  if (input.step === "respond") {
    const created = await tx.noticeResponse.create({ data: { noticeId: notice.id, authorId: actor.id, content: input.content ?? "", createdAt: now }, select: { id: true } });
    response = created;
    if (input.files?.length) {
      await tx.attachment.createMany({ data: input.files.map((file) => ({ ...file, zoneId: actor.zoneId, uploadedById: actor.id, noticeResponseId: created.id, createdAt: now })) });
    }
  }
  if (input.step === "review" || input.step === "return") {
    const latest = await tx.noticeResponse.findFirst({ where: { noticeId: notice.id }, orderBy: { createdAt: "desc" }, select: { id: true } });
    if (latest) {
      await tx.noticeResponse.update({
        where: { id: latest.id },
        data: { review: input.step === "review" ? "ACCEPTED" : "RETURNED", reviewNote: input.note ?? null, reviewedAt: now, reviewedById: actor.id },
      });
    }
  }
  await tx.noticeEvent.create({ data: { noticeId: notice.id, type: rule.event, fromStatus: notice.status, toStatus: next, note: input.note ?? input.overrideReason ?? null, actorId: actor.id, at: now } });
  await recordAudit(tx, actor, {
    action: `notice.${input.step}`,
    entityType: "SupervisionNotice",
    entityId: notice.id,
    before: { status: notice.status, responseDue: dateKey(notice.responseDue), chaseCount: notice.chaseCount },
    after: {
      status: next,
      note: input.note ?? null,
      responseDue: input.responseDue ?? dateKey(notice.responseDue),
      chaseCount: notice.chaseCount + (input.step === "chase" ? 1 : 0),
      // A response is kept as it was sent: its text and each file (name, size, SHA-256).
      ...(response
        ? { responseId: response.id, content: input.content ?? "", files: (input.files ?? []).map((file) => ({ fileName: file.fileName, sizeBytes: file.sizeBytes, sha256: file.sha256 })) }
        : {}),
    },
  });

  const content: NotificationContent = {
    kind: "NOTICE_STEP",
    title: defer(`notices.notify.${input.step}`, { number: notice.number }),
    body: input.note ?? notice.title,
    link: `/notices/${notice.id}`,
  };
  if (rule.permission === "notice.respond") {
    // The unit acted: tell the issuer, or every supervisor when the issuer is gone.
    if (!notice.issuedById || (await notifyUsers(tx, actor.zoneId, await activeIds(tx, [notice.issuedById]), content)) === 0) {
      await notifyRoles(tx, actor.zoneId, ["SUPERVISOR"], content);
    }
  } else {
    await notifyUnit(tx, actor.zoneId, notice.unitId, content);
  }
  return { id: notice.id, unitId: notice.unitId, status: next };
}

/**
 * A notice is not closed while warnings it was issued for are still open, unless the office
 * states why. The reason becomes the CLOSED event's note (shown in the notice's history) and
 * is audited with the warnings left open (notice.closeOverride).
 */
async function guardClose(tx: TxClient, actor: Actor, notice: { id: string; number: string }, reason: string | null): Promise<void> {
  const open = await tx.noticeWarning.findMany({
    where: { noticeId: notice.id, warning: { status: { not: "RESOLVED" } } },
    select: { warning: { select: { id: true, kind: true, level: true } } },
  });
  if (open.length === 0) return;
  if (!reason) throw new DomainError("notices.errors.openWarnings", { count: open.length }, "overrideReason");
  await recordAudit(tx, actor, {
    action: "notice.closeOverride",
    entityType: "SupervisionNotice",
    entityId: notice.id,
    after: { number: notice.number, reason, openWarnings: open.map(({ warning }) => warning) },
  });
}

async function activeIds(tx: TxClient, ids: string[]): Promise<string[]> {
  const users = await tx.user.findMany({ where: { id: { in: ids }, active: true }, select: { id: true } });
  return users.map((user) => user.id);
}

/** A leader's instruction (批示) on a notice or a warning. */
export async function addInstruction(tx: TxClient, actor: Actor, input: { noticeId?: string; warningId?: string; content: string }, now = new Date()): Promise<{ id: string; link: string }> {
  authorize(actor, "instruction.create");
  let unitId: string;
  let link: string;
  let subject: Text;
  let notifyIds: string[] = [];
  if (input.noticeId) {
    const notice = await tx.supervisionNotice.findFirst({ where: { id: input.noticeId, zoneId: actor.zoneId }, select: { id: true, unitId: true, number: true, issuedById: true } });
    if (!notice) throw new NotFoundError("notice");
    unitId = notice.unitId;
    link = `/notices/${notice.id}`;
    subject = notice.number;
    notifyIds = notice.issuedById ? [notice.issuedById] : [];
  } else {
    const warning = await tx.warning.findFirst({ where: { id: input.warningId, zoneId: actor.zoneId }, select: { id: true, unitId: true, kind: true, level: true, evidence: true } });
    if (!warning) throw new NotFoundError("warning");
    unitId = warning.unitId;
    link = `/warnings/${warning.id}`;
    subject = warningTitle(defer, warning.kind, warning.level, parseWarningEvidence(warning.evidence));
  }
  const instruction = await tx.instruction.create({
    data: { zoneId: actor.zoneId, authorId: actor.id, content: input.content, noticeId: input.noticeId ?? null, warningId: input.warningId ?? null, createdAt: now },
    select: { id: true, content: true, noticeId: true, warningId: true },
  });
  if (input.noticeId) await tx.noticeEvent.create({ data: { noticeId: input.noticeId, type: "INSTRUCTED", note: input.content, actorId: actor.id, at: now } });
  await recordAudit(tx, actor, { action: "instruction.create", entityType: "Instruction", entityId: instruction.id, after: instruction });
  const content: NotificationContent = { kind: "INSTRUCTION", title: defer("notices.notify.instruction", { subject }), body: input.content, link };
  await notifyUnit(tx, actor.zoneId, unitId, content);
  if (notifyIds.length > 0) await notifyUsers(tx, actor.zoneId, await activeIds(tx, notifyIds), content);
  else await notifyRoles(tx, actor.zoneId, ["SUPERVISOR"], content);
  return { id: instruction.id, link };
}
