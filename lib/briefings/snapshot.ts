// The weekly briefing's figures as frozen in an issued edition: stored JSON, parsed with zod on
// read (dates come back as Date), with a version so a later shape can still read old editions.
import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import type { WeeklyBriefing } from "@/lib/dashboard/briefing";

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
    z.object({ id: z.string(), title: z.string(), evidence: z.unknown(), kind: z.string(), level: z.string(), ...unitRef, workItemId: z.string().nullable(), workItemCode: z.string().nullable(), reachedAt: instant }),
  ),
  noticesIssued: z.array(z.object({ id: z.string(), number: z.string(), title: z.string(), level: z.enum(["RED", "ORANGE", "YELLOW", "BLUE"]), status: z.string(), ...unitRef, at: instant, responseDue: instant })),
  noticesClosed: z.array(z.object({ id: z.string(), number: z.string(), title: z.string(), level: z.enum(["RED", "ORANGE", "YELLOW", "BLUE"]), status: z.string(), ...unitRef, at: instant, responseDue: instant })),
  completed: z.array(z.object({ id: z.string(), code: z.string(), title: z.string(), ...unitRef, completedAt: instant })),
  // Added after the first editions were issued: those read as "no line".
  readiness: z
    .object({ systemName: z.string(), overall: z.number().nullable(), passMark: z.number(), weakest: z.object({ code: z.string(), name: z.string(), behind: z.number() }).nullable() })
    .nullable()
    .default(null),
});

export const SNAPSHOT_VERSION = 1;

const snapshotSchema = z.object({ version: z.literal(SNAPSHOT_VERSION), briefing: briefingSchema });

/** What is stored: the briefing with instants as ISO strings. */
export function toSnapshot(briefing: WeeklyBriefing): Prisma.InputJsonObject {
  return { version: SNAPSHOT_VERSION, briefing: JSON.parse(JSON.stringify(briefing)) as Prisma.InputJsonObject };
}

export function parseSnapshot(value: unknown): WeeklyBriefing {
  return snapshotSchema.parse(value).briefing as WeeklyBriefing;
}
