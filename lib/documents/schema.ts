import { z } from "zod";
import { plainText, requiredText } from "@/lib/server/fields";
import { splitNames } from "./settings";

/** Names typed in one field, separated by 、，, or new lines: at most 40 names of 60 characters. */
export const nameList = plainText(2000)
  .transform((value) => splitNames(value))
  .refine((names) => names.length <= 40 && names.every((name) => name.length <= 60), { error: "documents.validation.names" });

export const documentSettingsSchema = z.object({
  issuerName: plainText(40),
  signatureName: plainText(40),
  noticeCode: requiredText(12).refine((value) => !/[〔〕\[\]\d]/.test(value), { error: "documents.validation.noticeCode" }),
  printedBy: plainText(40),
  copyTo: nameList,
  briefingName: requiredText(20),
  briefingEditor: plainText(40),
  briefingReportTo: nameList,
  briefingSendTo: nameList,
});
