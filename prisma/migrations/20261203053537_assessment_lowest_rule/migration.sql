-- AlterEnum
-- Its own migration: PostgreSQL refuses to use a new enum value in the transaction that adds it.
ALTER TYPE "MissingDataRule" ADD VALUE 'ROUND_LOWEST';
