// One interface for every outbound channel: an adapter parses its own settings and secrets
// (zod) and sends one message. A thrown error is a failed attempt (the job retries it).
import type { z } from "zod";
import type { ChannelKind } from "@/lib/db/generated/enums";

export interface OutboundContent {
  subject: string;
  body: string;
  /** Absolute link to the page that acts on it. */
  link: string | null;
  /** The recipient: an e-mail address, a mobile number, or the robot's name. */
  address: string;
  /** People to @ in a group robot's message. */
  mention?: { mobiles: string[]; userIds: string[] };
}

export interface SendOutcome {
  /** The channel's id of the message, when it gives one. */
  providerId?: string;
  /** True when the channel confirmed delivery (not only acceptance). */
  delivered?: boolean;
}

export interface ChannelAdapter<C = unknown, S = unknown> {
  kind: ChannelKind;
  /** Non-secret settings, kept as JSON. */
  config: z.ZodType<C>;
  /** Secrets, kept encrypted. */
  secrets: z.ZodType<S>;
  /** A message per recipient (e-mail, SMS) or per unit group (robots). */
  perRecipient: boolean;
  /** Default rate limit per minute (channels/rates.ts, shared with the admin form). */
  defaultRatePerMinute: number;
  send(content: OutboundContent, config: C, secrets: S): Promise<SendOutcome>;
}

export class ChannelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ChannelError";
  }
}

const TIMEOUT_MS = 10_000;

/** POSTs JSON and returns the parsed reply; a non-2xx status throws. */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json; charset=utf-8", ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(TIMEOUT_MS) });
  const text = await response.text();
  if (!response.ok) throw new ChannelError(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return { text };
  }
}

/** The robots answer { errcode: 0, errmsg: "ok" } on success, HTTP 200 with another errcode on failure. */
export function checkRobotReply(reply: unknown): void {
  const errcode = (reply as { errcode?: unknown })?.errcode;
  if (errcode !== 0) throw new ChannelError(`robot refused: ${JSON.stringify(reply).slice(0, 200)}`);
}

export function plainMessage(content: OutboundContent): string {
  return [content.subject, content.body, content.link].filter(Boolean).join("\n");
}
