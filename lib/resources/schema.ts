import { z } from "zod";
import { MONEY_INPUT_UNITS, yuanFromInput, type MoneyInputUnit } from "@/lib/server/exact-decimal";
import { dateKeyField, exactDecimal, id, integer, optionalDateKey, optionalId, optionalText, requiredText, text } from "@/lib/server/fields";
import { approvalIssues, fundingIssues, partOfWholeIssues, type RuleIssue } from "./rules";
import { ADMIN_LEVELS, DESIGNATION_STATUSES, FUNDING_KINDS, FUNDING_STATUSES, LAND_BATCH_STATUSES, PLANNING_KINDS, STEP_STATUSES } from "./enums";

export { ADMIN_LEVELS, DESIGNATION_STATUSES, FUNDING_KINDS, FUNDING_STATUSES, LAND_BATCH_STATUSES, PLANNING_KINDS, STEP_STATUSES } from "./enums";

/** 亩 and km², 2 places, within Decimal(12,2) / Decimal(10,2). */
const mu = exactDecimal({ scale: 2, max: 9_999_999_999 });
const km2 = exactDecimal({ scale: 2, max: 99_999_999 });
const requiredMu = mu.refine((value) => value !== null, { error: "validation.required" }).transform((value) => value!);
const requiredKm2 = km2.refine((value) => value !== null, { error: "validation.required" }).transform((value) => value!);

function addIssues(ctx: z.core.$RefinementCtx, issues: RuleIssue[]): void {
  for (const issue of issues) ctx.addIssue({ code: "custom", path: [issue.field], message: issue.key });
}

// ───────────── money ─────────────

const amountText = z.preprocess((value) => (typeof value === "string" ? value.trim() : ""), text().max(40));

const MONEY_ERRORS = {
  number: "validation.number",
  decimals: "resources.validation.amountDecimals",
  min: "resources.validation.amountNegative",
  max: "resources.validation.amountTooLarge",
} as const;

/**
 * Converts the amount fields from the chosen input unit (元 or 万元) to yuan text, exactly.
 * A blank optional amount is 0.
 */
function yuanFields<K extends string>(unit: MoneyInputUnit, values: Record<K, string>, required: NoInfer<K>[], ctx: z.core.$RefinementCtx) {
  const out = {} as Record<K, string | null>;
  for (const name of Object.keys(values) as K[]) {
    const text = values[name];
    if (!text) {
      if (required.includes(name)) ctx.addIssue({ code: "custom", path: [name], message: "validation.required" });
      out[name] = null;
      continue;
    }
    const parsed = yuanFromInput(text, unit);
    if (parsed.ok) out[name] = parsed.yuan;
    else {
      ctx.addIssue({ code: "custom", path: [name], message: MONEY_ERRORS[parsed.error] });
      out[name] = null;
    }
  }
  return out;
}

// ───────────── designations ─────────────

const designationObject = z.object({
  name: requiredText(100),
  level: z.enum(ADMIN_LEVELS),
  status: z.enum(DESIGNATION_STATUSES),
  parkId: optionalId,
  leadUnitId: optionalId,
  appliedAt: optionalDateKey,
  approvedAt: optionalDateKey,
  note: optionalText(1000),
  sortOrder: integer(0, 9999).default(0),
});

export const designationSchema = designationObject.superRefine((input, ctx) => addIssues(ctx, approvalIssues(input, "appliedAt")));
export const updateDesignationSchema = designationObject.extend({ id }).superRefine((input, ctx) => addIssues(ctx, approvalIssues(input, "appliedAt")));

/** A step of an approval (designation or planning adjustment). A DONE step without a date is done today. */
const stepObject = z.object({
  name: requiredText(200),
  status: z.enum(STEP_STATUSES),
  dueDate: optionalDateKey,
  completedAt: optionalDateKey,
  note: optionalText(500),
});

export const addStepSchema = stepObject.extend({ parentId: id });
export const updateStepSchema = stepObject.extend({ id });

export const visitSchema = z.object({
  designationId: optionalId,
  date: dateKeyField,
  visitors: requiredText(200),
  organization: requiredText(100),
  agreed: text().trim().max(2000).default(""),
  followUps: text().trim().max(2000).default(""),
});
export const updateVisitSchema = visitSchema.extend({ id });

// ───────────── funds ─────────────

