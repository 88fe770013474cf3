// Who gets what, through which channel: pure, so the rules are unit-tested.
//  - E-mail and SMS go to each recipient (their e-mail address, their mobile); a group robot
//    (WeCom, DingTalk) speaks once per unit it covers, @-ing that unit's recipients.
//  - Each user chooses channels per kind of message; a required kind (a red warning, a
//    notice and its steps) always goes out through every channel the office configured.
//  - Every message has an idempotency key derived from what caused it, so writing it twice
//    is one message.
import { z } from "zod";
import { ChannelKind as ChannelKindValues, NotificationKind as NotificationKindValues, type ChannelKind, type NotificationKind } from "@/lib/db/generated/enums";

/** Every kind of notification, as the database knows them (a kind added there is offered to the users at once). */
export const NOTIFICATION_KINDS = Object.values(NotificationKindValues) as [NotificationKind, ...NotificationKind[]];

/**
 * Kinds the office requires to reach people: the user cannot switch their channels off. A
 * warning reaches people outside the product only at orange (WARNING_OPENED, the user's
 * choice of channels) and red (WARNING_RED, required; lib/warnings/persist.ts); a notice and
 * each of its steps are required.
 */
export const REQUIRED_KINDS: ReadonlySet<NotificationKind> = new Set(["WARNING_RED", "NOTICE_ISSUED", "NOTICE_STEP"]);

export type DeliveryChoices = Partial<Record<NotificationKind, ChannelKind[]>>;

const CHANNEL_KIND_VALUES: readonly string[] = Object.values(ChannelKindValues);

/**
 * The stored choices (User.deliveryChoices), parsed on read. Lenient entry by entry: a kind
 * or channel the product no longer knows is dropped, never the whole object (which would
 * send everything through every channel against the user's choices).
 */
export const deliveryChoicesSchema = z.unknown().transform((value): DeliveryChoices => {
  const choices = Object.create(null) as DeliveryChoices;
  if (!value || typeof value !== "object" || Array.isArray(value)) return choices;
  for (const [kind, channels] of Object.entries(value)) {
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind) || !Array.isArray(channels)) continue;
    choices[kind as NotificationKind] = [...new Set(channels.filter((channel): channel is ChannelKind => typeof channel === "string" && CHANNEL_KIND_VALUES.includes(channel)))];
  }
  return choices;
});

export interface RoutingChannel {
  /** Null: the e-mail channel from SMTP_URL in the environment. */
  id: string | null;
  kind: ChannelKind;
  name: string;
  /** A robot's units; empty: every unit. */
  unitIds: string[];
  perRecipient: boolean;
}

export interface RoutingRecipient {
  userId: string;
  unitId: string;
  notificationId: string;
  email: string | null;
  mobile: string | null;
  wecomUserId: string | null;
  dingtalkUserId: string | null;
  choices: DeliveryChoices;
}

export interface OutboundDraft {
  key: string;
  channelId: string | null;
  channelKind: ChannelKind;
  userId: string | null;
  unitId: string;
  notificationId: string | null;
  address: string;
  /** Recipients the message is for (a robot's message is for several). */
  recipients: RoutingRecipient[];
}

/** Whether the user gets this kind through this kind of channel. */
export function wants(recipient: RoutingRecipient, kind: NotificationKind, channel: ChannelKind): boolean {
  if (REQUIRED_KINDS.has(kind)) return true;
  const chosen = Object.hasOwn(recipient.choices, kind) ? recipient.choices[kind] : undefined;
  return chosen === undefined || chosen.includes(channel);
}

function addressOf(recipient: RoutingRecipient, kind: ChannelKind): string | null {
  if (kind === "EMAIL") return recipient.email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(recipient.email) ? recipient.email : null;
  if (kind === "SMS") return recipient.mobile && /^\+?\d{6,15}$/.test(recipient.mobile.replace(/[\s-]/g, "")) ? recipient.mobile.replace(/[\s-]/g, "") : null;
  return null;
}

/**
 * The messages one batch of notifications makes. `batchKey` names the batch (its first
 * notification's id), so a robot's message for a unit is one per batch.
 */
export function routeNotifications(kind: NotificationKind, recipients: RoutingRecipient[], channels: RoutingChannel[], batchKey: string): OutboundDraft[] {
  const drafts: OutboundDraft[] = [];
  const perRecipientKinds = new Set<ChannelKind>();
  for (const channel of channels) {
    if (channel.perRecipient) {
      // One channel per kind reaches each person (the first configured).
      if (perRecipientKinds.has(channel.kind)) continue;
      perRecipientKinds.add(channel.kind);
      for (const recipient of recipients) {
        const address = addressOf(recipient, channel.kind);
        if (!address || !wants(recipient, kind, channel.kind)) continue;
        drafts.push({ key: `n:${recipient.notificationId}:${channel.kind}`, channelId: channel.id, channelKind: channel.kind, userId: recipient.userId, unitId: recipient.unitId, notificationId: recipient.notificationId, address, recipients: [recipient] });
      }
      continue;
    }
    const byUnit = new Map<string, RoutingRecipient[]>();
    for (const recipient of recipients) {
      if (channel.unitIds.length > 0 && !channel.unitIds.includes(recipient.unitId)) continue;
      if (!wants(recipient, kind, channel.kind)) continue;
      byUnit.set(recipient.unitId, [...(byUnit.get(recipient.unitId) ?? []), recipient]);
    }
    for (const [unitId, members] of byUnit) {
      drafts.push({ key: `r:${channel.id}:${unitId}:${batchKey}`, channelId: channel.id, channelKind: channel.kind, userId: null, unitId, notificationId: null, address: channel.name, recipients: members });
    }
  }
  return drafts;
}

/** Who a robot's message @-s: WeCom by mobile (or its user id), DingTalk by mobile and user id. */
export function mentionsFor(kind: ChannelKind, recipients: RoutingRecipient[]): { mobiles: string[]; userIds: string[] } {
  const mobiles = recipients.map((recipient) => addressOf(recipient, "SMS")).filter((mobile): mobile is string => Boolean(mobile));
  const userIds = recipients.map((recipient) => (kind === "WECOM" ? recipient.wecomUserId : kind === "DINGTALK" ? recipient.dingtalkUserId : null)).filter((id): id is string => Boolean(id));
  return { mobiles: [...new Set(mobiles)], userIds: [...new Set(userIds)] };
}
