// The demo generator's plan builder (lib/seed/generate.ts calls the builders in order). Pure.
import { addDaysToKey, dateFromKey, daysBetweenKeys } from "@/lib/dates/zone-time";
import { plannedProgress, type PlannedTimeline } from "@/lib/plan/planned-progress";
import { EXTRA_ITEM_PATTERNS, MEASURES, OFFICE_UNIT, phraseKindOf, DONE_PHRASES, TASK_LEADERS, TASKS, WORK_ITEMS, type BehaviourName, type CurveName, type IndicatorSpec, type PhraseKind, type ScheduleKind } from "./catalog";
import { addMonthsKey, endOfMonthKey, maxKey, minKey } from "./dates";
import { Random } from "./random";
import type { WorkItemCooperatorRow, WorkItemIndicatorRow, WorkItemMilestoneRow, WorkItemRow } from "./types";
import { ZONE_ID, unitId, itemId, type ItemSim, type DemoContext } from "./context";
import type { DemoOrg } from "./org";

/** Tasks, measures and work items (the catalogue, then extra items at the larger scales), each with the simulation that drives its weekly progress. */
export function buildPlan(ctx: DemoContext, org: DemoOrg) {
  const { config, root, todayKey, campaignStartKey, campaignEndKey, at, clampCampaign } = ctx;
  const { unitSpecs, profiles, reporterOf } = org;
  const tasks = TASKS.map((task, index) => ({
    id: `demo-task-${task.code}`,
    zoneId: ZONE_ID,
    code: task.code,
    title: task.title,
    description: task.description,
    sortOrder: index + 1,
  }));
  const measures = MEASURES.map((measure, index) => ({
    id: `demo-measure-${measure.code}`,
    zoneId: ZONE_ID,
    taskId: `demo-task-${measure.code.split(".")[0]}`,
    code: measure.code,
    title: measure.title,
    description: measure.description,
    sortOrder: index + 1,
  }));

  interface ItemDraft {
    measure: string;
    title: string;
    lead: string;
    coop: readonly string[];
    deliverable: string;
    indicator?: IndicatorSpec;
    moreIndicators?: readonly IndicatorSpec[];
    curve: CurveName;
    schedule: ScheduleKind;
    recurrence?: "MONTHLY" | "QUARTERLY" | "STANDING";
    milestone?: string;
    behaviour: BehaviourName | null;
    extra: boolean;
  }
  const drafts: ItemDraft[] = WORK_ITEMS.map((template) => ({
    ...template,
    curve: template.curve ?? "LINEAR",
    behaviour: template.behaviour ?? null,
    extra: false,
  }));
  if (config.planItems !== null) {
    const extraRng = root.fork("extra-items");
    const extraUnitCodes = unitSpecs.filter((unit) => !unit.isMember).map((unit) => unit.code);
    const reportingCodes = unitSpecs.filter((unit) => unit.code !== OFFICE_UNIT).map((unit) => unit.code);
    const count = config.planItems - drafts.length;
    for (let index = 0; index < count; index += 1) {
      const lead = index < extraUnitCodes.length ? extraUnitCodes[index] : extraRng.pick(reportingCodes);
      const pattern = extraRng.pick(EXTRA_ITEM_PATTERNS);
      const leadSpec = unitSpecs.find((unit) => unit.code === lead)!;
      const coop = extraRng.sample(reportingCodes.filter((code) => code !== lead), extraRng.int(0, 3));
      const indicator = pattern.indicator
        ? { ...pattern.indicator, target: Math.max(1, Math.round(pattern.indicator.target * extraRng.float(0.6, 1.6))) }
        : undefined;
      drafts.push({
        measure: pattern.measure,
        title: pattern.title.replace("{u}", leadSpec.shortName),
        lead,
        coop,
        deliverable: pattern.deliverable,
        indicator,
        curve: extraRng.weighted<CurveName>([["LINEAR", 80], ["FRONT_LOADED", 10], ["BACK_LOADED", 10]]),
        schedule: extraRng.weighted(config.extraSchedules),
        behaviour: null,
        extra: true,
      });
    }
  }

  // Codes follow the order within each measure; the catalog comes first.
  const perMeasure = new Map<string, number>();
  const workItems: WorkItemRow[] = [];
  const cooperators: WorkItemCooperatorRow[] = [];
  const itemIndicators: WorkItemIndicatorRow[] = [];
  const milestones: WorkItemMilestoneRow[] = [];
  const sims: ItemSim[] = [];
  const planCreatedAt = at(campaignStartKey, 10 * 60);
  const itemRng = root.fork("items");

  const makeSim = (
    row: WorkItemRow,
    leadCode: string,
    kind: PhraseKind,
    phrases: readonly string[],
    behaviour: BehaviourName,
    indicators: IndicatorSpec[],
    startKey: string,
    dueKey: string,
  ): ItemSim => {
    const rng = root.fork(`progress:${row.code}`);
    const timeline: PlannedTimeline = { startDate: startKey, dueDate: dueKey, curve: row.plannedCurve, recurrence: row.recurrence };
    const indicatorRows = indicators.map((spec, index) => {
      const indicatorRow: WorkItemIndicatorRow = {
        id: `${row.id}-ind${index + 1}`,
        workItemId: row.id,
        seq: index + 1,
        name: spec.name,
        unit: spec.unit,
        direction: spec.direction ?? "RISING",
        baseline: spec.baseline,
        target: spec.target,
        currentValue: null,
        createdAt: row.createdAt,
        updatedAt: row.createdAt,
      };
      itemIndicators.push(indicatorRow);
      return { row: indicatorRow, spec };
    });
    const plannedNow = plannedProgress(timeline, todayKey);
    const late = profiles[leadCode] === "late";
    return {
      row,
      leadCode,
      kind,
      phrases,
      behaviour,
      indicators: indicatorRows,
      timeline,
      startKey,
      dueKey,
      bias: behaviour === "ahead" ? rng.float(5, 12) : late ? rng.float(-9, -2) : rng.float(-5, 3),
      gapFinal: Math.max(0, Math.min(rng.int(17, 33), plannedNow - 3)),
      stallFrom: addDaysToKey(todayKey, -7 * rng.int(4, 6)),
      overdueFactor: rng.float(0.62, 0.85),
      overdueCreep: rng.float(0, 1.2),
      rng,
      last: null,
      lastKey: null,
      flat: 0,
      completed: false,
    };
  };

  drafts.forEach((draft, index) => {
    const sequence = (perMeasure.get(draft.measure) ?? 0) + 1;
    perMeasure.set(draft.measure, sequence);
    const code = `${draft.measure}.${sequence}`;
    const behaviour = draft.behaviour ?? chooseBehaviour(draft.schedule, draft.extra, itemRng);
    const { startKey, dueKey } = scheduleDates(draft.schedule, behaviour, itemRng);
    const row: WorkItemRow = {
      id: itemId(code),
      zoneId: ZONE_ID,
      measureId: `demo-measure-${draft.measure}`,
      source: "PLAN",
      code,
      title: draft.title,
      description: null,
      leadUnitId: unitId(draft.lead),
      startDate: dateFromKey(startKey),
      dueDate: dateFromKey(dueKey),
      deliverable: draft.deliverable,
      leaderName: TASK_LEADERS[draft.measure.split(".")[0]] ?? null,
      ownerName: reporterOf.get(draft.lead)?.name ?? null,
      recurrence: draft.recurrence ?? "NONE",
      plannedCurve: draft.curve,
      status: "ACTIVE",
      progress: 0,
      lastReportedAt: null,
      completedAt: null,
      sortOrder: index + 1,
      createdAt: planCreatedAt,
      updatedAt: planCreatedAt,
    };
    workItems.push(row);
    for (const coop of draft.coop) cooperators.push({ workItemId: row.id, unitId: unitId(coop) });
    if (draft.milestone) {
      const halfway = addDaysToKey(startKey, Math.floor(daysBetweenKeys(startKey, dueKey) / 2));
      milestones.push({ id: `${row.id}-ms1`, workItemId: row.id, seq: 1, dueDate: dateFromKey(halfway), text: draft.milestone });
    }
    const kind = phraseKindOf(draft.title);
    const indicators = [...(draft.indicator ? [draft.indicator] : []), ...(draft.moreIndicators ?? [])];
    sims.push(makeSim(row, draft.lead, kind, DONE_PHRASES[kind], behaviour, indicators, startKey, dueKey));
  });

  function chooseBehaviour(schedule: ScheduleKind, extra: boolean, rng: Random): BehaviourName {
    if (schedule === "due-past") {
      return extra && rng.chance(0.1) ? "overdue" : rng.chance(0.3) ? "ahead" : "onplan";
    }
    if (extra && schedule === "running") {
      return rng.weighted<BehaviourName>([["behind", 8], ["stalled", 5], ["ahead", 12], ["onplan", 75]]);
    }
    return rng.chance(0.15) ? "ahead" : "onplan";
  }

  function scheduleDates(schedule: ScheduleKind, behaviour: BehaviourName, rng: Random): { startKey: string; dueKey: string } {
    let startKey: string;
    let dueKey: string;
    switch (schedule) {
      case "running": {
        const lo = maxKey(campaignStartKey, addDaysToKey(todayKey, -730));
        const hi = maxKey(lo, addDaysToKey(todayKey, -112));
        startKey = addDaysToKey(lo, rng.int(0, daysBetweenKeys(lo, hi)));
        const months = behaviour === "behind" ? rng.int(3, 6) : behaviour === "stalled" ? rng.int(4, 9) : rng.int(3, 15);
        dueKey = endOfMonthKey(addMonthsKey(todayKey, months));
        break;
      }
      case "due-past": {
        const hi = maxKey(campaignStartKey, addDaysToKey(todayKey, -140));
        startKey = addDaysToKey(campaignStartKey, rng.int(0, daysBetweenKeys(campaignStartKey, hi)));
        if (behaviour === "overdue") {
          dueKey = addDaysToKey(todayKey, -rng.int(14, 42));
        } else {
          const room = daysBetweenKeys(startKey, addDaysToKey(todayKey, -7));
          dueKey = addDaysToKey(startKey, room <= 56 ? room : rng.int(56, Math.min(730, room)));
        }
        break;
      }
      case "late-start":
        startKey = addDaysToKey(todayKey, -rng.int(14, 70));
        dueKey = endOfMonthKey(addMonthsKey(todayKey, rng.int(6, 12)));
        break;
      case "future":
        startKey = addDaysToKey(todayKey, rng.int(7, 84));
        dueKey = endOfMonthKey(addMonthsKey(startKey, rng.int(6, 12)));
        break;
    }
    startKey = clampCampaign(startKey);
    dueKey = clampCampaign(dueKey);
    if (dueKey <= startKey) dueKey = minKey(addDaysToKey(startKey, 30), campaignEndKey);
    return { startKey, dueKey };
  }
  return { tasks, measures, workItems, cooperators, itemIndicators, milestones, sims, makeSim };
}

export type DemoPlan = ReturnType<typeof buildPlan>;
