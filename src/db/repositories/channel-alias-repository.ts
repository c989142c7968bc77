import type { SqlSession } from "../sql-session.js";

/**
 * The numeric ids under which the bot knows the users and chats of a text-only channel, and
 * the channel's own string ids behind them.
 */
export class ChannelAliasRepository {
  constructor(
    private readonly sql: SqlSession,
    private readonly channel: string,
  ) {}

  /** Records that `alias` stands for `externalId`; the first record for an alias stays. */
  async remember(alias: number, externalId: string): Promise<void> {
    await this.sql.query(
      `INSERT INTO "ChannelAlias" ("channel", "alias", "externalId") VALUES ($1, $2::bigint, $3) ON CONFLICT DO NOTHING`,
      [this.channel, String(alias), externalId],
    );
  }

  /** The channel's id behind `alias`, if it was ever seen. */
  async externalIdOf(alias: number): Promise<string | undefined> {
    const rows = await this.sql.query<{ externalId: string }>(
      `SELECT "externalId" FROM "ChannelAlias" WHERE "channel" = $1 AND "alias" = $2::bigint`,
      [this.channel, String(alias)],
    );
    return rows[0]?.externalId;
  }
}
