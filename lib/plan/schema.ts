import { z } from "zod";
import { dateKeyField, exactDecimal, id, integer, optionalText, requiredText } from "@/lib/server/fields";
import { parseCurvePoints } from "./curve-points";
import { CODE_PATTERN, workItemIssues } from "./work-item-rules";

export const CURVES = ["LINEAR", "FRONT_LOADED", "BACK_LOADED", "CUSTOM"] as const;

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

const workItemObject = z.object({
  measureId: id,
  code: planCode,
  title: requiredText(200),
  description: optionalText(2000),
  leadUnitId: z.preprocess((value) => (value === "" ? undefined : value), id),
  cooperatorIds: idList,
  startDate: dateKeyField,
  dueDate: dateKeyField,
  deliverable: optionalText(200),
  indicatorName: optionalText(100),
  indicatorUnit: optionalText(20),
  indicatorBaseline: exactDecimal({ scale: 4, min: -1e13, max: 1e13 }),
  indicatorTarget: exactDecimal({ scale: 4, min: -1e13, max: 1e13 }),
  plannedCurve: z.enum(CURVES).default("LINEAR"),
  plannedPoints: curvePointsText,
  sortOrder,
});

function withRules<T extends z.ZodType<z.output<typeof workItemObject>>>(schema: T) {
  return schema.superRefine((fields, ctx) => {
    for (const issue of workItemIssues(fields)) ctx.addIssue({ code: "custom", path: [issue.field], message: issue.key });
  });
}

export const workItemSchema = withRules(workItemObject);
export const updateWorkItemSchema = withRules(workItemObject.extend({ id }));

export const idSchema = z.object({ id });
