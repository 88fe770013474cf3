// Every official document the product writes, by kind: who may read it, where its data comes
// from, and its one description (model.ts) that the print view, the .docx and the PDF share.
// URLs: /print/<kind>/<key> (print view), /api/documents/<kind>/<key>?format=docx|pdf.
import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { getEdition, editionOfWeek } from "@/lib/briefings/queries";
import { getWeeklyBriefing } from "@/lib/dashboard/briefing";
import { parseIsoWeek, localDateKey } from "@/lib/dates/zone-time";
import { getNotice } from "@/lib/notices/queries";
import { translatorFor } from "@/lib/i18n/server";
import { NotFoundError } from "@/lib/server/errors";
import { briefingDocument } from "./briefing";
import type { OfficialDocument } from "./model";
import { noticeDocument } from "./notice";
import { loadDocumentSettings } from "./queries";
import { monthlyDocumentFor, rankingDocumentFor, statusReportDocumentFor, taskListDocumentFor } from "./sources";

export const DOCUMENT_KINDS = ["notice", "briefing", "monthly", "ranking", "plan", "status-report"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** Documents are Chinese whatever the reader's language. */
const zh = translatorFor("zh-CN");

async function zoneTimeZone(zoneId: string): Promise<string> {
  return (await db.zone.findUniqueOrThrow({ where: { id: zoneId }, select: { timeZone: true } })).timeZone;
}

async function noticeDoc(actor: Actor, id: string): Promise<OfficialDocument> {
  const [notice, settings, timeZone] = await Promise.all([getNotice(actor, id), loadDocumentSettings(db, actor.zoneId), zoneTimeZone(actor.zoneId)]);
  return noticeDocument(
    {
      number: notice.number,
      title: notice.title,
      unitName: notice.unit.name,
      matter: notice.matter,
      requiredAction: notice.requiredAction,
      responseDue: notice.responseDue,
      issuedOn: localDateKey(notice.issuedAt, timeZone),
      levelLabel: zh(`enums.WarningLevel.${notice.level}`),
      warnings: notice.warnings.map((warning) => ({ title: warning.title, levelLabel: zh(`enums.WarningLevel.${warning.level}`) })),
      copyTo: notice.copyTo,
      contact: notice.issuedBy ? { name: notice.issuedBy.name, phone: notice.issuedBy.phone } : null,
    },
    settings,
  );
}

/** An edition by id, or a week ("2026-W47"): its edition when there is one, else the live figures unissued. */
async function briefingDoc(actor: Actor, key: string): Promise<OfficialDocument> {
  const week = parseIsoWeek(key);
  const edition = week ? await editionOfWeek(actor, week) : null;
  if (!week || edition) {
    const detail = await getEdition(actor, edition?.id ?? key);
    return briefingDocument(detail.briefing, { ...detail, seq: detail.status === "ISSUED" ? detail.seq : null }, detail.settings);
  }
  authorize(actor, "briefing.read");
  const [briefing, settings, timeZone] = await Promise.all([getWeeklyBriefing(actor, week), loadDocumentSettings(db, actor.zoneId), zoneTimeZone(actor.zoneId)]);
  return briefingDocument(
    briefing,
    { seq: null, date: localDateKey(new Date(), timeZone), title: "", summary: "", praise: "", criticism: "", requirements: "", reportTo: settings.briefingReportTo, sendTo: settings.briefingSendTo },
    settings,
  );
}

export async function loadDocument(actor: Actor, kind: string, key: string | undefined): Promise<OfficialDocument> {
  if (!isDocumentKind(kind)) throw new NotFoundError("document kind");
  switch (kind) {
    case "notice":
      if (!key) throw new NotFoundError("notice");
      return noticeDoc(actor, key);
    case "briefing":
      if (!key) throw new NotFoundError("briefing");
      return briefingDoc(actor, key);
    case "monthly":
      if (!key) throw new NotFoundError("month");
      return monthlyDocumentFor(actor, key);
    case "ranking":
      if (!key) throw new NotFoundError("quarter");
      return rankingDocumentFor(actor, key);
    case "plan":
      return taskListDocumentFor(actor);
    case "status-report":
      if (!key) throw new NotFoundError("status report");
      return statusReportDocumentFor(actor, key);
  }
}

export interface DocumentLinks {
  print: string;
  docx: string;
  pdf: string;
}

export function documentLinks(kind: DocumentKind, key?: string): DocumentLinks {
  const path = key ? `${kind}/${encodeURIComponent(key)}` : kind;
  return { print: `/print/${path}`, docx: `/api/documents/${path}?format=docx`, pdf: `/api/documents/${path}?format=pdf` };
}
