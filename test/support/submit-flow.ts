import { expect } from "vitest";
import { type BotHarness, type Reply, textOf } from "./bot-harness.js";

/** The text sections in the order the bot asks them, keyed as the acceptance files key them. */
export const SCENARIO_TEXT_KEYS = ["noi_bat", "han_che", "kien_nghi", "nhiem_vu"] as const;

/**
 * Answers every question of a `/nop` the way a representative does: each figure as typed, then
 * the four texts ("không" where none), then presses "Xác nhận". Returns every reply seen.
 */
export async function submitReport(
  harness: BotHarness,
  userId: number,
  figures: readonly string[],
  texts: readonly string[] = ["không", "không", "không", "không"],
): Promise<Reply[]> {
  const seen: Reply[] = [];
  seen.push(...(await harness.say({ id: userId }, "private", "/nop")));
  for (const figure of figures) {
    const replies = await harness.say({ id: userId }, "private", figure);
    expect(textOf(replies), `answer "${figure}"`).toContain("Đã lưu");
    seen.push(...replies);
  }
  for (const text of texts) seen.push(...(await harness.say({ id: userId }, "private", text)));
  seen.push(...(await harness.press({ id: userId }, "private", "Xác nhận")));
  return seen;
}
