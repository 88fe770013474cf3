import { z } from "zod";
import { checkbox, id } from "@/lib/server/fields";
import * as DbEnums from "@/lib/db/generated/enums";
import { parseStoredJson } from "@/lib/server/stored-json";
import { WARNING_KINDS } from "./rules";

/** One or many ids from repeated form keys. */
export const acknowledgeSchema = z.object({
  warning: z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(id).min(1, { error: "warnings.nothingSelected" }).max(200)),
});

/** The kind and switch of a rule form; its parameters are then parsed with RULE_SCHEMAS[kind]. */
export const ruleKindSchema = z.object({ kind: z.enum(WARNING_KINDS), enabled: checkbox });

// Warning.evidence (stored JSON): what the engine recorded when it raised the warning. Parsed on
// every read. A warning the engine did not raise holds {} and reads as evidence with nothing in
// it (recordedWarningEvidence tells the two apart); a malformed value is refused.
const figure = z.union([z.number(), z.string(), z.boolean(), z.null(), z.array(z.string())]);

export const warningEvidenceSchema = z.object({
  rule: z.enum(DbEnums.WarningKind).optional(),
  threshold: z.record(z.string(), z.union([z.number(), z.string()])).default({}),
  figures: z.record(z.string(), figure).default({}),
  reports: z.array(z.object({ id: z.string(), week: z.string(), progress: z.number().optional() })).default([]),
  subject: z
    .object({
      unitName: z.string(),
      itemCode: z.string().optional(),
      itemTitle: z.string().optional(),
      itemSource: z.enum(DbEnums.WorkItemSource).optional(),
      noticeNumber: z.string().optional(),
    })
    .default({ unitName: "" }),
});

export type WarningEvidence = z.infer<typeof warningEvidenceSchema>;

export function parseWarningEvidence(value: unknown): WarningEvidence {
  return parseStoredJson(warningEvidenceSchema, value, "Warning.evidence");
}

/** The evidence when the engine recorded one (a subject and figures), otherwise null. */
export function recordedWarningEvidence(value: unknown): WarningEvidence | null {
  if (typeof value !== "object" || value === null || !("subject" in value) || !("figures" in value)) return null;
  return parseWarningEvidence(value);
}
