import type { ChannelKind } from "@/lib/db/generated/enums";
import { dingtalkChannel } from "./dingtalk";
import { emailChannel } from "./email";
import { smsChannel } from "./sms";
import type { ChannelAdapter } from "./types";
import { wecomChannel } from "./wecom";
import * as DbEnums from "@/lib/db/generated/enums";

export const CHANNEL_KINDS = Object.values(DbEnums.ChannelKind);

export const CHANNELS: Record<ChannelKind, ChannelAdapter> = {
  EMAIL: emailChannel as ChannelAdapter,
  WECOM: wecomChannel as ChannelAdapter,
  DINGTALK: dingtalkChannel as ChannelAdapter,
  SMS: smsChannel as ChannelAdapter,
};

export type { ChannelAdapter, OutboundContent, SendOutcome } from "./types";
