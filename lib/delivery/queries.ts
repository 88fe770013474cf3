import "server-only";
// The admin's channel pages and each user's own settings page. Secrets never leave the
// server: a channel shows which of its secrets are set (storedSecretNames), never a value.
import { authorize, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import type { ChannelKind, NotificationKind, OutboundStatus } from "@/lib/db/generated/enums";
import { NotFoundError } from "@/lib/server/errors";
import { pageArgs, toPage, type Page } from "@/lib/server/pagination";
import { CHANNEL_KINDS, CHANNELS } from "./channels";
import { emailFromEnvironment } from "./channels/email";
import { ENV_EMAIL_NAME } from "./channel-store";
import { deliveryChoicesSchema, NOTIFICATION_KINDS, REQUIRED_KINDS, type DeliveryChoices } from "./routing";
import { channelKeySource, storedSecretNames } from "./secrets";

/** The delivery counts on the admin pages cover this many days. */
export const DELIVERY_COUNT_DAYS = 30;

/** How the statuses add up on the pages: sent counts delivered too. */
export type DeliveryCounts = Record<"sent" | "failed" | "dead" | "pending" | "uncertain", number>;

const COUNT_OF: Record<OutboundStatus, keyof DeliveryCounts> = { SENT: "sent", DELIVERED: "sent", FAILED: "failed", DEAD: "dead", PENDING: "pending", SENDING: "pending", UNCERTAIN: "uncertain" };

const emptyCounts = (): DeliveryCounts => ({ sent: 0, failed: 0, dead: 0, pending: 0, uncertain: 0 });

/** Counts per channel (key: channel id, "env" for the environment's e-mail) since the window's start. */
async function deliveryCounts(zoneId: string, now: Date): Promise<Map<string, DeliveryCounts>> {
  const since = new Date(now.getTime() - DELIVERY_COUNT_DAYS * 86_400_000);
  const rows = await db.outboundMessage.groupBy({ by: ["channelId", "channelKind", "status"], where: { zoneId, createdAt: { gte: since } }, _count: { _all: true } });
  const counts = new Map<string, DeliveryCounts>();
  for (const row of rows) {
    const key = row.channelId ?? (row.channelKind === "EMAIL" ? "env" : `removed:${row.channelKind}`);
    const entry = counts.get(key) ?? emptyCounts();
    entry[COUNT_OF[row.status]] += row._count._all;
    counts.set(key, entry);
  }
  return counts;
}

export interface ChannelRow {
  id: string;
  kind: ChannelKind;
  name: string;
  enabled: boolean;
  unitIds: string[];
  ratePerMinute: number;
  /** Non-secret settings, parsed by the adapter (defaults filled). */
  config: Record<string, unknown>;
  /** Names of the secrets stored; null when they no longer decrypt. */
  secretsSet: string[] | null;
  counts: DeliveryCounts;
  lastTest: { status: OutboundStatus; lastError: string | null; createdAt: Date } | null;
}

export interface ChannelsPage {
  channels: ChannelRow[];
  /** The e-mail of SMTP_URL/MAIL_FROM (no password), and whether it is the one in use. */
  environmentEmail: { host: string; port: number; secure: boolean; user: string; from: string; passwordSet: boolean; effective: boolean; counts: DeliveryCounts; lastTest: ChannelRow["lastTest"] } | null;
  keySource: ReturnType<typeof channelKeySource>;
  days: number;
}

async function lastTests(zoneId: string): Promise<Map<string, ChannelRow["lastTest"]>> {
  const tests = await db.outboundMessage.findMany({
    where: { zoneId, key: { startsWith: "test:" } },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { channelId: true, status: true, lastError: true, createdAt: true },
  });
  const last = new Map<string, ChannelRow["lastTest"]>();
  for (const test of tests) {
    const key = test.channelId ?? "env";
    if (!last.has(key)) last.set(key, { status: test.status, lastError: test.lastError, createdAt: test.createdAt });
  }
  return last;
}

function parsedConfig(kind: ChannelKind, config: unknown): Record<string, unknown> {
  const parsed = CHANNELS[kind].config.safeParse(config);
  return parsed.success ? (parsed.data as Record<string, unknown>) : {};
}

export async function getChannelsPage(actor: Actor, now = new Date()): Promise<ChannelsPage> {
  authorize(actor, "channel.manage");
  const [rows, counts, tests] = await Promise.all([
    db.deliveryChannel.findMany({ where: { zoneId: actor.zoneId }, orderBy: [{ kind: "asc" }, { name: "asc" }] }),
    deliveryCounts(actor.zoneId, now),
    lastTests(actor.zoneId),
  ]);
  const channels = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    enabled: row.enabled,
    unitIds: row.unitIds,
    ratePerMinute: row.ratePerMinute,
    config: parsedConfig(row.kind, row.config),
    secretsSet: storedSecretNames(row.secret),
    counts: counts.get(row.id) ?? emptyCounts(),
    lastTest: tests.get(row.id) ?? null,
  }));
  const fromEnv = emailFromEnvironment();
  return {
    channels,
    environmentEmail: fromEnv
      ? {
          ...fromEnv.config,
          passwordSet: fromEnv.secrets.password.length > 0,
          effective: !channels.some((channel) => channel.kind === "EMAIL" && channel.enabled),
          counts: counts.get("env") ?? emptyCounts(),
          lastTest: tests.get("env") ?? null,
        }
      : null,
    keySource: channelKeySource(),
    days: DELIVERY_COUNT_DAYS,
  };
}

