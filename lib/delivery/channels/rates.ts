// Each channel kind's default rate limit (messages per minute), apart from the adapters so
// that the admin's channel form (a client component) can show it without loading nodemailer.
// The robots' documented limit is 20 a minute; SMS gateways commonly allow about 30.
import type { ChannelKind } from "@/lib/db/generated/enums";

export const DEFAULT_RATE_PER_MINUTE = { EMAIL: 60, WECOM: 20, DINGTALK: 20, SMS: 30 } as const satisfies Record<ChannelKind, number>;
