import { z } from "zod";
import { dateKeyField, exactDecimal, id, integer, optionalDateKey, optionalText, requiredText } from "@/lib/server/fields";
import { parseCurvePoints } from "./curve-points";
import { INDICATOR_DIRECTIONS } from "./indicators";
import { readStoredJson } from "@/lib/server/stored-json";
import { CURVES, RECURRENCES, type CurvePoint } from "./planned-progress";

export { CURVES } from "./planned-progress";
import { CODE_PATTERN, issuePath, workItemIssues } from "./work-item-rules";


export const planCode = z.string().trim().regex(CODE_PATTERN, { error: "planManage.rules.codeFormat" });

const sortOrder = integer(0, 99999).default(0);

export const taskSchema = z.object({ code: planCode, title: requiredText(100), description: optionalText(1000), sortOrder });
export const updateTaskSchema = taskSchema.extend({ id });

export const measureSchema = z.object({ taskId: id, code: planCode, title: requiredText(200), description: optionalText(1000), sortOrder });
export const updateMeasureSchema = measureSchema.extend({ id });

const idList = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(id).max(40)).transform((ids) => [...new Set(ids)]);

const curvePointsText = z
  .preprocess((value) => (typeof value === "string" ? value : ""), z.string().max(2000))
  .transform((text, ctx) => {
    const parsed = parseCurvePoints(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: "planManage.rules.pointFormat" });
      return z.NEVER;
    }
    return parsed.points;
  });

/** Rows of a repeating fieldset ("indicators[0][name]"): missing means none; index gaps close up. */
function rows<T extends z.ZodType>(row: T, max: number) {
  return z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : typeof value === "object" && value !== null ? Object.values(value) : value), z.array(row).max(max + 1));
}

export const indicatorInput = z.object({
  /** The indicator being edited; absent for a new one. */
  id: z.preprocess((value) => (value === "" ? undefined : value), id.optional()),
  name: optionalText(100),
  unit: optionalText(20),
  direction: z.enum(INDICATOR_DIRECTIONS).default("RISING"),
  baseline: exactDecimal({ scale: 4, min: -1e13, max: 1e13 }),
  target: exactDecimal({ scale: 4, min: -1e13, max: 1e13 }),
});

export const milestoneInput = z.object({ date: optionalDateKey, text: optionalText(200) });

const workItemObject = z.object({
  measureId: id,
  code: planCode,
  title: requiredText(200),
  description: optionalText(2000),
  leadUnitId: z.preprocess((value) => (value === "" ? undefined : value), id),
  cooperatorIds: idList,
  leaderName: optionalText(50),
  ownerName: optionalText(50),
  startDate: dateKeyField,
  dueDate: dateKeyField,
  recurrence: z.enum(RECURRENCES).default("NONE"),
  deliverable: optionalText(200),
  indicators: rows(indicatorInput, 10),
  milestones: rows(milestoneInput, 12),
  plannedCurve: z.enum(CURVES).default("LINEAR"),
  plannedPoints: curvePointsText,
  sortOrder,
});

type ObjectOutput = z.output<typeof workItemObject>;

const filledIndicator = (row: ObjectOutput["indicators"][number]) => Boolean(row.name || row.unit || row.baseline !== null || row.target !== null);
const filledMilestone = (row: ObjectOutput["milestones"][number]) => Boolean(row.date || row.text);

/**
 * The rules on the filled rows (the form always offers an empty one); an issue names the row
 * by its position in the form, so the message lands beside the row that has it.
 */
function withRules<T extends z.ZodType<ObjectOutput>>(schema: T) {
  return schema
    .superRefine((fields, ctx) => {
      const indicatorAt = fields.indicators.map((row, index) => (filledIndicator(row) ? index : -1)).filter((index) => index >= 0);
      const milestoneAt = fields.milestones.map((row, index) => (filledMilestone(row) ? index : -1)).filter((index) => index >= 0);
      const filled = { ...fields, indicators: indicatorAt.map((index) => fields.indicators[index]), milestones: milestoneAt.map((index) => fields.milestones[index]) };
      for (const issue of workItemIssues(filled)) {
        const original =
          issue.field === "indicators" ? { ...issue, index: indicatorAt[issue.index] ?? issue.index } : issue.field === "milestones" ? { ...issue, index: milestoneAt[issue.index] ?? issue.index } : issue;
        ctx.addIssue({ code: "custom", path: issuePath(original), message: issue.key });
      }
    })
    .transform((fields) => ({ ...fields, indicators: fields.indicators.filter(filledIndicator), milestones: fields.milestones.filter(filledMilestone) }));
}

export const workItemSchema = withRules(workItemObject);
export const updateWorkItemSchema = withRules(workItemObject.extend({ id }));
export type WorkItemInput = z.output<typeof workItemSchema>;

export const idSchema = z.object({ id });

/** WorkItem.plannedPoints (stored JSON): a CUSTOM curve's points, null for the other curves. */
const plannedPointsSchema = z.array(z.object({ date: z.iso.date(), percent: z.number().min(0).max(100) })).nullable();

export function readPlannedPoints(value: unknown): CurvePoint[] | null {
  return readStoredJson(plannedPointsSchema, value ?? null, "WorkItem.plannedPoints");
}
