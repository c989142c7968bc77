-- CreateTable
CREATE TABLE "BriefingFraming" (
    "id" SERIAL NOT NULL,
    "blocId" INTEGER NOT NULL,
    "periodKey" TEXT NOT NULL,
    "assessment" TEXT,
    "attendees" TEXT,
    "meetingAt" TIMESTAMP(3),
    "meetingHasTime" BOOLEAN NOT NULL DEFAULT false,
    "meetingPlace" TEXT,
    "meetingChair" TEXT,
    "conclusionPoints" TEXT[],
    "conclusionDirections" JSONB NOT NULL DEFAULT '[]',
    "conclusionsById" INTEGER,
    "conclusionsAt" TIMESTAMP(3),
    "editedById" INTEGER,
    "editedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BriefingFraming_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BriefingPost" (
    "id" SERIAL NOT NULL,
    "blocId" INTEGER NOT NULL,
    "periodKey" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "final" BOOLEAN NOT NULL DEFAULT false,
    "postedById" INTEGER,
    "postedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BriefingPost_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BriefingFraming_blocId_periodKey_key" ON "BriefingFraming"("blocId", "periodKey");

-- CreateIndex
CREATE UNIQUE INDEX "BriefingPost_blocId_periodKey_version_key" ON "BriefingPost"("blocId", "periodKey", "version");

-- AddForeignKey
ALTER TABLE "BriefingFraming" ADD CONSTRAINT "BriefingFraming_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingFraming" ADD CONSTRAINT "BriefingFraming_conclusionsById_fkey" FOREIGN KEY ("conclusionsById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingFraming" ADD CONSTRAINT "BriefingFraming_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingPost" ADD CONSTRAINT "BriefingPost_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingPost" ADD CONSTRAINT "BriefingPost_postedById_fkey" FOREIGN KEY ("postedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

