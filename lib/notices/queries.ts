import "server-only";
import { authorize, can, unitScope, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { loadZoneCalendar } from "@/lib/calendar/load";
import type { WorkingCalendar } from "@/lib/dates/calendar";
import { dateKey, daysBetweenKeys, localDateKey } from "@/lib/dates/zone-time";
import { NotFoundError } from "@/lib/server/errors";
import { pageArgs, toPage, type Page } from "@/lib/server/pagination";
import { maxLevel, type WarningKind, type WarningLevel } from "@/lib/warnings/rules";
import { readWarningEvidence, type WarningEvidence } from "@/lib/warnings/schema";
import { defaultResponseDue, noticeOverdueDays, overdueNoticesWhere } from "./due";
import { availableSteps, isUnanswered, NOTICE_STATUSES, type NoticeStatus, type NoticeStep } from "./workflow";

const UNANSWERED: NoticeStatus[] = NOTICE_STATUSES.filter(isUnanswered);

interface ZoneDay {
  today: string;
  calendar: WorkingCalendar;
}

/** The zone's calendar day at `now` and its working calendar: what "overdue" is judged on (./due.ts). */
async function zoneDay(zoneId: string, now = new Date()): Promise<ZoneDay> {
  const zone = await loadZoneCalendar(db, zoneId);
  return { today: localDateKey(now, zone.zone.timeZone), calendar: zone.calendar };
}

export interface NoticeRow {
  id: string;
  number: string;
  title: string;
  unit: { id: string; name: string };
  level: WarningLevel;
  status: NoticeStatus;
  responseDue: string;
  issuedAt: Date;
  chaseCount: number;
  /** Days past the response date while unanswered (0 when not overdue). */
  overdueDays: number;
  /** Days until the response date (negative when past). */
  daysLeft: number;
}

const rowSelect = {
  id: true, number: true, title: true, level: true, status: true, responseDue: true, issuedAt: true, chaseCount: true,
  unit: { select: { id: true, name: true } },
} satisfies Prisma.SupervisionNoticeSelect;

function toRow(notice: Prisma.SupervisionNoticeGetPayload<{ select: typeof rowSelect }>, { today, calendar }: ZoneDay): NoticeRow {
  const due = dateKey(notice.responseDue);
  return { ...notice, responseDue: due, daysLeft: daysBetweenKeys(today, due), overdueDays: noticeOverdueDays(calendar, { status: notice.status, responseDue: due }, today) };
}

export interface NoticeFilters {
  status?: NoticeStatus;
  unitId?: string;
  parkId?: string;
  level?: WarningLevel;
  /** Not closed yet (办结). */
  open?: boolean;
  overdue?: boolean;
  page?: number | string;
}

const LEVELS: WarningLevel[] = ["RED", "ORANGE", "YELLOW", "BLUE"];

export function parseNoticeFilters(search: Record<string, string | undefined>): NoticeFilters {
  return {
    status: NOTICE_STATUSES.includes(search.status as NoticeStatus) ? (search.status as NoticeStatus) : undefined,
    unitId: search.unit || undefined,
    parkId: search.park || undefined,
    level: LEVELS.includes(search.level as WarningLevel) ? (search.level as WarningLevel) : undefined,
    open: search.open === "1",
    overdue: search.overdue === "1",
    page: search.page,
  };
}

/** The ledger (台账): overdue unanswered notices first (most overdue first), then the newest. */
export async function listNotices(actor: Actor, filters: NoticeFilters): Promise<Page<NoticeRow>> {
  const scope = unitScope(actor, "notice.read");
  const { page, pageSize, skip, take } = pageArgs(filters.page);
  const day = await zoneDay(actor.zoneId);
  const base: Prisma.SupervisionNoticeWhereInput = {
    zoneId: actor.zoneId,
    ...(scope.unitId ? { unitId: scope.unitId } : filters.unitId ? { unitId: filters.unitId } : {}),
    ...(filters.status ? { status: filters.status } : filters.open ? { status: { not: "CLOSED" } } : {}),
    ...(filters.level ? { level: filters.level } : {}),
    ...(filters.parkId && !scope.unitId ? { unit: { parkId: filters.parkId } } : {}),
  };
  const isOverdue = overdueNoticesWhere(day.calendar, day.today);
  const overdue: Prisma.SupervisionNoticeWhereInput = { AND: [base, isOverdue] };
  const rest: Prisma.SupervisionNoticeWhereInput = { AND: [base, { NOT: isOverdue }] };
  const [overdueCount, restCount] = await Promise.all([db.supervisionNotice.count({ where: overdue }), filters.overdue ? 0 : db.supervisionNotice.count({ where: rest })]);
  // One page across both groups: first the overdue ones, then the rest.
  const fromOverdue = skip < overdueCount ? await db.supervisionNotice.findMany({ where: overdue, select: rowSelect, orderBy: [{ responseDue: "asc" }, { seq: "asc" }], skip, take }) : [];
  const remaining = take - fromOverdue.length;
  const fromRest =
    !filters.overdue && remaining > 0
      ? await db.supervisionNotice.findMany({ where: rest, select: rowSelect, orderBy: [{ issuedAt: "desc" }, { id: "asc" }], skip: Math.max(0, skip - overdueCount), take: remaining })
      : [];
  return toPage([...fromOverdue, ...fromRest].map((notice) => toRow(notice, day)), overdueCount + restCount, page, pageSize);
}

/** The unit's notices still to handle (the reporter's home panel), soonest due first. */
export async function listUnitNotices(actor: Actor): Promise<NoticeRow[]> {
  authorize(actor, "notice.read", { unitId: actor.unitId, zoneId: actor.zoneId });
  const day = await zoneDay(actor.zoneId);
  const notices = await db.supervisionNotice.findMany({
    where: { zoneId: actor.zoneId, unitId: actor.unitId, status: { in: UNANSWERED } },
    select: rowSelect,
    orderBy: [{ responseDue: "asc" }, { seq: "asc" }],
    take: 20,
  });
  return notices.map((notice) => toRow(notice, day));
}

export interface NoticeDetail extends NoticeRow {
  matter: string;
  requiredAction: string;
  year: number;
  /** 抄送 of the notice document. */
  copyTo: string[];
  issuedBy: { name: string; phone: string | null; unit: { name: string } } | null;
  signedAt: Date | null;
  respondedAt: Date | null;
  closedAt: Date | null;
  lastChasedAt: Date | null;
  /** The escalation ladder's highest step reached (lib/reminders/schedule.ts LADDER_STEPS). */
  escalationStep: string | null;
  bulletinAt: Date | null;
  warnings: { id: string; title: string; kind: WarningKind; level: WarningLevel; status: string; evidence: WarningEvidence }[];
  responses: {
    id: string;
    content: string;
    author: string | null;
    createdAt: Date;
    review: "ACCEPTED" | "RETURNED" | null;
    reviewNote: string | null;
    reviewedAt: Date | null;
    reviewer: string | null;
    attachments: { id: string; fileName: string; sizeBytes: number }[];
  }[];
  events: { id: string; type: string; fromStatus: string | null; toStatus: string | null; note: string | null; actor: string | null; at: Date }[];
  instructions: { id: string; content: string; author: string | null; createdAt: Date }[];
  /** What the reader may do now. */
  steps: NoticeStep[];
  canInstruct: boolean;
}

export async function getNotice(actor: Actor, id: string): Promise<NoticeDetail> {
  authorize(actor, "notice.read");
  const notice = await db.supervisionNotice.findFirst({
    where: { id, zoneId: actor.zoneId },
    select: {
      ...rowSelect,
      matter: true, requiredAction: true, year: true, copyTo: true, signedAt: true, respondedAt: true, closedAt: true, lastChasedAt: true, escalationStep: true, bulletinAt: true,
      issuedBy: { select: { name: true, phone: true, unit: { select: { name: true } } } },
      warningLinks: { select: { warning: { select: { id: true, title: true, kind: true, level: true, status: true, evidence: true } } }, orderBy: { warning: { level: "desc" } } },
      responses: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true, content: true, createdAt: true, review: true, reviewNote: true, reviewedAt: true,
          author: { select: { name: true } },
          reviewedBy: { select: { name: true } },
          attachments: { select: { id: true, fileName: true, sizeBytes: true }, orderBy: { createdAt: "asc" } },
        },
      },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { id: true, type: true, fromStatus: true, toStatus: true, note: true, at: true, actor: { select: { name: true } } } },
      instructions: { orderBy: { createdAt: "asc" }, select: { id: true, content: true, createdAt: true, author: { select: { name: true } } } },
    },
  });
  if (!notice) throw new NotFoundError("notice");
  authorize(actor, "notice.read", { unitId: notice.unit.id });
  const day = await zoneDay(actor.zoneId);
  return {
    ...toRow(notice, day),
    matter: notice.matter,
    requiredAction: notice.requiredAction,
    year: notice.year,
    copyTo: notice.copyTo,
    issuedBy: notice.issuedBy,
    signedAt: notice.signedAt,
    respondedAt: notice.respondedAt,
    closedAt: notice.closedAt,
    lastChasedAt: notice.lastChasedAt,
    escalationStep: notice.escalationStep,
    bulletinAt: notice.bulletinAt,
    warnings: notice.warningLinks.map(({ warning }) => ({ ...warning, evidence: readWarningEvidence(warning.evidence) })),
    responses: notice.responses.map(({ author, reviewedBy, ...response }) => ({ ...response, author: author?.name ?? null, reviewer: reviewedBy?.name ?? null })),
    events: notice.events.map(({ actor: who, ...event }) => ({ ...event, actor: who?.name ?? null })),
    instructions: notice.instructions.map(({ author, ...instruction }) => ({ ...instruction, author: author?.name ?? null })),
    steps: availableSteps(notice.status, {
      respond: can(actor, "notice.respond", { unitId: notice.unit.id }),
      manage: can(actor, "notice.manage", { unitId: notice.unit.id }),
    }),
    canInstruct: can(actor, "instruction.create"),
  };
}

