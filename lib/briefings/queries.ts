// Reads of the issued weekly bulletin (简报): the list of editions, one edition with its frozen
// figures (and what changed since), the edition of a week. A reporter sees issued editions only.
import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { getWeeklyBriefing, type WeeklyBriefing } from "@/lib/dashboard/briefing";
import { localDateKey, type IsoWeek } from "@/lib/dates/zone-time";
import { loadDocumentSettings } from "@/lib/documents/queries";
import type { DocumentSettings } from "@/lib/documents/settings";
import { NotFoundError } from "@/lib/server/errors";
import { pageArgs, toPage, type Page } from "@/lib/server/pagination";
import { briefingChanges, type BriefingChange } from "./changes";
import { parseBriefingSnapshot } from "./schema";

export interface EditionRow {
  id: string;
  week: IsoWeek;
  status: "DRAFT" | "ISSUED";
  year: number | null;
  seq: number | null;
  title: string;
  issuedAt: Date | null;
}

const rowSelect = { id: true, isoYear: true, isoWeek: true, status: true, year: true, seq: true, title: true, issuedAt: true } as const;

function toRow(row: { id: string; isoYear: number; isoWeek: number; status: "DRAFT" | "ISSUED"; year: number | null; seq: number | null; title: string; issuedAt: Date | null }): EditionRow {
  return { id: row.id, week: { isoYear: row.isoYear, isoWeek: row.isoWeek }, status: row.status, year: row.year, seq: row.seq, title: row.title, issuedAt: row.issuedAt };
}

/** Whether the actor sees drafts (the office) or only issued editions (everyone else). */
function visibleStatuses(actor: Actor) {
  return can(actor, "briefingEdition.manage") ? undefined : ("ISSUED" as const);
}

export async function listEditions(actor: Actor, page?: number | string): Promise<Page<EditionRow>> {
  authorize(actor, "briefingEdition.read");
  const where = { zoneId: actor.zoneId, status: visibleStatuses(actor) };
  const args = pageArgs(page);
  const [total, rows] = await Promise.all([
    db.briefingEdition.count({ where }),
    db.briefingEdition.findMany({ where, select: rowSelect, orderBy: [{ isoYear: "desc" }, { isoWeek: "desc" }], skip: args.skip, take: args.take }),
  ]);
  return toPage(rows.map(toRow), total, args.page, args.pageSize);
}

export interface EditionDetail extends EditionRow {
  summary: string;
  praise: string;
  criticism: string;
  requirements: string;
  reportTo: string[];
  sendTo: string[];
  issuedBy: string | null;
  /** The frozen figures once issued; the live ones while a draft. */
  briefing: WeeklyBriefing;
  /** For an issued edition read by the office or a leader: what the live briefing says differently now. */
  changes: BriefingChange[] | null;
  canManage: boolean;
  /** The day printed in the head: the day of issue, else today (zone calendar). */
  date: string;
  settings: DocumentSettings;
}

export async function getEdition(actor: Actor, id: string, options: { now?: Date } = {}): Promise<EditionDetail> {
  authorize(actor, "briefingEdition.read");
  const edition = await db.briefingEdition.findFirst({
    where: { id, zoneId: actor.zoneId, status: visibleStatuses(actor) },
    include: { issuedBy: { select: { name: true } }, zone: { select: { timeZone: true } } },
  });
  if (!edition) throw new NotFoundError("briefing edition");
  const week = { isoYear: edition.isoYear, isoWeek: edition.isoWeek };
  const issued = edition.status === "ISSUED" && edition.snapshot !== null;
  const frozen = issued ? parseBriefingSnapshot(edition.snapshot) : null;
  // Reporters read the edition only: the live briefing is the office's and the leaders'.
  const live = !frozen || can(actor, "briefing.read") ? await getWeeklyBriefing(actor, week, options) : null;
  const settings = await loadDocumentSettings(db, actor.zoneId);
  return {
    ...toRow(edition),
    summary: edition.summary,
    praise: edition.praise,
    criticism: edition.criticism,
    requirements: edition.requirements,
    reportTo: edition.reportTo,
    sendTo: edition.sendTo,
    issuedBy: edition.issuedBy?.name ?? null,
    briefing: frozen ?? live!,
    changes: frozen && live ? briefingChanges(frozen, live) : null,
    canManage: can(actor, "briefingEdition.manage") && !issued,
    date: localDateKey(edition.issuedAt ?? options.now ?? new Date(), edition.zone.timeZone),
    settings,
  };
}

/** The edition of a week, if the actor may see it (for the live briefing's banner). */
export async function editionOfWeek(actor: Actor, week: IsoWeek): Promise<EditionRow | null> {
  authorize(actor, "briefingEdition.read");
  const row = await db.briefingEdition.findFirst({ where: { zoneId: actor.zoneId, isoYear: week.isoYear, isoWeek: week.isoWeek, status: visibleStatuses(actor) }, select: rowSelect });
  return row ? toRow(row) : null;
}
