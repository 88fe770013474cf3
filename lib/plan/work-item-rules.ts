// The rules a work item's plan fields obey, shared by the edit form (zod) and the
// spreadsheet import. Pure. Messages are i18n keys without values.
//
// Indicators: a target below its baseline is refused. Indicators that should fall (energy
// use, emissions) are phrased as a reduction that rises, e.g. 能耗下降率 0 → 3.5 %, as the
// national evaluation criteria do; see docs/plan-import.md.
import { compareDecimals } from "@/lib/server/exact-decimal";
import type { CurveKind, CurvePoint } from "./planned-progress";

export const CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/;

export interface WorkItemPlanFields {
  leadUnitId: string | null;
  cooperatorIds: string[];
  startDate: string;
  dueDate: string;
  indicatorName: string | null;
  indicatorUnit: string | null;
  /** Exact decimal text, 4 places at most. */
  indicatorBaseline: string | null;
  indicatorTarget: string | null;
  plannedCurve: CurveKind;
  plannedPoints: CurvePoint[];
}

export type WorkItemField = keyof WorkItemPlanFields;

export interface RuleIssue {
  field: WorkItemField;
  key: string;
}

function curveIssues(fields: WorkItemPlanFields): RuleIssue[] {
  const points = fields.plannedPoints;
  if (fields.plannedCurve !== "CUSTOM") return points.length ? [{ field: "plannedPoints", key: "planManage.rules.pointsOnlyCustom" }] : [];
  if (points.length === 0) return [{ field: "plannedPoints", key: "planManage.rules.customNeedsPoints" }];
  for (const [index, point] of points.entries()) {
    if (point.percent < 0 || point.percent > 100) return [{ field: "plannedPoints", key: "planManage.rules.pointPercent" }];
    if (point.date <= fields.startDate || point.date >= fields.dueDate) return [{ field: "plannedPoints", key: "planManage.rules.pointOutsideDates" }];
    const previous = points[index - 1];
    if (previous && (point.date <= previous.date || point.percent < previous.percent)) return [{ field: "plannedPoints", key: "planManage.rules.pointsOrder" }];
  }
  return [];
}

function indicatorIssues(fields: WorkItemPlanFields): RuleIssue[] {
  const { indicatorName, indicatorUnit, indicatorBaseline, indicatorTarget } = fields;
  if (!indicatorName) {
    return indicatorUnit || indicatorBaseline !== null || indicatorTarget !== null ? [{ field: "indicatorName", key: "planManage.rules.indicatorNameRequired" }] : [];
  }
  const issues: RuleIssue[] = [];
  if (indicatorBaseline === null) issues.push({ field: "indicatorBaseline", key: "validation.required" });
  if (indicatorTarget === null) issues.push({ field: "indicatorTarget", key: "validation.required" });
  if (indicatorBaseline !== null && indicatorTarget !== null && compareDecimals(indicatorTarget, indicatorBaseline, 4) < 0) {
    issues.push({ field: "indicatorTarget", key: "planManage.rules.targetBelowBaseline" });
  }
  return issues;
}

export function workItemIssues(fields: WorkItemPlanFields): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (!fields.leadUnitId) issues.push({ field: "leadUnitId", key: "planManage.rules.leadUnitRequired" });
  else if (fields.cooperatorIds.includes(fields.leadUnitId)) issues.push({ field: "cooperatorIds", key: "planManage.rules.leadIsCooperator" });
  if (fields.dueDate < fields.startDate) issues.push({ field: "dueDate", key: "planManage.rules.dueBeforeStart" });
  else issues.push(...curveIssues(fields));
  issues.push(...indicatorIssues(fields));
  return issues;
}
