-- CreateEnum
CREATE TYPE "MissingDataRule" AS ENUM ('ROUND_MEDIAN', 'ZERO', 'EXCLUDE_AND_REWEIGHT');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'ASSESSMENT_APPEAL';

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "categoryRank" INTEGER;

-- AlterTable
ALTER TABLE "AssessmentRound" ADD COLUMN     "appealDeadline" DATE,
ADD COLUMN     "appealWorkingDays" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "missingDataRule" "MissingDataRule" NOT NULL DEFAULT 'ROUND_MEDIAN',
ADD COLUMN     "publishedBeforeEnd" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "AssessmentPublication" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "publishedById" TEXT,
    "cause" TEXT NOT NULL,
    "appealId" TEXT,
    "ranking" JSONB NOT NULL,

    CONSTRAINT "AssessmentPublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentAppeal" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "component" "AssessmentComponentKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'PENDING',
    "rawBefore" DECIMAL(6,2),
    "correctedRaw" DECIMAL(6,2),
    "decisionReason" TEXT,
    "filedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "AssessmentAppeal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentPublication_roundId_revision_key" ON "AssessmentPublication"("roundId", "revision");

-- CreateIndex
CREATE INDEX "AssessmentAppeal_roundId_status_idx" ON "AssessmentAppeal"("roundId", "status");

-- CreateIndex
CREATE INDEX "AssessmentAppeal_unitId_idx" ON "AssessmentAppeal"("unitId");

-- AddForeignKey
ALTER TABLE "AssessmentPublication" ADD CONSTRAINT "AssessmentPublication_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AssessmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentPublication" ADD CONSTRAINT "AssessmentPublication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAppeal" ADD CONSTRAINT "AssessmentAppeal_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AssessmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAppeal" ADD CONSTRAINT "AssessmentAppeal_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAppeal" ADD CONSTRAINT "AssessmentAppeal_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAppeal" ADD CONSTRAINT "AssessmentAppeal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
