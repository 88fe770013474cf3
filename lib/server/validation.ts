// zod parsing with localized messages. Schemas use i18n keys ("validation.xxx") for their
// own messages; zod's built-in issues are phrased here. Either way the user sees their
// language at the field.
import type { z } from "zod";
import { getServerTranslator, type Translator } from "@/lib/i18n/server";
import type { FieldErrors } from "./result";

type Issue = z.core.$ZodRawIssue;

function builtinMessage(issue: Issue, t: Translator): string | undefined {
  const origin = "origin" in issue ? String(issue.origin) : "";
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null || issue.input === "") return t("validation.required");
      return issue.expected === "number" ? t("validation.number") : t("validation.invalid");
    case "too_small":
      if (origin === "string") return Number(issue.minimum) <= 1 ? t("validation.required") : t("validation.minLength", { min: Number(issue.minimum) });
      if (origin === "array" || origin === "set") return t("validation.minItems", { min: Number(issue.minimum) });
      return t("validation.min", { min: String(issue.minimum) });
    case "too_big":
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
      return undefined;
  }
}

/** Turns a key-shaped message into text; anything else passes through. */
export function translateMessage(message: string, t: Translator): string {
  if (/^[a-z][A-Za-z]*\.[A-Za-z0-9_.]+$/.test(message)) {
    try {
      return t(message);
    } catch {
      return message;
    }
  }
  return message;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors; message: string };

export function parseWith<S extends z.ZodType>(schema: S, input: unknown, t: Translator): Parsed<z.output<S>> {
  const result = schema.safeParse(input, { error: (issue) => builtinMessage(issue, t) });
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    (fieldErrors[field] ??= []).push(translateMessage(issue.message, t));
  }
  return { ok: false, fieldErrors, message: t("validation.fixErrors") };
}

/** Parses action input with the request's language. */
export async function parseInput<S extends z.ZodType>(schema: S, input: unknown): Promise<Parsed<z.output<S>>> {
  return parseWith(schema, input, await getServerTranslator());
}

/** FormData → plain object; repeated keys become arrays, files are kept. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (key in object) {
      const existing = object[key];
      object[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    } else {
      object[key] = value;
    }
  }
  return object;
}
