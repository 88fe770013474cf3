-- AlterTable
ALTER TABLE "PlanImport" ADD COLUMN     "attempt" INTEGER NOT NULL DEFAULT 1;
