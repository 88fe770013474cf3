import { z } from "zod";
import { parseIsoWeek } from "@/lib/dates/zone-time";
import { id, plainText } from "@/lib/server/fields";
import { nameList } from "@/lib/documents/schema";

export const weekField = z
  .string()
  .trim()
  .transform((value, context) => {
    const week = parseIsoWeek(value);
    if (!week) {
      context.addIssue({ code: "custom", message: "validation.invalid" });
      return z.NEVER;
    }
    return week;
  });

export const createEditionSchema = z.object({ week: weekField });

export const saveEditionSchema = z.object({
  id,
  title: plainText(100),
  summary: plainText(4000),
  praise: plainText(4000),
  criticism: plainText(4000),
  requirements: plainText(4000),
  reportTo: nameList,
  sendTo: nameList,
});

/** Issuing saves the text on the form too, so what is issued is what the office sees. */
export const issueEditionSchema = saveEditionSchema;
