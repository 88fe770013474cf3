// Writes in-app notifications (the bell) inside the caller's transaction, so a notice,
// a returned report or a reminder and its notification commit together.
import type { TxClient } from "@/lib/db/client";
import type { NotificationKind, Role } from "@/lib/db/generated/enums";

export interface NotificationContent {
  kind: NotificationKind;
  title: string;
  body?: string;
  /** In-app path, e.g. "/reports/abc". */
  link?: string;
}

/** Notifies the given users (duplicates ignored). Returns how many were notified. */
export async function notifyUsers(tx: TxClient, zoneId: string, userIds: string[], content: NotificationContent): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  await tx.notification.createMany({
    data: unique.map((userId) => ({ zoneId, userId, kind: content.kind, title: content.title, body: content.body ?? "", link: content.link ?? null })),
  });
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
