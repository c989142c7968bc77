/**
 * When a person in a test sends each message: a minute after the one before, as a person who
 * reads each reply first types, unless a test says sooner (a second message of the same answer).
 * The bot asks whether messages sent seconds apart belong together, so the tests' people must not
 * all type within the same second, as the fakes and the emulator would stamp them otherwise.
 */
export class TypingPace {
  /** When the last message was sent, in milliseconds since the epoch. */
  private lastSentAt = Date.now();

  /** When the next message is sent, `secondsAfter` the previous one, in milliseconds (Zalo's `date`). */
  nextMilliseconds(secondsAfter = 60): number {
    this.lastSentAt += secondsAfter * 1000;
    return this.lastSentAt;
  }

  /** When the next message is sent, `secondsAfter` the previous one, in whole seconds (Telegram's `date`). */
  nextSeconds(secondsAfter = 60): number {
    return Math.floor(this.nextMilliseconds(secondsAfter) / 1000);
  }
}
