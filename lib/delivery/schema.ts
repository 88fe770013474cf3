// The admin's channel form (/admin/channels), the test message, the dead-letter retry and
// each user's contact details and channel choices (/account/profile). One channel form for
// every kind: the fields of the chosen kind are parsed by that kind's schema. Secret fields
// left empty keep what is stored (they are never sent back to the browser); `clearSecrets`
// names the ones to remove.
import { z } from "zod";
import { checkbox, email, id, idList, integer, optionalId, optionalText, phone, plainText, requiredText } from "@/lib/server/fields";
import { CHANNEL_KINDS } from "./channels";
import { NOTIFICATION_KINDS, REQUIRED_KINDS, type DeliveryChoices } from "./routing";

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

const SECRET_NAMES = ["password", "key", "accessToken", "signSecret", "token"] as const;

const common = {
  id: optionalId,
  name: requiredText(60),
  enabled: checkbox,
  ratePerMinute: integer(1, 600),
  unitIds: idList,
  clearSecrets: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.enum(SECRET_NAMES))),
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

/** A robot's webhook as its console shows it carries the secret in the address (…/send?key=…): it is moved to the secret, never kept in the settings. */
function splitSecretFromUrl(url: string, parameter: string, typed: string): { url: string; secret: string } {
  const parsed = new URL(url);
  const inUrl = parsed.searchParams.get(parameter)?.trim() ?? "";
  parsed.searchParams.delete(parameter);
  return { url: parsed.toString(), secret: typed || inUrl };
}

/** The form split into what is stored as JSON and what is encrypted (empty secrets: keep the stored ones). */
export function channelParts(input: ChannelForm): { config: Record<string, unknown>; secrets: Record<string, string>; secretNames: readonly string[] } {
  switch (input.kind) {
    case "EMAIL":
      return { config: { host: input.host, port: input.port, secure: input.secure, user: input.user, from: input.from }, secrets: { password: input.password }, secretNames: ["password"] };
    case "WECOM": {
      const { url, secret } = splitSecretFromUrl(input.url, "key", input.key);
      return { config: { url }, secrets: { key: secret }, secretNames: ["key"] };
    }
    case "DINGTALK": {
      const { url, secret } = splitSecretFromUrl(input.url, "access_token", input.accessToken);
      return { config: { url }, secrets: { accessToken: secret, signSecret: input.signSecret }, secretNames: ["accessToken", "signSecret"] };
    }
    case "SMS":
      return {
        config: { url: input.url, templateId: input.templateId, mobileField: input.mobileField ?? "mobile", templateField: input.templateField ?? "templateId", parametersField: input.parametersField ?? "params", parameters: input.parameters },
        secrets: { token: input.token },
        secretNames: ["token"],
      };
  }
}

/**
 * The secrets to store: the stored ones, minus those cleared, with those typed replacing
 * them. Returns the merged secrets and which names changed (for the audit: names, never values).
 */
export function mergeSecrets(stored: Record<string, string>, typed: Record<string, string>, clear: readonly string[], names: readonly string[]): { secrets: Record<string, string>; changed: string[]; cleared: string[] } {
  const secrets = Object.create(null) as Record<string, string>;
  const changed: string[] = [];
  const cleared: string[] = [];
  for (const name of names) {
    const value = typed[name] ?? "";
    if (value) {
      secrets[name] = value;
      if (stored[name] !== value) changed.push(name);
    } else if (clear.includes(name)) {
      if (stored[name]) cleared.push(name);
    } else if (stored[name]) {
      secrets[name] = stored[name];
    }
  }
  return { secrets, changed, cleared };
}

export const channelKindSchema = z.enum(CHANNEL_KINDS);
export const deleteChannelSchema = z.object({ id });

/** A test message through one channel (empty id: the e-mail channel of the environment), to an address or to the admin's own. */
export const testChannelSchema = z.object({ channelId: optionalId, kind: channelKindSchema, address: optionalText(120) });

export const retryMessageSchema = z.object({ id });
export const retryAllSchema = z.object({ channelKind: z.preprocess((value) => (value === "" ? undefined : value), channelKindSchema.optional()) });

// ───── each user's own contact details and choices ─────

/** "REPORT_RETURNED:EMAIL": a kind of message and a channel it may come through. */
const choiceValue = z.string().regex(/^[A-Z_]+:[A-Z]+$/, { error: "validation.invalid" }).transform((value) => value.split(":") as [string, string]);

const repeated = <T extends z.ZodType>(item: T) => z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(200));

export const profileSchema = z
  .object({
    email,
    phone,
    wecomUserId: optionalText(64).pipe(z.string().regex(/^[A-Za-z0-9._@-]+$/, { error: "delivery.errors.userId" }).nullable()),
    dingtalkUserId: optionalText(64).pipe(z.string().regex(/^[A-Za-z0-9._@-]+$/, { error: "delivery.errors.userId" }).nullable()),
    /** The kinds the form offered (a kind with every box unticked sends no `choice`). */
    offered: repeated(z.enum(NOTIFICATION_KINDS)),
    choice: repeated(choiceValue),
    /** Asked only when the e-mail (the login name) changes. */
    currentPassword: z.preprocess((value) => (typeof value === "string" ? value : ""), z.string().max(200)),
  })
  .superRefine((input, context) => {
    for (const [kind, channel] of input.choice) {
      if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind) || !(CHANNEL_KINDS as readonly string[]).includes(channel)) {
        context.addIssue({ code: "custom", path: ["choice"], message: "validation.invalid" });
        return;
      }
    }
  });

export type ProfileInput = z.infer<typeof profileSchema>;

/**
 * The stored choices from the form: a kind offered gets exactly the channels ticked; a
 * required kind is never stored (it goes through every channel); a submission that offers a
 * required kind with any channel unticked is refused (`refused` names it).
 */
export function choicesFromForm(input: Pick<ProfileInput, "offered" | "choice">): { choices: DeliveryChoices; refused: string | null } {
  const choices = Object.create(null) as DeliveryChoices;
  for (const kind of input.offered) {
    const ticked = CHANNEL_KINDS.filter((channel) => input.choice.some(([k, c]) => k === kind && c === channel));
    if (REQUIRED_KINDS.has(kind)) {
      if (ticked.length < CHANNEL_KINDS.length) return { choices, refused: kind };
      continue;
    }
    choices[kind] = ticked;
  }
  for (const [kind] of input.choice) {
    if (REQUIRED_KINDS.has(kind as never) || input.offered.includes(kind as never)) continue;
    // A ticked box of a kind the form did not offer: a forged form.
    return { choices, refused: kind };
  }
  return { choices, refused: null };
}
