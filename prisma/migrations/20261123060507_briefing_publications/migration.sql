-- AlterTable
ALTER TABLE "ReportingPeriod" ADD COLUMN     "briefingPostedAt" TIMESTAMP(3),
ADD COLUMN     "briefingVersion" INTEGER NOT NULL DEFAULT 0;

