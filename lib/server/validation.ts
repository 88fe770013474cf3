// zod parsing with localized messages. Schemas use i18n keys ("validation.xxx") for their
// own messages; zod's built-in issues are phrased here. Either way the user sees their
// language at the field.
import type { z } from "zod";
import { getServerTranslator, type Translator } from "@/lib/i18n/server";
import type { FieldErrors } from "./result";
import { asFormInput, fieldPath } from "./nested-form";
import { safeRecord } from "./safe-object";
import { isMessageKey } from "@/lib/i18n/keys";

type Issue = z.core.$ZodRawIssue;

function builtinMessage(issue: Issue, t: Translator): string | undefined {
  const origin = "origin" in issue ? String(issue.origin) : "";
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null || issue.input === "") return t("validation.required");
      return issue.expected === "number" ? t("validation.number") : t("validation.invalid");
    case "too_small":
      // zod measures anything with a length, so an object arrives here too ("title[length][x]").
      if (origin === "unknown") return t("validation.invalid");
      if (origin === "string") return Number(issue.minimum) <= 1 ? t("validation.required") : t("validation.minLength", { min: Number(issue.minimum) });
      if (origin === "array" || origin === "set") return t("validation.minItems", { min: Number(issue.minimum) });
      return t("validation.min", { min: String(issue.minimum) });
    case "too_big":
      if (origin === "unknown") return t("validation.invalid");
      if (origin === "string") return t("validation.maxLength", { max: Number(issue.maximum) });
      if (origin === "array" || origin === "set") return t("validation.maxItems", { max: Number(issue.maximum) });
      return t("validation.max", { max: String(issue.maximum) });
    case "invalid_format":
      if (issue.format === "email") return t("validation.email");
      if (issue.format === "date" || issue.format === "datetime") return t("validation.date");
      return t("validation.invalid");
    case "invalid_value":
      return t("validation.choice");
    case "not_multiple_of":
      return t("validation.decimals");
    default:
      // invalid_key, invalid_union, invalid_element, unrecognized_keys…: never zod's English.
      return t("validation.invalid");
  }
}

type MessageValues = Record<string, string | number>;

/** The values a custom issue passes to its message ({ params: { min, max } }). */
function messageValues(issue: z.core.$ZodIssue): MessageValues | undefined {
  const params = "params" in issue ? (issue.params as Record<string, unknown> | undefined) : undefined;
  if (!params) return undefined;
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(params)) if (typeof value === "string" || typeof value === "number") values[name] = value;
  return values;
}

/** Turns a key-shaped message into text; anything else passes through. */
export function translateMessage(message: string, t: Translator, values?: MessageValues): string {
  if (isMessageKey(message)) {
    try {
      return t(message, values);
    } catch {
      return message;
    }
  }
  return message;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors; message: string };

export function parseWith<S extends z.ZodType>(schema: S, input: unknown, t: Translator): Parsed<z.output<S>> {
  const result = schema.safeParse(asFormInput(input), { error: (issue) => builtinMessage(issue, t) });
  if (result.success) return { ok: true, data: result.data };
  // A Map, not an object: a path may be a key the user chose ("entries.__proto__").
  const messages = new Map<string, string[]>();
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    const message = translateMessage(issue.message, t, messageValues(issue));
    const known = messages.get(field) ?? [];
    if (!known.includes(message)) messages.set(field, [...known, message]);
  }
  const fieldErrors: FieldErrors = Object.fromEntries(messages);
  return { ok: false, fieldErrors, message: t("validation.fixErrors") };
}

/** Parses action input with the request's language. */
export async function parseInput<S extends z.ZodType>(schema: S, input: unknown): Promise<Parsed<z.output<S>>> {
  return parseWith(schema, input, await getServerTranslator());
}

/**
 * FormData → an object without a prototype; repeated keys become arrays, files are kept. A
 * field name with a segment "__proto__", "constructor" or "prototype" ("__proto__",
 * "a[constructor]") refuses the form (UnsafeKeyError).
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object = safeRecord();
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    fieldPath(key); // refuses a prototype name in any segment, whether or not the form is nested
    if (Object.hasOwn(object, key)) {
      const existing = object[key];
      object[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    } else {
      object[key] = value;
    }
  }
  return object;
}
