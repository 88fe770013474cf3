// Dashboard, briefing, drill-down and export aggregates against a small hand-built zone
// (tests/integration/support/dashboard-fixture.ts). Every expected figure is worked out by
// hand in the comments from the fixture's rows.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as briefingExport } from "@/app/api/exports/briefing/route";
import { GET as ledgerExport } from "@/app/api/exports/ledger/route";
import type { Actor } from "@/lib/auth/permissions";
import { getWeeklyBriefing } from "@/lib/dashboard/briefing";
import { getUnitActivity } from "@/lib/org/activity";
import { listWorkItemWarnings } from "@/lib/warnings/queries";
import { getLedger } from "@/lib/dashboard/ledger";
import {
  getDeadlines,
  getIndicators,
  getOpenNotices,
  getProgressBreakdown,
  getResourceTotals,
  getSubmissionTrend,
  getWaitingCoordination,
  getWarningTrend,
} from "@/lib/dashboard/queries";
import { getPublishedRanking } from "@/lib/dashboard/ranking";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/server/errors";
import { createDashboardFixture, NOW, type DashboardFixture } from "./support/dashboard-fixture";
import { actAs } from "./support/session";

let fx: DashboardFixture;
let leader: Actor;
let reporter: Actor;
const options = { now: NOW };
const all = { weeks: 2 };

beforeAll(async () => {
  fx = await createDashboardFixture();
  leader = { id: fx.users.leader, role: "LEADER", unitId: fx.units.office, zoneId: fx.zoneId };
  reporter = { id: fx.users.reporter, role: "REPORTER", unitId: fx.units.u1, zoneId: fx.zoneId };
});

const pick = <T extends object, K extends keyof T>(rows: T[], ...keys: K[]) => rows.map((row) => Object.fromEntries(keys.map((key) => [key, row[key]])));

describe("progress against the planned timeline", () => {
  // Items on 11 Mar (archived E never counts):
  //   A u1/p1/1.1  30 vs 50     B u2/p2/1.1 100 vs 100 (completed)   C u3/—/2.1  40 vs 33.33
  //   D u1/p1/2.1   0 vs 0      F u2/p2/—    20 vs 44.44 (meeting)    G u3/—/2.1  60 vs 100
  // Behind (> 10 points): A, F, G.
  it("averages actual and planned progress overall and by task, measure, park and unit", async () => {
    const progress = await getProgressBreakdown(leader, all, options);
    // Overall = the plan items A, B, C, D, G (the meeting decision F apart):
    // (30+100+40+0+60)/5 = 46; (50+100+33.33+0+100)/5 = 56.67; behind: A (20), G (40).
    expect(progress.overall).toMatchObject({ items: 5, completed: 1, behind: 2, progress: 46, planned: 56.7 });
    expect(progress.decisions).toMatchObject({ items: 1, completed: 0, behind: 1, progress: 20, planned: 44.4 });
    expect(pick(progress.byTask, "code", "items", "completed", "behind", "progress", "planned")).toEqual([
      { code: "1", items: 2, completed: 1, behind: 1, progress: 65, planned: 75 },
      { code: "2", items: 3, completed: 0, behind: 1, progress: 33.3, planned: 44.4 },
      { code: null, items: 1, completed: 0, behind: 1, progress: 20, planned: 44.4 },
    ]);
    expect(pick(progress.byMeasure, "code", "items", "progress", "planned")).toEqual([
      { code: "1.1", items: 2, progress: 65, planned: 75 },
      { code: "2.1", items: 3, progress: 33.3, planned: 44.4 },
      { code: null, items: 1, progress: 20, planned: 44.4 },
    ]);
    // p1: A, D; p2: B, F; no park: C, G ((33.33+100)/2 = 66.665 → 66.7)
    expect(pick(progress.byPark, "id", "items", "completed", "behind", "progress", "planned")).toEqual([
      { id: fx.parks.p1, items: 2, completed: 0, behind: 1, progress: 15, planned: 25 },
      { id: fx.parks.p2, items: 2, completed: 1, behind: 1, progress: 60, planned: 72.2 },
      { id: null, items: 2, completed: 0, behind: 1, progress: 50, planned: 66.7 },
    ]);
    expect(pick(progress.byUnit, "id", "label", "items", "progress", "planned")).toEqual([
      { id: fx.units.u1, label: "一园委", items: 2, progress: 15, planned: 25 },
      { id: fx.units.u2, label: "二园委", items: 2, progress: 60, planned: 72.2 },
      { id: fx.units.u3, label: "科技局", items: 2, progress: 50, planned: 66.7 },
    ]);
  });

  it("narrows every figure to the park or task filter", async () => {
    const park = await getProgressBreakdown(leader, { ...all, parkId: fx.parks.p1 }, options);
    expect(park.overall).toMatchObject({ items: 2, completed: 0, behind: 1, progress: 15, planned: 25 });
    expect(pick(park.byTask, "code", "progress", "planned")).toEqual([
      { code: "1", progress: 30, planned: 50 },
      { code: "2", progress: 0, planned: 0 },
    ]);
    const task = await getProgressBreakdown(leader, { ...all, taskCode: "1" }, options);
    expect(task.overall).toMatchObject({ items: 2, completed: 1, progress: 65, planned: 75 });
    expect(pick(task.byPark, "id", "progress", "planned")).toEqual([
      { id: fx.parks.p1, progress: 30, planned: 50 },
      { id: fx.parks.p2, progress: 100, planned: 100 },
    ]);
  });

  it("is refused to a reporter", async () => {
    await expect(getProgressBreakdown(reporter, all, options)).rejects.toThrow(ForbiddenError);
  });
});

