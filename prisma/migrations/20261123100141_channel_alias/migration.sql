-- CreateTable
CREATE TABLE "ChannelAlias" (
    "channel" TEXT NOT NULL,
    "alias" BIGINT NOT NULL,
    "externalId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelAlias_pkey" PRIMARY KEY ("channel","alias")
);

