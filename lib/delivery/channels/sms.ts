// SMS through an HTTP gateway (a provincial SMS platform): POST JSON to a configurable URL
// with the mobile, a template id and the template's parameters, each parameter a template
// of {subject}, {body}, {link}, {mobile}; the token goes in `Authorization: Bearer`.
// A 2xx answer is acceptance; an `id`/`messageId`/`msgId` in it is kept.
import { z } from "zod";
import { postJson, type ChannelAdapter, type OutboundContent } from "./types";
import { DEFAULT_RATE_PER_MINUTE } from "./rates";

export const smsConfig = z.object({
  url: z.url({ protocol: /^https?$/ }),
  templateId: z.string().trim().min(1).max(100),
  mobileField: z.string().trim().min(1).max(50).default("mobile"),
  templateField: z.string().trim().min(1).max(50).default("templateId"),
  /** The gateway's parameter names and what fills them, e.g. { "title": "{subject}", "url": "{link}" }. */
  parameters: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,49}$/), z.string().max(500)).default({ title: "{subject}", url: "{link}" }),
  parametersField: z.string().trim().min(1).max(50).default("params"),
});
export const smsSecrets = z.object({ token: z.string().max(500).default("") });

export type SmsConfig = z.infer<typeof smsConfig>;

export function smsPayload(content: OutboundContent, config: SmsConfig): Record<string, unknown> {
  const fill = (template: string) =>
    template.replace(/\{(subject|body|link|mobile)\}/g, (_match, name: string) => (name === "mobile" ? content.address : name === "link" ? (content.link ?? "") : name === "subject" ? content.subject : content.body));
  const parameters = Object.create(null) as Record<string, string>;
  for (const [name, template] of Object.entries(config.parameters)) parameters[name] = fill(template);
  return { [config.mobileField]: content.address, [config.templateField]: config.templateId, [config.parametersField]: parameters };
}

export const smsChannel: ChannelAdapter<SmsConfig, z.infer<typeof smsSecrets>> = {
  kind: "SMS",
  config: smsConfig,
  secrets: smsSecrets,
  perRecipient: true,
  defaultRatePerMinute: DEFAULT_RATE_PER_MINUTE.SMS,
  async send(content, config, secrets) {
    const reply = (await postJson(config.url, smsPayload(content, config), secrets.token ? { authorization: `Bearer ${secrets.token}` } : {})) as Record<string, unknown>;
    const id = reply.messageId ?? reply.msgId ?? reply.id;
    return typeof id === "string" || typeof id === "number" ? { providerId: String(id) } : {};
  },
};
