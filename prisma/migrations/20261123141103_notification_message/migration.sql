-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "message" JSONB;
