-- AlterTable
ALTER TABLE "Bloc" ADD COLUMN     "area" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "summary" TEXT;

