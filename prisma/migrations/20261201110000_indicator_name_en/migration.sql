-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "nameEn" TEXT;
