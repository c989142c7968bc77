-- AlterTable
ALTER TABLE "SubmissionVersion" ADD COLUMN     "afterLock" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "enteredOnBehalf" BOOLEAN NOT NULL DEFAULT false;

