// The zone's configured channels, with their settings parsed and their secrets decrypted,
// for the sender only (never for a page). E-mail falls back to SMTP_URL/MAIL_FROM from the
// environment when the admin configured no e-mail channel.
import type { DbClient, TxClient } from "@/lib/db/client";
import type { ChannelKind } from "@/lib/db/generated/enums";
import { CHANNELS } from "./channels";
import { emailFromEnvironment } from "./channels/email";
import { decryptSecret } from "./secrets";

export interface LiveChannel {
  id: string | null;
  kind: ChannelKind;
  name: string;
  unitIds: string[];
  ratePerMinute: number;
  perRecipient: boolean;
  config: unknown;
  secrets: unknown;
}

export const ENV_EMAIL_NAME = "SMTP_URL";

type Client = DbClient | TxClient;

/** The enabled channels of a zone, without secrets: what routing needs. */
export async function routingChannels(client: Client, zoneId: string): Promise<Omit<LiveChannel, "config" | "secrets">[]> {
  const rows = await client.deliveryChannel.findMany({ where: { zoneId, enabled: true }, select: { id: true, kind: true, name: true, unitIds: true, ratePerMinute: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const channels = rows.map((row) => ({ ...row, perRecipient: CHANNELS[row.kind].perRecipient }));
  if (!channels.some((channel) => channel.kind === "EMAIL") && process.env.SMTP_URL) {
    channels.unshift({ id: null as unknown as string, kind: "EMAIL", name: ENV_EMAIL_NAME, unitIds: [], ratePerMinute: CHANNELS.EMAIL.defaultRatePerMinute, perRecipient: true });
  }
  return channels;
}

/** One channel ready to send (settings parsed, secrets decrypted); null when removed or switched off. */
export async function liveChannel(client: Client, kind: ChannelKind, channelId: string | null): Promise<LiveChannel | null> {
  const adapter = CHANNELS[kind];
  if (channelId === null) {
    const fromEnv = kind === "EMAIL" ? emailFromEnvironment() : null;
    return fromEnv ? { id: null, kind, name: ENV_EMAIL_NAME, unitIds: [], ratePerMinute: adapter.defaultRatePerMinute, perRecipient: true, config: fromEnv.config, secrets: fromEnv.secrets } : null;
  }
  const row = await client.deliveryChannel.findUnique({ where: { id: channelId } });
  if (!row || !row.enabled) return null;
  const secrets = adapter.secrets.parse(row.secret ? JSON.parse(decryptSecret(row.secret)) : {});
  return { id: row.id, kind: row.kind, name: row.name, unitIds: row.unitIds, ratePerMinute: row.ratePerMinute, perRecipient: adapter.perRecipient, config: adapter.config.parse(row.config), secrets };
}
