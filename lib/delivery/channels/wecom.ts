// 企业微信 / 政务微信 group robot: POST <url>?key=<key> with a text message; the people of the
// unit are @-ed by mobile. 政务微信 deployments have their own address: `url` is configurable.
import { z } from "zod";
import { checkRobotReply, plainMessage, postJson, type ChannelAdapter } from "./types";
import { DEFAULT_RATE_PER_MINUTE } from "./rates";

export const WECOM_DEFAULT_URL = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send";

export const wecomConfig = z.object({ url: z.url({ protocol: /^https?$/ }).default(WECOM_DEFAULT_URL) });
export const wecomSecrets = z.object({ key: z.string().trim().min(1).max(200) });

export function wecomPayload(content: Parameters<ChannelAdapter["send"]>[0]) {
  return {
    msgtype: "text",
    text: { content: plainMessage(content), mentioned_list: content.mention?.userIds ?? [], mentioned_mobile_list: content.mention?.mobiles ?? [] },
  };
}

export const wecomChannel: ChannelAdapter<z.infer<typeof wecomConfig>, z.infer<typeof wecomSecrets>> = {
  kind: "WECOM",
  config: wecomConfig,
  secrets: wecomSecrets,
  perRecipient: false,
  defaultRatePerMinute: DEFAULT_RATE_PER_MINUTE.WECOM,
  async send(content, config, secrets) {
    const url = new URL(config.url);
    url.searchParams.set("key", secrets.key);
    checkRobotReply(await postJson(url.toString(), wecomPayload(content)));
    return {};
  },
};