describe("warnings by level over time", () => {
  // End of W10 (9 Mar 00:00 Shanghai): w1 yellow (its first event), w2 red (opened 7 Mar),
  // w5 yellow (resolved 3 Mar, reopened 5 Mar), w4 resolved 5 Mar (no history: resolvedAt
  // decides), w3 not yet seen.
  // Now (W11): w1 orange (level changed 10 Mar), w2 resolved, w5 still yellow, w3 blue (no history).
  it("counts open warnings at each week's end from their history", async () => {
    expect(await getWarningTrend(leader, all, options)).toEqual([
      { isoYear: 2026, isoWeek: 10, RED: 1, ORANGE: 0, YELLOW: 2, BLUE: 0 },
      { isoYear: 2026, isoWeek: 11, RED: 0, ORANGE: 1, YELLOW: 1, BLUE: 1 },
    ]);
  });

  it("follows the park and task filters", async () => {
    expect(await getWarningTrend(leader, { ...all, parkId: fx.parks.p1 }, options)).toEqual([
      { isoYear: 2026, isoWeek: 10, RED: 0, ORANGE: 0, YELLOW: 1, BLUE: 0 },
      { isoYear: 2026, isoWeek: 11, RED: 0, ORANGE: 1, YELLOW: 0, BLUE: 0 },
    ]);
    // Only w3 is about an item of task 2; unit-level warnings have no task.
    expect(await getWarningTrend(leader, { ...all, taskCode: "2" }, options)).toEqual([
      { isoYear: 2026, isoWeek: 10, RED: 0, ORANGE: 0, YELLOW: 0, BLUE: 0 },
      { isoYear: 2026, isoWeek: 11, RED: 0, ORANGE: 0, YELLOW: 0, BLUE: 1 },
    ]);
  });
});

describe("weekly report submission", () => {
  // W11's deadline (Fri 13 Mar) has not passed, so the two closed weeks are W09 and W10.
  // W09: only G had started → u3 due; u1 submitted anyway → 2 due, 1 submitted, on time.
  // W10: u1 (A), u2 (B, F), u3 (C, G) due; u1 on time, u2 late, u3 draft; the office's report never counts.
  it("counts units due, submitted and on time per closed week", async () => {
    expect(await getSubmissionTrend(leader, all, options)).toEqual([
      { isoYear: 2026, isoWeek: 9, expected: 2, submitted: 1, onTime: 1 },
      { isoYear: 2026, isoWeek: 10, expected: 3, submitted: 2, onTime: 1 },
    ]);
  });

  it("counts only the park's units with a park filter", async () => {
    expect(await getSubmissionTrend(leader, { ...all, parkId: fx.parks.p1 }, options)).toEqual([
      { isoYear: 2026, isoWeek: 9, expected: 1, submitted: 1, onTime: 1 },
      { isoYear: 2026, isoWeek: 10, expected: 1, submitted: 1, onTime: 1 },
    ]);
  });
});

