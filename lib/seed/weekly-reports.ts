// The demo generator's weekly reports builder (lib/seed/generate.ts calls the builders in order). Pure.
import { addDaysToKey, daysBetweenKeys, formatIsoWeek, isoWeekMondayKey, isoWeekStart, minutesLate } from "@/lib/dates/zone-time";
import { plannedProgress, samePeriod } from "@/lib/plan/planned-progress";
import { reportWeek } from "@/lib/reports/week";
import { COORDINATION_PHRASES, PLAN_PHRASES, PROBLEM_PHRASES, STALLED_PHRASES, type IndicatorSpec } from "./catalog";
import { addMinutes, maxKey, minKey } from "./dates";
import type { ReportEntryRow, ReportStatusName, WeeklyReportRow, IndicatorValueRow } from "./types";
import { ZONE_ID, SUPERVISOR_ID, RETURNED_UNIT, RETURN_REASON, INTEGER_UNITS, unitId, round2, fill, type ItemSim, type DemoContext } from "./context";
import type { DemoZone } from "./zone";
import type { DemoOrg } from "./org";
import type { DemoPlan } from "./plan";
import type { DemoMeetings } from "./meetings";

/** The weekly reports of every owed week with their entries and indicator values, then the items' denormalised latest progress and the decisions done. */
export function buildWeeklyReports(ctx: DemoContext, zone: DemoZone, org: DemoOrg, plan: DemoPlan, meetings: DemoMeetings) {
  const { timeZone, root, now, todayKey, reportWeeks, at } = ctx;
  const { demoCalendar } = zone;
  const { unitSpecs, profiles, reporterOf } = org;
  const { sims } = plan;
  const { decisionSims } = meetings;
  const simsByLead = new Map<string, ItemSim[]>();
  for (const sim of [...sims].sort((a, b) => a.row.sortOrder - b.row.sortOrder)) {
    const list = simsByLead.get(sim.leadCode) ?? [];
    list.push(sim);
    simsByLead.set(sim.leadCode, list);
  }
  const reports: WeeklyReportRow[] = [];
  const entries: ReportEntryRow[] = [];
  const indicatorValues: IndicatorValueRow[] = [];
  const lastSubmitted = new Map<string, { progress: number; values: Map<string, number>; at: Date }>();

  const progressAt = (sim: ItemSim, key: string): number => {
    const planned = plannedProgress(sim.timeline, key);
    const noise = sim.rng.int(-2, 2);
    let value: number;
    switch (sim.behaviour) {
      case "behind": {
        const span = Math.max(1, daysBetweenKeys(sim.startKey, todayKey));
        const fraction = Math.min(1, Math.max(0, daysBetweenKeys(sim.startKey, key) / span));
        value = planned - sim.gapFinal * fraction + Math.sign(noise);
        break;
      }
      case "stalled":
        value = key >= sim.stallFrom && sim.last !== null ? sim.last : planned + sim.bias + noise;
        break;
      case "overdue":
        value =
          key < sim.dueKey
            ? planned * sim.overdueFactor + noise
            : Math.min(95, sim.overdueFactor * 100 + (daysBetweenKeys(sim.dueKey, key) / 7) * sim.overdueCreep);
        break;
      default:
        value = key >= sim.dueKey ? 100 : planned + sim.bias + noise;
    }
    let rounded = Math.round(value);
    if (sim.behaviour === "onplan" || sim.behaviour === "ahead") {
      rounded = key >= sim.dueKey || rounded >= 100 ? 100 : rounded;
    } else {
      rounded = Math.min(rounded, 99);
    }
    rounded = Math.max(0, Math.min(100, rounded));
    if (sim.last === null) return rounded;
    // Only a stalled item stays flat for long: others move at least every other week.
    if (rounded <= sim.last && sim.behaviour !== "stalled" && sim.flat >= 1 && sim.last < 99) return sim.last + 1;
    return Math.max(rounded, sim.last);
  };

  // An indicator moves from baseline towards target with the item's progress (either direction).
  const indicatorAt = (spec: IndicatorSpec, progress: number): number => {
    const value = spec.baseline + ((spec.target - spec.baseline) * progress) / 100;
    return INTEGER_UNITS.has(spec.unit) ? Math.round(value) : round2(value);
  };

  const reportingUnits = unitSpecs.filter((unit) => profiles[unit.code] !== "office");
  reportWeeks.forEach((week, weekIndex) => {
    const weekLabel = formatIsoWeek(week);
    const mondayKey = isoWeekMondayKey(week);
    // The deadline under the zone's calendar: a holiday moves it to the working day before.
    const { deadlineKey, deadline, owed } = reportWeek(week, demoCalendar);
    if (!owed) return;
    const dayBeforeKey = maxKey(mondayKey, addDaysToKey(deadlineKey, -1));
    const evalKey = minKey(deadlineKey, todayKey);
    const weekStart = isoWeekStart(week, timeZone);
    const weeksFromEnd = reportWeeks.length - 1 - weekIndex;
    for (const unit of reportingUnits) {
      const profile = profiles[unit.code];
      if (profile === "stopped" && weeksFromEnd < 4) continue;
      const candidates = (simsByLead.get(unit.code) ?? []).filter((sim) => sim.startKey <= evalKey && !sim.completed);
      if (candidates.length === 0) continue;
      const rng = root.fork(`report:${unit.code}:${weekLabel}`);

      // When the unit submits (minutes on the zone's clock, days from Monday).
      const lateWeek = profile === "late" ? rng.chance(0.45) : profile === "stopped" ? rng.chance(0.25) : rng.chance(0.04);
      let submittedAt: Date;
      if (lateWeek && profile === "diligent") submittedAt = at(deadlineKey, rng.int(18 * 60 + 5, 21 * 60));
      else if (lateWeek) {
        const day = rng.int(1, 3);
        submittedAt = at(addDaysToKey(deadlineKey, day), day === 3 ? rng.int(8 * 60 + 30, 12 * 60) : rng.int(9 * 60, 21 * 60));
      } else if (profile === "diligent" && rng.chance(0.45)) submittedAt = at(dayBeforeKey, rng.int(9 * 60, 18 * 60));
      else submittedAt = at(deadlineKey, rng.int(profile === "diligent" ? 8 * 60 + 30 : 14 * 60, 17 * 60 + 58));
      let draftAt = at(addDaysToKey(mondayKey, rng.int(2, 3)), rng.int(9 * 60, 17 * 60));
      if (draftAt.getTime() > submittedAt.getTime() - 60 * 60_000) draftAt = addMinutes(submittedAt, -rng.int(60, 300));
      let reviewedAt = at(addDaysToKey(mondayKey, rng.int(7, 8)), rng.int(9 * 60, 17 * 60 + 30));
      if (reviewedAt.getTime() <= submittedAt.getTime()) reviewedAt = addMinutes(submittedAt, rng.int(60, 600));

      let status: ReportStatusName;
      if (submittedAt.getTime() <= now) status = reviewedAt.getTime() <= now ? "ACCEPTED" : "SUBMITTED";
      else if (draftAt.getTime() <= now) status = "DRAFT";
      else continue;
      // Last week's report of one unit was returned by the office and waits for a resubmission.
      if (unit.code === RETURNED_UNIT && weeksFromEnd === 1 && status !== "DRAFT") {
        const returnedAt = addMinutes(submittedAt, rng.int(120, 600));
        if (returnedAt.getTime() <= now) {
          status = "RETURNED";
          reviewedAt = returnedAt;
        }
      }
      const submitted = status !== "DRAFT";
      // Entries of a returned report no longer count as reported.
      const counted = status === "SUBMITTED" || status === "ACCEPTED";
      const reporter = reporterOf.get(unit.code)!;
      const reportId = `demo-wr-${unit.code}-${weekLabel}`;

      let behindCount = 0;
      let completedCount = 0;
      for (const sim of candidates) {
        // A recurring item starts each period again from 0: its period's work is judged anew.
        if (sim.lastKey !== null && !samePeriod(sim.timeline.recurrence, sim.lastKey, evalKey)) {
          sim.last = null;
          sim.flat = 0;
        }
        sim.lastKey = evalKey;
        const progress = progressAt(sim, evalKey);
        const delta = progress - (sim.last ?? 0);
        const troubled = sim.behaviour === "behind" || sim.behaviour === "stalled" || sim.behaviour === "overdue";
        const done =
          progress === 100 && delta > 0
            ? `已形成成果“${sim.row.deliverable}”，佐证材料已报送创建办`
            : sim.last !== null && delta === 0
              ? rng.pick(STALLED_PHRASES)
              : rng
                  .sample(sim.phrases, rng.int(1, 2))
                  .map((phrase) => fill(phrase, rng, sim.row.deliverable))
                  .join("；");
        let problems = "";
        if (progress < 100 && (troubled ? rng.chance(0.7) : rng.chance(0.06))) problems = rng.pick(PROBLEM_PHRASES[sim.kind]);
        const needsCoordination = problems !== "" && troubled && rng.chance(0.3);
        if (needsCoordination) problems += `；${rng.pick(COORDINATION_PHRASES)}`;
        const planNext =
          progress === 100 ? "做好成果巩固和资料归档工作" : status === "DRAFT" && rng.chance(0.4) ? "" : fill(rng.pick(PLAN_PHRASES), rng, sim.row.deliverable);
        const entryId = `demo-re-${unit.code}-${weekLabel}-${sim.row.code}`;
        const values = new Map(sim.indicators.map(({ row, spec }) => [row.id, indicatorAt(spec, progress)]));
        for (const [indicatorId, value] of values) indicatorValues.push({ entryId, indicatorId, value });
        entries.push({
          id: entryId,
          reportId,
          workItemId: sim.row.id,
          progress,
          doneThisWeek: `${done}。`,
          planNextWeek: planNext ? `${planNext}。` : "",
          problems: problems ? `${problems}。` : "",
          needsCoordination,
          createdAt: draftAt,
          updatedAt: submitted ? submittedAt : draftAt,
        });
        sim.flat = sim.last !== null && progress === sim.last ? sim.flat + 1 : 0;
        sim.last = progress;
        if (progress === 100) completedCount += 1;
        else if (plannedProgress(sim.timeline, evalKey) - progress >= 10) behindCount += 1;
        if (counted) {
          lastSubmitted.set(sim.row.id, { progress, values, at: submittedAt });
          if (progress === 100 && sim.timeline.recurrence === "NONE") {
            sim.completed = true;
            sim.row.status = "COMPLETED";
            sim.row.completedAt = submittedAt;
          }
        }
      }
      const version = status === "DRAFT" ? rng.int(1, 3) : rng.int(2, 4) + (status === "ACCEPTED" ? 1 : 0);
      reports.push({
        id: reportId,
        zoneId: ZONE_ID,
        unitId: unitId(unit.code),
        isoYear: week.isoYear,
        isoWeek: week.isoWeek,
        weekStart,
        deadline,
        status,
        version,
        summary:
          `本周牵头推进${candidates.length}项工作` +
          (completedCount ? `，完成${completedCount}项` : "") +
          (behindCount ? `，${behindCount}项进度滞后于序时进度，已研究加快推进措施` : "，总体按序时进度推进") +
          "。",
        submittedAt: submitted ? submittedAt : null,
        submittedById: submitted ? reporter.id : null,
        lateMinutes: submitted ? minutesLate(submittedAt, deadline) : null,
        reviewedAt: status === "ACCEPTED" || status === "RETURNED" ? reviewedAt : null,
        reviewedById: status === "ACCEPTED" || status === "RETURNED" ? SUPERVISOR_ID : null,
        returnReason: status === "RETURNED" ? RETURN_REASON : null,
        createdAt: draftAt,
        updatedAt: status === "ACCEPTED" || status === "RETURNED" ? reviewedAt : submitted ? submittedAt : draftAt,
      });
    }
  });

  // Denormalised fields: the latest submitted-or-accepted entry of each item.
  for (const sim of sims) {
    const latest = lastSubmitted.get(sim.row.id);
    if (!latest) continue;
    sim.row.progress = latest.progress;
    for (const { row } of sim.indicators) row.currentValue = latest.values.get(row.id) ?? null;
    sim.row.lastReportedAt = latest.at;
    sim.row.updatedAt = latest.at;
  }
  for (const { decision, sim } of decisionSims) {
    if (sim.row.status === "COMPLETED") {
      decision.status = "DONE";
      decision.updatedAt = sim.row.completedAt!;
    }
  }
  return { reports, entries, indicatorValues, reportingUnits };
}

export type DemoWeeklyReports = ReturnType<typeof buildWeeklyReports>;
