"use server";
// The admin's outbound channels (/admin/channels): save, remove, send a test message; and the
// failed deliveries (/admin/channels/deliveries): retry one, retry every dead one. Secrets are
// encrypted on save and never returned; the audit records which secrets changed, never a value.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { TxClient } from "@/lib/db/client";
import type { OutboundStatus } from "@/lib/db/generated/enums";
import { getServerTranslator } from "@/lib/i18n/server";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";
import { CHANNELS } from "./channels";
import { emailFromEnvironment } from "./channels/email";
import { ENV_EMAIL_NAME } from "./channel-store";
import { absoluteLink } from "./links";
import { channelParts, channelFormSchema, deleteChannelSchema, mergeSecrets, retryAllSchema, retryMessageSchema, testChannelSchema } from "./schema";
import { decryptSecret, encryptSecret } from "./secrets";
import { dispatchMessages, retryMessages } from "./send";

const PATHS = ["/admin/channels"];
/** What the admin may retry: dead letters, failures waiting for their next attempt, and (after a confirmation) the uncertain. */
const RETRYABLE: OutboundStatus[] = ["DEAD", "FAILED", "UNCERTAIN"];
/** How many dead letters one "retry all" puts back (the rest on the next press). */
const RETRY_ALL_LIMIT = 500;

const channelSnapshot = { id: true, kind: true, name: true, enabled: true, config: true, unitIds: true, ratePerMinute: true } as const;

async function assertUnitsInZone(tx: TxClient, zoneId: string, unitIds: string[]): Promise<void> {
  if (unitIds.length === 0) return;
  const found = await tx.unit.count({ where: { zoneId, id: { in: unitIds } } });
  if (found !== new Set(unitIds).size) throw new DomainError("validation.choice", {}, "unitIds");
}

export async function saveChannel(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runFormAction(formData, {
    schema: channelFormSchema,
    permission: "channel.manage",
    write: async (tx, input, actor) => {
      const before = input.id ? await tx.deliveryChannel.findFirst({ where: { id: input.id, zoneId: actor.zoneId }, select: { ...channelSnapshot, secret: true } }) : null;
      if (input.id && !before) throw new NotFoundError("channel");
      if (before && before.kind !== input.kind) throw new DomainError("validation.invalid", {}, "kind");
      const clash = await tx.deliveryChannel.findFirst({ where: { zoneId: actor.zoneId, name: input.name, ...(before ? { id: { not: before.id } } : {}) }, select: { id: true } });
      if (clash || input.name === ENV_EMAIL_NAME) throw new DomainError("delivery.errors.nameTaken", {}, "name");
      await assertUnitsInZone(tx, actor.zoneId, input.unitIds);

      const adapter = CHANNELS[input.kind];
      const parts = channelParts(input);
      let stored: Record<string, string> = {};
      if (before?.secret) {
        try {
          stored = JSON.parse(decryptSecret(before.secret)) as Record<string, string>;
        } catch {
          // The key changed since they were saved: every secret must be typed again.
          const missing = parts.secretNames.find((name) => !parts.secrets[name]);
          if (missing) throw new DomainError("delivery.errors.secretUnreadable", {}, missing);
        }
      }
      const merged = mergeSecrets(stored, parts.secrets, input.clearSecrets, parts.secretNames);
      const secretsValid = adapter.secrets.safeParse(merged.secrets);
      if (!secretsValid.success) {
        const field = String(secretsValid.error.issues[0]?.path[0] ?? parts.secretNames[0]);
        throw new DomainError("delivery.errors.secretRequired", {}, field);
      }
      const config = adapter.config.parse(parts.config) as object;
      const data = {
        name: input.name,
        enabled: input.enabled,
        unitIds: [...new Set(input.unitIds)],
        ratePerMinute: input.ratePerMinute,
        config,
        secret: Object.keys(merged.secrets).length > 0 ? encryptSecret(JSON.stringify(merged.secrets)) : null,
      };
      const after = before
        ? await tx.deliveryChannel.update({ where: { id: before.id }, data, select: channelSnapshot })
        : await tx.deliveryChannel.create({ data: { ...data, zoneId: actor.zoneId, kind: input.kind }, select: channelSnapshot });
      // Names of the secrets that changed, never their values (nor their ciphertext).
      const secrets = { secretsChanged: merged.changed, secretsCleared: merged.cleared };
      if (before) {
        const { secret: _secret, ...snapshot } = before;
        await recordAudit(tx, actor, { action: "channel.update", entityType: "DeliveryChannel", entityId: after.id, before: snapshot, after: { ...after, ...secrets } });
      } else {
        await recordAudit(tx, actor, { action: "channel.create", entityType: "DeliveryChannel", entityId: after.id, after: { ...after, ...secrets } });
      }
      return { id: after.id };
    },
    revalidate: PATHS,
  });
}

export async function deleteChannel(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runFormAction(formData, {
    schema: deleteChannelSchema,
    permission: "channel.manage",
    write: async (tx, { id }, actor) => {
      const channel = await tx.deliveryChannel.findFirst({ where: { id, zoneId: actor.zoneId }, select: channelSnapshot });
      if (!channel) throw new NotFoundError("channel");
      // Its waiting messages end here: without the channel they would fall to the environment's e-mail.
      const { count } = await tx.outboundMessage.updateMany({
        where: { channelId: id, status: { in: ["PENDING", "FAILED"] } },
        data: { status: "DEAD", lastError: "the channel was removed" },
      });
      await tx.deliveryChannel.delete({ where: { id } });
      await recordAudit(tx, actor, { action: "channel.delete", entityType: "DeliveryChannel", entityId: id, before: channel, after: { messagesEnded: count } });
      return { id };
    },
    revalidate: PATHS,
  });
}

