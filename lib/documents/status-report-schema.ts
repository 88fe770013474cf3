import { z } from "zod";
import { id, plainText, requiredText } from "@/lib/server/fields";

export const createStatusReportSchema = z.object({});

const sectionText = z.object({ facts: plainText(6000), remarks: plainText(6000) });

/** The edit form: sections arrive as sections[0][facts], sections[0][remarks], … */
export const statusReportFormSchema = z.object({
  id,
  title: requiredText(100),
  addressee: plainText(60),
  intro: plainText(2000),
  closing: plainText(2000),
  sections: z.array(sectionText).max(20).default([]),
});
