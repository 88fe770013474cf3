-- CreateEnum
CREATE TYPE "MissingRule" AS ENUM ('REWEIGHT', 'COUNT_AS_ZERO');

-- CreateTable
CREATE TABLE "EvaluationSystem" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "issuedBy" TEXT,
    "source" TEXT,
    "importedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationSystem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationGroup" (
    "id" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "weight" DECIMAL(6,2) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EvaluationGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationIndicator" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT,
    "direction" "IndicatorDirection" NOT NULL DEFAULT 'RISING',
    "weight" DECIMAL(6,3),
    "qualitative" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EvaluationIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadinessSettings" (
    "zoneId" TEXT NOT NULL,
    "systemId" TEXT,
    "cap" DECIMAL(4,2) NOT NULL DEFAULT 1.2,
    "missingRule" "MissingRule" NOT NULL DEFAULT 'REWEIGHT',
    "passMark" DECIMAL(5,2) NOT NULL DEFAULT 80,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadinessSettings_pkey" PRIMARY KEY ("zoneId")
);

-- CreateTable
CREATE TABLE "ReadinessFigure" (
    "indicatorId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "baseline" DECIMAL(18,4),
    "baselineYear" INTEGER,
    "target" DECIMAL(18,4),
    "targetYear" INTEGER,
    "benchmark" DECIMAL(18,4),
    "benchmarkSource" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadinessFigure_pkey" PRIMARY KEY ("indicatorId")
);

-- CreateTable
CREATE TABLE "ReadinessValue" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "asOf" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "reason" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadinessValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadinessLink" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "workItemId" TEXT,
    "measureId" TEXT,
    "workItemIndicatorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadinessLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationSystem_zoneId_version_key" ON "EvaluationSystem"("zoneId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationGroup_systemId_code_key" ON "EvaluationGroup"("systemId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationIndicator_groupId_code_key" ON "EvaluationIndicator"("groupId", "code");

-- CreateIndex
CREATE INDEX "ReadinessFigure_zoneId_idx" ON "ReadinessFigure"("zoneId");

-- CreateIndex
CREATE INDEX "ReadinessValue_indicatorId_asOf_idx" ON "ReadinessValue"("indicatorId", "asOf");

-- CreateIndex
CREATE INDEX "ReadinessValue_zoneId_idx" ON "ReadinessValue"("zoneId");

-- CreateIndex
CREATE INDEX "ReadinessLink_zoneId_idx" ON "ReadinessLink"("zoneId");

-- CreateIndex
CREATE INDEX "ReadinessLink_workItemId_idx" ON "ReadinessLink"("workItemId");

-- CreateIndex
CREATE INDEX "ReadinessLink_measureId_idx" ON "ReadinessLink"("measureId");

-- CreateIndex
CREATE UNIQUE INDEX "ReadinessLink_indicatorId_workItemId_key" ON "ReadinessLink"("indicatorId", "workItemId");

-- CreateIndex
CREATE UNIQUE INDEX "ReadinessLink_indicatorId_measureId_key" ON "ReadinessLink"("indicatorId", "measureId");

-- AddForeignKey
ALTER TABLE "EvaluationSystem" ADD CONSTRAINT "EvaluationSystem_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationSystem" ADD CONSTRAINT "EvaluationSystem_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationGroup" ADD CONSTRAINT "EvaluationGroup_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "EvaluationSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationIndicator" ADD CONSTRAINT "EvaluationIndicator_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "EvaluationGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessSettings" ADD CONSTRAINT "ReadinessSettings_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessSettings" ADD CONSTRAINT "ReadinessSettings_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "EvaluationSystem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessFigure" ADD CONSTRAINT "ReadinessFigure_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessFigure" ADD CONSTRAINT "ReadinessFigure_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "EvaluationIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessValue" ADD CONSTRAINT "ReadinessValue_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessValue" ADD CONSTRAINT "ReadinessValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "EvaluationIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessValue" ADD CONSTRAINT "ReadinessValue_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessLink" ADD CONSTRAINT "ReadinessLink_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessLink" ADD CONSTRAINT "ReadinessLink_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "EvaluationIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessLink" ADD CONSTRAINT "ReadinessLink_workItemId_fkey" FOREIGN KEY ("workItemId") REFERENCES "WorkItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessLink" ADD CONSTRAINT "ReadinessLink_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessLink" ADD CONSTRAINT "ReadinessLink_workItemIndicatorId_fkey" FOREIGN KEY ("workItemIndicatorId") REFERENCES "WorkItemIndicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;