const fundingObject = z.object({
  name: requiredText(100),
  sourceLevel: z.enum(ADMIN_LEVELS),
  kind: z.enum(FUNDING_KINDS),
  purpose: text().trim().max(500).default(""),
  amountUnit: z.enum(MONEY_INPUT_UNITS).default("WAN"),
  amountSought: amountText,
  amountApproved: amountText,
  amountArrived: amountText,
  status: z.enum(FUNDING_STATUSES),
  appliedAt: optionalDateKey,
  approvedAt: optionalDateKey,
  arrivedAt: optionalDateKey,
  parkId: optionalId,
  leadUnitId: optionalId,
  note: optionalText(1000),
});

function toFunding<T extends z.output<typeof fundingObject>>({ amountUnit, ...input }: T, ctx: z.core.$RefinementCtx) {
  const amounts = yuanFields(amountUnit, { amountSought: input.amountSought, amountApproved: input.amountApproved, amountArrived: input.amountArrived }, ["amountSought"], ctx);
  const result = { ...input, amountSought: amounts.amountSought ?? "0", amountApproved: amounts.amountApproved ?? "0", amountArrived: amounts.amountArrived ?? "0" };
  addIssues(ctx, fundingIssues(result));
  return result;
}

export const fundingSchema = fundingObject.transform(toFunding);
export const updateFundingSchema = fundingObject.extend({ id }).transform(toFunding);

// ───────────── land ─────────────

export const landNeededSchema = z.object({ landNeededMu: requiredMu });

const landBatchObject = z.object({
  seq: integer(1, 999),
  name: requiredText(100),
  parkId: optionalId,
  areaMu: requiredMu,
  approvedMu: mu,
  status: z.enum(LAND_BATCH_STATUSES),
  submittedAt: optionalDateKey,
  approvedAt: optionalDateKey,
  note: optionalText(1000),
});

function landBatchRules(input: z.output<typeof landBatchObject>, ctx: z.core.$RefinementCtx) {
  addIssues(ctx, partOfWholeIssues(["approvedMu", input.approvedMu], input.areaMu, "resources.validation.approvedAboveArea"));
  addIssues(ctx, approvalIssues({ status: input.status, appliedAt: input.submittedAt, approvedAt: input.approvedAt }, "submittedAt"));
}

export const landBatchSchema = landBatchObject.superRefine(landBatchRules);
export const updateLandBatchSchema = landBatchObject.extend({ id }).superRefine(landBatchRules);

const landProjectObject = z.object({
  name: requiredText(100),
  areaMu: requiredMu,
  approvedMu: mu,
  approvalRef: optionalText(100),
  approvedAt: optionalDateKey,
  amountUnit: z.enum(MONEY_INPUT_UNITS).default("WAN"),
  investment: amountText,
  sortOrder: integer(0, 9999).default(0),
});

function toLandProject<T extends z.output<typeof landProjectObject>>({ amountUnit, ...input }: T, ctx: z.core.$RefinementCtx) {
  const { investment } = yuanFields(amountUnit, { investment: input.investment }, [], ctx);
  addIssues(ctx, partOfWholeIssues(["approvedMu", input.approvedMu], input.areaMu, "resources.validation.approvedAboveArea"));
  return { ...input, investment, approvedMu: input.approvedMu ?? "0" };
}

export const landProjectSchema = landProjectObject.extend({ batchId: id }).transform(toLandProject);
export const updateLandProjectSchema = landProjectObject.extend({ id }).transform(toLandProject);

// ───────────── planning ─────────────

const planningObject = z.object({
  title: requiredText(100),
  kind: z.enum(PLANNING_KINDS),
  parkId: optionalId,
  plannedAreaKm2: requiredKm2,
  builtAreaKm2: km2,
  status: z.enum(DESIGNATION_STATUSES),
  submittedAt: optionalDateKey,
  approvedAt: optionalDateKey,
  note: optionalText(1000),
});

function planningRules(input: z.output<typeof planningObject>, ctx: z.core.$RefinementCtx) {
  addIssues(ctx, partOfWholeIssues(["builtAreaKm2", input.builtAreaKm2], input.plannedAreaKm2, "resources.validation.builtAbovePlanned"));
  addIssues(ctx, approvalIssues({ status: input.status, appliedAt: input.submittedAt, approvedAt: input.approvedAt }, "submittedAt"));
}

export const planningSchema = planningObject.superRefine(planningRules);
export const updatePlanningSchema = planningObject.extend({ id }).superRefine(planningRules);

export const idSchema = z.object({ id });
