-- AlterTable
ALTER TABLE "SubmissionVersion" ADD COLUMN     "sourceFileName" TEXT,
ADD COLUMN     "sourceKind" TEXT,
ADD COLUMN     "sourceReadAt" TIMESTAMP(3);

