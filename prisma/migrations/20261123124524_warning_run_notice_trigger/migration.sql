-- AlterEnum
ALTER TYPE "WarningRunTrigger" ADD VALUE 'NOTICE_STEP';