const emailAddress = z.email();
const mobileNumber = z.string().transform((value) => value.replace(/[\s-]/g, "")).pipe(z.string().regex(/^\+?\d{6,15}$/));

/** A real message through the channel, on the queue like any other; its outcome shows on the page. */
export async function sendTestMessage(_previous: ActionResult<{ messageId: string }> | null, formData: FormData): Promise<ActionResult<{ messageId: string }>> {
  return runFormAction(formData, {
    schema: testChannelSchema,
    permission: "channel.manage",
    write: async (tx, input, actor) => {
      let channel: { id: string | null; kind: typeof input.kind; name: string };
      if (input.channelId) {
        const row = await tx.deliveryChannel.findFirst({ where: { id: input.channelId, zoneId: actor.zoneId }, select: { id: true, kind: true, name: true, enabled: true } });
        if (!row) throw new NotFoundError("channel");
        if (!row.enabled) throw new DomainError("delivery.errors.channelDisabled");
        channel = row;
      } else {
        if (input.kind !== "EMAIL" || !emailFromEnvironment()) throw new NotFoundError("channel");
        channel = { id: null, kind: "EMAIL", name: ENV_EMAIL_NAME };
      }
      const adapter = CHANNELS[channel.kind];
      let address = channel.name;
      if (adapter.perRecipient) {
        const me = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, phone: true } });
        const typed = input.address ?? (channel.kind === "EMAIL" ? me.email : me.phone) ?? "";
        const parsed = (channel.kind === "EMAIL" ? emailAddress : mobileNumber).safeParse(typed);
        if (!parsed.success) throw new DomainError(channel.kind === "EMAIL" ? "delivery.errors.testEmail" : "delivery.errors.testMobile", {}, "address");
        address = parsed.data;
      }
      const t = await getServerTranslator();
      const message = await tx.outboundMessage.create({
        data: {
          zoneId: actor.zoneId,
          key: `test:${channel.id ?? "env"}:${randomUUID()}`,
          channelId: channel.id,
          channelKind: channel.kind,
          userId: adapter.perRecipient ? actor.id : null,
          unitId: actor.unitId,
          kind: "SYSTEM",
          address,
          subject: t("delivery.test.subject"),
          body: t("delivery.test.body", { channel: channel.name, name: actor.name }),
          link: absoluteLink("/admin/channels"),
        },
        select: { id: true },
      });
      await recordAudit(tx, actor, { action: "channel.test", entityType: "DeliveryChannel", entityId: channel.id, after: { channel: channel.name, kind: channel.kind, address, messageId: message.id } });
      return { messageId: message.id };
    },
    revalidate: PATHS,
    afterCommit: async ({ messageId }) => dispatchMessages([messageId]),
  });
}

/** Puts one failed message back on the queue; the claim in the sender keeps it to one send. */
export async function retryDelivery(_previous: ActionResult<{ count: number }> | null, formData: FormData): Promise<ActionResult<{ count: number }>> {
  return runFormAction(formData, {
    schema: retryMessageSchema,
    permission: "delivery.manage",
    write: async (tx, { id }, actor) => {
      const message = await tx.outboundMessage.findFirst({ where: { id, zoneId: actor.zoneId }, select: { id: true, status: true, attempts: true, channelKind: true, address: true, lastError: true } });
      if (!message) throw new NotFoundError("message");
      const { count } = await tx.outboundMessage.updateMany({ where: { id, status: { in: RETRYABLE } }, data: { status: "FAILED" } });
      if (count === 0) throw new DomainError("delivery.errors.notRetryable");
      await recordAudit(tx, actor, { action: "delivery.retry", entityType: "OutboundMessage", entityId: id, before: { status: message.status, attempts: message.attempts, lastError: message.lastError }, after: { status: "FAILED", channelKind: message.channelKind, address: message.address } });
      return { count, messages: [{ id, attempts: message.attempts }] };
    },
    revalidate: PATHS,
    afterCommit: async ({ messages }) => retryMessages(messages),
  }).then(stripMessages);
}

/** Every dead letter (of one kind of channel, or all) back on the queue. */
export async function retryAllDeliveries(_previous: ActionResult<{ count: number }> | null, formData: FormData): Promise<ActionResult<{ count: number }>> {
  return runFormAction(formData, {
    schema: retryAllSchema,
    permission: "delivery.manage",
    write: async (tx, { channelKind }, actor) => {
      const dead = await tx.outboundMessage.findMany({
        where: { zoneId: actor.zoneId, status: "DEAD", ...(channelKind ? { channelKind } : {}) },
        select: { id: true, attempts: true },
        orderBy: { createdAt: "asc" },
        take: RETRY_ALL_LIMIT,
      });
      if (dead.length === 0) throw new DomainError("delivery.errors.nothingToRetry");
      const { count } = await tx.outboundMessage.updateMany({ where: { id: { in: dead.map((row) => row.id) }, status: "DEAD" }, data: { status: "FAILED" } });
      await recordAudit(tx, actor, { action: "delivery.retryAll", entityType: "Zone", entityId: actor.zoneId, after: { count, channelKind: channelKind ?? null } });
      return { count, messages: dead };
    },
    revalidate: PATHS,
    afterCommit: async ({ messages }) => retryMessages(messages),
  }).then(stripMessages);
}

function stripMessages(result: ActionResult<{ count: number; messages: unknown }>): ActionResult<{ count: number }> {
  return result.ok ? { ok: true, data: { count: result.data.count } } : result;
}
