/**
 * Keeps posts to one group under Telegram's limit of about 20 messages a minute per group: a
 * burst of `burst` goes at once, then one message per `intervalMs`. Private chats are not paced.
 */
export class GroupPace {
  private readonly next = new Map<string, { tokens: number; refilledAt: number }>();

  constructor(
    private readonly burst = 20,
    private readonly intervalMs = 3_000,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** Waits until a message may go to `chatId` (a group's id is negative), and counts it. */
  async take(chatId: string): Promise<void> {
    if (!chatId.startsWith("-")) return;
    for (;;) {
      const bucket = this.refill(chatId);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      await this.sleep(this.intervalMs - (this.now() - bucket.refilledAt));
    }
  }

  private refill(chatId: string) {
    const now = this.now();
    const bucket = this.next.get(chatId) ?? { tokens: this.burst, refilledAt: now };
    const earned = Math.floor((now - bucket.refilledAt) / this.intervalMs);
    if (earned > 0) {
      bucket.tokens = Math.min(this.burst, bucket.tokens + earned);
      bucket.refilledAt += earned * this.intervalMs;
    }
    if (bucket.tokens >= this.burst) bucket.refilledAt = now;
    this.next.set(chatId, bucket);
    return bucket;
  }
}
