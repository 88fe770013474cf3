// Sending one outbound message, as a job (docs/notifications.md):
//   1. under a per-channel advisory lock: the channel's rate limit (messages started in the
//      last minute, across instances) and the claim PENDING/FAILED → SENDING in one UPDATE;
//      over the limit, the message waits for the next free slot (a new job, not a retry);
//   2. the adapter sends; SENT (or DELIVERED) with the channel's id;
//   3. a failure is FAILED and the job throws, so pg-boss retries with back-off; on the
//      last attempt it is DEAD (the admin's list, with a retry).
// A retry never sends twice: a SENT message is never claimed again, and one left SENDING by
// a worker that died mid-send becomes UNCERTAIN for the admin instead of being resent.
import { z } from "zod";
import { db, type DbClient } from "@/lib/db/client";
import { defineJob, enqueue, type JobContext } from "@/lib/jobs";
import { CHANNELS } from "./channels";
import { liveChannel } from "./channel-store";
import { mentionsFor } from "./routing";

/** A message SENDING for longer than this was cut off (the job's own expiry is shorter). */
const STALE_SENDING_MS = 10 * 60_000;
const WINDOW_MS = 60_000;

export type DeliveryOutcome = "sent" | "skipped" | "deferred" | "failed" | "dead" | "uncertain";

async function recipientsOfRobot(client: DbClient, userIds: string[]) {
  if (userIds.length === 0) return [];
  const users = await client.user.findMany({ where: { id: { in: userIds } }, select: { id: true, unitId: true, phone: true, wecomUserId: true, dingtalkUserId: true } });
  return users.map((user) => ({ userId: user.id, unitId: user.unitId, notificationId: "", email: null, mobile: user.phone, wecomUserId: user.wecomUserId, dingtalkUserId: user.dingtalkUserId, choices: {} }));
}

/** Claims the message under the channel's rate limit: the claimed row, a later instant to try again, or null (nothing to do). */
async function claim(client: DbClient, messageId: string, ratePerMinute: number): Promise<{ claimed: true } | { retryAt: Date } | null> {
  return client.$transaction(async (tx) => {
    const message = await tx.outboundMessage.findUnique({ where: { id: messageId }, select: { channelKind: true, channelId: true, status: true } });
    if (!message || (message.status !== "PENDING" && message.status !== "FAILED")) return null;
    const lockKey = `delivery:${message.channelKind}:${message.channelId ?? "env"}`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${lockKey}))`;
    const since = new Date(Date.now() - WINDOW_MS);
    const recent = await tx.outboundMessage.findMany({
      where: { channelKind: message.channelKind, channelId: message.channelId, sendingAt: { gte: since }, id: { not: messageId } },
      select: { sendingAt: true },
      orderBy: { sendingAt: "asc" },
    });
    if (recent.length >= ratePerMinute) {
      const freeAt = recent[recent.length - ratePerMinute].sendingAt!.getTime() + WINDOW_MS;
      return { retryAt: new Date(freeAt + 250) };
    }
    const { count } = await tx.outboundMessage.updateMany({
      where: { id: messageId, status: { in: ["PENDING", "FAILED"] } },
      data: { status: "SENDING", sendingAt: new Date(), attempts: { increment: 1 } },
    });
    return count === 1 ? { claimed: true as const } : null;
  });
}

export async function deliverMessage(messageId: string, context: Pick<JobContext, "retryCount" | "retryLimit">, client: DbClient = db): Promise<DeliveryOutcome> {
  const message = await client.outboundMessage.findUnique({ where: { id: messageId } });
  if (!message) return "skipped";
  if (message.status === "SENDING") {
    if (message.sendingAt && Date.now() - message.sendingAt.getTime() > STALE_SENDING_MS) {
      await client.outboundMessage.updateMany({ where: { id: messageId, status: "SENDING" }, data: { status: "UNCERTAIN", lastError: "the worker stopped while sending: it may have gone out" } });
      return "uncertain";
    }
    return "skipped";
  }
  if (message.status !== "PENDING" && message.status !== "FAILED") return "skipped";

  const channel = await liveChannel(client, message.channelKind, message.channelId).catch((error: unknown) => {
    throw new Error(`channel unusable: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (!channel) {
    await client.outboundMessage.update({ where: { id: messageId }, data: { status: "DEAD", lastError: "the channel was removed or switched off" } });
    return "dead";
  }
  const claimed = await claim(client, messageId, channel.ratePerMinute);
  if (!claimed) return "skipped";
  if ("retryAt" in claimed) {
    await enqueue(sendMessageJob, { messageId }, { idempotencyKey: `${messageId}:at:${claimed.retryAt.toISOString()}`, startAfter: claimed.retryAt });
    return "deferred";
  }

  const adapter = CHANNELS[message.channelKind];
  const mention = channel.perRecipient ? undefined : mentionsFor(message.channelKind, await recipientsOfRobot(client, message.mentionUserIds));
  try {
    const outcome = await adapter.send({ subject: message.subject, body: message.body, link: message.link, address: message.address, mention }, channel.config, channel.secrets);
    const now = new Date();
    await client.outboundMessage.update({
      where: { id: messageId },
      data: { status: outcome.delivered ? "DELIVERED" : "SENT", sentAt: now, deliveredAt: outcome.delivered ? now : null, providerId: outcome.providerId ?? null, lastError: null },
    });
    return "sent";
  } catch (error) {
    const last = context.retryCount >= context.retryLimit;
    const text = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    await client.outboundMessage.update({ where: { id: messageId }, data: { status: last ? "DEAD" : "FAILED", lastError: text } });
    throw error;
  }
}

