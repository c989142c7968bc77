import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OutboxRepository } from "../../src/db/repositories/outbox-repository.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

const BOT = "777000111";
const message = (text: string) => ({ method: "sendMessage", payload: { chat_id: 9101, text }, purpose: null });
const ids = (rows: { id: number }[]) => rows.map((row) => row.id);

describe.each(DATABASE_KINDS)("the outbox's sweep claims rows [%s]", (kind) => {
  let database: TestDatabase;
  /** Two instances' repositories over the same database (on PostgreSQL, separate connections of the pool). */
  let first: OutboxRepository;
  let second: OutboxRepository;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    first = new OutboxRepository(database.sql);
    second = new OutboxRepository(database.sql);
  });
  afterAll(() => database.close());
  beforeEach(() => database.reset());

  /** Makes every row look recorded (and claimed, if it was) `seconds` ago. */
  const age = (seconds: number) =>
    database.sql.query(
      `UPDATE "OutboxMessage" SET "createdAt" = "createdAt" - make_interval(secs => $1), "claimedAt" = "claimedAt" - make_interval(secs => $1)`,
      [seconds],
    );

  it("leaves fresh rows to the process that recorded them, and gives an abandoned row to one sweep only", async () => {
    const added = await first.add(BOT, 1, [message("một"), message("hai"), message("ba")]);
    expect(await second.claimUnsent(BOT, 30)).toEqual([]);
    await age(60);
    const [mine, theirs] = await Promise.all([first.claimUnsent(BOT, 30), second.claimUnsent(BOT, 30)]);
    expect([...ids(mine), ...ids(theirs)].sort()).toEqual(ids(added).sort());
    expect(
      mine
        .map((row) => row.payload.text)
        .concat(theirs.map((row) => row.payload.text))
        .sort(),
    ).toEqual(["ba", "hai", "một"]);
    // Taken: no other sweep gets them until the claim is as old as a record would be.
    expect(await first.claimUnsent(BOT, 30)).toEqual([]);
    await age(60);
    await first.markSent(added[0]?.id ?? 0);
    expect(ids(await second.claimUnsent(BOT, 30))).toEqual(ids(added).slice(1));
  });

  it("splits many abandoned rows between sweeps running at once, each row to one of them, in order", async () => {
    for (let update = 1; update <= 20; update += 1)
      await first.add(
        BOT,
        update,
        Array.from({ length: 10 }, (_, index) => message(`${update}.${index}`)),
      );
    await age(60);
    const sweeps = await Promise.all([first, second, first, second].map((repository) => repository.claimUnsent(BOT, 30, 60)));
    const claimed = sweeps.flatMap(ids);
    expect(claimed).toHaveLength(200);
    expect(new Set(claimed).size).toBe(200);
    for (const sweep of sweeps) expect(ids(sweep)).toEqual([...ids(sweep)].sort((a, b) => a - b));
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("the outbox at an instance's start-up over PostgreSQL [postgres]", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase("postgres");
  });
  afterAll(() => database.close());
  beforeEach(() => database.reset());

  it("takes at once what a dead instance left, and leaves a live instance's rows to it until they are abandoned", async () => {
    // This connection's lease stands for an instance still sending; a key nobody holds, for one that was killed.
    const live = new OutboxRepository(database.sql, await database.leaseInstance());
    const dead = new OutboxRepository(database.sql, 424242);
    const starting = new OutboxRepository(database.sql, 434343);
    const sending = await live.add(BOT, 1, [message("đang gửi")]);
    const left = await dead.add(BOT, 2, [message("bỏ dở")]);

    const taken = await starting.claimUnsent(BOT, 0);
    expect(taken.map((row) => row.payload.text)).toEqual(["bỏ dở"]);
    expect(ids(taken)).toEqual(ids(left));
    await starting.markSent(left[0]?.id ?? 0);

    // Still unsent half a minute on: the live instance lost it (the network), so a sweep takes it.
    await database.sql.query(`UPDATE "OutboxMessage" SET "createdAt" = "createdAt" - interval '60 seconds' WHERE "id" = $1`, [
      sending[0]?.id,
    ]);
    expect(ids(await starting.claimUnsent(BOT, 0))).toEqual(ids(sending));
  });
});
