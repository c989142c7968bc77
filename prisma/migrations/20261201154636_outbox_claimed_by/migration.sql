-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "claimedBy" INTEGER;