export const sendMessageJob = defineJob("delivery.send", z.object({ messageId: z.string().min(1).max(40) }), async ({ messageId }, context) => {
  await deliverMessage(messageId, context);
}, { retryLimit: 4, retryDelaySeconds: 30, expireInSeconds: 120, concurrency: 2 });

/** Puts messages on the queue (the message id is the job's idempotency key); marks them queued. */
export async function dispatchMessages(ids: string[], client: DbClient = db): Promise<void> {
  for (const messageId of ids) await enqueue(sendMessageJob, { messageId }, { idempotencyKey: messageId });
  if (ids.length > 0) await client.outboundMessage.updateMany({ where: { id: { in: ids }, queuedAt: null }, data: { queuedAt: new Date() } });
}

/**
 * The relay: messages written by committed transactions and not yet queued. Run by every
 * instance every few seconds; enqueueing twice is harmless (idempotency key).
 */
export async function relayPendingMessages(client: DbClient = db, limit = 200): Promise<number> {
  const rows = await client.outboundMessage.findMany({ where: { status: "PENDING", queuedAt: null }, select: { id: true }, orderBy: { createdAt: "asc" }, take: limit });
  await dispatchMessages(rows.map((row) => row.id), client);
  return rows.length;
}

/**
 * The admin's retry (lib/delivery/actions.ts, after the message was set back to FAILED): a
 * fresh job with a fresh set of retries. Its key is the message and its attempts so far, so
 * pressing retry twice is one job; the claim in deliverMessage keeps it to one send anyway.
 */
export async function retryMessages(messages: { id: string; attempts: number }[]): Promise<void> {
  for (const message of messages) await enqueue(sendMessageJob, { messageId: message.id }, { idempotencyKey: `${message.id}:retry:${message.attempts}` });
}

let relayTimer: NodeJS.Timeout | undefined;

export function startRelay(intervalMs = Number(process.env.DELIVERY_RELAY_MS ?? 3000)): void {
  if (relayTimer) return;
  const tick = async () => {
    try {
      await relayPendingMessages();
    } catch (error) {
      console.error("[delivery] relay failed", error instanceof Error ? error.message : error);
    }
    relayTimer = setTimeout(() => void tick(), intervalMs);
    relayTimer.unref();
  };
  relayTimer = setTimeout(() => void tick(), 500);
  relayTimer.unref();
}

export function stopRelay(): void {
  if (relayTimer) clearTimeout(relayTimer);
  relayTimer = undefined;
}
