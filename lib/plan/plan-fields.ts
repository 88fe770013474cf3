// The plan fields of a work item as stored: what the edit form, the sheet import and export and
// the audit snapshots carry (indicators and milestones live in their own tables, item-writes.ts).
import type { Prisma } from "@/lib/db/client";
import { Prisma as PrismaRuntime } from "@/lib/db/generated/client";
import type { CurveKind, CurvePoint } from "./planned-progress";

export const workItemPlanSelect = {
  code: true,
  title: true,
  description: true,
  leaderName: true,
  ownerName: true,
  startDate: true,
  dueDate: true,
  recurrence: true,
  deliverable: true,
  plannedCurve: true,
  plannedPoints: true,
} as const satisfies Prisma.WorkItemSelect;

/** The JSON column of a curve: the points of a CUSTOM curve, SQL NULL otherwise. */
export function plannedPointsValue(curve: CurveKind, points: CurvePoint[]): Prisma.InputJsonValue | typeof PrismaRuntime.DbNull {
  return curve === "CUSTOM" ? points.map((point) => ({ date: point.date, percent: point.percent })) : PrismaRuntime.DbNull;
}
