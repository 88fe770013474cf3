import { describe, expect, it } from "vitest";
import { addDaysToKey, compareIsoWeeks, dateKey, localDateKey, minutesLate, quarterOfDateKey, shiftIsoWeek } from "@/lib/dates/zone-time";
import { plannedProgress, samePeriod } from "@/lib/plan/planned-progress";
import { DEMO_ACCOUNTS, MEASURES } from "@/lib/seed/catalog";
import { generateDemo } from "@/lib/seed/generate";
import type { DemoData, ReportEntryRow, WorkItemRow } from "@/lib/seed/types";

// A Thursday afternoon: some units have submitted this week, others are still drafting.
const TODAY = new Date("2026-11-26T15:00:00+08:00");
const TZ = "Asia/Shanghai";
const demo = generateDemo({ scale: "s", today: TODAY });
const todayKey = localDateKey(TODAY, TZ);

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
const weekKey = (row: { isoYear: number; isoWeek: number }) => row.isoYear * 100 + row.isoWeek;

/** Items that would catch the warning engine's eye on `onKey`. */
function storyOf(data: DemoData, onKey: string) {
  const byItem = entriesByItem(data);
  const active = data.workItems.filter((item) => item.status === "ACTIVE");
  const planned = (item: WorkItemRow) =>
    plannedProgress({ startDate: dateKey(item.startDate), dueDate: dateKey(item.dueDate), curve: item.plannedCurve }, onKey);
  return {
    stalled: active.filter((item) => {
      const submitted = (byItem.get(item.id) ?? []).filter((row) => row.submitted).slice(-3);
      return submitted.length === 3 && submitted.every((row) => row.entry.progress === submitted[0].entry.progress);
    }).length,
    behind: active.filter((item) => item.lastReportedAt && planned(item) - item.progress >= 15 && planned(item) - item.progress <= 40).length,
    overdue: data.workItems.filter((item) => item.source === "PLAN" && dateKey(item.dueDate) < onKey && item.progress < 100).length,
    completed: data.workItems.filter((item) => item.status === "COMPLETED").length,
  };
}

/** Entries of each item, oldest report first, with the report. */
function entriesByItem(data: DemoData) {
  const reports = byId(data.weeklyReports);
  const map = new Map<string, { entry: ReportEntryRow; week: number; submitted: boolean }[]>();
  for (const entry of data.reportEntries) {
    const report = reports.get(entry.reportId)!;
    const list = map.get(entry.workItemId) ?? [];
    list.push({ entry, week: weekKey(report), submitted: report.status === "SUBMITTED" || report.status === "ACCEPTED" });
    map.set(entry.workItemId, list);
  }
  for (const list of map.values()) list.sort((a, b) => a.week - b.week);
  return map;
}

/**
 * Checks that progress never goes backwards, except where recurring work starts a new period
 * (the period of a report is that of its deadline day, zone time); returns how often it restarted.
 */
function progressRestarts(data: DemoData): number {
  const recurring = new Map(data.workItems.filter((item) => item.recurrence !== "NONE").map((item) => [item.id, item.recurrence]));
  const reports = byId(data.weeklyReports);
  const day = (entry: ReportEntryRow) => localDateKey(reports.get(entry.reportId)!.deadline, data.meta.timeZone);
  let restarts = 0;
  for (const [itemId, list] of entriesByItem(data)) {
    for (let index = 1; index < list.length; index += 1) {
      const recurrence = recurring.get(itemId);
      if (recurrence && !samePeriod(recurrence, day(list[index - 1].entry), day(list[index].entry))) restarts += 1;
      else expect(list[index].entry.progress).toBeGreaterThanOrEqual(list[index - 1].entry.progress);
    }
  }
  return restarts;
}

