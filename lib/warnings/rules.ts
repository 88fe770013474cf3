// The warning rules: their kinds, levels, default thresholds and the zod schema that
// validates each kind's parameters (stored per zone in WarningRule.params). Pure.
import { z } from "zod";
import { decimal, integer } from "@/lib/server/fields";
import { WARNING_KINDS, WARNING_LEVELS, type WarningKind } from "./levels";

export { escalate, levelRank, maxLevel, WARNING_KINDS, WARNING_LEVELS, type WarningKind, type WarningLevel } from "./levels";

const count = integer;
const points = decimal(0, 100, 2);
const level = z.enum(WARNING_LEVELS);

/** Thresholds must rise with the level: yellow < orange < red. */
function ascending<T extends Record<string, number>>(keys: [keyof T & string, keyof T & string, keyof T & string]) {
  return (value: T, context: z.RefinementCtx) => {
    const [low, middle, high] = keys;
    if (value[middle] <= value[low]) context.addIssue({ code: "custom", path: [middle], message: "warnings.errors.thresholdOrder" });
    if (value[high] <= value[middle]) context.addIssue({ code: "custom", path: [high], message: "warnings.errors.thresholdOrder" });
  };
}

export const RULE_SCHEMAS = {
  /** Owed weeks not filed within the last `lookbackWeeks` weeks whose deadline has passed: the level by their count. */
  MISSING_REPORT: z
    .object({ yellowWeeks: count(1, 26), orangeWeeks: count(1, 26), redWeeks: count(1, 26), lookbackWeeks: count(1, 52) })
    .superRefine(ascending(["yellowWeeks", "orangeWeeks", "redWeeks"]))
    .superRefine((value, context) => {
      if (value.lookbackWeeks < value.redWeeks) context.addIssue({ code: "custom", path: ["lookbackWeeks"], message: "warnings.errors.lookbackTooShort" });
    }),
  /** Progress unchanged over the last `reports` submitted reports. */
  STALLED: z.object({ reports: count(2, 12), level }),
  /** Points behind the planned progress; strictly more than a threshold reaches its level. */
  BEHIND_PLAN: z.object({ yellow: points, orange: points, red: points }).superRefine(ascending(["yellow", "orange", "red"])),
  /** Due date passed (end of the local day) and progress below 100 %. */
  OVERDUE: z.object({ level }),
  /**
   * Past the response date plus `graceDays` working days without a response (a response date
   * on a holiday is met on the next working day): the notice's level raised by `escalateBy`.
   */
  NOTICE_UNANSWERED: z.object({ graceDays: count(0, 30), escalateBy: count(0, 3) }),
  /**
   * For items due within `horizonDays`: the least-squares trend over the last `windowReports`
   * submitted reports (at least `minReports`) projects completion more than `marginDays` after
   * the due date: yellow, orange when the due date is within `orangeWithinDays`. Blue: not
   * finished and due within `blueWithinDays`. Further out, a straight line says little about
   * curved plans and week-to-week noise; the behind-plan rule watches those items.
   */
  FORECAST_LATE: z
    .object({
      horizonDays: count(7, 730),
      // A trend needs three points at least: two always make a line.
      minReports: count(3, 12),
      windowReports: count(2, 26),
      marginDays: count(0, 90),
      orangeWithinDays: count(0, 365),
      blueWithinDays: count(0, 90),
    })
    .superRefine((value, context) => {
      if (value.windowReports < value.minReports) context.addIssue({ code: "custom", path: ["windowReports"], message: "warnings.errors.windowTooSmall" });
    }),
  /** `count` or more warnings of a unit were yellow within one quarter: suggests a formal notice. */
  REPEATED_YELLOW: z.object({ count: count(2, 10), level }),
} as const;

export type RuleParams<K extends WarningKind> = z.output<(typeof RULE_SCHEMAS)[K]>;
export type AnyRuleParams = { [K in WarningKind]: RuleParams<K> }[WarningKind];

export const DEFAULT_RULE_PARAMS: { [K in WarningKind]: RuleParams<K> } = {
  MISSING_REPORT: { yellowWeeks: 1, orangeWeeks: 2, redWeeks: 3, lookbackWeeks: 26 },
  STALLED: { reports: 3, level: "YELLOW" },
  BEHIND_PLAN: { yellow: 10, orange: 20, red: 30 },
  OVERDUE: { level: "RED" },
  NOTICE_UNANSWERED: { graceDays: 0, escalateBy: 1 },
  FORECAST_LATE: { horizonDays: 90, minReports: 3, windowReports: 6, marginDays: 7, orangeWithinDays: 30, blueWithinDays: 14 },
  REPEATED_YELLOW: { count: 2, level: "ORANGE" },
};

export interface Rule<K extends WarningKind = WarningKind> {
  enabled: boolean;
  params: RuleParams<K>;
}

export type RuleSet = { [K in WarningKind]: Rule<K> };

export function defaultRuleSet(): RuleSet {
  return Object.fromEntries(WARNING_KINDS.map((kind) => [kind, { enabled: true, params: DEFAULT_RULE_PARAMS[kind] }])) as RuleSet;
}

/**
 * The rule set of a zone from its stored rows: a missing kind gets its defaults, and stored
 * params are read over the defaults (a parameter added later gets its default value).
 * Params that no longer validate fall back to the defaults rather than stopping the engine.
 */
export function ruleSetFromRows(rows: { kind: WarningKind; enabled: boolean; params: unknown }[]): RuleSet {
  const rules = defaultRuleSet();
  for (const row of rows) {
    const stored = typeof row.params === "object" && row.params !== null ? row.params : {};
    const parsed = RULE_SCHEMAS[row.kind].safeParse({ ...DEFAULT_RULE_PARAMS[row.kind], ...stored });
    (rules as Record<WarningKind, Rule>)[row.kind] = { enabled: row.enabled, params: parsed.success ? parsed.data : DEFAULT_RULE_PARAMS[row.kind] };
  }
  return rules;
}

/** Every parameter name of every kind (each has its label, warnings.params.<name>). */
export type RuleParamName = { [K in WarningKind]: keyof RuleParams<K> & string }[WarningKind];

export function isRuleParamName(name: string): name is RuleParamName {
  return WARNING_KINDS.some((kind) => name in DEFAULT_RULE_PARAMS[kind]);
}

/** The parameter names of a kind, in the order the settings form shows them. */
export function ruleParamNames(kind: WarningKind): string[] {
  return Object.keys(DEFAULT_RULE_PARAMS[kind]);
}
