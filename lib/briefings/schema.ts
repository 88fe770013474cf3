import { z } from "zod";
import { id, isoWeekField, plainText } from "@/lib/server/fields";
import { nameList } from "@/lib/documents/schema";
import * as DbEnums from "@/lib/db/generated/enums";
import type { Prisma } from "@/lib/db/generated/client";
import type { WeeklyBriefing } from "@/lib/dashboard/briefing";
import { parseStoredJson } from "@/lib/server/stored-json";

export const createEditionSchema = z.object({ week: isoWeekField });

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

// BriefingEdition.snapshot (stored JSON): the weekly briefing's figures as frozen in an issued
// edition, parsed on read (instants come back as Date). Versioned: a row without a version reads
// as version 1; a later shape adds its version and a reader for it.
const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const nullableInstant = instant.nullable();
const unitRef = { unitId: z.string(), unit: z.string() };

const briefingSchema = z.object({
  week: z.object({ isoYear: z.number().int(), isoWeek: z.number().int() }),
  monday: z.iso.date(),
  submission: z.object({
    expected: z.number().int(),
    submitted: z.number().int(),
    onTime: z.number().int(),
    ranking: z.array(
      z.object({
        rank: z.number().int(),
        ...unitRef,
        unitName: z.string(),
        outcome: z.enum(["ON_TIME", "LATE", "RETURNED", "DRAFT", "MISSING"]),
        submittedAt: nullableInstant,
        lateMinutes: z.number().nullable(),
      }),
    ),
  }),
  progress: z.array(z.object({ ...unitRef, unitName: z.string(), items: z.number(), progress: z.number(), planned: z.number(), gap: z.number(), moved: z.number() })),
  newRedWarnings: z.array(
    z.object({ id: z.string(), title: z.string(), evidence: z.record(z.string(), z.unknown()), kind: z.enum(DbEnums.WarningKind), level: z.enum(DbEnums.WarningLevel), ...unitRef, workItemId: z.string().nullable(), workItemCode: z.string().nullable(), reachedAt: instant }),
  ),
  noticesIssued: z.array(z.object({ id: z.string(), number: z.string(), title: z.string(), level: z.enum(DbEnums.WarningLevel), status: z.enum(DbEnums.NoticeStatus), ...unitRef, at: instant, responseDue: instant })),
  noticesClosed: z.array(z.object({ id: z.string(), number: z.string(), title: z.string(), level: z.enum(DbEnums.WarningLevel), status: z.enum(DbEnums.NoticeStatus), ...unitRef, at: instant, responseDue: instant })),
  completed: z.array(z.object({ id: z.string(), code: z.string(), title: z.string(), ...unitRef, completedAt: instant })),
  // Added after the first editions were issued: those read as "no line".
  readiness: z
    .object({ systemName: z.string(), overall: z.number().nullable(), passMark: z.number(), weakest: z.object({ code: z.string(), name: z.string(), behind: z.number() }).nullable() })
    .nullable()
    .default(null),
});

export const BRIEFING_SNAPSHOT_VERSION = 1;

export const briefingSnapshotSchema = z.object({ version: z.literal(BRIEFING_SNAPSHOT_VERSION).default(BRIEFING_SNAPSHOT_VERSION), briefing: briefingSchema });

/** What is stored at issue: the briefing with instants as ISO strings, and its version. */
export function toBriefingSnapshot(briefing: WeeklyBriefing): Prisma.InputJsonObject {
  return { version: BRIEFING_SNAPSHOT_VERSION, briefing: JSON.parse(JSON.stringify(briefing)) as Prisma.InputJsonObject };
}

export function parseBriefingSnapshot(value: unknown): WeeklyBriefing {
  return parseStoredJson(briefingSnapshotSchema, value, "BriefingEdition.snapshot").briefing;
}
