import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

describe("the demo seed", () => {
  it("has one zone with 3 parks, 25 member units, 4 tasks and 22 measures", async () => {
    expect(await db.zone.count()).toBe(1);
    expect(await db.park.count()).toBe(3);
    expect(await db.unit.count({ where: { isMember: true } })).toBe(25);
    expect(await db.task.count()).toBe(4);
    expect(await db.measure.count()).toBe(22);
    const planItems = await db.workItem.count({ where: { source: "PLAN" } });
    expect(planItems).toBeGreaterThanOrEqual(60);
    expect(planItems).toBeLessThanOrEqual(100);
  });

  it("has a demo account for every role", async () => {
    const roles = await db.user.groupBy({ by: ["role"], _count: true });
    expect(roles.map((row) => row.role).sort()).toEqual(["ADMIN", "LEADER", "REPORTER", "SUPERVISOR"]);
  });

  it("carries the real land and fund figures", async () => {
    const zone = await db.zone.findFirstOrThrow();
    expect(zone.landNeededMu.toString()).toBe("2129");
    const approved = await db.landBatch.aggregate({ _sum: { approvedMu: true } });
    expect(approved._sum.approvedMu?.toString()).toBe("647");
    const arrived = await db.fundingItem.findFirstOrThrow({ where: { amountArrived: "3000000" } });
    expect(arrived.status).toBe("ARRIVED");
    expect(await db.fundingItem.count({ where: { amountSought: "170000000" } })).toBe(1);
  });

  it("has weeks of report history, one report per unit per week", async () => {
    const weeks = await db.weeklyReport.groupBy({ by: ["isoYear", "isoWeek"] });
    expect(weeks.length).toBeGreaterThanOrEqual(18);
    const duplicates = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (SELECT "unitId", "isoYear", "isoWeek" FROM "WeeklyReport" GROUP BY 1, 2, 3 HAVING count(*) > 1) d`;
    expect(Number(duplicates[0].n)).toBe(0);
  });
});