describe("indicators, resources and lists", () => {
  it("computes indicator attainment, also for an indicator that should go down", async () => {
    // A: (15−10)/(30−10) = 25 %; G: (80−100)/(50−100) = 40 %
    expect(pick(await getIndicators(leader, all, options), "code", "baseline", "current", "target", "attainment", "planned")).toEqual([
      { code: "A", baseline: 10, current: 15, target: 30, attainment: 25, planned: 50 },
      { code: "G", baseline: 100, current: 80, target: 50, attainment: 40, planned: 100 },
    ]);
    expect(pick(await getIndicators(leader, { ...all, taskCode: "2" }, options), "code")).toEqual([{ code: "G" }]);
  });

  it("totals land, funds (rejected excluded) and designations, per park too", async () => {
    expect(await getResourceTotals(leader, all)).toEqual({
      landNeededMu: 1000,
      landSubmittedMu: 450,
      landApprovedMu: 200,
      fundsSought: 7_000_000,
      fundsApproved: 3_000_000,
      fundsArrived: 1_000_000,
      designationsApproved: 1,
      designationsTotal: 2,
    });
    expect(await getResourceTotals(leader, { ...all, parkId: fx.parks.p1 })).toEqual({
      landNeededMu: 300,
      landSubmittedMu: 300,
      landApprovedMu: 200,
      fundsSought: 5_000_000,
      fundsApproved: 3_000_000,
      fundsArrived: 1_000_000,
      designationsApproved: 1,
      designationsTotal: 1,
    });
  });

  it("lists upcoming deadlines soonest first and counts overdue items", async () => {
    const deadlines = await getDeadlines(leader, all, options);
    expect(deadlines.upcomingCount).toBe(3);
    expect(deadlines.overdueCount).toBe(1);
    expect(deadlines.items.map((item) => item.code)).toEqual(["F", "A", "C"]);
    const park = await getDeadlines(leader, { ...all, parkId: fx.parks.p1 }, options);
    expect([park.upcomingCount, park.overdueCount, park.items.map((item) => item.code)]).toEqual([1, 0, ["A"]]);
  });

  it("counts open notices by level with the overdue ones first", async () => {
    const notices = await getOpenNotices(leader, all, options);
    expect(notices).toMatchObject({ total: 2, overdue: 1, byLevel: { RED: 0, ORANGE: 1, YELLOW: 1, BLUE: 0 } });
    expect(notices.items.map((notice) => [notice.number, notice.overdue])).toEqual([
      ["督办〔2026〕2号", true],
      ["督办〔2026〕3号", false],
    ]);
    expect((await getOpenNotices(leader, { ...all, parkId: fx.parks.p1 }, options)).total).toBe(0);
  });

  it("lists coordination requests waiting for a leader", async () => {
    const waiting = await getWaitingCoordination(leader, all);
    expect(waiting.total).toBe(2);
    expect(waiting.items.map((request) => request.title)).toEqual(["协调一", "协调二"]);
    expect((await getWaitingCoordination(leader, { ...all, taskCode: "1" })).items.map((request) => request.title)).toEqual(["协调一"]);
  });
});

