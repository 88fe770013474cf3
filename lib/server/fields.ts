// Reusable zod pieces for form input (FormData sends strings; empty means "not given").
import { z } from "zod";
import { filesFrom } from "@/lib/attachments/policy";
import { formatScaled, parseScaled, toScaled } from "./exact-decimal";

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** Optional free text: "" becomes null. */
export const optionalText = (max: number) =>
  z.preprocess(emptyToUndefined, z.string().trim().max(max).optional()).transform((value) => value ?? null);

export const email = z.preprocess((value) => (typeof value === "string" ? value.trim().toLowerCase() : value), z.email().max(120));

/** Checkbox: "on"/"true" → true, missing → false. */
export const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const id = z.string().trim().min(1).max(64);

export const optionalId = z.preprocess(emptyToUndefined, id.optional()).transform((value) => value ?? null);

export const integer = (min: number, max: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max));

/** "YYYY-MM-DD" */
export const dateKeyField = z.iso.date();

export const optionalDateKey = z.preprocess(emptyToUndefined, z.iso.date().optional()).transform((value) => value ?? null);

/** A decimal number given as text, kept as a string with at most `scale` decimals. */
export const decimal = (min: number, max: number, scale = 2) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number()
      .min(min)
      .max(max)
      .refine((value) => Number.isInteger(Math.round(value * 10 ** scale * 1e6) / 1e6), { error: "validation.decimals" }),
  );

export const phone = z.preprocess(emptyToUndefined, z.string().trim().regex(/^[0-9+\-() ]{5,20}$/).optional()).transform((value) => value ?? null);

/** An optional decimal number: "" becomes null; at most `scale` decimals. */
export const optionalDecimal = (min: number, max: number, scale = 2) =>
  z
    .preprocess(
      emptyToUndefined,
      z.coerce
        .number()
        .min(min)
        .max(max)
        .refine((value) => Number.isInteger(Math.round(value * 10 ** scale * 1e6) / 1e6), { error: "validation.decimals" })
        .optional(),
    )
    .transform((value) => value ?? null);

/** Free text that may be empty ("" rather than null), trimmed. */
export const plainText = (max: number) => z.preprocess((value) => value ?? "", z.string().trim().max(max));

/** Uploaded files of one input; an input left empty is no file (see filesFrom). */
export const files = z.preprocess(filesFrom, z.array(z.instanceof(File)));

/** Repeated ids (checkboxes, multi-selects); missing means none. */
export const idList = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(id));

/**
 * An exact decimal given as text ("647.5", "1,234"), kept as canonical text for a Decimal
 * column: never a float. Optional; "" becomes null.
 */
export const exactDecimal = ({ scale, min = 0, max }: { scale: number; min?: number; max: number }) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .transform((text, ctx) => {
        const parsed = parseScaled(text, scale);
        if (!parsed.ok) {
          ctx.addIssue({ code: "custom", message: parsed.error === "decimals" ? "validation.decimals" : "validation.number" });
          return z.NEVER;
        }
        // Built-in issue codes, so that lib/server/validation.ts phrases them with the bound.
        if (parsed.scaled < toScaled(min, scale)) ctx.addIssue({ code: "too_small", origin: "number", minimum: min, inclusive: true, input: text });
        else if (parsed.scaled > toScaled(max, scale)) ctx.addIssue({ code: "too_big", origin: "number", maximum: max, inclusive: true, input: text });
        return formatScaled(parsed.scaled, scale);
      })
      .optional(),
  ).transform((value) => value ?? null);
