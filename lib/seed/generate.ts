// The demo data generator: a pure function of (scale, today, seed, time zone). No database,
// no clock, no Math.random: the same inputs always give the same rows, with dates relative to
// `today` so the demo never looks stale. One builder per domain (zone, org, plan, meetings,
// weekly reports, inspections, then resources, assessment and readiness), called in order on
// one shared context (lib/seed/context.ts); tests/unit/seed-fingerprint.test.ts holds the
// demo to its rows.
import { STOPPED_UNIT, type BehaviourName } from "./catalog";
import { generateAssessment } from "./assessment";
import { generateReadiness } from "./readiness";
import { generateResources } from "./resources";
import type { DemoData } from "./types";
import { demoContext, itemId, parkId, SUPERVISOR_ID, unitId, ZONE_ID, type GenerateOptions } from "./context";
import { buildZone } from "./zone";
import { buildOrg } from "./org";
import { buildPlan } from "./plan";
import { buildMeetings } from "./meetings";
import { buildWeeklyReports } from "./weekly-reports";
import { buildInspections } from "./inspections";

export function generateDemo(options: GenerateOptions): DemoData {
  const ctx = demoContext(options);
  const { scale, seed, timeZone, today, todayKey, currentWeek, reportWeeks, campaignStartKey, campaignEndKey, root } = ctx;
  const zone = buildZone(ctx);
  const org = buildOrg(ctx);
  const plan = buildPlan(ctx, org);
  const meetings = buildMeetings(ctx, org, plan);
  const weekly = buildWeeklyReports(ctx, zone, org, plan, meetings);
  const { inspections } = buildInspections(ctx, org, meetings, weekly);
  const { calendarDays, demoCalendar, zones, parks } = zone;
  const { profiles, users, reporterOf, units } = org;
  const { tasks, measures, workItems, cooperators, itemIndicators, milestones, sims } = plan;
  const { meetings: meetingRows, attendees, decisions } = meetings;
  const { reports, entries, indicatorValues } = weekly;

  const assessmentWeights = (
    [["TIMELINESS", 20], ["PROGRESS", 35], ["INDICATORS", 20], ["WARNINGS", 15], ["INSPECTIONS", 10]] as const
  ).map(([component, weight]) => ({ zoneId: ZONE_ID, component, weight }));

  const resources = generateResources({
    zoneId: ZONE_ID,
    todayKey,
    campaignStartKey,
    campaignEndKey,
    timeZone,
    rng: root.fork("resources"),
    unitId,
    parkId,
    itemId,
    reporterId: (code) => reporterOf.get(code)?.id ?? null,
  });

  const assessment = generateAssessment({
    zoneId: ZONE_ID,
    zone: demoCalendar,
    today,
    units,
    workItems,
    workItemIndicators: itemIndicators,
    weeklyReports: reports,
    reportEntries: entries,
    indicatorValues,
    inspections,
    assessmentWeights,
    publishedById: SUPERVISOR_ID,
  });

  const itemBehaviours: Record<string, BehaviourName> = {};
  for (const sim of sims) itemBehaviours[sim.row.id] = sim.behaviour;

  return {
    meta: {
      scale,
      seed,
      timeZone,
      today,
      todayKey,
      currentWeek,
      reportWeeks,
      campaignStartKey,
      campaignEndKey,
      stoppedUnitId: unitId(STOPPED_UNIT),
      unitProfiles: Object.fromEntries(Object.entries(profiles).map(([code, profile]) => [unitId(code), profile])),
      itemBehaviours,
    },
    zones,
    calendarDays,
    parks,
    units,
    users,
    tasks,
    measures,
    workItems,
    workItemCooperators: cooperators,
    workItemIndicators: itemIndicators,
    workItemMilestones: milestones,
    weeklyReports: reports,
    reportEntries: entries,
    indicatorValues,
    inspections,
    meetings: meetingRows,
    meetingAttendees: attendees,
    meetingDecisions: decisions,
    assessmentWeights,
    ...assessment,
    ...resources,
    ...generateReadiness({ zoneId: ZONE_ID, todayKey, campaignStartKey, createdById: SUPERVISOR_ID, workItemIndicators: itemIndicators, measureIds: new Set(measures.map((row) => row.id)) }),
  };
}

