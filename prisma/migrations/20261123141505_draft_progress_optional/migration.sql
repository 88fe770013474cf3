-- AlterTable
ALTER TABLE "ReportEntry" ALTER COLUMN "progress" DROP NOT NULL;