describe("the weekly briefing", () => {
  it("ranks submissions, units against the plan, and lists the week's red warnings, notices and completions", async () => {
    const briefing = await getWeeklyBriefing(leader, { isoYear: 2026, isoWeek: 10 }, options);
    expect(briefing.submission).toMatchObject({ expected: 3, submitted: 2, onTime: 1 });
    expect(pick(briefing.submission.ranking, "rank", "unitId", "outcome", "lateMinutes")).toEqual([
      { rank: 1, unitId: fx.units.u1, outcome: "ON_TIME", lateMinutes: 0 },
      { rank: 2, unitId: fx.units.u2, outcome: "LATE", lateMinutes: 120 },
      { rank: 3, unitId: fx.units.u3, outcome: "DRAFT", lateMinutes: null },
    ]);
    // On Sun 8 Mar: A 30 vs 35; B 100 vs 70, F 20 vs 21.78; C (draft, so 0) vs 23.33, G 0 vs 100.
    expect(pick(briefing.progress, "unitId", "items", "progress", "planned", "gap", "moved")).toEqual([
      { unitId: fx.units.u2, items: 2, progress: 60, planned: 45.9, gap: 14.1, moved: 60 },
      { unitId: fx.units.u1, items: 1, progress: 30, planned: 35, gap: -5, moved: 30 },
      { unitId: fx.units.u3, items: 2, progress: 0, planned: 61.7, gap: -61.7, moved: 0 },
    ]);
    // w4 (red from 3 Mar, no history) and w2 (opened red 7 Mar); w1 never turned red.
    expect(briefing.newRedWarnings.map((warning) => warning.title)).toEqual(["预警w4", "预警w2"]);
    expect(briefing.noticesIssued.map((notice) => notice.number)).toEqual(["督办〔2026〕1号"]);
    expect(briefing.noticesClosed.map((notice) => notice.number)).toEqual(["督办〔2026〕1号"]);
    expect(briefing.completed.map((item) => item.code)).toEqual(["B"]);
  });

  // u2's W10 report (its only one) returned for more work: still submitted, late by its first
  // submission's 120 minutes, labelled RETURNED; its figures are taken back, so B and F count 0.
  it("counts a returned report as submitted by its first submission, without its figures", async () => {
    await db.weeklyReport.update({ where: { id: "fx-r-u2-w10" }, data: { status: "RETURNED", returnReason: "补充材料" } });
    try {
      expect((await getSubmissionTrend(leader, all, options))[1]).toEqual({ isoYear: 2026, isoWeek: 10, expected: 3, submitted: 2, onTime: 1 });
      const briefing = await getWeeklyBriefing(leader, { isoYear: 2026, isoWeek: 10 }, options);
      expect(briefing.submission).toMatchObject({ expected: 3, submitted: 2, onTime: 1 });
      expect(pick(briefing.submission.ranking, "unitId", "outcome", "lateMinutes")[1]).toEqual({ unitId: fx.units.u2, outcome: "RETURNED", lateMinutes: 120 });
      expect(pick(briefing.progress, "unitId", "progress", "moved").find((row) => row.unitId === fx.units.u2)).toEqual({ unitId: fx.units.u2, progress: 0, moved: 0 });
    } finally {
      await db.weeklyReport.update({ where: { id: "fx-r-u2-w10" }, data: { status: "SUBMITTED", returnReason: null } });
    }
  });

  it("is refused to a reporter", async () => {
    await expect(getWeeklyBriefing(reporter, { isoYear: 2026, isoWeek: 10 }, options)).rejects.toThrow(ForbiddenError);
  });
});

describe("drill-down", () => {
  it("shows a unit's report timeline, warnings, notices and published scores", async () => {
    const u1 = await getUnitActivity(leader, fx.units.u1, options);
    expect(u1.reports!.slice(0, 4).map((week) => [week.isoWeek, week.outcome])).toEqual([
      [11, "PENDING"],
      [10, "ON_TIME"],
      [9, "ON_TIME"],
      // The zone's first report is of W09, so reporting starts in W09: W08 was never owed (issue 12; it read MISSING).
      [8, "NOT_OWED"],
    ]);
    expect(u1.warnings!.map((warning) => warning.title)).toEqual(["预警w1"]);
    expect(u1.notices!.map((notice) => notice.number)).toEqual(["督办〔2026〕1号"]);
    expect(u1.scores).toEqual([{ year: 2026, quarter: 1, totalScore: 90, rank: 1, rankedUnits: 2 }]);
    const u2 = await getUnitActivity(leader, fx.units.u2, options);
    expect(u2.reports![1].outcome).toBe("LATE");
    expect(u2.warnings!.map((warning) => warning.title)).toEqual(["预警w2", "预警w4"]);
    expect((await getUnitActivity(leader, fx.units.u3, options)).reports![1].outcome).toBe("DRAFT");
  });

  it("hides another unit's reports, warnings, notices and scores from a reporter", async () => {
    expect(await getUnitActivity(reporter, fx.units.u2, options)).toEqual({ reports: null, warnings: null, notices: null, scores: null });
    const own = await getUnitActivity(reporter, fx.units.u1, options);
    expect(own.warnings!.map((warning) => warning.title)).toEqual(["预警w1"]);
    expect(await listWorkItemWarnings(reporter, fx.items.F)).toEqual([]);
    expect((await listWorkItemWarnings(leader, fx.items.F)).map((warning) => warning.title)).toEqual(["预警w4"]);
  });
});

