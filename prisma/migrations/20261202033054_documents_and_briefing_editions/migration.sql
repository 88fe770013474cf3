-- CreateEnum
CREATE TYPE "EditionStatus" AS ENUM ('DRAFT', 'ISSUED');

-- AlterTable
ALTER TABLE "SupervisionNotice" ADD COLUMN     "copyTo" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "ZoneDocumentSettings" (
    "zoneId" TEXT NOT NULL,
    "issuerName" TEXT NOT NULL DEFAULT '',
    "signatureName" TEXT NOT NULL DEFAULT '',
    "noticeCode" TEXT NOT NULL DEFAULT '督办',
    "printedBy" TEXT NOT NULL DEFAULT '',
    "copyTo" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "briefingName" TEXT NOT NULL DEFAULT '创建工作简报',
    "briefingEditor" TEXT NOT NULL DEFAULT '',
    "briefingReportTo" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "briefingSendTo" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ZoneDocumentSettings_pkey" PRIMARY KEY ("zoneId")
);

-- CreateTable
CREATE TABLE "DocumentCounter" (
    "zoneId" TEXT NOT NULL,
    "series" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DocumentCounter_pkey" PRIMARY KEY ("zoneId","series","year")
);

-- CreateTable
CREATE TABLE "BriefingEdition" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "isoYear" INTEGER NOT NULL,
    "isoWeek" INTEGER NOT NULL,
    "status" "EditionStatus" NOT NULL DEFAULT 'DRAFT',
    "year" INTEGER,
    "seq" INTEGER,
    "title" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL DEFAULT '',
    "praise" TEXT NOT NULL DEFAULT '',
    "criticism" TEXT NOT NULL DEFAULT '',
    "requirements" TEXT NOT NULL DEFAULT '',
    "reportTo" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sendTo" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "snapshot" JSONB,
    "issuedAt" TIMESTAMP(3),
    "issuedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BriefingEdition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusReport" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "asOf" DATE NOT NULL,
    "sections" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatusReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BriefingEdition_zoneId_status_issuedAt_idx" ON "BriefingEdition"("zoneId", "status", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "BriefingEdition_zoneId_isoYear_isoWeek_key" ON "BriefingEdition"("zoneId", "isoYear", "isoWeek");

-- CreateIndex
CREATE UNIQUE INDEX "BriefingEdition_zoneId_year_seq_key" ON "BriefingEdition"("zoneId", "year", "seq");

-- CreateIndex
CREATE INDEX "StatusReport_zoneId_createdAt_idx" ON "StatusReport"("zoneId", "createdAt");

-- AddForeignKey
ALTER TABLE "ZoneDocumentSettings" ADD CONSTRAINT "ZoneDocumentSettings_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentCounter" ADD CONSTRAINT "DocumentCounter_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingEdition" ADD CONSTRAINT "BriefingEdition_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingEdition" ADD CONSTRAINT "BriefingEdition_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusReport" ADD CONSTRAINT "StatusReport_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusReport" ADD CONSTRAINT "StatusReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