describe("generateDemo: determinism and dates", () => {
  it("gives identical output for identical inputs and differs with another seed", () => {
    expect(generateDemo({ scale: "s", today: TODAY })).toEqual(demo);
    const other = generateDemo({ scale: "s", today: TODAY, seed: 7 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(demo));
    expect(other.units.map((unit) => unit.code)).toEqual(demo.units.map((unit) => unit.code));
  });

  it("computes every date relative to today", () => {
    const later = generateDemo({ scale: "s", today: new Date(TODAY.getTime() + 7 * 86_400_000) });
    expect(later.meta.campaignStartKey).toBe(addDaysToKey(demo.meta.campaignStartKey, 7));
    expect(later.zones[0].campaignStart.getTime() - demo.zones[0].campaignStart.getTime()).toBe(7 * 86_400_000);
    expect(later.meta.currentWeek).toEqual(shiftIsoWeek(demo.meta.currentWeek, 1));
    expect(later.meta.reportWeeks).toEqual(demo.meta.reportWeeks.map((week) => shiftIsoWeek(week, 1)));
  });

  it("starts the campaign on a Monday about 24 weeks ago and ends it about 18 months ahead", () => {
    const zone = demo.zones[0];
    expect(zone.campaignStart.getUTCDay()).toBe(1);
    const weeksAgo = (TODAY.getTime() - zone.campaignStart.getTime()) / (7 * 86_400_000);
    expect(weeksAgo).toBeGreaterThan(23);
    expect(weeksAgo).toBeLessThan(25);
    const monthsAhead = (zone.campaignEnd.getTime() - TODAY.getTime()) / (30.44 * 86_400_000);
    expect(monthsAhead).toBeGreaterThan(17);
    expect(monthsAhead).toBeLessThan(19.5);
    expect(zone.reportDeadlineWeekday).toBe(5);
    expect(zone.reportDeadlineTime).toBe("18:00");
    expect(zone.timeZone).toBe(TZ);
  });

  it("never records anything after today", () => {
    const now = TODAY.getTime();
    for (const report of demo.weeklyReports) {
      expect(report.createdAt.getTime()).toBeLessThanOrEqual(now);
      if (report.submittedAt) expect(report.submittedAt.getTime()).toBeLessThanOrEqual(now);
      if (report.reviewedAt) expect(report.reviewedAt.getTime()).toBeLessThanOrEqual(now);
    }
    for (const meeting of demo.meetings) expect(dateKey(meeting.date) < todayKey).toBe(true);
    for (const inspection of demo.inspections) expect(dateKey(inspection.date) < todayKey).toBe(true);
  });
});

describe("generateDemo: organisation and plan (scale s)", () => {
  it("has one zone, three parks and the 25 member units", () => {
    expect(demo.zones).toHaveLength(1);
    expect(demo.zones[0].landNeededMu).toBe(2129);
    expect(demo.parks).toHaveLength(3);
    expect(demo.parks.filter((park) => park.kind === "CORE")).toHaveLength(1);
    expect(demo.parks.some((park) => park.plannedAreaKm2 === 3.99 && park.builtAreaKm2 === 1.29)).toBe(true);
    expect(demo.units).toHaveLength(25);
    expect(demo.units.every((unit) => unit.isMember)).toBe(true);
    expect(new Set(demo.units.map((unit) => unit.code)).size).toBe(25);
    expect(new Set(demo.units.map((unit) => unit.name)).size).toBe(25);
    expect(demo.units.filter((unit) => unit.kind === "OFFICE")).toHaveLength(1);
    const parkUnits = demo.units.filter((unit) => unit.kind === "PARK");
    expect(parkUnits).toHaveLength(3);
    expect(new Set(parkUnits.map((unit) => unit.parkId))).toEqual(new Set(demo.parks.map((park) => park.id)));
    expect(demo.units.some((unit) => unit.kind === "DISTRICT")).toBe(true);
  });

  it("has the named demo accounts and one reporter per other unit", () => {
    const users = new Map(demo.users.map((user) => [user.email, user]));
    const units = byId(demo.units);
    for (const account of DEMO_ACCOUNTS) {
      const user = users.get(account.email)!;
      expect(user.role).toBe(account.role);
      expect(units.get(user.unitId)!.code).toBe(account.unitCode);
    }
    expect(demo.users.every((user) => user.email === user.email.toLowerCase())).toBe(true);
    expect(users.size).toBe(demo.users.length);
    for (const unit of demo.units) {
      const reporters = demo.users.filter((user) => user.unitId === unit.id && user.role === "REPORTER");
      expect(reporters).toHaveLength(unit.kind === "OFFICE" ? 0 : 1);
    }
    expect(new Set(demo.users.map((user) => user.passwordHash)).size).toBe(1);
    const hashed = generateDemo({ scale: "s", today: TODAY, passwordHash: "$2b$10$abc" });
    expect(hashed.users.every((user) => user.passwordHash === "$2b$10$abc")).toBe(true);
  });

  it("has the 4 tasks, the 22 measures and 60–100 plan work items", () => {
    expect(demo.tasks.map((task) => task.code)).toEqual(["1", "2", "3", "4"]);
    expect(demo.measures.map((measure) => measure.code)).toEqual(MEASURES.map((measure) => measure.code));
    expect(demo.measures).toHaveLength(22);
    const plan = demo.workItems.filter((item) => item.source === "PLAN");
    expect(plan.length).toBeGreaterThanOrEqual(60);
    expect(plan.length).toBeLessThanOrEqual(100);
    const measures = byId(demo.measures);
    for (const item of plan) {
      expect(item.code.startsWith(`${measures.get(item.measureId!)!.code}.`)).toBe(true);
      expect(item.dueDate.getTime()).toBeGreaterThan(item.startDate.getTime());
      expect(item.deliverable).not.toBe("");
      for (const indicator of demo.workItemIndicators.filter((row) => row.workItemId === item.id)) {
        expect(indicator.unit).toBeTruthy();
        // A rising indicator's target lies above its baseline, a falling one's below.
        if (indicator.direction === "RISING") expect(indicator.target).toBeGreaterThan(indicator.baseline);
        else expect(indicator.target).toBeLessThan(indicator.baseline);
      }
    }
    // The demo shows what real lists hold: several indicators on an item, a falling one, recurring work, leaders and stage targets.
    const indicatorsOf = (code: string) => demo.workItemIndicators.filter((row) => row.workItemId === demo.workItems.find((item) => item.code === code)!.id).map((row) => `${row.name} ${row.direction}`);
    expect(indicatorsOf("1.1.2")).toEqual(["高新技术企业数 RISING", "当年申报企业数 RISING"]);
    expect(indicatorsOf("3.5.1")).toEqual(["单位工业增加值能耗 FALLING"]);
    expect(plan.filter((item) => item.recurrence !== "NONE").map((item) => [item.code, item.recurrence])).toEqual([
      ["3.6.4", "MONTHLY"],
      ["4.5.6", "QUARTERLY"],
      ["3.5.5", "STANDING"],
    ]);
    expect(plan.every((item) => item.leaderName !== null)).toBe(true);
    expect(demo.workItemMilestones).toHaveLength(2);
    expect(new Set(demo.workItems.map((item) => item.code)).size).toBe(demo.workItems.length);
    expect(plan.some((item) => item.plannedCurve !== "LINEAR")).toBe(true);
  });

  it("gives every unit but the office work, 0–3 cooperators per item, and the parks several lead items", () => {
    const involved = new Set<string>();
    for (const item of demo.workItems) involved.add(item.leadUnitId);
    for (const link of demo.workItemCooperators) involved.add(link.unitId);
    const office = demo.units.find((unit) => unit.kind === "OFFICE")!;
    for (const unit of demo.units) expect(involved.has(unit.id)).toBe(unit.id !== office.id);
    for (const unit of demo.units.filter((unit) => unit.kind === "PARK")) {
      expect(demo.workItems.filter((item) => item.source === "PLAN" && item.leadUnitId === unit.id).length).toBeGreaterThanOrEqual(3);
    }
    for (const item of demo.workItems) {
      const cooperators = demo.workItemCooperators.filter((link) => link.workItemId === item.id);
      expect(cooperators.length).toBeLessThanOrEqual(3);
      expect(cooperators.some((link) => link.unitId === item.leadUnitId)).toBe(false);
    }
  });
});

describe("generateDemo: weekly reports (scale s)", () => {
  it("has one report per unit per week, none by the office, about 20 weeks up to the current one", () => {
    const keys = demo.weeklyReports.map((report) => `${report.unitId}:${report.isoYear}-${report.isoWeek}`);
    expect(new Set(keys).size).toBe(keys.length);
    const office = demo.units.find((unit) => unit.kind === "OFFICE")!;
    expect(demo.weeklyReports.some((report) => report.unitId === office.id)).toBe(false);
    expect(demo.meta.reportWeeks).toHaveLength(20);
    expect(demo.meta.reportWeeks.at(-1)).toEqual(demo.meta.currentWeek);
    for (const report of demo.weeklyReports) {
      expect(demo.meta.reportWeeks.some((week) => compareIsoWeeks(week, report) === 0)).toBe(true);
    }
  });

  it("has one entry per led, started work item per report", () => {
    const reports = byId(demo.weeklyReports);
    const items = byId(demo.workItems);
    const pairs = demo.reportEntries.map((entry) => `${entry.reportId}:${entry.workItemId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const entry of demo.reportEntries) {
      const report = reports.get(entry.reportId)!;
      const item = items.get(entry.workItemId)!;
      expect(item.leadUnitId).toBe(report.unitId);
      expect(item.startDate.getTime()).toBeLessThanOrEqual(report.deadline.getTime());
      expect(entry.progress).toBeGreaterThanOrEqual(0);
      expect(entry.progress).toBeLessThanOrEqual(100);
      expect(entry.doneThisWeek).not.toBe("");
      const values = demo.indicatorValues.filter((value) => value.entryId === entry.id);
      expect(values.map((value) => value.indicatorId).sort()).toEqual(demo.workItemIndicators.filter((row) => row.workItemId === item.id).map((row) => row.id).sort());
    }
    expect(demo.weeklyReports.every((report) => demo.reportEntries.some((entry) => entry.reportId === report.id))).toBe(true);
    expect(demo.reportEntries.some((entry) => entry.needsCoordination)).toBe(true);
  });

  it("never lets progress go backwards, but within a period for recurring work", () => {
    expect(progressRestarts(demo)).toBeGreaterThan(0);
  });

  it("fills submission fields consistently", () => {
    const users = byId(demo.users);
    for (const report of demo.weeklyReports) {
      if (report.status === "DRAFT") {
        expect(report.submittedAt).toBeNull();
        expect(report.lateMinutes).toBeNull();
        continue;
      }
      const submitter = users.get(report.submittedById!)!;
      expect(submitter.unitId).toBe(report.unitId);
      expect(submitter.role).toBe("REPORTER");
      expect(report.lateMinutes).toBe(minutesLate(report.submittedAt!, report.deadline));
      if (report.status === "ACCEPTED") {
        expect(users.get(report.reviewedById!)!.role).toBe("SUPERVISOR");
        expect(report.reviewedAt!.getTime()).toBeGreaterThan(report.submittedAt!.getTime());
      }
      expect(report.weekStart.getTime()).toBeLessThan(report.deadline.getTime());
    }
    const past = demo.weeklyReports.filter((report) => compareIsoWeeks(report, shiftIsoWeek(demo.meta.currentWeek, -1)) < 0);
    expect(past.filter((report) => report.status === "ACCEPTED").length / past.length).toBeGreaterThan(0.9);
  });

  it("has late submitters, and this week a mix of drafts, submissions and missing reports", () => {
    const late = demo.weeklyReports.filter((report) => report.status !== "DRAFT" && report.lateMinutes! > 0);
    expect(late.length).toBeGreaterThan(10);
    const lateUnits = Object.entries(demo.meta.unitProfiles).filter(([, profile]) => profile === "late").map(([id]) => id);
    expect(late.filter((report) => lateUnits.includes(report.unitId)).length).toBeGreaterThan(late.length / 2);
    const current = demo.weeklyReports.filter((report) => compareIsoWeeks(report, demo.meta.currentWeek) === 0);
    expect(current.some((report) => report.status === "DRAFT")).toBe(true);
    expect(current.some((report) => report.status === "SUBMITTED")).toBe(true);
    expect(current.every((report) => report.lateMinutes === null || report.lateMinutes === 0)).toBe(true);
    const reportingUnits = new Set(demo.weeklyReports.map((report) => report.unitId));
    expect(current.length).toBeLessThan(reportingUnits.size);
  });

  it("has a unit that stopped reporting four weeks ago", () => {
    const stopped = demo.meta.stoppedUnitId;
    const cutoff = weekKey(shiftIsoWeek(demo.meta.currentWeek, -3));
    const reports = demo.weeklyReports.filter((report) => report.unitId === stopped);
    expect(reports.length).toBeGreaterThan(5);
    expect(reports.every((report) => weekKey(report) < cutoff)).toBe(true);
    expect(reports.some((report) => weekKey(report) === weekKey(shiftIsoWeek(demo.meta.currentWeek, -4)))).toBe(true);
  });

  it("tells the story: stalled, behind-plan, overdue and completed items", () => {
    const story = storyOf(demo, todayKey);
    expect(story.stalled).toBeGreaterThanOrEqual(3);
    expect(story.behind).toBeGreaterThanOrEqual(5);
    expect(story.overdue).toBeGreaterThanOrEqual(2);
    expect(story.completed).toBeGreaterThanOrEqual(3);
    for (const item of demo.workItems.filter((item) => item.status === "COMPLETED")) {
      expect(item.progress).toBe(100);
      expect(item.completedAt).not.toBeNull();
    }
  });

  it("keeps the denormalised progress equal to the latest submitted entry", () => {
    const byItem = entriesByItem(demo);
    for (const item of demo.workItems) {
      const latest = (byItem.get(item.id) ?? []).filter((row) => row.submitted).at(-1);
      expect(item.progress).toBe(latest?.entry.progress ?? 0);
      // Recurring work reaching 100 % in a period is not done: it runs to its due date.
      expect(item.status).toBe(item.progress === 100 && item.recurrence === "NONE" ? "COMPLETED" : "ACTIVE");
      if (latest) {
        expect(item.lastReportedAt).not.toBeNull();
        for (const indicator of demo.workItemIndicators.filter((row) => row.workItemId === item.id)) {
          expect(indicator.currentValue).toBe(demo.indicatorValues.find((value) => value.entryId === latest.entry.id && value.indicatorId === indicator.id)!.value);
        }
      } else {
        expect(item.lastReportedAt).toBeNull();
      }
    }
  });
});

describe("generateDemo: supervision and resources (scale s)", () => {
  it("holds a monthly meeting per month with decisions tracked as work items", () => {
    const monthly = demo.meetings.filter((meeting) => meeting.kind === "MONTHLY");
    const months = monthly.map((meeting) => dateKey(meeting.date).slice(0, 7));
    expect(new Set(months).size).toBe(months.length);
    expect(monthly.length).toBeGreaterThanOrEqual(5);
    const items = byId(demo.workItems);
    for (const meeting of demo.meetings) {
      const decisions = demo.meetingDecisions.filter((decision) => decision.meetingId === meeting.id);
      expect(decisions.length).toBeGreaterThanOrEqual(2);
      expect(decisions.length).toBeLessThanOrEqual(4);
      expect(demo.meetingAttendees.filter((attendee) => attendee.meetingId === meeting.id).length).toBeGreaterThan(5);
      expect(meeting.minutes).not.toBe("");
      for (const decision of decisions) {
        const item = items.get(decision.workItemId)!;
        expect(item.source).toBe("MEETING_DECISION");
        expect(item.measureId).toBeNull();
        expect(item.code).toMatch(/^D\d{4}-\d{2}-\d+$/);
        expect(item.leadUnitId).toBe(decision.assigneeUnitId);
        expect(item.startDate).toEqual(meeting.date);
        expect(item.dueDate).toEqual(decision.dueDate);
        expect(decision.status === "DONE").toBe(item.status === "COMPLETED");
      }
    }
    expect(demo.meetingDecisions.some((decision) => decision.status === "DONE")).toBe(true);
  });

  it("inspects about eight units a month with varied ratings", () => {
    const perMonth = new Map<string, number>();
    for (const inspection of demo.inspections) {
      const month = dateKey(inspection.date).slice(0, 7);
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    }
    expect(Math.max(...perMonth.values())).toBeLessThanOrEqual(8);
    expect(new Set(demo.inspections.map((inspection) => inspection.rating)).size).toBeGreaterThanOrEqual(3);
    const rectify = demo.inspections.filter((inspection) => inspection.rectificationRequired);
    expect(rectify.length).toBeGreaterThanOrEqual(2);
    expect(rectify.every((inspection) => inspection.rectificationDue !== null)).toBe(true);
  });

  it("has last week's report of one unit returned with a reason, its entries not counted", () => {
    const returned = demo.weeklyReports.filter((report) => report.status === "RETURNED");
    expect(returned).toHaveLength(1);
    expect(compareIsoWeeks(returned[0], shiftIsoWeek(demo.meta.currentWeek, -1))).toBe(0);
    expect(returned[0].returnReason).toBeTruthy();
    expect(returned[0].reviewedAt!.getTime()).toBeGreaterThan(returned[0].submittedAt!.getTime());
    expect(demo.weeklyReports.filter((report) => report.status !== "RETURNED").every((report) => report.returnReason === null)).toBe(true);
  });

  it("has the previous quarter's assessment published, scored by the scoring model", () => {
    expect(demo.assessmentRounds).toHaveLength(1);
    const [round] = demo.assessmentRounds;
    const today = quarterOfDateKey(todayKey);
    expect({ year: round.year, quarter: round.quarter }).toEqual(today.quarter === 1 ? { year: today.year - 1, quarter: 4 } : { year: today.year, quarter: today.quarter - 1 });
    expect(round.status).toBe("PUBLISHED");
    expect(round.publishedAt!.getTime()).toBeLessThanOrEqual(TODAY.getTime());
    const published = demo.assessments.filter((row) => row.stage === "PUBLISHED").sort((a, b) => a.rank! - b.rank!);
    const drafts = demo.assessments.filter((row) => row.stage === "DRAFT");
    expect(published.length).toBeGreaterThan(15);
    expect(drafts.map((row) => [row.unitId, row.totalScore]).sort()).toEqual(published.map((row) => [row.unitId, row.totalScore]).sort());
    expect(published[0].rank).toBe(1);
    for (let index = 1; index < published.length; index += 1) expect(published[index].totalScore).toBeLessThanOrEqual(published[index - 1].totalScore);
    for (const row of demo.assessments) {
      const parts = demo.assessmentComponents.filter((component) => component.assessmentId === row.id);
      expect(parts).toHaveLength(5);
      expect(Math.abs(parts.reduce((sum, part) => sum + part.score, 0) - row.computedScore)).toBeLessThan(0.011);
      expect(row.totalScore).toBeCloseTo(Math.min(100, row.computedScore + row.adjustment), 2);
    }
    expect(demo.assessments.filter((row) => row.adjustment !== 0).every((row) => row.adjustmentReason)).toBe(true);
    const office = demo.units.find((unit) => unit.kind === "OFFICE")!;
    expect(demo.assessments.some((row) => row.unitId === office.id)).toBe(false);
  });

  it("has the assessment weights and no warnings", () => {
    const weights = Object.fromEntries(demo.assessmentWeights.map((row) => [row.component, row.weight]));
    expect(weights).toEqual({ TIMELINESS: 20, PROGRESS: 35, INDICATORS: 20, WARNINGS: 15, INSPECTIONS: 10 });
    expect(demo).not.toHaveProperty("warnings");
  });

  it("has the land figures of the design", () => {
    const [first, second, third] = [...demo.landBatches].sort((a, b) => a.seq - b.seq);
    expect(first).toMatchObject({ areaMu: 647, approvedMu: 647, status: "APPROVED" });
    const firstProjects = demo.landProjects.filter((project) => project.batchId === first.id);
    expect(firstProjects).toHaveLength(4);
    const byRef = new Map<string, number[]>();
    for (const project of firstProjects) byRef.set(project.approvalRef!, [...(byRef.get(project.approvalRef!) ?? []), project.approvedMu]);
    const parts = [...byRef.values()].map((areas) => ({ count: areas.length, sum: areas.reduce((a, b) => a + b, 0) }));
    expect(parts.sort((a, b) => a.sum - b.sum)).toEqual([{ count: 1, sum: 89 }, { count: 3, sum: 558 }]);
    expect(second).toMatchObject({ areaMu: 287, approvedMu: 0, status: "SUBMITTED" });
    expect(third).toMatchObject({ areaMu: 329, approvedMu: 0, status: "PREPARING" });
    for (const batch of [second, third]) {
      const projects = demo.landProjects.filter((project) => project.batchId === batch.id);
      expect(projects.length).toBeGreaterThan(0);
      expect(projects.reduce((sum, project) => sum + project.areaMu, 0)).toBe(batch.areaMu);
    }
    expect(demo.landBatches.reduce((sum, batch) => sum + batch.approvedMu, 0)).toBe(647);
  });

  it("has the funding, planning, designation and coordination figures", () => {
    const platform = demo.fundingItems.find((item) => item.amountSought === 3_000_000)!;
    expect(platform).toMatchObject({ status: "ARRIVED", amountArrived: 3_000_000 });
    const loan = demo.fundingItems.find((item) => item.amountSought === 170_000_000)!;
    expect(loan).toMatchObject({ kind: "LOAN", status: "APPLIED", amountArrived: 0 });
    expect(demo.fundingItems.length - 2).toBeGreaterThanOrEqual(3);
    expect(demo.fundingItems.length - 2).toBeLessThanOrEqual(5);
    expect(demo.planningAdjustments).toHaveLength(1);
    expect(demo.planningAdjustments[0]).toMatchObject({ kind: "BOUNDARY", plannedAreaKm2: 3.99, builtAreaKm2: 1.29 });
    const steps = demo.planningAdjustmentSteps;
    expect(steps.length).toBeGreaterThanOrEqual(4);
    expect(steps.length).toBeLessThanOrEqual(6);
    expect(new Set(steps.map((step) => step.status)).size).toBeGreaterThanOrEqual(3);
    expect(demo.designations.some((row) => row.level === "PROVINCIAL" && row.status === "APPROVED")).toBe(true);
    expect(demo.designations.some((row) => row.level === "NATIONAL" && row.status === "PREPARING")).toBe(true);
    expect(demo.officialVisits.length).toBeGreaterThanOrEqual(3);
    expect(demo.officialVisits.length).toBeLessThanOrEqual(5);
    expect(demo.coordinationRequests.length).toBeGreaterThanOrEqual(5);
    expect(demo.coordinationRequests.length).toBeLessThanOrEqual(8);
    const waiting = demo.coordinationRequests.filter((row) => row.status === "WAITING_LEADER");
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    expect(waiting.length).toBeLessThanOrEqual(3);
    expect(demo.coordinationRequests.some((row) => row.workItemId !== null)).toBe(true);
  });

  it("references only rows that exist (foreign keys on the plain data)", () => {
    checkIntegrity(demo);
  });
});

describe("generateDemo: any day of the week", () => {
  it.each([
    "2026-11-23T07:30:00+08:00",
    "2026-11-24T11:00:00+08:00",
    "2026-11-25T16:00:00+08:00",
    "2026-11-27T17:30:00+08:00",
    "2026-11-27T20:00:00+08:00",
    "2026-11-28T10:00:00+08:00",
    "2026-11-29T23:00:00+08:00",
  ])("keeps its story and rules on %s", (iso) => {
    const today = new Date(iso);
    const data = generateDemo({ scale: "s", today });
    const story = storyOf(data, localDateKey(today, TZ));
    expect(story.stalled).toBeGreaterThanOrEqual(3);
    expect(story.behind).toBeGreaterThanOrEqual(5);
    expect(story.overdue).toBeGreaterThanOrEqual(2);
    expect(story.completed).toBeGreaterThanOrEqual(3);
    for (const report of data.weeklyReports) {
      if (report.submittedAt) expect(report.submittedAt.getTime()).toBeLessThanOrEqual(today.getTime());
      expect(report.createdAt.getTime()).toBeLessThanOrEqual(today.getTime());
    }
    const current = data.weeklyReports.filter((report) => compareIsoWeeks(report, data.meta.currentWeek) === 0);
    const deadline = current[0]?.deadline ?? new Date(8.64e15);
    if (today.getTime() <= deadline.getTime()) expect(current.every((report) => !report.lateMinutes)).toBe(true);
    progressRestarts(data);
    checkIntegrity(data);
  });
});

describe("generateDemo: larger scales", () => {
  it.each([
    ["m", 60, 200, 52],
    ["l", 200, 600, 260],
  ] as const)("scale %s has %i units, %i plan items and %i weeks of reports", (scale, units, items, weeks) => {
    const data = generateDemo({ scale, today: TODAY });
    expect(data.units).toHaveLength(units);
    expect(data.workItems.filter((item) => item.source === "PLAN")).toHaveLength(items);
    expect(data.measures).toHaveLength(22);
    expect(data.meta.reportWeeks).toHaveLength(weeks);
    expect(data.users).toHaveLength(DEMO_ACCOUNTS.length + units - 3);
    const keys = data.weeklyReports.map((report) => `${report.unitId}:${report.isoYear}-${report.isoWeek}`);
    expect(new Set(keys).size).toBe(keys.length);
    const leads = new Set(data.workItems.map((item) => item.leadUnitId));
    for (const unit of data.units) if (unit.kind !== "OFFICE") expect(leads.has(unit.id)).toBe(true);
    checkIntegrity(data);
  }, 120_000); // generating scale l takes seconds on a busy machine; the test asserts its shape, not its speed
});

function checkIntegrity(data: DemoData): void {
  const ids = (rows: { id: string }[]) => {
    const set = new Set(rows.map((row) => row.id));
    expect(set.size).toBe(rows.length);
    return set;
  };
  const zones = ids(data.zones);
  const parks = ids(data.parks);
  const units = ids(data.units);
  const users = ids(data.users);
  const tasks = ids(data.tasks);
  const measures = ids(data.measures);
  const items = ids(data.workItems);
  const reports = ids(data.weeklyReports);
  ids(data.reportEntries);
  ids(data.inspections);
  const meetings = ids(data.meetings);
  ids(data.meetingDecisions);
  const designations = ids(data.designations);
  ids(data.designationSteps);
  ids(data.officialVisits);
  ids(data.fundingItems);
  const batches = ids(data.landBatches);
  ids(data.landProjects);
  const adjustments = ids(data.planningAdjustments);
  ids(data.planningAdjustmentSteps);
  ids(data.coordinationRequests);

  const missing: string[] = [];
  const ref = (table: string, set: Set<string>, value: string | null, nullable = false) => {
    if (value === null ? !nullable : !set.has(value)) missing.push(`${table} → ${value}`);
  };
  for (const row of [...data.parks, ...data.units, ...data.users, ...data.tasks, ...data.measures, ...data.workItems, ...data.weeklyReports, ...data.inspections, ...data.meetings, ...data.assessmentWeights, ...data.designations, ...data.officialVisits, ...data.fundingItems, ...data.landBatches, ...data.planningAdjustments, ...data.coordinationRequests]) {
    ref("zone", zones, row.zoneId);
  }
  for (const row of data.units) ref("unit.park", parks, row.parkId, true);
  for (const row of data.users) ref("user.unit", units, row.unitId);
  for (const row of data.measures) ref("measure.task", tasks, row.taskId);
  for (const row of data.workItems) {
    ref("item.measure", measures, row.measureId, row.source === "MEETING_DECISION");
    ref("item.lead", units, row.leadUnitId);
  }
  for (const row of data.workItemCooperators) {
    ref("cooperator.item", items, row.workItemId);
    ref("cooperator.unit", units, row.unitId);
  }
  const pairs = data.workItemCooperators.map((row) => `${row.workItemId}:${row.unitId}`);
  expect(new Set(pairs).size).toBe(pairs.length);
  for (const row of data.weeklyReports) {
    ref("report.unit", units, row.unitId);
    ref("report.submittedBy", users, row.submittedById, true);
    ref("report.reviewedBy", users, row.reviewedById, true);
  }
  for (const row of data.reportEntries) {
    ref("entry.report", reports, row.reportId);
    ref("entry.item", items, row.workItemId);
  }
  for (const row of data.inspections) {
    ref("inspection.unit", units, row.unitId);
    ref("inspection.createdBy", users, row.createdById);
  }
  for (const row of data.meetings) ref("meeting.createdBy", users, row.createdById);
  for (const row of data.meetingAttendees) {
    ref("attendee.meeting", meetings, row.meetingId);
    ref("attendee.unit", units, row.unitId);
  }
  for (const row of data.meetingDecisions) {
    ref("decision.meeting", meetings, row.meetingId);
    ref("decision.unit", units, row.assigneeUnitId);
    ref("decision.item", items, row.workItemId);
  }
  expect(new Set(data.meetingDecisions.map((row) => row.workItemId)).size).toBe(data.meetingDecisions.length);
  for (const row of data.designations) {
    ref("designation.park", parks, row.parkId, true);
    ref("designation.lead", units, row.leadUnitId, true);
  }
  for (const row of data.designationSteps) ref("step.designation", designations, row.designationId);
  for (const row of data.officialVisits) ref("visit.designation", designations, row.designationId, true);
  for (const row of data.fundingItems) {
    ref("fund.park", parks, row.parkId, true);
    ref("fund.lead", units, row.leadUnitId, true);
  }
  for (const row of data.landBatches) ref("batch.park", parks, row.parkId, true);
  for (const row of data.landProjects) ref("project.batch", batches, row.batchId);
  for (const row of data.planningAdjustments) ref("adjustment.park", parks, row.parkId, true);
  for (const row of data.planningAdjustmentSteps) ref("adjustmentStep.adjustment", adjustments, row.adjustmentId);
  for (const row of data.coordinationRequests) {
    ref("coordination.unit", units, row.unitId, true);
    ref("coordination.raisedBy", users, row.raisedById, true);
    ref("coordination.item", items, row.workItemId, true);
  }
  expect(missing).toEqual([]);
}
