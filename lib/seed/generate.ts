// The demo data generator: a pure function of (scale, today, seed, time zone). No database,
// no clock, no Math.random: the same inputs always give the same rows, with dates relative to
// `today` so the demo never looks stale.
import { workingCalendar, type ZoneCalendar } from "@/lib/dates/calendar";
import { STATE_SCHEDULES } from "@/lib/dates/state-holidays";
import {
  addDaysToKey,
  dateFromKey,
  dateKey,
  daysBetweenKeys,
  DEFAULT_TIME_ZONE,
  formatIsoWeek,
  isoWeekMondayKey,
  isoWeekOf,
  isoWeekStart,
  localDateKey,
  minutesLate,
  shiftIsoWeek,
  type IsoWeek,
} from "@/lib/dates/zone-time";
import { plannedProgress, samePeriod, type PlannedTimeline } from "@/lib/plan/planned-progress";
import { reportWeek } from "@/lib/reports/week";
import {
  COMPANY_NAMES,
  COORDINATION_PHRASES,
  DECISION_DONE_PHRASES,
  DECISION_TEMPLATES,
  DEMO_ACCOUNTS,
  DISTRICT_NAMES,
  EXTRA_ITEM_PATTERNS,
  GIVEN_NAMES,
  INSPECTION_FINDINGS,
  INSPECTORS,
  LATE_UNITS,
  MEASURES,
  MEETING_LOCATIONS,
  MEMBER_UNITS,
  MINUTES_CLOSINGS,
  MINUTES_OPENINGS,
  OFFICE_UNIT,
  PARKS,
  phraseKindOf,
  DONE_PHRASES,
  PLAN_PHRASES,
  PROBLEM_PHRASES,
  REPORTER_TITLES,
  STALLED_PHRASES,
  STOPPED_UNIT,
  SURNAMES,
  TASK_LEADERS,
  TASKS,
  UNIT_ALIASES,
  TOWN_NAMES,
  WORK_ITEMS,
  ZONE,
  type BehaviourName,
  type CurveName,
  type IndicatorSpec,
  type PhraseKind,
  type ScheduleKind,
  type UnitSpec,
} from "./catalog";
import { addMinutes, addMonthsKey, atMinute, clampKey, endOfMonthKey, maxKey, minKey, monthKey, monthsBetween, toWorkday } from "./dates";
import { Random } from "./random";
import { generateAssessment } from "./assessment";
import { generateReadiness } from "./readiness";
import { generateResources } from "./resources";
import type {
  CalendarDayRow,
  DemoData,
  InspectionRow,
  MeetingAttendeeRow,
  MeetingDecisionRow,
  MeetingRow,
  RatingName,
  ReportEntryRow,
  ReportStatusName,
  Scale,
  UnitProfile,
  UnitRow,
  UserRow,
  WeeklyReportRow,
  IndicatorValueRow,
  WorkItemCooperatorRow,
  WorkItemIndicatorRow,
  WorkItemMilestoneRow,
  WorkItemRow,
} from "./types";

export interface GenerateOptions {
  scale: Scale;
  /** "Now": every date of the demo is computed relative to it. */
  today: Date;
  seed?: number;
  timeZone?: string;
  /** bcrypt hash stored for every demo account; the placeholder is refused by insertDemo. */
  passwordHash?: string;
}

export const DEFAULT_SEED = 20260;
/** Stored when no hash is given; never a valid bcrypt hash, so no one can sign in with it. */
export const PASSWORD_HASH_PLACEHOLDER = "!demo-password-not-hashed";

interface ScaleConfig {
  units: number;
  /** Plan work items in all (null: exactly the catalog). */
  planItems: number | null;
  historyWeeks: number;
  /** Schedules of the extra items. */
  extraSchedules: readonly (readonly [ScheduleKind, number])[];
}

export const SCALES: Record<Scale, ScaleConfig> = {
  s: { units: 25, planItems: null, historyWeeks: 20, extraSchedules: [] },
  m: { units: 60, planItems: 200, historyWeeks: 52, extraSchedules: [["running", 55], ["due-past", 30], ["late-start", 10], ["future", 5]] },
  l: { units: 200, planItems: 600, historyWeeks: 260, extraSchedules: [["due-past", 70], ["running", 20], ["late-start", 5], ["future", 5]] },
};

const ZONE_ID = "demo-zone";
const DEADLINE_RULE = { weekday: 5, time: "18:00" };
const SUPERVISOR_ID = "demo-user-office";
/** The unit whose report of last week the office returned. */
const RETURNED_UNIT = "slj";
const RETURN_REASON = "“本周完成情况”过于笼统，请补充具体数据和佐证材料后重新提交。";
const INTEGER_UNITS = new Set(["家", "个", "件", "人", "户", "亩"]);

