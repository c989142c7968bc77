-- CreateTable
CREATE TABLE "InboxUpdate" (
    "botId" TEXT NOT NULL,
    "updateId" BIGINT NOT NULL,
    "chatKey" TEXT,
    "payload" JSONB,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),
    "outcome" TEXT,

    CONSTRAINT "InboxUpdate_pkey" PRIMARY KEY ("botId","updateId")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" SERIAL NOT NULL,
    "botId" TEXT NOT NULL,
    "updateId" BIGINT,
    "method" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "purpose" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InboxUpdate_processedAt_idx" ON "InboxUpdate"("processedAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_sentAt_failedAt_idx" ON "OutboxMessage"("sentAt", "failedAt");


-- Updates handled before the inbox stay handled: a redelivery after the upgrade is not processed again.
INSERT INTO "InboxUpdate" ("botId", "updateId", "receivedAt", "processedAt", "outcome")
SELECT "botId", "updateId", "processedAt", "processedAt", 'ok' FROM "ProcessedUpdate";

-- DropTable
DROP TABLE "ProcessedUpdate";

-- The submission no longer runs on the conversations plugin: its stored states do not fit the new steps. Drafts stay, so /nop continues them.
DELETE FROM "ConversationState";
