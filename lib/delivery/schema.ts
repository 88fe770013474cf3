// The admin's channel form (/settings/channels) and the delivery list's retry. One form for
// every kind: the fields of the chosen kind are parsed by that kind's schema. Secret fields
// left empty keep what is stored (they are never sent back to the browser).
import { z } from "zod";
import { checkbox, id, idList, integer, optionalId, plainText, requiredText } from "@/lib/server/fields";
import { CHANNEL_KINDS } from "./channels";

const secretField = z.preprocess((value) => (typeof value === "string" ? value.trim() : ""), z.string().max(500));
const httpUrl = requiredText(500).pipe(z.url({ protocol: /^https?$/, error: "delivery.errors.url" }));
const fieldName = z.preprocess((value) => (typeof value === "string" && value.trim() ? value.trim() : undefined), z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,49}$/, { error: "delivery.errors.fieldName" }).optional());

/** "title={subject}" lines → { title: "{subject}" }. */
const parameterLines = z.preprocess((value) => (typeof value === "string" ? value : ""), z.string().max(2000)).transform((value, context) => {
  const parameters = Object.create(null) as Record<string, string>;
  for (const [index, line] of value.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]{0,49})\s*=\s*(.*)$/.exec(line);
    if (!match) {
      context.addIssue({ code: "custom", message: "delivery.errors.parameterLine", params: { line: index + 1 } });
      return z.NEVER;
    }
    parameters[match[1]] = match[2].trim();
  }
  return parameters;
});

const common = {
  id: optionalId,
  name: requiredText(60),
  enabled: checkbox,
  ratePerMinute: integer(1, 600),
  unitIds: idList,
};

export const channelFormSchema = z.discriminatedUnion("kind", [
  z.object({
    ...common,
    kind: z.literal("EMAIL"),
    host: requiredText(200).regex(/^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:]+\]$/, { error: "delivery.errors.host" }),
    port: integer(1, 65535),
    secure: checkbox,
    user: plainText(200),
    from: requiredText(200),
    password: secretField,
  }),
  z.object({ ...common, kind: z.literal("WECOM"), url: httpUrl, key: secretField }),
  z.object({ ...common, kind: z.literal("DINGTALK"), url: httpUrl, accessToken: secretField, signSecret: secretField }),
  z.object({
    ...common,
    kind: z.literal("SMS"),
    url: httpUrl,
    templateId: requiredText(100),
    mobileField: fieldName,
    templateField: fieldName,
    parametersField: fieldName,
    parameters: parameterLines,
    token: secretField,
  }),
]);

export type ChannelForm = z.infer<typeof channelFormSchema>;

/** The form split into what is stored as JSON and what is encrypted (empty secrets: keep the stored ones). */
export function channelParts(input: ChannelForm): { config: Record<string, unknown>; secrets: Record<string, string>; secretNames: readonly string[] } {
  switch (input.kind) {
    case "EMAIL":
      return { config: { host: input.host, port: input.port, secure: input.secure, user: input.user, from: input.from }, secrets: { password: input.password }, secretNames: ["password"] };
    case "WECOM":
      return { config: { url: input.url }, secrets: { key: input.key }, secretNames: ["key"] };
    case "DINGTALK":
      return { config: { url: input.url }, secrets: { accessToken: input.accessToken, signSecret: input.signSecret }, secretNames: ["accessToken", "signSecret"] };
    case "SMS":
      return {
        config: { url: input.url, templateId: input.templateId, mobileField: input.mobileField ?? "mobile", templateField: input.templateField ?? "templateId", parametersField: input.parametersField ?? "params", parameters: input.parameters },
        secrets: { token: input.token },
        secretNames: ["token"],
      };
  }
}

export const channelKindSchema = z.enum(CHANNEL_KINDS);
export const deleteChannelSchema = z.object({ id });
export const retryMessageSchema = z.object({ id });
