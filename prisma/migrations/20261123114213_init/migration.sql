-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ParkKind" AS ENUM ('CORE', 'INDUSTRIAL');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('OFFICE', 'DEPARTMENT', 'PARK', 'DISTRICT', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('REPORTER', 'SUPERVISOR', 'LEADER', 'ADMIN');

-- CreateEnum
CREATE TYPE "WorkItemSource" AS ENUM ('PLAN', 'MEETING_DECISION');

-- CreateEnum
CREATE TYPE "WorkItemStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "PlannedCurve" AS ENUM ('LINEAR', 'FRONT_LOADED', 'BACK_LOADED', 'CUSTOM');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "InspectionRating" AS ENUM ('EXCELLENT', 'GOOD', 'FAIR', 'POOR');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('MONTHLY', 'JOINT_CONFERENCE', 'SPECIAL');

-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('OPEN', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "AssessmentComponentKind" AS ENUM ('TIMELINESS', 'PROGRESS', 'INDICATORS', 'WARNINGS', 'INSPECTIONS');

-- CreateEnum
CREATE TYPE "AssessmentStage" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "WarningKind" AS ENUM ('MISSING_REPORT', 'STALLED', 'BEHIND_PLAN', 'OVERDUE', 'NOTICE_UNANSWERED', 'FORECAST_LATE', 'REPEATED_YELLOW');

-- CreateEnum
CREATE TYPE "WarningLevel" AS ENUM ('BLUE', 'YELLOW', 'ORANGE', 'RED');

-- CreateEnum
CREATE TYPE "WarningStatus" AS ENUM ('OPEN', 'ACKNOWLEDGED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "WarningEventType" AS ENUM ('OPENED', 'LEVEL_CHANGED', 'ACKNOWLEDGED', 'RESOLVED', 'REOPENED');

-- CreateEnum
CREATE TYPE "WarningRunTrigger" AS ENUM ('REPORT_SUBMITTED', 'SCHEDULE', 'COMMAND_LINE', 'MANUAL');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "NoticeStatus" AS ENUM ('ISSUED', 'SIGNED', 'IN_PROGRESS', 'RESPONDED', 'REVIEWED', 'RETURNED', 'CLOSED');

-- CreateEnum
CREATE TYPE "NoticeEventType" AS ENUM ('ISSUED', 'SIGNED', 'STARTED', 'RESPONDED', 'REVIEWED', 'RETURNED', 'CLOSED', 'CHASED', 'ESCALATED', 'INSTRUCTED');

-- CreateEnum
CREATE TYPE "ResponseReview" AS ENUM ('ACCEPTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "CoordinationAddressee" AS ENUM ('CITY_LEADER', 'PROVINCIAL_DEPARTMENT', 'NATIONAL_DEPARTMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "CoordinationStatus" AS ENUM ('OPEN', 'WAITING_LEADER', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "AdminLevel" AS ENUM ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY');

-- CreateEnum
CREATE TYPE "DesignationStatus" AS ENUM ('PLANNED', 'PREPARING', 'SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "StepStatus" AS ENUM ('PENDING', 'IN_PROGRESS', 'DONE', 'BLOCKED');

-- CreateEnum
CREATE TYPE "FundingKind" AS ENUM ('GRANT', 'LOAN', 'BOND', 'OTHER');

-- CreateEnum
CREATE TYPE "FundingStatus" AS ENUM ('PLANNED', 'APPLIED', 'APPROVED', 'PARTLY_ARRIVED', 'ARRIVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "LandBatchStatus" AS ENUM ('PREPARING', 'SUBMITTED', 'PARTLY_APPROVED', 'APPROVED');

-- CreateEnum
CREATE TYPE "PlanningKind" AS ENUM ('BOUNDARY', 'AREA', 'LAND_USE');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('REPORT_REMINDER', 'REPORT_RETURNED', 'REPORT_ACCEPTED', 'WARNING_OPENED', 'NOTICE_ISSUED', 'NOTICE_STEP', 'INSTRUCTION', 'ASSESSMENT_PUBLISHED', 'SYSTEM');

-- CreateTable
CREATE TABLE "Zone" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "reportDeadlineWeekday" INTEGER NOT NULL DEFAULT 5,
    "reportDeadlineTime" TEXT NOT NULL DEFAULT '18:00',
    "campaignStart" DATE NOT NULL,
    "campaignEnd" DATE NOT NULL,
    "landNeededMu" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Zone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Park" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "ParkKind" NOT NULL,
    "plannedAreaKm2" DECIMAL(10,2),
    "builtAreaKm2" DECIMAL(10,2),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Park_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "parkId" TEXT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "isMember" BOOLEAN NOT NULL DEFAULT true,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "title" TEXT,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" TEXT,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkItem" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "measureId" TEXT,
    "source" "WorkItemSource" NOT NULL DEFAULT 'PLAN',
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "leadUnitId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "deliverable" TEXT,
    "indicatorName" TEXT,
    "indicatorUnit" TEXT,
    "indicatorBaseline" DECIMAL(18,4),
    "indicatorTarget" DECIMAL(18,4),
    "plannedCurve" "PlannedCurve" NOT NULL DEFAULT 'LINEAR',
    "plannedPoints" JSONB,
    "status" "WorkItemStatus" NOT NULL DEFAULT 'ACTIVE',
    "progress" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "indicatorValue" DECIMAL(18,4),
    "lastReportedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkItemCooperator" (
    "workItemId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "WorkItemCooperator_pkey" PRIMARY KEY ("workItemId","unitId")
);

-- CreateTable
CREATE TABLE "WeeklyReport" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "isoYear" INTEGER NOT NULL,
    "isoWeek" INTEGER NOT NULL,
    "weekStart" TIMESTAMP(3) NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "summary" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "lateMinutes" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "returnReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WeeklyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportEntry" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "workItemId" TEXT NOT NULL,
    "progress" DECIMAL(5,2) NOT NULL,
    "indicatorValue" DECIMAL(18,4),
    "doneThisWeek" TEXT NOT NULL DEFAULT '',
    "planNextWeek" TEXT NOT NULL DEFAULT '',
    "problems" TEXT NOT NULL DEFAULT '',
    "needsCoordination" BOOLEAN NOT NULL DEFAULT false,
    "regressionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT,
    "reportEntryId" TEXT,
    "noticeResponseId" TEXT,
    "inspectionId" TEXT,
    "meetingId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "inspectors" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "rating" "InspectionRating" NOT NULL,
    "rectificationRequired" BOOLEAN NOT NULL DEFAULT false,
    "rectificationDue" DATE,
    "rectifiedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL DEFAULT 'MONTHLY',
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "location" TEXT,
    "minutes" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendee" (
    "meetingId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "MeetingAttendee_pkey" PRIMARY KEY ("meetingId","unitId")
);

-- CreateTable
CREATE TABLE "MeetingDecision" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "assigneeUnitId" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "DecisionStatus" NOT NULL DEFAULT 'OPEN',
    "workItemId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyReport" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "commentary" TEXT NOT NULL DEFAULT '',
    "snapshot" JSONB,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MonthlyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentWeight" (
    "zoneId" TEXT NOT NULL,
    "component" "AssessmentComponentKind" NOT NULL,
    "weight" DECIMAL(5,2) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentWeight_pkey" PRIMARY KEY ("zoneId","component")
);

-- CreateTable
CREATE TABLE "AssessmentRound" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "weights" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "stage" "AssessmentStage" NOT NULL,
    "computedScore" DECIMAL(6,2) NOT NULL,
    "adjustment" DECIMAL(6,2) NOT NULL DEFAULT 0,
    "adjustmentReason" TEXT,
    "adjustedById" TEXT,
    "totalScore" DECIMAL(6,2) NOT NULL,
    "rank" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentComponent" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "component" "AssessmentComponentKind" NOT NULL,
    "weight" DECIMAL(5,2) NOT NULL,
    "rawScore" DECIMAL(6,2) NOT NULL,
    "score" DECIMAL(6,2) NOT NULL,
    "evidence" JSONB NOT NULL,

    CONSTRAINT "AssessmentComponent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarningRule" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "kind" "WarningKind" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "params" JSONB NOT NULL,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WarningRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Warning" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "kind" "WarningKind" NOT NULL,
    "level" "WarningLevel" NOT NULL,
    "status" "WarningStatus" NOT NULL DEFAULT 'OPEN',
    "dedupeKey" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "workItemId" TEXT,
    "noticeId" TEXT,
    "title" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL,
    "lastEvaluatedAt" TIMESTAMP(3) NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolvedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Warning_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarningEvent" (
    "id" TEXT NOT NULL,
    "warningId" TEXT NOT NULL,
    "type" "WarningEventType" NOT NULL,
    "fromLevel" "WarningLevel",
    "toLevel" "WarningLevel",
    "reason" TEXT,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WarningEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarningRun" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "trigger" "WarningRunTrigger" NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "unitId" TEXT,
    "status" "JobStatus" NOT NULL DEFAULT 'RUNNING',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "opened" INTEGER NOT NULL DEFAULT 0,
    "changed" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "startedById" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "WarningRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeCounter" (
    "zoneId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NoticeCounter_pkey" PRIMARY KEY ("zoneId","year")
);

-- CreateTable
CREATE TABLE "SupervisionNotice" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "matter" TEXT NOT NULL,
    "requiredAction" TEXT NOT NULL,
    "responseDue" DATE NOT NULL,
    "level" "WarningLevel" NOT NULL DEFAULT 'YELLOW',
    "status" "NoticeStatus" NOT NULL DEFAULT 'ISSUED',
    "issuedById" TEXT,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signedAt" TIMESTAMP(3),
    "respondedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "lastChasedAt" TIMESTAMP(3),
    "chaseCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupervisionNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeWarning" (
    "noticeId" TEXT NOT NULL,
    "warningId" TEXT NOT NULL,

    CONSTRAINT "NoticeWarning_pkey" PRIMARY KEY ("noticeId","warningId")
);

-- CreateTable
CREATE TABLE "NoticeEvent" (
    "id" TEXT NOT NULL,
    "noticeId" TEXT NOT NULL,
    "type" "NoticeEventType" NOT NULL,
    "fromStatus" "NoticeStatus",
    "toStatus" "NoticeStatus",
    "note" TEXT,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeResponse" (
    "id" TEXT NOT NULL,
    "noticeId" TEXT NOT NULL,
    "authorId" TEXT,
    "content" TEXT NOT NULL,
    "review" "ResponseReview",
    "reviewNote" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoordinationRequest" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "unitId" TEXT,
    "raisedById" TEXT,
    "workItemId" TEXT,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "addresseeKind" "CoordinationAddressee" NOT NULL,
    "addressee" TEXT NOT NULL,
    "status" "CoordinationStatus" NOT NULL DEFAULT 'OPEN',
    "outcome" TEXT,
    "dueDate" DATE,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoordinationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Instruction" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "authorId" TEXT,
    "content" TEXT NOT NULL,
    "warningId" TEXT,
    "noticeId" TEXT,
    "coordinationRequestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Instruction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Designation" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "parkId" TEXT,
    "leadUnitId" TEXT,
    "name" TEXT NOT NULL,
    "level" "AdminLevel" NOT NULL,
    "status" "DesignationStatus" NOT NULL DEFAULT 'PLANNED',
    "appliedAt" DATE,
    "approvedAt" DATE,
    "note" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Designation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DesignationStep" (
    "id" TEXT NOT NULL,
    "designationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "status" "StepStatus" NOT NULL DEFAULT 'PENDING',
    "dueDate" DATE,
    "completedAt" DATE,
    "note" TEXT,

    CONSTRAINT "DesignationStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficialVisit" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "designationId" TEXT,
    "date" DATE NOT NULL,
    "visitors" TEXT NOT NULL,
    "organization" TEXT NOT NULL,
    "agreed" TEXT NOT NULL DEFAULT '',
    "followUps" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficialVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingItem" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "parkId" TEXT,
    "leadUnitId" TEXT,
    "name" TEXT NOT NULL,
    "sourceLevel" "AdminLevel" NOT NULL,
    "kind" "FundingKind" NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "amountSought" DECIMAL(16,2) NOT NULL,
    "amountApproved" DECIMAL(16,2) NOT NULL DEFAULT 0,
    "amountArrived" DECIMAL(16,2) NOT NULL DEFAULT 0,
    "status" "FundingStatus" NOT NULL DEFAULT 'PLANNED',
    "appliedAt" DATE,
    "approvedAt" DATE,
    "arrivedAt" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundingItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LandBatch" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "parkId" TEXT,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "areaMu" DECIMAL(12,2) NOT NULL,
    "approvedMu" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "status" "LandBatchStatus" NOT NULL DEFAULT 'PREPARING',
    "submittedAt" DATE,
    "approvedAt" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LandBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LandProject" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "areaMu" DECIMAL(12,2) NOT NULL,
    "approvedMu" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "approvalRef" TEXT,
    "approvedAt" DATE,
    "investment" DECIMAL(16,2),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LandProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanningAdjustment" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "parkId" TEXT,
    "title" TEXT NOT NULL,
    "kind" "PlanningKind" NOT NULL,
    "plannedAreaKm2" DECIMAL(10,2) NOT NULL,
    "builtAreaKm2" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "status" "DesignationStatus" NOT NULL DEFAULT 'PREPARING',
    "submittedAt" DATE,
    "approvedAt" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanningAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanningAdjustmentStep" (
    "id" TEXT NOT NULL,
    "adjustmentId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "status" "StepStatus" NOT NULL DEFAULT 'PENDING',
    "dueDate" DATE,
    "completedAt" DATE,
    "note" TEXT,

    CONSTRAINT "PlanningAdjustmentStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Zone_code_key" ON "Zone"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Park_zoneId_code_key" ON "Park"("zoneId", "code");

-- CreateIndex
CREATE INDEX "Unit_zoneId_parkId_idx" ON "Unit"("zoneId", "parkId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_zoneId_code_key" ON "Unit"("zoneId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_zoneId_name_key" ON "Unit"("zoneId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_zoneId_role_idx" ON "User"("zoneId", "role");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Task_zoneId_code_key" ON "Task"("zoneId", "code");

-- CreateIndex
CREATE INDEX "Measure_taskId_idx" ON "Measure"("taskId");

-- CreateIndex
CREATE UNIQUE INDEX "Measure_zoneId_code_key" ON "Measure"("zoneId", "code");

-- CreateIndex
CREATE INDEX "WorkItem_measureId_idx" ON "WorkItem"("measureId");

-- CreateIndex
CREATE INDEX "WorkItem_leadUnitId_status_idx" ON "WorkItem"("leadUnitId", "status");

-- CreateIndex
CREATE INDEX "WorkItem_zoneId_status_dueDate_idx" ON "WorkItem"("zoneId", "status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "WorkItem_zoneId_code_key" ON "WorkItem"("zoneId", "code");

-- CreateIndex
CREATE INDEX "WorkItemCooperator_unitId_idx" ON "WorkItemCooperator"("unitId");

-- CreateIndex
CREATE INDEX "WeeklyReport_zoneId_isoYear_isoWeek_status_idx" ON "WeeklyReport"("zoneId", "isoYear", "isoWeek", "status");

-- CreateIndex
CREATE UNIQUE INDEX "WeeklyReport_unitId_isoYear_isoWeek_key" ON "WeeklyReport"("unitId", "isoYear", "isoWeek");

-- CreateIndex
CREATE INDEX "ReportEntry_workItemId_idx" ON "ReportEntry"("workItemId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportEntry_reportId_workItemId_key" ON "ReportEntry"("reportId", "workItemId");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_reportEntryId_idx" ON "Attachment"("reportEntryId");

-- CreateIndex
CREATE INDEX "Attachment_noticeResponseId_idx" ON "Attachment"("noticeResponseId");

-- CreateIndex
CREATE INDEX "Attachment_inspectionId_idx" ON "Attachment"("inspectionId");

-- CreateIndex
CREATE INDEX "Attachment_meetingId_idx" ON "Attachment"("meetingId");

-- CreateIndex
CREATE INDEX "Inspection_zoneId_date_idx" ON "Inspection"("zoneId", "date");

-- CreateIndex
CREATE INDEX "Inspection_unitId_date_idx" ON "Inspection"("unitId", "date");

-- CreateIndex
CREATE INDEX "Meeting_zoneId_date_idx" ON "Meeting"("zoneId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingDecision_workItemId_key" ON "MeetingDecision"("workItemId");

-- CreateIndex
CREATE INDEX "MeetingDecision_assigneeUnitId_status_idx" ON "MeetingDecision"("assigneeUnitId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingDecision_meetingId_seq_key" ON "MeetingDecision"("meetingId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyReport_zoneId_year_month_key" ON "MonthlyReport"("zoneId", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentRound_zoneId_year_quarter_key" ON "AssessmentRound"("zoneId", "year", "quarter");

-- CreateIndex
CREATE INDEX "Assessment_unitId_idx" ON "Assessment"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_roundId_unitId_stage_key" ON "Assessment"("roundId", "unitId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentComponent_assessmentId_component_key" ON "AssessmentComponent"("assessmentId", "component");

-- CreateIndex
CREATE UNIQUE INDEX "WarningRule_zoneId_kind_key" ON "WarningRule"("zoneId", "kind");

-- CreateIndex
CREATE INDEX "Warning_zoneId_status_level_idx" ON "Warning"("zoneId", "status", "level");

-- CreateIndex
CREATE INDEX "Warning_unitId_status_idx" ON "Warning"("unitId", "status");

-- CreateIndex
CREATE INDEX "Warning_workItemId_idx" ON "Warning"("workItemId");

-- CreateIndex
CREATE UNIQUE INDEX "Warning_zoneId_dedupeKey_key" ON "Warning"("zoneId", "dedupeKey");

-- CreateIndex
CREATE INDEX "WarningEvent_warningId_at_idx" ON "WarningEvent"("warningId", "at");

-- CreateIndex
CREATE INDEX "WarningEvent_at_idx" ON "WarningEvent"("at");

-- CreateIndex
CREATE INDEX "WarningRun_zoneId_startedAt_idx" ON "WarningRun"("zoneId", "startedAt");

-- CreateIndex
CREATE INDEX "SupervisionNotice_unitId_status_idx" ON "SupervisionNotice"("unitId", "status");

-- CreateIndex
CREATE INDEX "SupervisionNotice_zoneId_status_responseDue_idx" ON "SupervisionNotice"("zoneId", "status", "responseDue");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionNotice_zoneId_year_seq_key" ON "SupervisionNotice"("zoneId", "year", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionNotice_zoneId_number_key" ON "SupervisionNotice"("zoneId", "number");

-- CreateIndex
CREATE INDEX "NoticeWarning_warningId_idx" ON "NoticeWarning"("warningId");

-- CreateIndex
CREATE INDEX "NoticeEvent_noticeId_at_idx" ON "NoticeEvent"("noticeId", "at");

-- CreateIndex
CREATE INDEX "NoticeResponse_noticeId_createdAt_idx" ON "NoticeResponse"("noticeId", "createdAt");

-- CreateIndex
CREATE INDEX "CoordinationRequest_zoneId_status_idx" ON "CoordinationRequest"("zoneId", "status");

-- CreateIndex
CREATE INDEX "Instruction_warningId_idx" ON "Instruction"("warningId");

-- CreateIndex
CREATE INDEX "Instruction_noticeId_idx" ON "Instruction"("noticeId");

-- CreateIndex
CREATE INDEX "Instruction_coordinationRequestId_idx" ON "Instruction"("coordinationRequestId");

-- CreateIndex
CREATE INDEX "Designation_zoneId_status_idx" ON "Designation"("zoneId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "DesignationStep_designationId_seq_key" ON "DesignationStep"("designationId", "seq");

-- CreateIndex
CREATE INDEX "OfficialVisit_zoneId_date_idx" ON "OfficialVisit"("zoneId", "date");

-- CreateIndex
CREATE INDEX "FundingItem_zoneId_status_idx" ON "FundingItem"("zoneId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "LandBatch_zoneId_seq_key" ON "LandBatch"("zoneId", "seq");

-- CreateIndex
CREATE INDEX "LandProject_batchId_idx" ON "LandProject"("batchId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanningAdjustmentStep_adjustmentId_seq_key" ON "PlanningAdjustmentStep"("adjustmentId", "seq");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_zoneId_createdAt_idx" ON "AuditLog"("zoneId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- AddForeignKey
ALTER TABLE "Park" ADD CONSTRAINT "Park_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parkId_fkey" FOREIGN KEY ("parkId") REFERENCES "Park"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItemCooperator" ADD CONSTRAINT "WorkItemCooperator_workItemId_fkey" FOREIGN KEY ("workItemId") REFERENCES "WorkItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItemCooperator" ADD CONSTRAINT "WorkItemCooperator_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeeklyReport" ADD CONSTRAINT "WeeklyReport_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeeklyReport" ADD CONSTRAINT "WeeklyReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeeklyReport" ADD CONSTRAINT "WeeklyReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeeklyReport" ADD CONSTRAINT "WeeklyReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportEntry" ADD CONSTRAINT "ReportEntry_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "WeeklyReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportEntry" ADD CONSTRAINT "ReportEntry_workItemId_fkey" FOREIGN KEY ("workItemId") REFERENCES "WorkItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_reportEntryId_fkey" FOREIGN KEY ("reportEntryId") REFERENCES "ReportEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_noticeResponseId_fkey" FOREIGN KEY ("noticeResponseId") REFERENCES "NoticeResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_assigneeUnitId_fkey" FOREIGN KEY ("assigneeUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_workItemId_fkey" FOREIGN KEY ("workItemId") REFERENCES "WorkItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentWeight" ADD CONSTRAINT "AssessmentWeight_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRound" ADD CONSTRAINT "AssessmentRound_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRound" ADD CONSTRAINT "AssessmentRound_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AssessmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_adjustedById_fkey" FOREIGN KEY ("adjustedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentComponent" ADD CONSTRAINT "AssessmentComponent_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarningRule" ADD CONSTRAINT "WarningRule_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarningRule" ADD CONSTRAINT "WarningRule_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Warning" ADD CONSTRAINT "Warning_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Warning" ADD CONSTRAINT "Warning_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Warning" ADD CONSTRAINT "Warning_workItemId_fkey" FOREIGN KEY ("workItemId") REFERENCES "WorkItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Warning" ADD CONSTRAINT "Warning_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SupervisionNotice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Warning" ADD CONSTRAINT "Warning_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarningEvent" ADD CONSTRAINT "WarningEvent_warningId_fkey" FOREIGN KEY ("warningId") REFERENCES "Warning"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarningEvent" ADD CONSTRAINT "WarningEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarningRun" ADD CONSTRAINT "WarningRun_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarningRun" ADD CONSTRAINT "WarningRun_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeCounter" ADD CONSTRAINT "NoticeCounter_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNotice" ADD CONSTRAINT "SupervisionNotice_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNotice" ADD CONSTRAINT "SupervisionNotice_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNotice" ADD CONSTRAINT "SupervisionNotice_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeWarning" ADD CONSTRAINT "NoticeWarning_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SupervisionNotice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeWarning" ADD CONSTRAINT "NoticeWarning_warningId_fkey" FOREIGN KEY ("warningId") REFERENCES "Warning"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeEvent" ADD CONSTRAINT "NoticeEvent_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SupervisionNotice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeEvent" ADD CONSTRAINT "NoticeEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeResponse" ADD CONSTRAINT "NoticeResponse_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SupervisionNotice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeResponse" ADD CONSTRAINT "NoticeResponse_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeResponse" ADD CONSTRAINT "NoticeResponse_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinationRequest" ADD CONSTRAINT "CoordinationRequest_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinationRequest" ADD CONSTRAINT "CoordinationRequest_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinationRequest" ADD CONSTRAINT "CoordinationRequest_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinationRequest" ADD CONSTRAINT "CoordinationRequest_workItemId_fkey" FOREIGN KEY ("workItemId") REFERENCES "WorkItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instruction" ADD CONSTRAINT "Instruction_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instruction" ADD CONSTRAINT "Instruction_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instruction" ADD CONSTRAINT "Instruction_warningId_fkey" FOREIGN KEY ("warningId") REFERENCES "Warning"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instruction" ADD CONSTRAINT "Instruction_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SupervisionNotice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instruction" ADD CONSTRAINT "Instruction_coordinationRequestId_fkey" FOREIGN KEY ("coordinationRequestId") REFERENCES "CoordinationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Designation" ADD CONSTRAINT "Designation_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Designation" ADD CONSTRAINT "Designation_parkId_fkey" FOREIGN KEY ("parkId") REFERENCES "Park"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Designation" ADD CONSTRAINT "Designation_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DesignationStep" ADD CONSTRAINT "DesignationStep_designationId_fkey" FOREIGN KEY ("designationId") REFERENCES "Designation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialVisit" ADD CONSTRAINT "OfficialVisit_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialVisit" ADD CONSTRAINT "OfficialVisit_designationId_fkey" FOREIGN KEY ("designationId") REFERENCES "Designation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingItem" ADD CONSTRAINT "FundingItem_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingItem" ADD CONSTRAINT "FundingItem_parkId_fkey" FOREIGN KEY ("parkId") REFERENCES "Park"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingItem" ADD CONSTRAINT "FundingItem_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LandBatch" ADD CONSTRAINT "LandBatch_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LandBatch" ADD CONSTRAINT "LandBatch_parkId_fkey" FOREIGN KEY ("parkId") REFERENCES "Park"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LandProject" ADD CONSTRAINT "LandProject_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "LandBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanningAdjustment" ADD CONSTRAINT "PlanningAdjustment_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanningAdjustment" ADD CONSTRAINT "PlanningAdjustment_parkId_fkey" FOREIGN KEY ("parkId") REFERENCES "Park"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanningAdjustmentStep" ADD CONSTRAINT "PlanningAdjustmentStep_adjustmentId_fkey" FOREIGN KEY ("adjustmentId") REFERENCES "PlanningAdjustment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
