-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "loss" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "phrase" TEXT;

