import type { PGlite } from "@electric-sql/pglite";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import pg from "pg";
import { ChatHarness, TEST_BOT_INFO } from "../support/bot-harness.js";
import type { BenchDatabase, BenchKind } from "./bench-databases.js";
import { submitAtOnce } from "./concurrent-submissions.js";

/** A statement on the raw driver: its rows. */
type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** The raw driver as the floor uses it: one transaction, statements outside any, and how to close it. */
interface FloorDriver {
  transaction<T>(work: (query: Query) => Promise<T>): Promise<T>;
  query: Query;
  close(): Promise<void>;
}

/** PGlite's own transaction (its BEGIN and COMMIT), on its one connection, as the bot's are. */
function pgliteDriver(pglite: PGlite): FloorDriver {
  const on =
    (target: Pick<PGlite, "query">): Query =>
    async (sql, params) =>
      (await target.query<Record<string, unknown>>(sql, params)).rows;
  return { transaction: (work) => pglite.transaction((tx) => work(on(tx))), query: on(pglite), close: async () => {} };
}

/** A pool of 10, like the bot's, and BEGIN/COMMIT on a checked-out client. */
function postgresDriver(url: string): FloorDriver {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const query =
    (target: pg.Pool | pg.PoolClient): Query =>
    async (sql, params) =>
      (await target.query(sql, params)).rows as Record<string, unknown>[];
  return {
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(query(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    query: query(pool),
    close: () => pool.end(),
  };
}

const UPSERT_STATE = `INSERT INTO "ConversationState" ("key", "value", "updatedAt") VALUES ($1, $2, now())
  ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`;

/**
 * A bare grammY bot (no features, no i18n, no Prisma) whose every update does the database work
 * of a figure step today, on the raw driver: one transaction that records the update in the
 * inbox, reads four chat states and writes three by key and records the reply, 10 statements
 * with BEGIN and COMMIT; then one sendMessage, and one UPDATE marking the reply sent, 12 in all.
 */
class FloorHarness extends ChatHarness {
  readonly bot = new Bot("123456:FLOOR-TOKEN-abcdefghijklmnopqrstu", {
    botInfo: TEST_BOT_INFO,
    client: { fetch: this.fetch as typeof fetch },
  });

  constructor(driver: FloorDriver) {
    super();
    const botId = String(TEST_BOT_INFO.id);
    this.bot.use(async (ctx) => {
      const chatId = ctx.chat?.id as number;
      const text = ctx.message?.text ?? ctx.callbackQuery?.data ?? "";
      const reply = { chat_id: chatId, text: `Đã nhận: ${text}` };
      const outboxId = await driver.transaction(async (query) => {
        await query(`INSERT INTO "InboxUpdate" ("botId", "updateId", "chatKey") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
          botId,
          ctx.update.update_id,
          String(chatId),
        ]);
        for (const state of ["step", "draft", "lock", "briefing"])
          await query(`SELECT "value" FROM "ConversationState" WHERE "key" = $1`, [`floor:${chatId}:${state}`]);
        for (const state of ["step", "draft", "seen"])
          await query(UPSERT_STATE, [`floor:${chatId}:${state}`, JSON.stringify({ state, text, update: ctx.update.update_id })]);
        const [row] = await query(
          `INSERT INTO "OutboxMessage" ("botId", "updateId", "method", "payload") VALUES ($1, $2, 'sendMessage', $3) RETURNING "id"`,
          [botId, ctx.update.update_id, JSON.stringify(reply)],
        );
        return row?.id;
      });
      // Every reply carries the button the submission ends by pressing.
      await ctx.api.sendMessage(chatId, reply.text, {
        reply_markup: { inline_keyboard: [[{ text: "Xác nhận", callback_data: "confirm" }]] },
      });
      await driver.query(`UPDATE "OutboxMessage" SET "sentAt" = now() WHERE "id" = $1`, [outboxId]);
    });
  }

  protected handle(update: Update): Promise<void> {
    return this.bot.handleUpdate(update);
  }
}

/**
 * The floor of `throughput_concurrent_representatives`: the same 200 representatives × 10
 * updates at once, through the same harness and fake Bot API, on the same kind of database, but
 * handled by a bot that does only a figure step's database work (FloorHarness). What the real
 * bot costs above this is its own code; what this costs is the machine's, the harness's and the
 * database's.
 */
export async function measureThroughputFloor(kind: BenchKind, opened: BenchDatabase) {
  const driver = opened.driver.kind === "pglite" ? pgliteDriver(opened.driver.pglite) : postgresDriver(opened.driver.url);
  try {
    const throughput = await submitAtOnce(new FloorHarness(driver), kind, 1000);
    return {
      measure: "throughput_floor",
      database: kind,
      ...throughput,
      note: "bare grammY bot, same harness and traffic; per update one raw-driver transaction of a figure step's 12 statements and one sendMessage",
    };
  } finally {
    await driver.close();
  }
}