describe("ledger and ranking", () => {
  it("lists every live item with planned progress and its open warnings", async () => {
    const rows = await getLedger(leader, {}, options);
    expect(pick(rows, "code", "leadUnit", "progress", "planned", "openWarnings", "highestLevel")).toEqual([
      { code: "A", leadUnit: "一园管委会", progress: 30, planned: 50, openWarnings: 1, highestLevel: "ORANGE" },
      { code: "B", leadUnit: "二园管委会", progress: 100, planned: 100, openWarnings: 0, highestLevel: null },
      { code: "C", leadUnit: "测试科技局", progress: 40, planned: 33.33, openWarnings: 1, highestLevel: "BLUE" },
      { code: "D", leadUnit: "一园管委会", progress: 0, planned: 0, openWarnings: 0, highestLevel: null },
      { code: "G", leadUnit: "测试科技局", progress: 60, planned: 100, openWarnings: 0, highestLevel: null },
      { code: "F", leadUnit: "二园管委会", progress: 20, planned: 44.44, openWarnings: 0, highestLevel: null },
    ]);
    expect((await getLedger(leader, { status: "COMPLETED" }, options)).map((row) => row.code)).toEqual(["B"]);
  });

  it("gives a reporter its own unit's items only, whatever unit it asks for", async () => {
    expect((await getLedger(reporter, { unitId: fx.units.u2 }, options)).map((row) => row.code)).toEqual(["A", "D"]);
  });

  it("shows the published ranking, and a reporter only its own row", async () => {
    const ranking = await getPublishedRanking(leader);
    expect(ranking.round).toMatchObject({ year: 2026, quarter: 1 });
    expect(pick(ranking.rows, "rank", "unitId", "totalScore", "adjustment")).toEqual([
      { rank: 1, unitId: fx.units.u1, totalScore: 90, adjustment: 2 },
      { rank: 2, unitId: fx.units.u2, totalScore: 80, adjustment: 0 },
    ]);
    const own = await getPublishedRanking(reporter);
    expect([own.rankedUnits, own.rows.map((row) => row.unitId)]).toEqual([2, [fx.units.u1]]);
  });
});

describe("export route handlers", () => {
  async function sheetRows(response: Response, sheet = 1): Promise<ExcelJS.CellValue[][]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const rows: ExcelJS.CellValue[][] = [];
    workbook.worksheets[sheet - 1].eachRow((row, number) => {
      if (number > 3) rows.push((row.values as ExcelJS.CellValue[]).slice(1));
    });
    return rows;
  }

  it("exports a reporter's own unit only, even when the URL names another unit", async () => {
    await actAs(fx.emails.reporter);
    const response = await ledgerExport(new Request(`http://test/api/exports/ledger?unit=${fx.units.u2}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const rows = await sheetRows(response);
    expect(rows.map((row) => [row[0], row[4]])).toEqual([
      ["A", "一园管委会"],
      ["D", "一园管委会"],
    ]);
  });

  it("refuses the briefing to a reporter and gives it to a leader", async () => {
    await actAs(fx.emails.reporter);
    expect((await briefingExport(new Request("http://test/api/exports/briefing?week=2026-W10"))).status).toBe(403);
    await actAs(fx.emails.leader);
    const response = await briefingExport(new Request("http://test/api/exports/briefing?week=2026-W10"));
    expect(response.status).toBe(200);
    const summary = await sheetRows(response);
    expect(summary.slice(0, 3)).toEqual([
      ["应报单位", 3],
      ["已报送", 2],
      ["按时报送", 1],
    ]);
  });
});
