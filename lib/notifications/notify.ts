// Writes in-app notifications (the bell) inside the caller's transaction, so a notice,
// a returned report or a reminder and its notification commit together. Titles and bodies
// are kept as message keys (lib/i18n/deferred.ts) and rendered in the reader's language;
// the Chinese rendering is stored beside them for anything that reads the table directly.
// The same transaction writes the outbound messages (e-mail, SMS, robots) the notifications
// make (lib/delivery/outbox.ts), which the queue then sends.
import type { Prisma, TxClient } from "@/lib/db/client";
import type { NotificationKind, Role } from "@/lib/db/generated/enums";
import { writeOutbound } from "@/lib/delivery/outbox";
import { defaultLocale } from "@/lib/i18n/config";
import { renderText, type Text } from "@/lib/i18n/deferred";
import { translatorFor } from "@/lib/i18n/server";

export interface NotificationContent {
  kind: NotificationKind;
  title: Text;
  body?: Text;
  /** In-app path, e.g. "/reports/abc". */
  link?: string;
}

const primary = translatorFor(defaultLocale);

/** Notifies the given users (duplicates ignored). Returns how many were notified. */
export async function notifyUsers(tx: TxClient, zoneId: string, userIds: string[], content: NotificationContent): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  const title = renderText(content.title, primary, defaultLocale);
  const body = renderText(content.body, primary, defaultLocale);
  const message: Prisma.InputJsonObject = { title: content.title, body: content.body ?? null };
  const created = await tx.notification.createManyAndReturn({
    data: unique.map((userId) => ({ zoneId, userId, kind: content.kind, title, body, message, link: content.link ?? null })),
    select: { id: true, userId: true },
  });
  await writeOutbound(tx, zoneId, created, content);
  return unique.length;
}

/** Notifies every active user of a unit (by default its reporters, who act for it). */
export async function notifyUnit(tx: TxClient, zoneId: string, unitId: string, content: NotificationContent, roles: Role[] = ["REPORTER"]): Promise<number> {
  const users = await tx.user.findMany({ where: { zoneId, unitId, active: true, role: { in: roles } }, select: { id: true } });
  return notifyUsers(tx, zoneId, users.map((user) => user.id), content);
}

/** Notifies every active user of the zone with one of the roles (e.g. the office's supervisors). */
export async function notifyRoles(tx: TxClient, zoneId: string, roles: Role[], content: NotificationContent): Promise<number> {
  const users = await tx.user.findMany({ where: { zoneId, active: true, role: { in: roles } }, select: { id: true } });
  return notifyUsers(tx, zoneId, users.map((user) => user.id), content);
}
