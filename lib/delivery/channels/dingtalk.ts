// 钉钉 / 浙政钉 custom robot with 加签: POST <url>?access_token=…&timestamp=…&sign=…, where
// sign = base64(HMAC-SHA256(secret, "<timestamp>\n<secret>")), URL-encoded; a markdown
// message @-ing the unit's people by mobile and DingTalk user id.
import { createHmac } from "node:crypto";
import { z } from "zod";
import { checkRobotReply, postJson, type ChannelAdapter, type OutboundContent } from "./types";
import { DEFAULT_RATE_PER_MINUTE } from "./rates";

export const DINGTALK_DEFAULT_URL = "https://oapi.dingtalk.com/robot/send";

export const dingtalkConfig = z.object({ url: z.url({ protocol: /^https?$/ }).default(DINGTALK_DEFAULT_URL) });
export const dingtalkSecrets = z.object({ accessToken: z.string().trim().min(1).max(200), signSecret: z.string().trim().min(1).max(200) });

/** DingTalk's 加签: the signature of a millisecond timestamp. */
export function dingtalkSign(timestamp: number, secret: string): string {
  return createHmac("sha256", secret).update(`${timestamp}\n${secret}`).digest("base64");
}

export function dingtalkPayload(content: OutboundContent) {
  const mobiles = content.mention?.mobiles ?? [];
  const userIds = content.mention?.userIds ?? [];
  const mentions = [...mobiles, ...userIds].map((who) => `@${who}`).join(" ");
  const text = [`### ${content.subject}`, content.body, content.link ? `[${content.link}](${content.link})` : "", mentions].filter(Boolean).join("\n\n");
  return { msgtype: "markdown", markdown: { title: content.subject, text }, at: { atMobiles: mobiles, atUserIds: userIds, isAtAll: false } };
}

export const dingtalkChannel: ChannelAdapter<z.infer<typeof dingtalkConfig>, z.infer<typeof dingtalkSecrets>> = {
  kind: "DINGTALK",
  config: dingtalkConfig,
  secrets: dingtalkSecrets,
  perRecipient: false,
  defaultRatePerMinute: DEFAULT_RATE_PER_MINUTE.DINGTALK,
  async send(content, config, secrets) {
    const timestamp = Date.now();
    const url = new URL(config.url);
    url.searchParams.set("access_token", secrets.accessToken);
    url.searchParams.set("timestamp", String(timestamp));
    url.searchParams.set("sign", dingtalkSign(timestamp, secrets.signSecret));
    checkRobotReply(await postJson(url.toString(), dingtalkPayload(content)));
    return {};
  },
};
