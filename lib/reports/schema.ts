import { z } from "zod";
import { checkbox, exactDecimal, files, id, idList, isoWeekField, optionalDecimal, optionalId, optionalText, plainText, requiredText } from "@/lib/server/fields";

const optionalVersion = z.preprocess((value) => (value === "" || value === undefined ? null : value), z.coerce.number().int().min(0).nullable());

export const ENTRY_TEXT_MAX = 2000;

/** A key of a record of ids ("entries[<id>]"): never one that reaches an object's prototype. */
const idKey = id.refine((key) => !["__proto__", "constructor", "prototype"].includes(key), { error: "validation.invalid" });

export const reportEntrySchema = z.object({
  progress: optionalDecimal(0, 100, 2),
  /**
   * One value per indicator of the item, by indicator id ("entries[<item>][indicators][<indicator>]"):
   * exact text for the Decimal(18,4) column, never a float (17 significant digits stay as typed).
   */
  indicators: z.record(idKey, exactDecimal({ scale: 4, min: -1e13, max: 1e13 })).default({}),
  doneThisWeek: plainText(ENTRY_TEXT_MAX),
  planNextWeek: plainText(ENTRY_TEXT_MAX),
  problems: plainText(ENTRY_TEXT_MAX),
  needsCoordination: checkbox,
  regressionReason: optionalText(500),
  attachments: files,
  removeAttachments: idList,
});

/**
 * The report form. Entries are keyed by work item id ("entries.<itemId>.progress"); the unit is
 * always the signed-in reporter's, never a field. `version` is the one the form was opened on
 * (empty for a report not created yet).
 */
export const saveReportSchema = z.object({
  week: isoWeekField,
  reportId: optionalId,
  version: optionalVersion,
  summary: plainText(ENTRY_TEXT_MAX),
  entries: z.record(id, reportEntrySchema).default({}),
  /**
   * The form's editing session (a random id per opened form): its autosaves share one audit
   * row. Not the user's to fix: a malformed one only means no coalescing.
   */
  editSession: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional().catch(undefined),
});
export type SaveReportInput = z.output<typeof saveReportSchema>;

export const returnReportSchema = z.object({ id, reason: requiredText(500) });
export const acceptReportSchema = z.object({ id });
export const remindSchema = z.object({ week: isoWeekField, parkId: optionalId });

/** 免报: excuse a unit from one week's report. */
export const excuseWeekSchema = z.object({ unitId: id, week: isoWeekField, reason: requiredText(500) });
export const withdrawExemptionSchema = z.object({ id });

/** The office requires reports in a holiday week (or a week skipped for a holiday), or withdraws that. */
export const requireWeekSchema = z.object({ week: isoWeekField, reason: requiredText(500) });
export const releaseWeekSchema = z.object({ week: isoWeekField });
