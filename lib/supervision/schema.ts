import { z } from "zod";
import { checkbox, dateKeyField, files, id, idList, monthKeyField, optionalDateKey, optionalId, optionalText, plainText, requiredText } from "@/lib/server/fields";
import type { Prisma } from "@/lib/db/generated/client";
import { parseStoredJson } from "@/lib/server/stored-json";
import { RATINGS, type MonthlySnapshot } from "./monthly";
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

// MonthlyReport.snapshot (stored JSON): the month's figures frozen at publication
// (lib/supervision/monthly.ts compiles them). Versioned: rows published before the version
// field was written read as version 1; a later shape adds its version and a reader for it.
export const MONTHLY_SNAPSHOT_VERSION = 1;

const rate = z.number().nullable();
const unitMonthSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  park: z.string().nullable(),
  owed: z.number(),
  onTime: z.number(),
  late: z.number(),
  missing: z.number(),
  submissionRate: rate,
  onTimeRate: rate,
  averageLateMinutes: rate,
  items: z.number(),
  progressStart: rate,
  progressEnd: rate,
  progressMoved: rate,
  completed: z.number(),
  warningsOpened: z.number(),
  warningsResolved: z.number(),
  ratings: z.array(z.enum(RATINGS)),
});

export const monthlySnapshotSchema = z.object({
  version: z.literal(MONTHLY_SNAPSHOT_VERSION).default(MONTHLY_SNAPSHOT_VERSION),
  period: z.object({ year: z.number().int(), month: z.number().int(), first: z.iso.date(), last: z.iso.date(), asOf: z.iso.datetime({ offset: true }), weeks: z.array(z.string()) }),
  summary: z.object({
    units: z.number(),
    owed: z.number(),
    submitted: z.number(),
    onTime: z.number(),
    late: z.number(),
    missing: z.number(),
    submissionRate: rate,
    onTimeRate: rate,
    items: z.number(),
    completed: z.number(),
    progressStart: rate,
    progressEnd: rate,
    warningsOpened: z.number(),
    warningsResolved: z.number(),
    inspections: z.number(),
    decisions: z.number(),
    decisionsDone: z.number(),
    decisionsOverdue: z.number(),
  }),
  units: z.array(unitMonthSchema),
  completedItems: z.array(z.object({ code: z.string(), title: z.string(), unit: z.string(), completedOn: z.iso.date() })),
  warnings: z.object({ opened: z.record(z.string(), z.number()), resolved: z.number() }),
  inspections: z.array(
    z.object({ unit: z.string(), date: z.iso.date(), rating: z.enum(RATINGS), inspectors: z.string(), findings: z.string(), rectificationRequired: z.boolean(), rectificationDue: z.iso.date().nullable(), rectified: z.boolean() }),
  ),
  ratings: z.record(z.enum(RATINGS), z.number()),
  decisions: z.array(
    z.object({ code: z.string(), content: z.string(), meeting: z.string(), unit: z.string(), dueDate: z.iso.date(), status: z.enum(DbEnums.DecisionStatus), progress: z.number(), overdue: z.boolean() }),
  ),
});

export function parseMonthlySnapshot(value: unknown): MonthlySnapshot {
  const { version: _version, ...snapshot } = parseStoredJson(monthlySnapshotSchema, value, "MonthlyReport.snapshot");
  return snapshot;
}

/** What is stored at publication: the snapshot with its version. */
export function toMonthlySnapshotJson(snapshot: MonthlySnapshot): Prisma.InputJsonObject {
  return { version: MONTHLY_SNAPSHOT_VERSION, ...snapshot };
}
