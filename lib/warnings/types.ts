// The shapes the warning engine reads and writes. Plain data: no Prisma, no clock.
import type { NoticeStatus, WorkItemSource, WorkItemStatus } from "@/lib/db/generated/enums";
import type { ZoneCalendar } from "@/lib/dates/calendar";
import type { CurveKind, CurvePoint, Recurrence } from "@/lib/plan/planned-progress";
import type { ReportStatus } from "@/lib/reports/workflow";
import type { RuleSet, WarningKind, WarningLevel } from "./rules";
import type { WarningEvidence } from "./schema";

export interface EngineUnit {
  id: string;
  name: string;
  active: boolean;
  /** UnitKind: the creation office ("OFFICE") owes no reports. */
  kind: string;
}

export interface EngineWorkItem {
  id: string;
  code: string;
  title: string;
  source: WorkItemSource;
  leadUnitId: string;
  /** "YYYY-MM-DD" on the zone's calendar. */
  startDate: string;
  dueDate: string;
  curve: CurveKind;
  points: CurvePoint[] | null;
  /** Recurring items (monthly, quarterly, standing) are judged per period: planned and actual progress restart each period. */
  recurrence: Recurrence;
  status: WorkItemStatus;
  completedAt: Date | null;
  /** When the item was entered: the forecast leaves new items alone for two weeks. */
  createdAt: Date;
  /** Denormalised latest progress: used only when no report in the input mentions the item. */
  progress: number;
  lastReportedAt: Date | null;
}

export interface EngineReport {
  id: string;
  unitId: string;
  isoYear: number;
  isoWeek: number;
  status: ReportStatus;
  submittedAt: Date | null;
  /** Progress is null where the field was left empty: never read as 0 %. */
  entries: { workItemId: string; progress: number | null }[];
}

export const UNANSWERED_NOTICE_STATUSES = ["ISSUED", "SIGNED", "IN_PROGRESS", "RETURNED"] as const;

export interface EngineNotice {
  id: string;
  number: string;
  unitId: string;
  level: WarningLevel;
  status: NoticeStatus;
  /** "YYYY-MM-DD": answered until the end of that local day. */
  responseDue: string;
  issuedAt: Date;
  chaseCount: number;
}

/** A warning was (or became) yellow at `at`: an OPENED, LEVEL_CHANGED or REOPENED event to YELLOW. */
export interface YellowMark {
  dedupeKey: string;
  unitId: string;
  at: Date;
}

export interface EngineInput {
  asOf: Date;
  /** The zone's reporting settings and working-day calendar (lib/dates/calendar.ts). */
  calendar: ZoneCalendar;
  rules: RuleSet;
  units: EngineUnit[];
  workItems: EngineWorkItem[];
  reports: EngineReport[];
  /** Weeks the office excused units from (免报), as exemptionKey()s ("<unitId>:2026-W40"). */
  exemptions: string[];
  notices: EngineNotice[];
  yellowHistory: YellowMark[];
}

export type Figure = WarningEvidence["figures"][string];
export type EvidenceReport = WarningEvidence["reports"][number];

export interface ComputedWarning {
  /** Deterministic identity of the condition, unique per zone. */
  dedupeKey: string;
  kind: WarningKind;
  level: WarningLevel;
  unitId: string;
  workItemId: string | null;
  noticeId: string | null;
  title: string;
  evidence: WarningEvidence;
}

/** Why an open warning was resolved (stored as Warning.resolvedReason, shown localized). */
export const RESOLVED_REASONS = [
  "RULE_DISABLED",
  "THRESHOLD_CHANGED",
  /** Stored before 2026-12: completed or archived (now ITEM_COMPLETED / ITEM_ARCHIVED). */
  "ITEM_CLOSED",
  "ITEM_COMPLETED",
  "ITEM_ARCHIVED",
  "UNIT_DEACTIVATED",
  "REPORT_SUBMITTED",
  "WEEKS_EXCUSED",
  "NO_LONGER_OWED",
  "LOOKBACK_PASSED",
  "PROGRESS_MOVED",
  "CAUGHT_UP",
  "NOW_OVERDUE",
  "COMPLETED",
  "NOTICE_ANSWERED",
  "BACK_ON_TRACK",
  "BELOW_THRESHOLD",
] as const;
export type ResolvedReason = (typeof RESOLVED_REASONS)[number];
