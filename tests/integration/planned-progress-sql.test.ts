// The SQL twin of plannedProgress() must agree with the TypeScript function for every curve,
// including custom points (unsorted, duplicated, outside the item's dates), on every day
// from before the start to after the due date.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { addDaysToKey, dateFromKey, dateKey } from "@/lib/dates/zone-time";
import { plannedProgress, type CurveKind, type CurvePoint, type Recurrence } from "@/lib/plan/planned-progress";
import { plannedProgressSql } from "@/lib/plan/planned-progress-sql";

const TIMELINES: { start: string; due: string; curve: CurveKind; points?: CurvePoint[]; recurrence?: Recurrence }[] = [
  { start: "2026-01-05", due: "2026-03-31", curve: "LINEAR" },
  { start: "2026-01-05", due: "2026-03-31", curve: "FRONT_LOADED" },
  { start: "2026-01-05", due: "2026-03-31", curve: "BACK_LOADED" },
  { start: "2026-02-01", due: "2026-02-01", curve: "LINEAR" },
  { start: "2026-02-01", due: "2026-02-02", curve: "BACK_LOADED" },
  { start: "2025-12-20", due: "2027-06-30", curve: "FRONT_LOADED" },
  // custom: unsorted, a duplicate date, points outside the timeline (ignored)
  {
    start: "2026-01-05",
    due: "2026-03-31",
    curve: "CUSTOM",
    points: [
      { date: "2026-03-01", percent: 70 },
      { date: "2026-01-20", percent: 10 },
      { date: "2026-02-10", percent: 40 },
      { date: "2026-02-10", percent: 45 },
      { date: "2025-12-01", percent: 99 },
      { date: "2026-05-01", percent: 5 },
    ],
  },
  // custom without points falls back to linear
  { start: "2026-01-05", due: "2026-03-31", curve: "CUSTOM", points: [] },
  { start: "2026-01-05", due: "2026-03-31", curve: "CUSTOM", points: [{ date: "2026-01-06", percent: 80 }] },
  // recurring: per month / quarter, clipped to the item's own start and due dates
  { start: "2026-01-05", due: "2026-03-20", curve: "LINEAR", recurrence: "MONTHLY" },
  { start: "2025-12-20", due: "2026-12-31", curve: "FRONT_LOADED", recurrence: "QUARTERLY" },
  { start: "2026-02-10", due: "2027-06-30", curve: "BACK_LOADED", recurrence: "STANDING" },
  { start: "2026-01-05", due: "2026-03-31", curve: "CUSTOM", points: [{ date: "2026-02-01", percent: 80 }], recurrence: "MONTHLY" },
];

describe("planned progress in SQL", () => {
  it("matches plannedProgress() to within 0.01 points on every day", async () => {
    const zone = await db.zone.create({ data: { code: "pp", name: "序时测试区", shortName: "序时", campaignStart: dateFromKey("2025-01-01"), campaignEnd: dateFromKey("2027-12-31") } });
    const unit = await db.unit.create({ data: { zoneId: zone.id, code: "pp", name: "序时测试单位", shortName: "序时单位", kind: "DEPARTMENT" } });
    const items = await Promise.all(
      TIMELINES.map((timeline, index) =>
        db.workItem.create({
          data: {
            zoneId: zone.id,
            code: `PP${index}`,
            title: `序时${index}`,
            leadUnitId: unit.id,
            startDate: dateFromKey(timeline.start),
            dueDate: dateFromKey(timeline.due),
            plannedCurve: timeline.curve,
            recurrence: timeline.recurrence ?? "NONE",
            plannedPoints: timeline.points ? (timeline.points as unknown as Prisma.InputJsonValue) : undefined,
          },
        }),
      ),
    );
    const days: string[] = [];
    for (let key = "2025-12-15"; key <= "2026-04-10"; key = addDaysToKey(key, 3)) days.push(key);
    days.push("2026-02-01", "2026-02-02", "2026-02-10", "2026-02-28", "2026-03-01", "2026-03-31", "2026-04-01", "2026-06-30", "2026-12-31", "2027-07-01");

    const rows = await db.$queryRaw<{ id: string; day: Date; planned: number }[]>(Prisma.sql`
      SELECT wi.id, d.day, ${plannedProgressSql("wi", Prisma.sql`d.day`)}::float8 AS planned
      FROM "WorkItem" wi CROSS JOIN unnest(${days}::date[]) AS d(day)
      WHERE wi."zoneId" = ${zone.id}`);
    expect(rows).toHaveLength(items.length * days.length);
    for (const row of rows) {
      const index = items.findIndex((item) => item.id === row.id);
      const timeline = TIMELINES[index];
      const expected = plannedProgress({ startDate: timeline.start, dueDate: timeline.due, curve: timeline.curve, points: timeline.points, recurrence: timeline.recurrence }, dateKey(row.day));
      expect(Math.abs(row.planned - expected), `${timeline.recurrence ?? "NONE"} ${timeline.curve} ${timeline.start}→${timeline.due} on ${dateKey(row.day)}: SQL ${row.planned}, TS ${expected}`).toBeLessThanOrEqual(0.01);
    }
  });
});
