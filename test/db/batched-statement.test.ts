import { describe, expect, it } from "vitest";
import { BatchedStatement } from "../../src/db/batched-statement.js";

/** A statement whose runs are recorded and finish only when the test says so. */
function heldStatement() {
  const runs: number[][] = [];
  const finish: ((error?: Error) => void)[] = [];
  const statement = new BatchedStatement<number>(
    (items) =>
      new Promise<void>((resolve, reject) => {
        runs.push(items);
        finish.push((error) => (error ? reject(error) : resolve()));
      }),
  );
  return { statement, runs, finish: (index: number, error?: Error) => finish[index]?.(error) };
}

describe("a batched statement", () => {
  it("runs a lone call at once, and the calls made meanwhile together in the next statement", async () => {
    const { statement, runs, finish } = heldStatement();
    const first = statement.add(1);
    expect(runs).toEqual([[1]]);
    const later = [statement.add(2), statement.add(3), statement.add(4)];
    expect(runs).toEqual([[1]]);
    finish(0);
    await first;
    await Promise.resolve();
    expect(runs).toEqual([[1], [2, 3, 4]]);
    finish(1);
    await Promise.all(later);
    statement.add(5);
    expect(runs).toEqual([[1], [2, 3, 4], [5]]);
  });

  it("rejects every caller of a statement that failed, and runs the next calls again", async () => {
    const { statement, runs, finish } = heldStatement();
    const first = statement.add(1);
    const second = [statement.add(2), statement.add(3)];
    finish(0);
    await first;
    await Promise.resolve();
    finish(1, new Error("connection lost"));
    for (const call of second) await expect(call).rejects.toThrow("connection lost");
    const third = statement.add(4);
    expect(runs.at(-1)).toEqual([4]);
    finish(2);
    await expect(third).resolves.toBeUndefined();
  });
});
