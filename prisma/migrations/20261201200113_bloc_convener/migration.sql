-- AlterTable
ALTER TABLE "Bloc" ADD COLUMN     "convener" TEXT;

