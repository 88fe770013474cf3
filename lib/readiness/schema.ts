// Inputs of the readiness domain: a catalogue version (JSON or a parsed sheet), the zone's
// settings, an indicator's figures, an entered value or qualitative score, and links.
import { z } from "zod";
import { checkbox, dateKeyField, exactDecimal, files, id, idList, integer, optionalText, requiredText, searchParamList } from "@/lib/server/fields";
import { MISSING_RULES } from "./scoring";

/** An indicator or group code: "1", "1.10", "A-3". */
const code = z.string().trim().min(1).max(20).regex(/^[0-9A-Za-z][0-9A-Za-z.\-]*$/, { error: "readiness.validation.code" });

const catalogueIndicator = z.object({
  code,
  name: requiredText(120),
  unit: z.string().trim().max(20).nullable().optional().transform((value) => value || null),
  direction: z.enum(["RISING", "FALLING"]).default("RISING"),
  weight: z.number().min(0.01).max(100).nullable().optional().transform((value) => value ?? null),
  qualitative: z.boolean().default(false),
});

const catalogueGroup = z.object({
  code,
  name: requiredText(120),
  weight: z.number().min(0.01).max(100),
  indicators: z.array(catalogueIndicator).min(1).max(60),
});

/** A whole version: groups whose weights add up to 100 %, codes unique. */
export const catalogueInput = z
  .object({
    version: requiredText(20),
    name: requiredText(120),
    issuedBy: z.string().trim().max(120).nullable().optional().transform((value) => value || null),
    source: z.string().trim().max(500).nullable().optional().transform((value) => value || null),
    groups: z.array(catalogueGroup).min(1).max(20),
  })
  .superRefine((catalogue, ctx) => {
    const total = catalogue.groups.reduce((sum, group) => sum + group.weight, 0);
    if (Math.abs(total - 100) > 0.01) ctx.addIssue({ code: "custom", path: ["groups"], message: "readiness.import.errors.weights", params: { total: Math.round(total * 100) / 100 } });
    const codes = new Set<string>();
    for (const group of catalogue.groups) {
      for (const key of [`g:${group.code}`, ...group.indicators.map((indicator) => `i:${indicator.code}`)]) {
        if (codes.has(key)) ctx.addIssue({ code: "custom", path: ["groups"], message: "readiness.import.errors.duplicateCode", params: { code: key.slice(2) } });
        codes.add(key);
      }
    }
  });

export type CatalogueInput = z.input<typeof catalogueInput>;
export type Catalogue = z.output<typeof catalogueInput>;

/** The import form: a .json or .xlsx file; a sheet takes its version and name from the form. */
export const importCatalogueSchema = z.object({
  file: files.refine((list) => list.length === 1, { error: "readiness.import.errors.noFile" }),
  version: optionalText(20),
  name: optionalText(120),
  issuedBy: optionalText(120),
  source: optionalText(500),
  choose: checkbox,
});

export const readinessSettingsSchema = z.object({
  systemId: id,
  cap: exactDecimal({ scale: 2, min: 1, max: 2 }).refine((value) => value !== null, { error: "validation.required" }).transform(Number),
  missingRule: z.enum(MISSING_RULES),
  passMark: exactDecimal({ scale: 2, min: 0, max: 150 }).refine((value) => value !== null, { error: "validation.required" }).transform(Number),
});

const figureNumber = exactDecimal({ scale: 4, min: -1e13, max: 1e13 });

export const figureSchema = z.object({
  indicatorId: id,
  baseline: figureNumber,
  baselineYear: z.preprocess((value) => (value === "" ? undefined : value), integer(2000, 2100).optional()).transform((value) => value ?? null),
  target: figureNumber,
  targetYear: z.preprocess((value) => (value === "" ? undefined : value), integer(2000, 2100).optional()).transform((value) => value ?? null),
  benchmark: figureNumber,
  benchmarkSource: optionalText(200),
}).superRefine((input, ctx) => {
  if (input.benchmark !== null && !input.benchmarkSource) ctx.addIssue({ code: "custom", path: ["benchmarkSource"], message: "readiness.validation.benchmarkSource" });
});

/** An entered value (with its source and statistics date), or a qualitative score 0–100 with the reason; the action knows which. */
export const valueSchema = z.object({
  indicatorId: id,
  value: figureNumber.refine((value) => value !== null, { error: "validation.required" }).transform((value) => value!),
  asOf: dateKeyField,
  source: requiredText(200),
  reason: optionalText(1000),
});

export const deleteValueSchema = z.object({ id });

/** Links of one indicator: the work items (each optionally fed by one of its indicators) and measures that move it. */
export const linkSchema = z.object({
  indicatorId: id,
  workItemId: z.preprocess((value) => (value === "" ? undefined : value), id.optional()).transform((value) => value ?? null),
  measureId: z.preprocess((value) => (value === "" ? undefined : value), id.optional()).transform((value) => value ?? null),
  workItemIndicatorId: z.preprocess((value) => (value === "" ? undefined : value), id.optional()).transform((value) => value ?? null),
}).superRefine((input, ctx) => {
  if (!input.workItemId && !input.measureId) ctx.addIssue({ code: "custom", path: ["workItemId"], message: "readiness.validation.linkTarget" });
  if (input.workItemId && input.measureId) ctx.addIssue({ code: "custom", path: ["measureId"], message: "readiness.validation.linkOne" });
  if (input.workItemIndicatorId && !input.workItemId) ctx.addIssue({ code: "custom", path: ["workItemIndicatorId"], message: "readiness.validation.linkTarget" });
});

export const deleteLinkSchema = z.object({ id });

/** The what-if selection from the page's URL (?reach=id&reach=id). */
export function parseReach(value: unknown): string[] {
  const parsed = idList.safeParse(searchParamList(value));
  return parsed.success ? [...new Set(parsed.data)].slice(0, 200) : [];
}