/** One channel for its edit form: settings and which secrets are set. */
export async function getChannel(actor: Actor, id: string): Promise<ChannelRow> {
  authorize(actor, "channel.manage");
  const page = await getChannelsPage(actor);
  const channel = page.channels.find((row) => row.id === id);
  if (!channel) throw new NotFoundError("channel");
  return channel;
}

// ───── failed deliveries ─────

export const FAILED_STATUSES = ["DEAD", "FAILED", "UNCERTAIN"] as const satisfies readonly OutboundStatus[];
export type FailedStatus = (typeof FAILED_STATUSES)[number];

export interface FailedDelivery {
  id: string;
  status: OutboundStatus;
  channelKind: ChannelKind;
  channelName: string;
  address: string;
  recipientName: string | null;
  subject: string;
  lastError: string | null;
  attempts: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface DeliveriesPage {
  list: Page<FailedDelivery>;
  filters: { status: FailedStatus | null; kind: ChannelKind | null };
  /** Per channel (name and kind), the counts of the window. */
  summary: { name: string; kind: ChannelKind; counts: DeliveryCounts }[];
  deadTotal: number;
  days: number;
}

export async function getFailedDeliveries(actor: Actor, params: { status?: string; kind?: string; page?: string }, now = new Date()): Promise<DeliveriesPage> {
  authorize(actor, "delivery.manage");
  const status = (FAILED_STATUSES as readonly string[]).includes(params.status ?? "") ? (params.status as FailedStatus) : null;
  const kind = (CHANNEL_KINDS as readonly string[]).includes(params.kind ?? "") ? (params.kind as ChannelKind) : null;
  const where: Prisma.OutboundMessageWhereInput = { zoneId: actor.zoneId, status: status ? status : { in: [...FAILED_STATUSES] }, ...(kind ? { channelKind: kind } : {}) };
  const { page, pageSize, skip, take } = pageArgs(params.page, 25);
  const [total, rows, deadTotal, channels, counts] = await Promise.all([
    db.outboundMessage.count({ where }),
    db.outboundMessage.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip,
      take,
      select: { id: true, status: true, channelKind: true, address: true, subject: true, lastError: true, attempts: true, createdAt: true, updatedAt: true, channel: { select: { name: true } }, user: { select: { name: true } } },
    }),
    db.outboundMessage.count({ where: { zoneId: actor.zoneId, status: "DEAD" } }),
    db.deliveryChannel.findMany({ where: { zoneId: actor.zoneId }, select: { id: true, name: true, kind: true }, orderBy: [{ kind: "asc" }, { name: "asc" }] }),
    deliveryCounts(actor.zoneId, now),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    status: row.status,
    channelKind: row.channelKind,
    channelName: row.channel?.name ?? (row.channelKind === "EMAIL" ? ENV_EMAIL_NAME : "—"),
    address: row.address,
    recipientName: row.user?.name ?? null,
    subject: row.subject,
    lastError: row.lastError,
    attempts: row.attempts,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }));
  const summary = channels.map((channel) => ({ name: channel.name, kind: channel.kind, counts: counts.get(channel.id) ?? emptyCounts() }));
  if (counts.has("env")) summary.unshift({ name: ENV_EMAIL_NAME, kind: "EMAIL", counts: counts.get("env")! });
  return { list: toPage(items, total, page, pageSize), filters: { status, kind }, summary, deadTotal, days: DELIVERY_COUNT_DAYS };
}

// ───── one's own settings ─────

export interface ProfilePage {
  email: string;
  phone: string | null;
  wecomUserId: string | null;
  dingtalkUserId: string | null;
  kinds: { kind: NotificationKind; required: boolean; channels: ChannelKind[] }[];
  /** The kinds of channel the office switched on (others are shown, not available). */
  configured: ChannelKind[];
}

export async function getProfile(actor: Actor): Promise<ProfilePage> {
  authorize(actor, "account.profile");
  const [user, channels] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, phone: true, wecomUserId: true, dingtalkUserId: true, deliveryChoices: true } }),
    db.deliveryChannel.findMany({ where: { zoneId: actor.zoneId, enabled: true }, select: { kind: true } }),
  ]);
  const choices: DeliveryChoices = deliveryChoicesSchema.parse(user.deliveryChoices);
  const configured = new Set<ChannelKind>(channels.map((channel) => channel.kind));
  if (emailFromEnvironment()) configured.add("EMAIL");
  return {
    email: user.email,
    phone: user.phone,
    wecomUserId: user.wecomUserId,
    dingtalkUserId: user.dingtalkUserId,
    kinds: NOTIFICATION_KINDS.map((kind) => ({
      kind,
      required: REQUIRED_KINDS.has(kind),
      // Nothing stored for a kind: every channel.
      channels: REQUIRED_KINDS.has(kind) || !Object.hasOwn(choices, kind) ? [...CHANNEL_KINDS] : (choices[kind] ?? []),
    })),
    configured: CHANNEL_KINDS.filter((kind) => configured.has(kind)),
  };
}
