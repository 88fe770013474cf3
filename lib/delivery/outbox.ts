// The outbox: outbound messages are written in the same transaction as the in-app
// notifications that cause them (lib/notifications/notify.ts), so a rolled-back action
// sends nothing and a committed one is never forgotten. The relay puts each new message on
// the queue (lib/delivery/send.ts) with the message id as idempotency key.
import type { TxClient } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/db/generated/enums";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { renderText, type Text } from "@/lib/i18n/deferred";
import { translatorFor } from "@/lib/i18n/server";
import { routingChannels } from "./channel-store";
import { absoluteLink } from "./links";
import { deliveryChoicesSchema, routeNotifications, type RoutingRecipient } from "./routing";

export interface OutboundSource {
  kind: NotificationKind;
  title: Text;
  body?: Text;
  link?: string;
}

function render(text: Text | undefined, locale: Locale): string {
  return renderText(text, translatorFor(locale), locale);
}

/** Writes the outbound messages of notifications just created; returns how many. */
export async function writeOutbound(tx: TxClient, zoneId: string, notifications: { id: string; userId: string }[], source: OutboundSource): Promise<number> {
  if (notifications.length === 0) return 0;
  const channels = await routingChannels(tx, zoneId);
  if (channels.length === 0) return 0;
  const users = await tx.user.findMany({
    where: { id: { in: notifications.map((row) => row.userId) }, active: true },
    select: { id: true, unitId: true, email: true, phone: true, wecomUserId: true, dingtalkUserId: true, deliveryChoices: true, locale: true },
  });
  const byId = new Map(users.map((user) => [user.id, user]));
  const recipients: (RoutingRecipient & { locale: Locale })[] = [];
  for (const notification of notifications) {
    const user = byId.get(notification.userId);
    if (!user) continue;
    recipients.push({
      userId: user.id,
      unitId: user.unitId,
      notificationId: notification.id,
      email: user.email,
      mobile: user.phone,
      wecomUserId: user.wecomUserId,
      dingtalkUserId: user.dingtalkUserId,
      choices: deliveryChoicesSchema.parse(user.deliveryChoices ?? {}),
      locale: isLocale(user.locale) ? user.locale : defaultLocale,
    });
  }
  const drafts = routeNotifications(source.kind, recipients, channels, notifications[0].id);
  if (drafts.length === 0) return 0;
  const link = absoluteLink(source.link);
  const { count } = await tx.outboundMessage.createMany({
    data: drafts.map((draft) => {
      // A person's message in their language; a group's in the zone's primary one.
      const locale = draft.userId ? (draft.recipients[0] as (typeof recipients)[number]).locale : defaultLocale;
      return {
        zoneId,
        key: draft.key,
        channelId: draft.channelId,
        channelKind: draft.channelKind,
        userId: draft.userId,
        unitId: draft.unitId,
        notificationId: draft.notificationId,
        kind: source.kind,
        address: draft.address,
        subject: render(source.title, locale),
        body: render(source.body, locale),
        link,
        // A robot @-s the people of the unit it speaks to.
        mentionUserIds: draft.userId ? [] : draft.recipients.map((recipient) => recipient.userId),
      };
    }),
    skipDuplicates: true,
  });
  return count;
}
