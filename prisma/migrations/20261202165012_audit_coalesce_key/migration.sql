-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "coalesceKey" TEXT;
