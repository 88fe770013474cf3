// "Overall progress" has one definition (plan items only, meeting decisions apart) and the
// workbench, the dashboard, the big screen and the briefing show the same figure. The plan
// overview's per-task averages (TypeScript) agree with the dashboard's statement (SQL).
import { describe, expect, it } from "vitest";
import { getBigScreenData } from "@/lib/dashboard/big-screen";
import { getWeeklyBriefing } from "@/lib/dashboard/briefing";
import { getOverallProgress, getProgressBreakdown } from "@/lib/dashboard/queries";
import { db } from "@/lib/db/client";
import { isoWeekOf } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import { getPlanOverview } from "@/lib/plan/queries";
import { actorFor } from "./support/session";

describe("overall progress", () => {
  it("is the same figure on the workbench, the dashboard, the big screen and the running week's briefing", async () => {
    const office = await actorFor("office@demo.gov.cn");
    const now = new Date();
    const zone = await db.zone.findUniqueOrThrow({ where: { id: office.zoneId }, select: { timeZone: true } });
    const [workbench, dashboard, bigScreen, briefing] = await Promise.all([
      getOverallProgress(office, { now }),
      getProgressBreakdown(office, { weeks: 12 }, { now }),
      getBigScreenData(office, { now }),
      getWeeklyBriefing(office, isoWeekOf(now, zone.timeZone), { now }),
    ]);
    // By hand from the rows: the mean of the current progress of the non-archived plan items, one decimal.
    const plan = await db.workItem.findMany({ where: { zoneId: office.zoneId, status: { not: "ARCHIVED" }, source: "PLAN" }, select: { progress: true } });
    const decisions = await db.workItem.count({ where: { zoneId: office.zoneId, status: { not: "ARCHIVED" }, source: "MEETING_DECISION" } });
    expect(plan.length).toBeGreaterThan(20);
    const mean = Math.round((plan.reduce((sum, item) => sum + (toNumber(item.progress) ?? 0), 0) / plan.length) * 10) / 10;
    expect(workbench.overall).toMatchObject({ items: plan.length, progress: mean });
    expect(workbench.decisions.items).toBe(decisions);
    expect(dashboard.overall).toEqual(workbench.overall);
    expect(dashboard.decisions).toEqual(workbench.decisions);
    expect(bigScreen.progress.overall).toEqual(workbench.overall);
    expect(briefing.overall).toEqual(workbench);
  });

  it("averages each task's items alike in the plan overview (TypeScript) and the dashboard (SQL)", async () => {
    const office = await actorFor("office@demo.gov.cn");
    const [tasks, dashboard] = await Promise.all([getPlanOverview(office), getProgressBreakdown(office, { weeks: 12 })]);
    expect(tasks.length).toBeGreaterThan(2);
    for (const task of tasks) {
      const sql = dashboard.byTask.find((group) => group.code === task.code);
      expect(sql, task.code).toBeDefined();
      expect(sql!.items).toBe(task.itemCount);
      expect(sql!.progress).toBeCloseTo(task.progress, 1);
      // Planned progress: exact decimals in SQL vs floats in TypeScript (docs/dashboard.md).
      expect(Math.abs(sql!.planned - task.planned)).toBeLessThanOrEqual(0.1);
    }
  });
});
