import { z } from "zod";
import { dateKeyField, files, id, optionalDateKey, optionalText, requiredText } from "@/lib/server/fields";
import { nameList } from "@/lib/documents/schema";
import { WARNING_LEVELS } from "@/lib/warnings/rules";

/** A repeated form key arrives as an array, a single one as a string, none as undefined. */
const idList = z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(id).max(50));

export const issueNoticeSchema = z.object({
  unitId: id,
  title: requiredText(100),
  matter: requiredText(4000),
  requiredAction: requiredText(4000),
  responseDue: dateKeyField,
  level: z.enum(WARNING_LEVELS),
  warningId: idList,
  /** 抄送 of the notice document (the responsible leader); absent: the zone's default list. */
  copyTo: nameList.optional(),
});

export const noticeStepSchema = z.object({ id, note: optionalText(1000) });

/** Closing: `overrideReason` is required while warnings the notice was issued for are still open. */
export const closeNoticeSchema = z.object({ id, note: optionalText(1000), overrideReason: optionalText(1000) });

export const respondNoticeSchema = z.object({ id, content: requiredText(4000), attachments: files });

export const returnNoticeSchema = z.object({ id, note: requiredText(1000), responseDue: optionalDateKey });

const optionalRef = z.preprocess((value) => (value === "" ? undefined : value), id.optional());

export const instructionSchema = z
  .object({ noticeId: optionalRef, warningId: optionalRef, content: requiredText(1000) })
  .refine((value) => Boolean(value.noticeId) !== Boolean(value.warningId), { error: "validation.invalid", path: ["content"] });
