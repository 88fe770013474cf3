-- AlterTable
ALTER TABLE "WarningRun" ADD COLUMN     "attempt" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "heartbeatAt" TIMESTAMP(3),
ADD COLUMN     "jobId" TEXT;
