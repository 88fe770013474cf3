// Writes of the weekly bulletin inside the caller's transaction: a draft for a week, and its
// issue (number of the year, figures frozen, every member unit notified). Shared by the
// actions and the demo generator.
import type { Actor } from "@/lib/auth/permissions";
import type { TxClient } from "@/lib/db/client";
import type { WeeklyBriefing } from "@/lib/dashboard/briefing";
import { localDateKey, type IsoWeek } from "@/lib/dates/zone-time";
import { nextDocumentSeq, issueLabel } from "@/lib/documents/numbering";
import type { DocumentSettings } from "@/lib/documents/settings";
import { defer } from "@/lib/i18n/deferred";
import { notifyRoles } from "@/lib/notifications/notify";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import { suggestCommentary } from "./commentary";
import { toBriefingSnapshot } from "./schema";

/** The week's draft edition, created with the office's suggested text when there is none. */
export async function draftEdition(tx: TxClient, actor: Actor, week: IsoWeek, live: WeeklyBriefing, settings: DocumentSettings): Promise<{ id: string; created: boolean }> {
  const existing = await tx.briefingEdition.findUnique({ where: { zoneId_isoYear_isoWeek: { zoneId: actor.zoneId, ...week } }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const suggested = suggestCommentary(live);
  const created = await tx.briefingEdition.create({
    data: { zoneId: actor.zoneId, ...week, ...suggested, reportTo: settings.briefingReportTo, sendTo: settings.briefingSendTo },
  });
  await recordAudit(tx, actor, { action: "briefingEdition.create", entityType: "BriefingEdition", entityId: created.id, after: created });
  return { id: created.id, created: true };
}

/**
 * Issues a draft: takes the next number of the zone-calendar year, freezes the figures and
 * tells every user. The status update is conditional on the draft read, so of two concurrent
 * issues one applies and the other rolls back with its number.
 */
export interface EditionText {
  title: string;
  summary: string;
  praise: string;
  criticism: string;
  requirements: string;
  reportTo: string[];
  sendTo: string[];
}

export async function issueEdition(tx: TxClient, actor: Actor, id: string, live: WeeklyBriefing, now = new Date(), text?: EditionText): Promise<{ id: string; year: number; seq: number }> {
  const edition = await tx.briefingEdition.findFirst({ where: { id, zoneId: actor.zoneId }, include: { zone: { select: { timeZone: true } } } });
  if (!edition) throw new NotFoundError("briefing edition");
  if (edition.status !== "DRAFT") throw new DomainError("briefings.edition.errors.issued");
  if (live.week.isoYear !== edition.isoYear || live.week.isoWeek !== edition.isoWeek) throw new Error("briefing of another week");
  const year = Number(localDateKey(now, edition.zone.timeZone).slice(0, 4));
  const seq = await nextDocumentSeq(tx, actor.zoneId, "briefing", year);
  const snapshot = toBriefingSnapshot(live);
  const updated = await tx.briefingEdition.updateMany({
    where: { id, status: "DRAFT" },
    data: { ...text, status: "ISSUED", year, seq, snapshot, issuedAt: now, issuedById: actor.id },
  });
  if (updated.count !== 1) throw new DomainError("briefings.edition.errors.issued");
  await recordAudit(tx, actor, {
    action: "briefingEdition.issue",
    entityType: "BriefingEdition",
    entityId: id,
    before: { status: "DRAFT" },
    after: { status: "ISSUED", year, seq, issuedAt: now, expected: live.submission.expected, submitted: live.submission.submitted },
  });
  await notifyRoles(tx, actor.zoneId, ["REPORTER", "LEADER", "SUPERVISOR"], {
    kind: "SYSTEM",
    title: defer("briefings.edition.notify", { year, issue: issueLabel(seq) }),
    link: `/briefings/editions/${id}`,
  });
  return { id, year, seq };
}
