-- AlterTable
ALTER TABLE "ReportingPeriod" ADD COLUMN     "reopenedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SubmissionVersion" ADD COLUMN     "late" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "blocId" INTEGER NOT NULL,
    "quarterKey" TEXT NOT NULL,
    "reviewsKey" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "hasTime" BOOLEAN NOT NULL DEFAULT false,
    "place" TEXT,
    "chair" TEXT,
    "setById" INTEGER,
    "setAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeadlineExtension" (
    "id" SERIAL NOT NULL,
    "blocId" INTEGER NOT NULL,
    "quarterKey" TEXT NOT NULL,
    "organisationId" INTEGER,
    "until" TIMESTAMP(3) NOT NULL,
    "grantedById" INTEGER NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeadlineExtension_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_blocId_quarterKey_key" ON "Meeting"("blocId", "quarterKey");

-- CreateIndex
CREATE INDEX "DeadlineExtension_blocId_quarterKey_idx" ON "DeadlineExtension"("blocId", "quarterKey");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_setById_fkey" FOREIGN KEY ("setById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

