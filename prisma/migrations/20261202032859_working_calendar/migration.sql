-- CreateEnum
CREATE TYPE "HolidayPolicy" AS ENUM ('BEFORE', 'AFTER', 'SKIP');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- AlterEnum
ALTER TYPE "WarningRunTrigger" ADD VALUE 'SETTINGS_CHANGED';

-- AlterTable
ALTER TABLE "Zone" ADD COLUMN     "holidayPolicy" "HolidayPolicy" NOT NULL DEFAULT 'BEFORE',
ADD COLUMN     "reportingStartsOn" DATE;

-- CreateTable
CREATE TABLE "CalendarDay" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequiredReportWeek" (
    "zoneId" TEXT NOT NULL,
    "isoYear" INTEGER NOT NULL,
    "isoWeek" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequiredReportWeek_pkey" PRIMARY KEY ("zoneId","isoYear","isoWeek")
);

-- CreateTable
CREATE TABLE "ReportExemption" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "isoYear" INTEGER NOT NULL,
    "isoWeek" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportExemption_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarDay_zoneId_date_key" ON "CalendarDay"("zoneId", "date");

-- CreateIndex
CREATE INDEX "ReportExemption_zoneId_isoYear_isoWeek_idx" ON "ReportExemption"("zoneId", "isoYear", "isoWeek");

-- CreateIndex
CREATE UNIQUE INDEX "ReportExemption_unitId_isoYear_isoWeek_key" ON "ReportExemption"("unitId", "isoYear", "isoWeek");

-- AddForeignKey
ALTER TABLE "CalendarDay" ADD CONSTRAINT "CalendarDay_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequiredReportWeek" ADD CONSTRAINT "RequiredReportWeek_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequiredReportWeek" ADD CONSTRAINT "RequiredReportWeek_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportExemption" ADD CONSTRAINT "ReportExemption_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportExemption" ADD CONSTRAINT "ReportExemption_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportExemption" ADD CONSTRAINT "ReportExemption_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
