/**
 * One statement for what many callers ask at about the same time: the first call runs at once,
 * and the calls made while it runs go out together in the next, each caller resolved when the
 * statement that carried it has finished (or rejected with its error). Under load many marks
 * share a round trip; alone, a call waits no longer than before.
 */
export class BatchedStatement<Item> {
  private waiting: { item: Item; settle: (error?: unknown) => void }[] = [];
  private running = false;

  /** @param run runs the statement for all the items given, at least one. */
  constructor(private readonly run: (items: Item[]) => Promise<void>) {}

  /** Resolves once a statement carrying `item` has run. */
  add(item: Item): Promise<void> {
    const done = new Promise<void>((resolve, reject) => {
      this.waiting.push({ item, settle: (error) => (error === undefined ? resolve() : reject(error)) });
    });
    if (!this.running) void this.drain();
    return done;
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      const error = await this.run(batch.map((call) => call.item)).then(
        () => undefined,
        (failure: unknown) => failure ?? new Error("the batched statement failed"),
      );
      for (const call of batch) call.settle(error);
    }
    this.running = false;
  }
}
