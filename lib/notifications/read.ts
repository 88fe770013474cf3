// Reading a notification's target reads the notification: the page a message links to
// marks the user's unread notifications with that link as read (issue 14, read status).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** Marks the user's own unread notifications linking to `link` as read; returns how many. */
export async function markTargetRead(actor: Actor, link: string, now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId: actor.id, zoneId: actor.zoneId, readAt: null, link }, data: { readAt: now } });
  return count;
}
