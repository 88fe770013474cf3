import { z } from "zod";
import { checkbox, dateKeyField, files, id, idList, monthKeyField, optionalDateKey, optionalId, optionalText, plainText, requiredText } from "@/lib/server/fields";
import { RATINGS } from "./monthly";
import * as DbEnums from "@/lib/db/generated/enums";

export const MEETING_KINDS = Object.values(DbEnums.MeetingKind);

const inspectionFields = {
  unitId: id,
  date: dateKeyField,
  inspectors: requiredText(200),
  findings: requiredText(4000),
  rating: z.enum(RATINGS),
  rectificationRequired: checkbox,
  rectificationDue: optionalDateKey,
  attachments: files,
};

type InspectionInput = { date: string; rectificationRequired: boolean; rectificationDue: string | null; rectifiedOn?: string | null };

function rectificationRules(value: InspectionInput, context: z.RefinementCtx) {
  if (value.rectificationRequired && !value.rectificationDue) context.addIssue({ code: "custom", path: ["rectificationDue"], message: "supervision.validation.dueRequired" });
  if (value.rectificationDue && value.rectificationDue < value.date) context.addIssue({ code: "custom", path: ["rectificationDue"], message: "supervision.validation.dueBeforeDate" });
  if (value.rectifiedOn && value.rectifiedOn < value.date) context.addIssue({ code: "custom", path: ["rectifiedOn"], message: "supervision.validation.dueBeforeDate" });
}

export const createInspectionSchema = z.object(inspectionFields).superRefine(rectificationRules);
export const updateInspectionSchema = z
  .object({ id, ...inspectionFields, rectifiedOn: optionalDateKey, removeAttachments: idList })
  .superRefine(rectificationRules);

const decisionSchema = z.object({
  id: optionalId,
  content: requiredText(500),
  assigneeUnitId: id,
  dueDate: dateKeyField,
  cancel: checkbox,
});

export const meetingSchema = z
  .object({
    id: optionalId,
    kind: z.enum(MEETING_KINDS),
    title: requiredText(120),
    date: dateKeyField,
    location: optionalText(120),
    minutes: plainText(20000),
    attendeeIds: idList,
    decisions: z.array(decisionSchema).max(30).default([]),
  })
  .superRefine((value, context) => {
    value.decisions.forEach((decision, index) => {
      if (decision.dueDate < value.date) context.addIssue({ code: "custom", path: ["decisions", index, "dueDate"], message: "supervision.validation.decisionDueBeforeMeeting" });
    });
  });
export type MeetingInput = z.output<typeof meetingSchema>;

export const monthField = monthKeyField;
export const monthlyCommentarySchema = z.object({ month: monthField, commentary: plainText(20000) });
export const publishMonthlySchema = z.object({ month: monthField, commentary: plainText(20000) });
