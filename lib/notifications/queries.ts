import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { renderText } from "@/lib/i18n/deferred";
import { currentLocale, translatorFor } from "@/lib/i18n/server";
import { pageArgs, toPage, type Page } from "@/lib/server/pagination";
import { parseNotificationMessage } from "./schema";

// Notifications are the reader's own: every query filters by the signed-in user.

export async function countUnreadNotifications(actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, zoneId: actor.zoneId, readAt: null } });
}

export interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
}

export async function listNotifications(actor: Actor, filters: { unreadOnly?: boolean; page?: number | string }): Promise<Page<NotificationRow>> {
  const { page, pageSize, skip, take } = pageArgs(filters.page);
  const where: Prisma.NotificationWhereInput = { userId: actor.id, zoneId: actor.zoneId, ...(filters.unreadOnly ? { readAt: null } : {}) };
  const [total, items] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip,
      take,
      select: { id: true, kind: true, title: true, body: true, message: true, link: true, readAt: true, createdAt: true },
    }),
  ]);
  // Rendered in the reader's language from the stored message keys (lib/i18n/deferred.ts).
  const locale = await currentLocale();
  const t = translatorFor(locale);
  const rows = items.map(({ message, ...row }) => {
    const { title, body } = parseNotificationMessage(message);
    return { ...row, title: title ? renderText(title, t, locale) : row.title, body: body ? renderText(body, t, locale) : row.body };
  });
  return toPage(rows, total, page, pageSize);
}
