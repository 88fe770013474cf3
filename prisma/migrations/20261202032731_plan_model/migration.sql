-- CreateEnum
CREATE TYPE "Recurrence" AS ENUM ('NONE', 'MONTHLY', 'QUARTERLY', 'STANDING');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('RISING', 'FALLING');

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "WorkItem" ADD COLUMN     "leaderName" TEXT,
ADD COLUMN     "ownerName" TEXT,
ADD COLUMN     "recurrence" "Recurrence" NOT NULL DEFAULT 'NONE';

-- CreateTable
CREATE TABLE "WorkItemIndicator" (
    "id" TEXT NOT NULL,
    "workItemId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT,
    "direction" "IndicatorDirection" NOT NULL DEFAULT 'RISING',
    "baseline" DECIMAL(18,4) NOT NULL,
    "target" DECIMAL(18,4) NOT NULL,
    "currentValue" DECIMAL(18,4),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkItemIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkItemMilestone" (
    "id" TEXT NOT NULL,
    "workItemId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "dueDate" DATE NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "WorkItemMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "entryId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("entryId","indicatorId")
);

-- CreateTable
CREATE TABLE "PlanSheetLayout" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "sheetName" TEXT NOT NULL,
    "title" TEXT,
    "columns" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "usedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanSheetLayout_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkItemIndicator_workItemId_seq_idx" ON "WorkItemIndicator"("workItemId", "seq");

-- CreateIndex
CREATE INDEX "WorkItemMilestone_workItemId_seq_idx" ON "WorkItemMilestone"("workItemId", "seq");

-- CreateIndex
CREATE INDEX "IndicatorValue_indicatorId_idx" ON "IndicatorValue"("indicatorId");

-- CreateIndex
CREATE INDEX "PlanSheetLayout_zoneId_usedAt_idx" ON "PlanSheetLayout"("zoneId", "usedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PlanSheetLayout_zoneId_signature_key" ON "PlanSheetLayout"("zoneId", "signature");

-- AddForeignKey
ALTER TABLE "WorkItemIndicator" ADD CONSTRAINT "WorkItemIndicator_workItemId_fkey" FOREIGN KEY ("workItemId") REFERENCES "WorkItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItemMilestone" ADD CONSTRAINT "WorkItemMilestone_workItemId_fkey" FOREIGN KEY ("workItemId") REFERENCES "WorkItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ReportEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "WorkItemIndicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSheetLayout" ADD CONSTRAINT "PlanSheetLayout_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSheetLayout" ADD CONSTRAINT "PlanSheetLayout_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
