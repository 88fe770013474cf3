import { z } from "zod";
import { checkbox, id } from "@/lib/server/fields";
import { WARNING_KINDS } from "./rules";

/** One or many ids from repeated form keys. */
export const acknowledgeSchema = z.object({
  warning: z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(id).min(1, { error: "warnings.nothingSelected" }).max(200)),
});

/** The kind and switch of a rule form; its parameters are then parsed with RULE_SCHEMAS[kind]. */
export const ruleKindSchema = z.object({ kind: z.enum(WARNING_KINDS), enabled: checkbox });
