// The rules a work item's plan fields obey, shared by the edit form (zod) and the
// spreadsheet import. Pure. Messages are i18n keys without values.
//
// Indicators: each has a direction. A rising indicator's target is not below its baseline, a
// falling one's (energy per 10,000 yuan) not above; count indicators (家, 个, 件, 项 …) are never
// negative. Progress towards the target is (value − baseline) / (target − baseline) either way;
// see docs/plan-import.md.
import { compareDecimals } from "@/lib/server/exact-decimal";
import { isCountUnit, MAX_INDICATORS, type IndicatorDirection } from "./indicators";
import type { CurveKind, CurvePoint, Recurrence } from "./planned-progress";

export const CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/;

export const MAX_MILESTONES = 12;

export interface IndicatorFields {
  name: string | null;
  unit: string | null;
  direction: IndicatorDirection;
  /** Exact decimal text, 4 places at most. */
  baseline: string | null;
  target: string | null;
}

export interface MilestoneFields {
  /** "YYYY-MM-DD" */
  date: string | null;
  text: string | null;
}

export interface WorkItemPlanFields {
  leadUnitId: string | null;
  cooperatorIds: string[];
  startDate: string;
  dueDate: string;
  recurrence: Recurrence;
  indicators: IndicatorFields[];
  milestones: MilestoneFields[];
  plannedCurve: CurveKind;
  plannedPoints: CurvePoint[];
}

export type WorkItemField = Exclude<keyof WorkItemPlanFields, "indicators" | "milestones">;
export type IndicatorField = keyof IndicatorFields;
export type MilestoneField = keyof MilestoneFields;

export type RuleIssue =
  | { field: WorkItemField; key: string }
  | { field: "indicators"; index: number; part: IndicatorField | null; key: string }
  | { field: "milestones"; index: number; part: MilestoneField | null; key: string };

/** The form path of an issue: "dueDate", "indicators.1.target", "milestones.0.date" ("indicators" for the list). */
export function issuePath(issue: RuleIssue): (string | number)[] {
  if (issue.field === "indicators" || issue.field === "milestones") return issue.index < 0 ? [issue.field] : issue.part ? [issue.field, issue.index, issue.part] : [issue.field, issue.index];
  return [issue.field];
}

function curveIssues(fields: WorkItemPlanFields): RuleIssue[] {
  const points = fields.plannedPoints;
  if (fields.plannedCurve !== "CUSTOM") return points.length ? [{ field: "plannedPoints", key: "planManage.rules.pointsOnlyCustom" }] : [];
  // A recurring item's curve repeats in every period: points on the whole timeline mean nothing.
  if (fields.recurrence !== "NONE") return [{ field: "plannedCurve", key: "planManage.rules.customNotRecurring" }];
  if (points.length === 0) return [{ field: "plannedPoints", key: "planManage.rules.customNeedsPoints" }];
  for (const [index, point] of points.entries()) {
    if (point.percent < 0 || point.percent > 100) return [{ field: "plannedPoints", key: "planManage.rules.pointPercent" }];
    if (point.date <= fields.startDate || point.date >= fields.dueDate) return [{ field: "plannedPoints", key: "planManage.rules.pointOutsideDates" }];
    const previous = points[index - 1];
    if (previous && (point.date <= previous.date || point.percent < previous.percent)) return [{ field: "plannedPoints", key: "planManage.rules.pointsOrder" }];
  }
  return [];
}

function indicatorIssues(indicator: IndicatorFields, index: number, names: Map<string, number>): RuleIssue[] {
  const issue = (part: IndicatorField | null, key: string): RuleIssue => ({ field: "indicators", index, part, key });
  const { name, unit, baseline, target, direction } = indicator;
  if (!name) return [issue("name", "planManage.rules.indicatorNameRequired")];
  const issues: RuleIssue[] = [];
  const first = names.get(name);
  if (first !== undefined && first !== index) issues.push(issue("name", "planManage.rules.indicatorNameTaken"));
  if (baseline === null) issues.push(issue("baseline", "validation.required"));
  if (target === null) issues.push(issue("target", "validation.required"));
  if (isCountUnit(unit)) {
    if (baseline !== null && baseline.startsWith("-")) issues.push(issue("baseline", "planManage.rules.countNotNegative"));
    if (target !== null && target.startsWith("-")) issues.push(issue("target", "planManage.rules.countNotNegative"));
  }
  if (baseline !== null && target !== null) {
    const order = compareDecimals(target, baseline, 4);
    if (direction === "RISING" && order < 0) issues.push(issue("target", "planManage.rules.targetBelowBaseline"));
    if (direction === "FALLING" && order > 0) issues.push(issue("target", "planManage.rules.targetAboveBaseline"));
  }
  return issues;
}

function milestoneIssues(milestone: MilestoneFields, index: number, fields: WorkItemPlanFields): RuleIssue[] {
  const issue = (part: MilestoneField | null, key: string): RuleIssue => ({ field: "milestones", index, part, key });
  const issues: RuleIssue[] = [];
  if (!milestone.text) issues.push(issue("text", "validation.required"));
  if (!milestone.date) issues.push(issue("date", "validation.required"));
  else if (milestone.date < fields.startDate || milestone.date > fields.dueDate) issues.push(issue("date", "planManage.rules.milestoneOutsideDates"));
  return issues;
}

export function workItemIssues(fields: WorkItemPlanFields): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (!fields.leadUnitId) issues.push({ field: "leadUnitId", key: "planManage.rules.leadUnitRequired" });
  else if (fields.cooperatorIds.includes(fields.leadUnitId)) issues.push({ field: "cooperatorIds", key: "planManage.rules.leadIsCooperator" });
  if (fields.dueDate < fields.startDate) issues.push({ field: "dueDate", key: "planManage.rules.dueBeforeStart" });
  else {
    issues.push(...curveIssues(fields));
    fields.milestones.forEach((milestone, index) => issues.push(...milestoneIssues(milestone, index, fields)));
  }
  if (fields.milestones.length > MAX_MILESTONES) issues.push({ field: "milestones", index: -1, part: null, key: "planManage.rules.tooManyMilestones" });
  if (fields.indicators.length > MAX_INDICATORS) issues.push({ field: "indicators", index: -1, part: null, key: "planManage.rules.tooManyIndicators" });
  const names = new Map<string, number>();
  fields.indicators.forEach((indicator, index) => {
    if (indicator.name && !names.has(indicator.name)) names.set(indicator.name, index);
  });
  fields.indicators.forEach((indicator, index) => issues.push(...indicatorIssues(indicator, index, names)));
  return issues;
}
