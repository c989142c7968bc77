-- AlterTable
ALTER TABLE "SubmissionValue" ADD COLUMN     "comment" TEXT;

