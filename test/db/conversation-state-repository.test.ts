import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConversationStateRepository } from "../../src/db/repositories/conversation-state-repository.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

describe.each(DATABASE_KINDS)("conversation states [%s]", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());
  beforeEach(() => database.reset());

  it("reads a chat's states at once inside an update, and what the update changes reads as changed", async () => {
    await new ConversationStateRepository(database.sql).write("submit:7", { step: 1 });
    await new ConversationStateRepository(database.sql).write("lock:7", { quarter: "2023-Q4" });
    await database.transaction(async ({ sql }) => {
      const states = new ConversationStateRepository(sql, true);
      await states.readAhead(["framing:7", "submit:7", "lock:7"]);
      expect(await states.read("framing:7")).toBeUndefined();
      expect(await states.read("submit:7")).toEqual({ step: 1 });
      await states.write("submit:7", { step: 2 });
      expect(await states.read("submit:7")).toEqual({ step: 2 });
      await states.delete("lock:7");
      expect(await states.read("lock:7")).toBeUndefined();
    });
    const after = new ConversationStateRepository(database.sql);
    expect([await after.read("submit:7"), await after.read("lock:7")]).toEqual([{ step: 2 }, undefined]);
  });

  it("keeps nothing outside a transaction, where another update may change a state meanwhile", async () => {
    const outside = new ConversationStateRepository(database.sql);
    await outside.readAhead(["submit:7"]);
    await new ConversationStateRepository(database.sql).write("submit:7", { step: 3 });
    expect(await outside.read("submit:7")).toEqual({ step: 3 });
  });
});