export interface NoticeDraft {
  unit: { id: string; name: string } | null;
  warnings: { id: string; title: string; kind: WarningKind; level: WarningLevel; unitId: string; evidence: WarningEvidence }[];
  level: WarningLevel;
  responseDue: string;
  /** The selected warnings belong to more than one unit. */
  mixedUnits: boolean;
  /** The zone's default 抄送 of notices. */
  copyTo: string[];
}

/** Defaults of the "issue notice" form, from the selected warnings (or none: freehand). */
export async function getNoticeDraft(actor: Actor, warningIds: string[], options: { now?: Date } = {}): Promise<NoticeDraft> {
  authorize(actor, "notice.manage");
  const [{ today, calendar }, settings, warnings] = await Promise.all([
    zoneDay(actor.zoneId, options.now),
    db.zoneDocumentSettings.findUnique({ where: { zoneId: actor.zoneId }, select: { copyTo: true } }),
    warningIds.length
      ? db.warning.findMany({
          where: { id: { in: warningIds }, zoneId: actor.zoneId },
          select: { id: true, title: true, kind: true, level: true, unitId: true, evidence: true, unit: { select: { id: true, name: true } } },
          orderBy: [{ level: "desc" }, { dedupeKey: "asc" }],
        })
      : Promise.resolve([]),
  ]);
  const units = new Map(warnings.map((warning) => [warning.unit.id, warning.unit]));
  return {
    unit: units.size === 1 ? [...units.values()][0] : null,
    warnings: warnings.map(({ unit: _unit, ...warning }) => ({ ...warning, evidence: readWarningEvidence(warning.evidence) })),
    level: maxLevel(warnings.map((warning) => warning.level)) ?? "YELLOW",
    responseDue: defaultResponseDue(calendar, today),
    mixedUnits: units.size > 1,
    copyTo: settings?.copyTo ?? [],
  };
}
