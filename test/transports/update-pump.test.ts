import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { UpdatePump } from "../../src/transports/update-pump.js";
import { projectScenario } from "../support/acceptance.js";
import { type BotHarness, TEST_BOT_INFO } from "../support/bot-harness.js";
import { scenarioBot } from "../support/scenario-bot.js";
import { DATABASE_KINDS } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const BOT_ID = String(TEST_BOT_INFO.id);
const REP = { id: scenario.people.find((person) => person.org === "PN")?.id ?? 0 };

/** Runs the pump as a process does at start: it picks up what was left and prunes, then stops. */
async function startAndStop(harness: BotHarness): Promise<UpdatePump> {
  const pump = new UpdatePump(harness.bot, harness.services, createLogger("silent"));
  await pump.start();
  await pump.stop();
  return pump;
}

describe.each(DATABASE_KINDS)("the update pump [%s]", (kind) => {
  const bot = scenarioBot(kind, scenario, NOW);

  it("stores and handles an update with NUL and other control characters in its name and text", async () => {
    const arrived = bot.harness.follow(REP.id);
    const pump = new UpdatePump(bot.harness.bot, bot.harness.services, createLogger("silent"));
    const update: Update = {
      update_id: 930_001,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: REP.id, type: "private", first_name: "P\u0000N" },
        from: { id: REP.id, is_bot: false, first_name: "P\u0000N\u001b" },
        text: "/trogiup\u0000",
        entities: [{ type: "bot_command", offset: 0, length: 8 }],
      },
    };
    await pump.accept([update]);
    await pump.stop();
    const row = await bot.database.prisma.inboxUpdate.findUniqueOrThrow({
      where: { botId_updateId: { botId: BOT_ID, updateId: 930_001n } },
    });
    expect(row.outcome).toBe("ok");
    expect(JSON.stringify(row.payload)).toContain('"first_name":"PN"');
    expect(arrived.map((reply) => reply.text).join("\n")).toContain("/nop");
  });

  it("prunes processed updates and sent or refused messages older than a week, and keeps the rest", async () => {
    await bot.harness.say(REP, "private", "/trogiup");
    await bot.harness.say(REP, "private", "/trogiup");
    const aged = {
      updates: await bot.database.prisma.inboxUpdate.count({ where: { processedAt: { not: null } } }),
      messages: await bot.database.prisma.outboxMessage.count({ where: { sentAt: { not: null } } }),
    };
    expect(aged.updates).toBeGreaterThan(0);
    expect(aged.messages).toBeGreaterThan(0);
    // What was handled so far was handled eight days ago.
    await bot.database.prisma.$executeRawUnsafe(
      `UPDATE "InboxUpdate" SET "receivedAt" = "receivedAt" - interval '8 days', "processedAt" = "processedAt" - interval '8 days'`,
    );
    await bot.database.prisma.$executeRawUnsafe(
      `UPDATE "OutboxMessage" SET "createdAt" = "createdAt" - interval '8 days', "sentAt" = "sentAt" - interval '8 days'`,
    );
    // Refused for good eight days ago; received a month ago and never processed; another bot's, never sent.
    await bot.database.prisma.$executeRawUnsafe(
      `INSERT INTO "OutboxMessage" ("botId", "method", "payload", "createdAt", "failedAt", "error")
       VALUES ($1, 'sendMessage', '{}'::jsonb, now() - interval '8 days', now() - interval '8 days', 'Forbidden')`,
      BOT_ID,
    );
    await bot.database.prisma.$executeRawUnsafe(
      `INSERT INTO "InboxUpdate" ("botId", "updateId", "chatKey", "receivedAt") VALUES ($1, 930100, '1', now() - interval '30 days')`,
      BOT_ID,
    );
    await bot.database.prisma.$executeRawUnsafe(
      `INSERT INTO "OutboxMessage" ("botId", "method", "payload", "createdAt") VALUES ('another-bot', 'sendMessage', '{}'::jsonb, now() - interval '30 days')`,
    );
    // Handled today: kept.
    await bot.harness.say(REP, "private", "/trogiup");
    const recent = {
      updates: (await bot.database.prisma.inboxUpdate.count({ where: { processedAt: { not: null } } })) - aged.updates,
      messages: (await bot.database.prisma.outboxMessage.count({ where: { sentAt: { not: null } } })) - aged.messages,
    };

    await startAndStop(bot.harness);

    expect(await bot.database.prisma.inboxUpdate.count({ where: { processedAt: { not: null } } })).toBe(recent.updates);
    expect(await bot.database.prisma.inboxUpdate.count({ where: { processedAt: null } })).toBe(1);
    expect(await bot.database.prisma.outboxMessage.count({ where: { sentAt: { not: null } } })).toBe(recent.messages);
    expect(await bot.database.prisma.outboxMessage.count({ where: { failedAt: { not: null } } })).toBe(0);
    expect(await bot.database.prisma.outboxMessage.count({ where: { botId: "another-bot", sentAt: null } })).toBe(1);
  });
});
