import { z } from "zod";
import { checkbox, dateInBounds, decimal, id, integer, optionalDecimal, requiredText } from "@/lib/server/fields";
import { parseQuarter } from "./quarter";
import { parseStoredJson } from "@/lib/server/stored-json";
import { COMPONENTS, DEFAULT_MISSING_DATA_RULE, MISSING_DATA_RULES, weightsTotal, type Component, type Weights } from "./scoring";

export const quarterField = z
  .string()
  .trim()
  .transform((value, context) => {
    const quarter = parseQuarter(value);
    // Within the date bounds, checked on the text: the quarter arithmetic needs four-digit years.
    if (!quarter || !dateInBounds(`${value.slice(0, 4)}-${String((quarter.quarter - 1) * 3 + 1).padStart(2, "0")}-01`)) {
      context.addIssue({ code: "custom", message: "validation.invalid" });
      return z.NEVER;
    }
    return quarter;
  });

export const weightsSchema = z
  .object(Object.fromEntries(COMPONENTS.map((component) => [component, decimal(0, 100, 2)])) as Record<(typeof COMPONENTS)[number], ReturnType<typeof decimal>>)
  .superRefine((weights, context) => {
    const total = weightsTotal(weights as Weights);
    if (Math.abs(total - 100) > 0.001) context.addIssue({ code: "custom", path: ["total"], message: "assessment.validation.weightsTotal", params: { total } });
  });

/** Working days a unit has to appeal after publication. */
export const APPEAL_DAYS = { min: 1, max: 20, default: 5 } as const;

export const computeSchema = z.object({
  quarter: quarterField,
  missingDataRule: z.preprocess((value) => (value === "" || value === undefined ? DEFAULT_MISSING_DATA_RULE : value), z.enum(MISSING_DATA_RULES)),
  appealWorkingDays: z.preprocess((value) => (value === "" || value === undefined ? APPEAL_DAYS.default : value), integer(APPEAL_DAYS.min, APPEAL_DAYS.max)),
});
export const adjustSchema = z.object({ id, adjustment: decimal(-30, 30, 2), reason: requiredText(500) });
/** `confirmEarly`: the office confirms publishing a quarter that has not ended yet. */
export const publishSchema = z.object({ quarter: quarterField, confirmEarly: checkbox });

export const fileAppealSchema = z.object({ quarter: quarterField, component: z.enum(COMPONENTS), reason: requiredText(1000) });
export const decideAppealSchema = z
  .object({
    id,
    decision: z.enum(["ACCEPT", "REJECT"]),
    correctedRaw: optionalDecimal(0, 100, 2),
    decisionReason: requiredText(1000),
  })
  .superRefine((input, context) => {
    if (input.decision === "ACCEPT" && input.correctedRaw === null) context.addIssue({ code: "custom", path: ["correctedRaw"], message: "assessment.appeal.correctedRequired" });
  });

// Stored JSON of the assessment, parsed on every read (lib/server/stored-json.ts).

/** AssessmentRound.weights: the weights the round was scored with, per component (a component missing from an old row weighs 0). */
const storedWeight = z.number().min(0).max(100).default(0);
export const roundWeightsSchema = z.object({
  TIMELINESS: storedWeight,
  PROGRESS: storedWeight,
  INDICATORS: storedWeight,
  WARNINGS: storedWeight,
  INSPECTIONS: storedWeight,
} satisfies Record<Component, unknown>);

export function parseRoundWeights(value: unknown): Weights {
  return parseStoredJson(roundWeightsSchema, value, "AssessmentRound.weights");
}

/** AssessmentComponent.evidence: the part's figures (free-form per component) with the bookkeeping below. */
export const storedPartSchema = z.looseObject({
  /** The unit had data for the part. */
  applicable: z.boolean().optional(),
  configuredWeight: z.number().optional(),
  /** What a part without data counted with under the round's rule (value null: left out). */
  substitute: z.object({ rule: z.enum(MISSING_DATA_RULES), value: z.number().nullable() }).nullable().optional(),
  /** Set when an accepted appeal corrected the part: the measured raw score before (null: no data). */
  correctedFrom: z.number().nullable().optional(),
});
export type StoredPart = z.infer<typeof storedPartSchema>;

/** A part's stored evidence; a part without a row reads as {}. */
export function readStoredPart(evidence: unknown): StoredPart {
  return parseStoredJson(storedPartSchema, evidence ?? {}, "AssessmentComponent.evidence");
}

/** AssessmentPublication.ranking: the ranking as published in that revision. */
export const publishedRankingSchema = z.array(z.object({ unitId: z.string(), total: z.number(), rank: z.number(), categoryRank: z.number().optional() }));

export function parsePublishedRanking(value: unknown): z.output<typeof publishedRankingSchema> {
  return parseStoredJson(publishedRankingSchema, value, "AssessmentPublication.ranking");
}
