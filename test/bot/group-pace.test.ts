import { describe, expect, it } from "vitest";
import { GroupPace } from "../../src/bot/outbox/group-pace.js";

/** A clock that only moves when the pace sleeps, so the test measures the waits, not the machine. */
function fakeTime() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}

describe("the pace of posts to a group", () => {
  it("lets a burst of 20 go at once, then one message every 3 seconds, about 20 a minute", async () => {
    const time = fakeTime();
    const pace = new GroupPace(20, 3_000, time.now, time.sleep);
    for (let message = 0; message < 30; message += 1) await pace.take("-1001");
    expect(time.sleeps).toHaveLength(10);
    expect(time.now()).toBe(30_000);
  });

  it("paces each group on its own and never a private chat", async () => {
    const time = fakeTime();
    const pace = new GroupPace(2, 3_000, time.now, time.sleep);
    for (let message = 0; message < 50; message += 1) await pace.take("9102");
    await pace.take("-1001");
    await pace.take("-1001");
    await pace.take("-1002");
    expect(time.sleeps).toEqual([]);
    await pace.take("-1001");
    expect(time.now()).toBe(3_000);
  });
});
