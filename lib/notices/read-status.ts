// Read and delivery status of a notice (issue 14): who of the unit opened it (recorded when
// the notice page is opened) and what each channel did with the messages about it. The office
// sees it per person of the unit (its reporters, its liaison, its responsible leader).
import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ChannelKind, OutboundStatus } from "@/lib/db/generated/enums";
import { NotFoundError } from "@/lib/server/errors";

/**
 * Records that the user opened the notice (first and last time) and marks the user's
 * notifications that link to it as read. Called by the notice page after it loaded the notice
 * for the user (so it is readable by them).
 */
export async function recordNoticeOpened(actor: Actor, noticeId: string, now = new Date()): Promise<void> {
  const notice = await db.supervisionNotice.findFirst({ where: { id: noticeId, zoneId: actor.zoneId }, select: { id: true, unitId: true } });
  if (!notice || !can(actor, "notice.read", { unitId: notice.unitId })) return;
  await db.$transaction([
    db.noticeRead.upsert({
      where: { noticeId_userId: { noticeId, userId: actor.id } },
      create: { noticeId, userId: actor.id, firstReadAt: now, lastReadAt: now },
      update: { lastReadAt: now },
    }),
    db.notification.updateMany({ where: { userId: actor.id, zoneId: actor.zoneId, readAt: null, link: `/notices/${noticeId}` }, data: { readAt: now } }),
  ]);
}

export type ReaderRole = "REPORTER" | "LIAISON" | "LEADER";

export interface ReaderRow {
  userId: string;
  name: string;
  roles: ReaderRole[];
  firstReadAt: Date | null;
  lastReadAt: Date | null;
  /** The latest message about the notice per channel. */
  deliveries: { channelKind: ChannelKind; status: OutboundStatus; at: Date }[];
}

export interface NoticeReadStatus {
  rows: ReaderRow[];
  read: number;
  total: number;
}

/** The unit's people and whether each has opened the notice; the office only. */
export async function getNoticeReadStatus(actor: Actor, noticeId: string): Promise<NoticeReadStatus> {
  authorize(actor, "notice.manage");
  const notice = await db.supervisionNotice.findFirst({
    where: { id: noticeId, zoneId: actor.zoneId },
    select: { id: true, unitId: true, unit: { select: { liaisonId: true, leaderId: true } } },
  });
  if (!notice) throw new NotFoundError("notice");
  const [reporters, reads] = await Promise.all([
    db.user.findMany({ where: { zoneId: actor.zoneId, unitId: notice.unitId, role: "REPORTER", active: true }, select: { id: true } }),
    db.noticeRead.findMany({ where: { noticeId }, select: { userId: true, firstReadAt: true, lastReadAt: true } }),
  ]);
  const roles = new Map<string, ReaderRole[]>();
  const add = (id: string | null, role: ReaderRole) => {
    if (id) roles.set(id, [...(roles.get(id) ?? []), role]);
  };
  for (const reporter of reporters) add(reporter.id, "REPORTER");
  add(notice.unit.liaisonId, "LIAISON");
  add(notice.unit.leaderId, "LEADER");
  const ids = [...roles.keys()];
  const [users, messages] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.outboundMessage.findMany({
      where: { zoneId: actor.zoneId, userId: { in: ids }, notification: { link: `/notices/${noticeId}` } },
      select: { userId: true, channelKind: true, status: true, createdAt: true, sentAt: true, deliveredAt: true, updatedAt: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  const readBy = new Map(reads.map((read) => [read.userId, read]));
  const rows = users.map((user): ReaderRow => {
    const latest = new Map<ChannelKind, ReaderRow["deliveries"][number]>();
    for (const message of messages) {
      if (message.userId !== user.id || latest.has(message.channelKind)) continue;
      latest.set(message.channelKind, { channelKind: message.channelKind, status: message.status, at: message.deliveredAt ?? message.sentAt ?? message.updatedAt });
    }
    const read = readBy.get(user.id);
    return { userId: user.id, name: user.name, roles: roles.get(user.id) ?? [], firstReadAt: read?.firstReadAt ?? null, lastReadAt: read?.lastReadAt ?? null, deliveries: [...latest.values()] };
  });
  // Unread first: they are whom the office chases.
  rows.sort((a, b) => Number(a.firstReadAt !== null) - Number(b.firstReadAt !== null) || a.name.localeCompare(b.name, "zh-CN"));
  return { rows, read: rows.filter((row) => row.firstReadAt).length, total: rows.length };
}
