-- CreateTable
CREATE TABLE "ReminderDispatch" (
    "key" TEXT NOT NULL,
    "blocId" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderDispatch_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ReminderOptOut" (
    "personId" INTEGER NOT NULL,
    "blocId" INTEGER NOT NULL,
    "periodKey" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderOptOut_pkey" PRIMARY KEY ("personId","blocId","periodKey")
);

