// Plain rows of the demo data, one interface per table, shaped like Prisma's createMany
// inputs (Decimals as numbers, @db.Date columns as UTC-midnight Dates) without importing Prisma.
import type * as DbEnums from "@/lib/db/generated/enums";
import type { IsoWeek } from "@/lib/dates/zone-time";
import type { ReadinessTables } from "./readiness";
import type { BehaviourName, CurveName, ParkKindName, RoleName, UnitKindName } from "./catalog";

export type Scale = "s" | "m" | "l";

export type ReportStatusName = DbEnums.ReportStatus;
export type WorkItemStatusName = DbEnums.WorkItemStatus;
export type RatingName = DbEnums.InspectionRating;
export type MeetingKindName = DbEnums.MeetingKind;
export type DecisionStatusName = DbEnums.DecisionStatus;
export type ComponentName = DbEnums.AssessmentComponentKind;
export type AdminLevelName = DbEnums.AdminLevel;
export type DesignationStatusName = DbEnums.DesignationStatus;
export type StepStatusName = DbEnums.StepStatus;
export type FundingKindName = DbEnums.FundingKind;
export type FundingStatusName = DbEnums.FundingStatus;
export type LandBatchStatusName = DbEnums.LandBatchStatus;
export type PlanningKindName = DbEnums.PlanningKind;
export type AddresseeName = DbEnums.CoordinationAddressee;
export type CoordinationStatusName = DbEnums.CoordinationStatus;

export interface ZoneRow {
  id: string;
  code: string;
  name: string;
  shortName: string;
  timeZone: string;
  reportDeadlineWeekday: number;
  reportDeadlineTime: string;
  campaignStart: Date;
  campaignEnd: Date;
  landNeededMu: number;
}

export interface CalendarDayRow {
  id: string;
  zoneId: string;
  date: Date;
  kind: DbEnums.CalendarDayKind;
  name: string;
}

export interface ParkRow {
  id: string;
  zoneId: string;
  code: string;
  name: string;
  shortName: string;
  kind: ParkKindName;
  plannedAreaKm2: number;
  builtAreaKm2: number;
  sortOrder: number;
}

export interface UnitRow {
  id: string;
  zoneId: string;
  parkId: string | null;
  code: string;
  name: string;
  shortName: string;
  kind: UnitKindName;
  isMember: boolean;
  active: boolean;
  contactName: string | null;
  contactPhone: string | null;
  aliases: string[];
  sortOrder: number;
}

export interface UserRow {
  id: string;
  zoneId: string;
  unitId: string;
  email: string;
  name: string;
  phone: string;
  title: string;
  role: RoleName;
  passwordHash: string;
  active: boolean;
  createdAt: Date;
}

export interface TaskRow {
  id: string;
  zoneId: string;
  code: string;
  title: string;
  description: string;
  sortOrder: number;
}

export interface MeasureRow {
  id: string;
  zoneId: string;
  taskId: string;
  code: string;
  title: string;
  description: string;
  sortOrder: number;
}

