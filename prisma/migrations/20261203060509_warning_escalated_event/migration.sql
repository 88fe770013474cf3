-- AlterEnum
ALTER TYPE "WarningEventType" ADD VALUE 'ESCALATED';
