import { z } from "zod";
import { checkbox, id } from "@/lib/server/fields";
import { WARNING_KINDS } from "./rules";

/** One or many ids from repeated form keys. */
export const acknowledgeSchema = z.object({
  warning: z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(id).min(1, { error: "warnings.nothingSelected" }).max(200)),
});

/** The kind and switch of a rule form; its parameters are then parsed with RULE_SCHEMAS[kind]. */
export const ruleKindSchema = z.object({ kind: z.enum(WARNING_KINDS), enabled: checkbox });

/** A rule form: the kind and switch checked first, the parameters kept for RULE_SCHEMAS[kind]. */
export const ruleFormSchema = ruleKindSchema.loose();

/** The manual-run button sends no fields. */
export const startRunSchema = z.object({});

/** The retry button of a failed run. */
export const retryRunSchema = z.object({ id });
