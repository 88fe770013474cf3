// The demo's published assessment of the previous quarter, scored by the product's own
// scoring model from the generated reports, items and inspections (no warnings yet: the
// warning engine fills those in). Pure.
import { prepareQuarterData, toInspectionFacts } from "@/lib/assessment/inputs";
import { formatQuarter, previousQuarter } from "@/lib/assessment/quarter";
import { appealDeadline } from "@/lib/assessment/round-rules";
import { APPEAL_DAYS } from "@/lib/assessment/schema";
import { adjustedTotal, DEFAULT_MISSING_DATA_RULE, rankWithCategories, scoreQuarter, type Weights } from "@/lib/assessment/scoring";
import { storedEvidence } from "@/lib/assessment/stored";
import type { ZoneCalendar } from "@/lib/dates/calendar";
import { toPlanItem } from "@/lib/reports/report-history";
import { countsForFigures } from "@/lib/reports/workflow";
import { addDaysToKey, dateFromKey, localDateKey, quarterOfDateKey, quarterRange, zonedInstant } from "@/lib/dates/zone-time";
import type {
  AssessmentComponentRow,
  AssessmentRoundRow,
  AssessmentRow,
  AssessmentWeightRow,
  IndicatorValueRow,
  InspectionRow,
  ReportEntryRow,
  UnitRow,
  WeeklyReportRow,
  WorkItemIndicatorRow,
  WorkItemRow,
} from "./types";

/** One unit's draft was adjusted before publication, to show how adjustments look. */
const ADJUSTED_UNIT = "xcl";
const ADJUSTMENT = { points: 2, reason: "承办全市创建工作现场推进会，经创建办研究加 2 分" };

export function generateAssessment(input: {
  zoneId: string;
  /** The demo zone's settings and working-day calendar. */
  zone: ZoneCalendar;
  today: Date;
  units: UnitRow[];
  workItems: WorkItemRow[];
  workItemIndicators: WorkItemIndicatorRow[];
  weeklyReports: WeeklyReportRow[];
  reportEntries: ReportEntryRow[];
  indicatorValues: IndicatorValueRow[];
  inspections: InspectionRow[];
  assessmentWeights: AssessmentWeightRow[];
  publishedById: string;
}): { assessmentRounds: AssessmentRoundRow[]; assessments: AssessmentRow[]; assessmentComponents: AssessmentComponentRow[] } {
  const { zone } = input;
  const { timeZone } = zone.zone;
  const quarter = previousQuarter(quarterOfDateKey(localDateKey(input.today, timeZone)));
  const weights = Object.fromEntries(input.assessmentWeights.map((row) => [row.component, row.weight])) as Weights;
  const reportById = new Map(input.weeklyReports.map((report) => [report.id, report]));
  const valuesByEntry = new Map<string, IndicatorValueRow[]>();
  for (const value of input.indicatorValues) valuesByEntry.set(value.entryId, [...(valuesByEntry.get(value.entryId) ?? []), value]);
  const counted = (report: WeeklyReportRow | undefined) => countsForFigures(report?.status);
  const data = prepareQuarterData({
    quarter,
    zone,
    now: input.today,
    units: input.units.filter((unit) => unit.kind !== "OFFICE"),
    excused: [],
    items: input.workItems.map((item) => toPlanItem({ ...item, indicators: input.workItemIndicators.filter((indicator) => indicator.workItemId === item.id) })),
    reports: input.weeklyReports.map((report) => ({ unitId: report.unitId, isoYear: report.isoYear, isoWeek: report.isoWeek, submittedAt: report.submittedAt, lateMinutes: report.lateMinutes })),
    entries: input.reportEntries
      .filter((entry) => counted(reportById.get(entry.reportId)))
      .map((entry) => {
        const report = reportById.get(entry.reportId)!;
        const values = (valuesByEntry.get(entry.id) ?? []).map(({ indicatorId, value }) => ({ indicatorId, value }));
        return { workItemId: entry.workItemId, isoYear: report.isoYear, isoWeek: report.isoWeek, progress: entry.progress, values };
      }),
    warnings: [],
    notices: [],
    inspections: input.inspections.map(toInspectionFacts),
  }).filter((unit) => unit.weeks.length > 0 || unit.items.length > 0);
  if (data.length === 0) return { assessmentRounds: [], assessments: [], assessmentComponents: [] };

  // Computed a week into the new quarter, published two days later (never after today).
  const { last } = quarterRange(quarter);
  const computedAt = new Date(Math.min(zonedInstant(addDaysToKey(last, 8), "16:00", timeZone).getTime(), input.today.getTime() - 2 * 3_600_000));
  const publishedAt = new Date(Math.min(zonedInstant(addDaysToKey(last, 10), "10:00", timeZone).getTime(), input.today.getTime() - 3_600_000));
  const roundId = `demo-round-${formatQuarter(quarter)}`;
  const adjustedUnitId = input.units.find((unit) => unit.code === ADJUSTED_UNIT)?.id;
  const kindOf = new Map(input.units.map((unit) => [unit.id, unit.kind]));
  const scores = scoreQuarter(data, weights, quarter, DEFAULT_MISSING_DATA_RULE).map((score) => {
    const adjustment = score.unitId === adjustedUnitId ? ADJUSTMENT.points : 0;
    return { ...score, adjustment, total: adjustedTotal(score.computedScore, adjustment), category: kindOf.get(score.unitId) ?? "OTHER" };
  });
  const assessments: AssessmentRow[] = [];
  const assessmentComponents: AssessmentComponentRow[] = [];
  for (const score of rankWithCategories(scores)) {
    for (const stage of ["DRAFT", "PUBLISHED"] as const) {
      const id = `demo-assess-${formatQuarter(quarter)}-${stage.toLowerCase()}-${score.unitId}`;
      assessments.push({
        id,
        roundId,
        unitId: score.unitId,
        stage,
        computedScore: score.computedScore,
        adjustment: score.adjustment,
        adjustmentReason: score.adjustment ? ADJUSTMENT.reason : null,
        adjustedById: score.adjustment ? input.publishedById : null,
        totalScore: score.total,
        rank: score.rank,
        categoryRank: score.categoryRank,
        createdAt: stage === "DRAFT" ? computedAt : publishedAt,
        updatedAt: stage === "DRAFT" ? computedAt : publishedAt,
      });
      for (const component of score.components) {
        assessmentComponents.push({
          id: `${id}-${component.component}`,
          assessmentId: id,
          component: component.component,
          weight: component.weight,
          rawScore: component.countedRaw ?? 0,
          score: component.score,
          evidence: storedEvidence(component),
        });
      }
    }
  }
  return {
    assessmentRounds: [
      { id: roundId, zoneId: input.zoneId, year: quarter.year, quarter: quarter.quarter, status: "PUBLISHED", weights, missingDataRule: DEFAULT_MISSING_DATA_RULE, computedAt, publishedAt, publishedById: input.publishedById, revision: 1, appealDeadline: dateFromKey(appealDeadline(zone, publishedAt, APPEAL_DAYS.default)), createdAt: computedAt, updatedAt: publishedAt },
    ],
    assessments,
    assessmentComponents,
  };
}
