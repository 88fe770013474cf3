-- AlterTable
ALTER TABLE "AssessmentRound" ALTER COLUMN "missingDataRule" SET DEFAULT 'ROUND_LOWEST';