const unitId = (code: string) => `demo-unit-${code}`;
const parkId = (code: string) => `demo-park-${code}`;
const itemId = (code: string) => `demo-wi-${code}`;
const userIdOf = (email: string) => `demo-user-${email.slice(0, email.indexOf("@"))}`;

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function fill(template: string, rng: Random, deliverable: string): string {
  return template
    .replaceAll("{n}", String(rng.int(3, 15)))
    .replaceAll("{m}", String(rng.int(1, 3)))
    .replaceAll("{d}", deliverable);
}

interface ItemSim {
  row: WorkItemRow;
  leadCode: string;
  kind: PhraseKind;
  phrases: readonly string[];
  behaviour: BehaviourName;
  indicators: { row: WorkItemIndicatorRow; spec: IndicatorSpec }[];
  timeline: PlannedTimeline;
  startKey: string;
  dueKey: string;
  bias: number;
  gapFinal: number;
  stallFrom: string;
  overdueFactor: number;
  overdueCreep: number;
  rng: Random;
  last: number | null;
  /** The evaluation day of the last report, for a recurring item's periods. */
  lastKey: string | null;
  /** Consecutive reports without progress. */
  flat: number;
  completed: boolean;
}

export function generateDemo(options: GenerateOptions): DemoData {
  const scale = options.scale;
  const config = SCALES[scale];
  if (!config) throw new Error(`Unknown scale: ${String(scale)}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const today = new Date(options.today.getTime());
  if (Number.isNaN(today.getTime())) throw new Error("today is not a valid date");
  const passwordHash = options.passwordHash ?? PASSWORD_HASH_PLACEHOLDER;
  const root = new Random(seed);
  const now = today.getTime();

  const todayKey = localDateKey(today, timeZone);
  const currentWeek = isoWeekOf(today, timeZone);
  const campaignStartKey = isoWeekMondayKey(shiftIsoWeek(currentWeek, -(config.historyWeeks + 4)));
  const campaignEndKey = endOfMonthKey(addMonthsKey(todayKey, 18));
  const reportWeeks: IsoWeek[] = [];
  for (let back = config.historyWeeks - 1; back >= 0; back -= 1) reportWeeks.push(shiftIsoWeek(currentWeek, -back));
  const at = (key: string, minute: number) => atMinute(key, minute, timeZone);
  const clampCampaign = (key: string) => clampKey(key, campaignStartKey, campaignEndKey);

  // ───────────── zone, its calendar, parks ─────────────
  // The State Council's schedules (lib/dates/state-holidays.ts); reporting starts with the history.
  const holidays = STATE_SCHEDULES.flatMap((schedule) => schedule.days);
  const calendarDays: CalendarDayRow[] = holidays.map((day) => ({ id: `demo-cal-${day.date}`, zoneId: ZONE_ID, date: dateFromKey(day.date), kind: day.kind, name: day.name }));
  const demoCalendar: ZoneCalendar = {
    zone: { timeZone, deadline: DEADLINE_RULE, holidayPolicy: "BEFORE", reportingStartsOn: isoWeekMondayKey(reportWeeks[0]), requiredWeeks: [] },
    calendar: workingCalendar(holidays),
  };
  const zones = [
    {
      id: ZONE_ID,
      code: ZONE.code,
      name: ZONE.name,
      shortName: ZONE.shortName,
      timeZone,
      reportDeadlineWeekday: DEADLINE_RULE.weekday,
      reportDeadlineTime: DEADLINE_RULE.time,
      campaignStart: dateFromKey(campaignStartKey),
      campaignEnd: dateFromKey(campaignEndKey),
      landNeededMu: ZONE.landNeededMu,
    },
  ];
  const parks = PARKS.map((park, index) => ({
    id: parkId(park.code),
    zoneId: ZONE_ID,
    code: park.code,
    name: park.name,
    shortName: park.shortName,
    kind: park.kind,
    plannedAreaKm2: park.plannedAreaKm2,
    builtAreaKm2: park.builtAreaKm2,
    sortOrder: index + 1,
  }));

  // ───────────── units and profiles ─────────────
  const unitSpecs: (UnitSpec & { isMember: boolean })[] = MEMBER_UNITS.map((unit) => ({ ...unit, isMember: true }));
  unitSpecs.push(...extraUnits(config.units - MEMBER_UNITS.length));
  const profileRng = root.fork("profiles");
  const profiles: Record<string, UnitProfile> = {};
  for (const unit of unitSpecs) {
    if (unit.code === OFFICE_UNIT) profiles[unit.code] = "office";
    else if (unit.code === STOPPED_UNIT) profiles[unit.code] = "stopped";
    else if (LATE_UNITS.includes(unit.code)) profiles[unit.code] = "late";
    else if (!unit.isMember && profileRng.chance(0.12)) profiles[unit.code] = "late";
    else profiles[unit.code] = "diligent";
  }

  // ───────────── users ─────────────
  const peopleRng = root.fork("people");
  const usedNames = new Set<string>(DEMO_ACCOUNTS.map((account) => account.name));
  const personName = () => {
    for (;;) {
      const name = peopleRng.pick(SURNAMES) + peopleRng.pick(GIVEN_NAMES);
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const phone = () => `1${peopleRng.pick(["35", "38", "39", "58", "77", "86", "88"])}${String(peopleRng.int(0, 99_999_999)).padStart(8, "0")}`;
  const userCreatedAt = at(addDaysToKey(campaignStartKey, -7), 9 * 60 + 30);
  const users: UserRow[] = [];
  const reporterOf = new Map<string, UserRow>();
  for (const account of DEMO_ACCOUNTS) {
    const user: UserRow = {
      id: userIdOf(account.email),
      zoneId: ZONE_ID,
      unitId: unitId(account.unitCode),
      email: account.email,
      name: account.name,
      phone: phone(),
      title: account.title,
      role: account.role,
      passwordHash,
      active: true,
      createdAt: userCreatedAt,
    };
    users.push(user);
    if (account.role === "REPORTER") reporterOf.set(account.unitCode, user);
  }
  for (const unit of unitSpecs) {
    if (unit.code === OFFICE_UNIT || reporterOf.has(unit.code)) continue;
    const email = `${unit.code}@demo.gov.cn`;
    const user: UserRow = {
      id: userIdOf(email),
      zoneId: ZONE_ID,
      unitId: unitId(unit.code),
      email,
      name: personName(),
      phone: phone(),
      title: `${unit.shortName}${peopleRng.pick(REPORTER_TITLES)}`,
      role: "REPORTER",
      passwordHash,
      active: true,
      createdAt: userCreatedAt,
    };
    users.push(user);
    reporterOf.set(unit.code, user);
  }
  const units: UnitRow[] = unitSpecs.map((unit, index) => {
    const contact = unit.code === OFFICE_UNIT ? users.find((user) => user.id === SUPERVISOR_ID) : reporterOf.get(unit.code);
    return {
      id: unitId(unit.code),
      zoneId: ZONE_ID,
      parkId: unit.parkCode ? parkId(unit.parkCode) : null,
      code: unit.code,
      name: unit.name,
      shortName: unit.shortName,
      kind: unit.kind,
      isMember: unit.isMember,
      active: true,
      contactName: contact?.name ?? null,
      contactPhone: contact?.phone ?? null,
      aliases: [...(UNIT_ALIASES[unit.code] ?? [])],
      sortOrder: index + 1,
    };
  });

  // ───────────── plan ─────────────
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

  // ───────────── meetings and their decisions (each tracked as a work item) ─────────────
  const meetings: MeetingRow[] = [];
  const attendees: MeetingAttendeeRow[] = [];
  const decisions: MeetingDecisionRow[] = [];
  const decisionSims: { decision: MeetingDecisionRow; sim: ItemSim }[] = [];
  const meetingRng = root.fork("meetings");
  const memberCodes = MEMBER_UNITS.map((unit) => unit.code).filter((code) => code !== OFFICE_UNIT);
  const decisionCounter = new Map<string, number>();
  const months = monthsBetween(campaignStartKey, todayKey);
  const kickoffKey = addDaysToKey(campaignStartKey, 2);
  const meetingDays: { key: string; kind: "MONTHLY" | "JOINT_CONFERENCE" }[] = [{ key: kickoffKey, kind: "JOINT_CONFERENCE" }];
  for (const { year, month } of months) {
    const key = toWorkday(monthKey(year, month, 25));
    if (key > addDaysToKey(kickoffKey, 7) && key < todayKey) meetingDays.push({ key, kind: "MONTHLY" });
  }
  for (const { key, kind } of meetingDays) {
    if (key >= todayKey) continue;
    const year = Number(key.slice(0, 4));
    const month = Number(key.slice(5, 7));
    const ym = key.slice(0, 7);
    const id = kind === "MONTHLY" ? `demo-meeting-${ym}` : `demo-meeting-${ym}-kickoff`;
    const title =
      kind === "MONTHLY"
        ? `${year}年${month}月创建国家高新区工作调度会`
        : `${ZONE.shortName}创建国家高新区工作领导小组第一次全体会议暨动员部署会`;
    const picked = meetingRng.sample(DECISION_TEMPLATES, kind === "MONTHLY" ? meetingRng.int(2, 4) : 3);
    const others = meetingRng.sample(memberCodes.filter((code) => !picked.some((d) => d.assignee === code)), kind === "MONTHLY" ? meetingRng.int(8, 14) : memberCodes.length);
    const attending = [OFFICE_UNIT, ...new Set([...picked.map((d) => d.assignee), ...others])];
    const decisionLines = picked.map((decision, index) => {
      const unit = MEMBER_UNITS.find((spec) => spec.code === decision.assignee)!;
      return `${"一二三四"[index]}、${unit.shortName}：${decision.content}。`;
    });
    const minutes = [
      kind === "MONTHLY"
        ? meetingRng.pick(MINUTES_OPENINGS)
        : "会议传达了省委、省政府关于支持创建国家高新区的工作要求，宣读了创建工作领导小组成员名单和创建工作实施方案，对创建工作进行了全面动员部署。",
      `会议议定：${decisionLines.join("")}`,
      meetingRng.pick(MINUTES_CLOSINGS),
    ].join("\n");
    const createdAt = at(addDaysToKey(key, 1), 10 * 60);
    meetings.push({
      id,
      zoneId: ZONE_ID,
      kind,
      title,
      date: dateFromKey(key),
      location: kind === "MONTHLY" ? meetingRng.pick(MEETING_LOCATIONS) : "市政府第一会议室",
      minutes,
      createdById: SUPERVISOR_ID,
      createdAt,
      updatedAt: createdAt,
    });
    for (const code of attending) attendees.push({ meetingId: id, unitId: unitId(code) });
    picked.forEach((decision, index) => {
      const sequence = (decisionCounter.get(ym) ?? 0) + 1;
      decisionCounter.set(ym, sequence);
      const code = `D${ym}-${sequence}`;
      const dueKey = minKey(addDaysToKey(key, meetingRng.int(14, 56)), campaignEndKey);
      const behaviour: BehaviourName =
        dueKey < addDaysToKey(todayKey, -7) ? (meetingRng.chance(0.15) ? "overdue" : "onplan") : meetingRng.chance(0.4) ? "ahead" : "onplan";
      const row: WorkItemRow = {
        id: itemId(code),
        zoneId: ZONE_ID,
        measureId: null,
        source: "MEETING_DECISION",
        code,
        title: decision.content,
        description: `${title}议定事项`,
        leadUnitId: unitId(decision.assignee),
        startDate: dateFromKey(key),
        dueDate: dateFromKey(dueKey),
        deliverable: "议定事项落实情况报告",
        leaderName: null,
        ownerName: reporterOf.get(decision.assignee)?.name ?? null,
        recurrence: "NONE",
        plannedCurve: "LINEAR",
        status: "ACTIVE",
        progress: 0,
        lastReportedAt: null,
        completedAt: null,
        sortOrder: workItems.length + 1,
        createdAt,
        updatedAt: createdAt,
      };
      workItems.push(row);
      const decisionRow: MeetingDecisionRow = {
        id: `demo-decision-${code}`,
        meetingId: id,
        seq: index + 1,
        content: decision.content,
        assigneeUnitId: unitId(decision.assignee),
        dueDate: dateFromKey(dueKey),
        status: "OPEN",
        workItemId: row.id,
        createdAt,
        updatedAt: createdAt,
      };
      decisions.push(decisionRow);
      const sim = makeSim(row, decision.assignee, phraseKindOf(decision.content), DECISION_DONE_PHRASES, behaviour, [], key, dueKey);
      sims.push(sim);
      decisionSims.push({ decision: decisionRow, sim });
    });
  }

  // ───────────── weekly reports ─────────────
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

  // ───────────── monthly inspections ─────────────
  const inspections: InspectionRow[] = [];
  const inspectable = reportingUnits.map((unit) => unit.code);
  for (const { year, month } of months) {
    const rng = root.fork(`inspections:${year}-${month}`);
    const ym = monthKey(year, month, 1).slice(0, 7);
    for (const code of rng.sample(inspectable, Math.min(8, inspectable.length))) {
      const key = toWorkday(monthKey(year, month, rng.int(8, 22)));
      if (key < campaignStartKey || key >= todayKey) continue;
      const profile = profiles[code];
      const recentlyStopped = profile === "stopped" && key >= addDaysToKey(todayKey, -35);
      const rating: RatingName = recentlyStopped
        ? "POOR"
        : profile === "late" || profile === "stopped"
          ? rng.weighted<RatingName>([["GOOD", 30], ["FAIR", 50], ["POOR", 20]])
          : rng.weighted<RatingName>([["EXCELLENT", 35], ["GOOD", 50], ["FAIR", 15]]);
      const rectificationRequired = rating === "POOR" || (rating === "FAIR" && rng.chance(0.2));
      const rectificationDueKey = rectificationRequired ? addDaysToKey(key, rng.int(15, 30)) : null;
      const rectified = rectificationDueKey !== null && rectificationDueKey < todayKey && rng.chance(0.75);
      const createdAt = at(key, 17 * 60 + rng.int(0, 50));
      inspections.push({
        id: `demo-insp-${ym}-${code}`,
        zoneId: ZONE_ID,
        unitId: unitId(code),
        date: dateFromKey(key),
        inspectors: rng.pick(INSPECTORS),
        findings: rng.pick(INSPECTION_FINDINGS[rating]) + (recentlyStopped ? "近期连续未报送周报，要求立即整改并书面说明原因。" : ""),
        rating,
        rectificationRequired,
        rectificationDue: rectificationDueKey ? dateFromKey(rectificationDueKey) : null,
        rectifiedAt: rectified ? at(addDaysToKey(rectificationDueKey!, -rng.int(1, 10)), rng.int(9 * 60, 17 * 60)) : null,
        createdById: SUPERVISOR_ID,
        createdAt,
        updatedAt: createdAt,
      });
    }
  }

  // A couple of rectification orders at least, on the weakest recent inspections.
  const severity: Record<RatingName, number> = { POOR: 3, FAIR: 2, GOOD: 1, EXCELLENT: 0 };
  const weakest = inspections
    .filter((inspection) => !inspection.rectificationRequired)
    .sort((a, b) => severity[b.rating] - severity[a.rating] || b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
  const rectifyRng = root.fork("rectification");
  for (const inspection of weakest.slice(0, Math.max(0, 2 - inspections.filter((row) => row.rectificationRequired).length))) {
    if (severity[inspection.rating] < 2) {
      inspection.rating = "FAIR";
      inspection.findings = INSPECTION_FINDINGS.FAIR[0];
    }
    const dueKey = addDaysToKey(dateKey(inspection.date), rectifyRng.int(15, 30));
    inspection.rectificationRequired = true;
    inspection.rectificationDue = dateFromKey(dueKey);
    inspection.rectifiedAt = dueKey < todayKey ? at(addDaysToKey(dueKey, -rectifyRng.int(1, 10)), rectifyRng.int(9 * 60, 17 * 60)) : null;
  }

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
    meetings,
    meetingAttendees: attendees,
    meetingDecisions: decisions,
    assessmentWeights,
    ...assessment,
    ...resources,
    ...generateReadiness({ zoneId: ZONE_ID, todayKey, campaignStartKey, createdById: SUPERVISOR_ID, workItemIndicators: itemIndicators, measureIds: new Set(measures.map((row) => row.id)) }),
  };
}

/** Extra (non-member) units of the larger scales: platform companies, then towns and streets. */
function extraUnits(count: number): (UnitSpec & { isMember: boolean })[] {
  const names: { name: string; shortName: string; kind: UnitSpec["kind"] }[] = COMPANY_NAMES.map((name) => ({
    name,
    shortName: name.replace(/^江州/, "").replace(/(集团)?有限公司$/, ""),
    kind: "OTHER" as const,
  }));
  for (const town of TOWN_NAMES) {
    for (const district of DISTRICT_NAMES) {
      const county = district.endsWith("县");
      names.push({
        name: county ? `${district}${town}镇人民政府` : `${district}${town}街道办事处`,
        shortName: county ? `${district}${town}镇` : `${district}${town}街道`,
        kind: "DISTRICT",
      });
    }
  }
  const units: (UnitSpec & { isMember: boolean })[] = [];
  for (let index = 0; index < count; index += 1) {
    const spec = names[index] ?? { name: `江州市创建工作第${index + 1}专班`, shortName: `第${index + 1}专班`, kind: "OTHER" as const };
    units.push({ code: `x${String(index + 1).padStart(3, "0")}`, ...spec, isMember: false });
  }
  return units;
}
