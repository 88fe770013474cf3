// What every builder of the demo shares: the options resolved once (scale, seed, time zone,
// today and the campaign's span), the root random source (each builder forks its own by name,
// so the builders' order does not change their draws) and the demo's ids. Pure.
import { DEFAULT_TIME_ZONE, isoWeekMondayKey, isoWeekOf, localDateKey, shiftIsoWeek, type IsoWeek } from "@/lib/dates/zone-time";
import type { PlannedTimeline } from "@/lib/plan/planned-progress";
import type { BehaviourName, IndicatorSpec, PhraseKind, ScheduleKind } from "./catalog";
import { addMonthsKey, atMinute, clampKey, endOfMonthKey } from "./dates";
import { Random } from "./random";
import type { Scale, WorkItemIndicatorRow, WorkItemRow } from "./types";

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

export interface ScaleConfig {
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

export const ZONE_ID = "demo-zone";
export const DEADLINE_RULE = { weekday: 5, time: "18:00" };
export const SUPERVISOR_ID = "demo-user-office";
/** The unit whose report of last week the office returned. */
export const RETURNED_UNIT = "slj";
export const RETURN_REASON = "“本周完成情况”过于笼统，请补充具体数据和佐证材料后重新提交。";
export const INTEGER_UNITS = new Set(["家", "个", "件", "人", "户", "亩"]);

export const unitId = (code: string) => `demo-unit-${code}`;
export const parkId = (code: string) => `demo-park-${code}`;
export const itemId = (code: string) => `demo-wi-${code}`;
export const userIdOf = (email: string) => `demo-user-${email.slice(0, email.indexOf("@"))}`;

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function fill(template: string, rng: Random, deliverable: string): string {
  return template
    .replaceAll("{n}", String(rng.int(3, 15)))
    .replaceAll("{m}", String(rng.int(1, 3)))
    .replaceAll("{d}", deliverable);
}

export interface ItemSim {
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

export interface DemoContext {
  scale: Scale;
  config: ScaleConfig;
  seed: number;
  timeZone: string;
  today: Date;
  passwordHash: string;
  root: Random;
  /** today as epoch milliseconds */
  now: number;
  todayKey: string;
  currentWeek: IsoWeek;
  campaignStartKey: string;
  campaignEndKey: string;
  /** The ISO weeks covered by weekly reports, oldest first. */
  reportWeeks: IsoWeek[];
  /** An instant on the zone's clock: a day and minutes after midnight. */
  at: (key: string, minute: number) => Date;
  clampCampaign: (key: string) => string;
}

export function demoContext(options: GenerateOptions): DemoContext {
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

  return { scale, config, seed, timeZone, today, passwordHash, root, now, todayKey, currentWeek, campaignStartKey, campaignEndKey, reportWeeks, at, clampCampaign };
}
