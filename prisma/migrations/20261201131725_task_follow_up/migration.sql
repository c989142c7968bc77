-- CreateTable
CREATE TABLE "TaskFollowUp" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "fromPeriodKey" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT,
    "note" TEXT,

    CONSTRAINT "TaskFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TaskFollowUp_versionId_index_key" ON "TaskFollowUp"("versionId", "index");

-- AddForeignKey
ALTER TABLE "TaskFollowUp" ADD CONSTRAINT "TaskFollowUp_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SubmissionVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