export interface WorkItemRow {
  id: string;
  zoneId: string;
  measureId: string | null;
  source: DbEnums.WorkItemSource;
  code: string;
  title: string;
  description: string | null;
  leadUnitId: string;
  startDate: Date;
  dueDate: Date;
  deliverable: string;
  leaderName: string | null;
  ownerName: string | null;
  recurrence: DbEnums.Recurrence;
  plannedCurve: CurveName;
  status: WorkItemStatusName;
  progress: number;
  lastReportedAt: Date | null;
  completedAt: Date | null;
  sortOrder: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface WorkItemIndicatorRow {
  id: string;
  workItemId: string;
  seq: number;
  name: string;
  unit: string;
  direction: DbEnums.IndicatorDirection;
  baseline: number;
  target: number;
  currentValue: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface WorkItemMilestoneRow {
  id: string;
  workItemId: string;
  seq: number;
  dueDate: Date;
  text: string;
}

export interface IndicatorValueRow {
  entryId: string;
  indicatorId: string;
  value: number;
}

export interface WorkItemCooperatorRow {
  workItemId: string;
  unitId: string;
}

export interface WeeklyReportRow {
  id: string;
  zoneId: string;
  unitId: string;
  isoYear: number;
  isoWeek: number;
  weekStart: Date;
  deadline: Date;
  status: ReportStatusName;
  version: number;
  summary: string | null;
  submittedAt: Date | null;
  submittedById: string | null;
  lateMinutes: number | null;
  reviewedAt: Date | null;
  reviewedById: string | null;
  returnReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ReportEntryRow {
  id: string;
  reportId: string;
  workItemId: string;
  progress: number;
  doneThisWeek: string;
  planNextWeek: string;
  problems: string;
  needsCoordination: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface InspectionRow {
  id: string;
  zoneId: string;
  unitId: string;
  date: Date;
  inspectors: string;
  findings: string;
  rating: RatingName;
  rectificationRequired: boolean;
  rectificationDue: Date | null;
  rectifiedAt: Date | null;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface MeetingRow {
  id: string;
  zoneId: string;
  kind: MeetingKindName;
  title: string;
  date: Date;
  location: string;
  minutes: string;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface MeetingAttendeeRow {
  meetingId: string;
  unitId: string;
}

export interface MeetingDecisionRow {
  id: string;
  meetingId: string;
  seq: number;
  content: string;
  assigneeUnitId: string;
  dueDate: Date;
  status: DecisionStatusName;
  workItemId: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface AssessmentWeightRow {
  zoneId: string;
  component: ComponentName;
  weight: number;
}

export interface AssessmentRoundRow {
  id: string;
  zoneId: string;
  year: number;
  quarter: number;
  status: "DRAFT" | "PUBLISHED";
  weights: Record<ComponentName, number>;
  missingDataRule: DbEnums.MissingDataRule;
  computedAt: Date;
  publishedAt: Date | null;
  publishedById: string | null;
  revision: number;
  appealDeadline: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface AssessmentRow {
  id: string;
  roundId: string;
  unitId: string;
  stage: "DRAFT" | "PUBLISHED";
  computedScore: number;
  adjustment: number;
  adjustmentReason: string | null;
  adjustedById: string | null;
  totalScore: number;
  rank: number | null;
  categoryRank: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface AssessmentComponentRow {
  id: string;
  assessmentId: string;
  component: ComponentName;
  weight: number;
  rawScore: number;
  score: number;
  evidence: Record<string, unknown>;
}

export interface DesignationRow {
  id: string;
  zoneId: string;
  parkId: string | null;
  leadUnitId: string | null;
  name: string;
  level: AdminLevelName;
  status: DesignationStatusName;
  appliedAt: Date | null;
  approvedAt: Date | null;
  note: string | null;
  sortOrder: number;
}

export interface DesignationStepRow {
  id: string;
  designationId: string;
  seq: number;
  name: string;
  status: StepStatusName;
  dueDate: Date | null;
  completedAt: Date | null;
  note: string | null;
}

export interface OfficialVisitRow {
  id: string;
  zoneId: string;
  designationId: string | null;
  date: Date;
  visitors: string;
  organization: string;
  agreed: string;
  followUps: string;
}

export interface FundingItemRow {
  id: string;
  zoneId: string;
  parkId: string | null;
  leadUnitId: string | null;
  name: string;
  sourceLevel: AdminLevelName;
  kind: FundingKindName;
  purpose: string;
  amountSought: number;
  amountApproved: number;
  amountArrived: number;
  status: FundingStatusName;
  appliedAt: Date | null;
  approvedAt: Date | null;
  arrivedAt: Date | null;
  note: string | null;
}

export interface LandBatchRow {
  id: string;
  zoneId: string;
  parkId: string | null;
  seq: number;
  name: string;
  areaMu: number;
  approvedMu: number;
  status: LandBatchStatusName;
  submittedAt: Date | null;
  approvedAt: Date | null;
  note: string | null;
}

export interface LandProjectRow {
  id: string;
  batchId: string;
  name: string;
  areaMu: number;
  approvedMu: number;
  approvalRef: string | null;
  approvedAt: Date | null;
  investment: number | null;
  sortOrder: number;
}

export interface PlanningAdjustmentRow {
  id: string;
  zoneId: string;
  parkId: string | null;
  title: string;
  kind: PlanningKindName;
  plannedAreaKm2: number;
  builtAreaKm2: number;
  status: DesignationStatusName;
  submittedAt: Date | null;
  approvedAt: Date | null;
  note: string | null;
}

export interface PlanningAdjustmentStepRow {
  id: string;
  adjustmentId: string;
  seq: number;
  name: string;
  status: StepStatusName;
  dueDate: Date | null;
  completedAt: Date | null;
  note: string | null;
}

export interface CoordinationRequestRow {
  id: string;
  zoneId: string;
  unitId: string | null;
  raisedById: string | null;
  workItemId: string | null;
  title: string;
  content: string;
  addresseeKind: AddresseeName;
  addressee: string;
  status: CoordinationStatusName;
  outcome: string | null;
  dueDate: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The tables of the demo, in foreign-key order (the order they are inserted in). */
export interface DemoTables extends ReadinessTables {
  zones: ZoneRow[];
  calendarDays: CalendarDayRow[];
  parks: ParkRow[];
  units: UnitRow[];
  users: UserRow[];
  tasks: TaskRow[];
  measures: MeasureRow[];
  workItems: WorkItemRow[];
  workItemCooperators: WorkItemCooperatorRow[];
  workItemIndicators: WorkItemIndicatorRow[];
  workItemMilestones: WorkItemMilestoneRow[];
  weeklyReports: WeeklyReportRow[];
  reportEntries: ReportEntryRow[];
  indicatorValues: IndicatorValueRow[];
  inspections: InspectionRow[];
  meetings: MeetingRow[];
  meetingAttendees: MeetingAttendeeRow[];
  meetingDecisions: MeetingDecisionRow[];
  assessmentWeights: AssessmentWeightRow[];
  assessmentRounds: AssessmentRoundRow[];
  assessments: AssessmentRow[];
  assessmentComponents: AssessmentComponentRow[];
  designations: DesignationRow[];
  designationSteps: DesignationStepRow[];
  officialVisits: OfficialVisitRow[];
  fundingItems: FundingItemRow[];
  landBatches: LandBatchRow[];
  landProjects: LandProjectRow[];
  planningAdjustments: PlanningAdjustmentRow[];
  planningAdjustmentSteps: PlanningAdjustmentStepRow[];
  coordinationRequests: CoordinationRequestRow[];
}

export type TableName = keyof DemoTables;

export const TABLE_ORDER: readonly TableName[] = [
  "zones", "calendarDays", "parks", "units", "users", "tasks", "measures", "workItems", "workItemCooperators", "workItemIndicators", "workItemMilestones",
  "weeklyReports", "reportEntries", "indicatorValues", "inspections", "meetings", "meetingAttendees", "meetingDecisions",
  "assessmentWeights", "assessmentRounds", "assessments", "assessmentComponents", "designations", "designationSteps", "officialVisits", "fundingItems",
  "landBatches", "landProjects", "planningAdjustments", "planningAdjustmentSteps", "coordinationRequests",
  "evaluationSystems", "evaluationGroups", "evaluationIndicators", "readinessSettings", "readinessFigures", "readinessValues", "readinessLinks",
];

export type UnitProfile = "office" | "diligent" | "late" | "stopped";

/** What the generator decided, for tests and the CLI summary. */
export interface DemoMeta {
  scale: Scale;
  seed: number;
  timeZone: string;
  today: Date;
  todayKey: string;
  currentWeek: IsoWeek;
  /** The ISO weeks covered by weekly reports, oldest first (the last is the current week). */
  reportWeeks: IsoWeek[];
  campaignStartKey: string;
  campaignEndKey: string;
  stoppedUnitId: string;
  unitProfiles: Record<string, UnitProfile>;
  /** Behaviour of each work item that reports progress (by work item id). */
  itemBehaviours: Record<string, BehaviourName>;
}

export interface DemoData extends DemoTables {
  meta: DemoMeta;
}
