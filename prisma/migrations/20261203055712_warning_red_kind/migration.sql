-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'WARNING_RED';
