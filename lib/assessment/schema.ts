import { z } from "zod";
import { dateInBounds, decimal, id, requiredText } from "@/lib/server/fields";
import { parseQuarter } from "./quarter";
import { COMPONENTS, weightsTotal, type Weights } from "./scoring";

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

export const computeSchema = z.object({ quarter: quarterField });
export const adjustSchema = z.object({ id, adjustment: decimal(-30, 30, 2), reason: requiredText(500) });
export const publishSchema = z.object({ quarter: quarterField });
