import type { ReminderMessage } from "../app/reminder-service.js";
import type { Services } from "../app/services.js";
import type { OutboxRow, OutgoingCall } from "../db/repositories/outbox-repository.js";
import { daysUntil, formatDate } from "../domain/periods/format-date.js";
import { formatPeriod } from "../domain/periods/format-period.js";
import { periodKey } from "../domain/periods/period.js";
import type { Translate } from "../domain/text/translate.js";
import type { Channel } from "./deps.js";
import type { OutboxDeliverer } from "./outbox/outbox-deliverer.js";
import { escapeHtml } from "./render/escape-html.js";

/** The buttons under a reminder: `rem:nop:<quarter>` starts /nop, `rem:off:<quarter>` stops the quarter's reminders. */
export const REMINDER_BUTTON = /^rem:(nop|off):(\d{4}-Q[1-4])$/;

/** A reminder as the Bot API call that sends it, in the words of `t`. */
export function reminderCall(message: ReminderMessage, t: Translate): OutgoingCall {
  const period = formatPeriod(message.quarter, t);
  const deadline = formatDate(message.deadline);
  const days = Math.max(0, daysUntil(message.deadline, message.now));
  const names = message.missing.map(escapeHtml).join(", ");
  const count = message.missing.length;
  const text = (() => {
    switch (message.kind) {
      case "representative":
        return t("reminder-representative", { organisation: escapeHtml(message.organisationName), period, deadline, days });
      case "manual":
        return t("reminder-manual", { organisation: escapeHtml(message.organisationName), period, deadline });
      case "group":
        return t("reminder-group", { period, deadline, days, count, total: message.total, names });
      case "escalation":
        return message.meetingAt
          ? t("reminder-escalation-meeting", { date: formatDate(message.meetingAt), period, count, total: message.total, names })
          : t("reminder-escalation-deadline", { date: deadline, period, count, total: message.total, names });
    }
  })();
  const quarter = periodKey(message.quarter);
  const buttons =
    message.kind === "representative" || message.kind === "manual"
      ? {
          reply_markup: {
            inline_keyboard: [
              [{ text: t("reminder-button-submit"), callback_data: `rem:nop:${quarter}` }],
              [{ text: t("reminder-button-opt-out"), callback_data: `rem:off:${quarter}` }],
            ],
          },
        }
      : {};
  return { method: "sendMessage", payload: { chat_id: message.chatId, text, parse_mode: "HTML", ...buttons }, purpose: null };
}

/**
 * Sends the reminders due on the bot's channel, each in its recipient's language: they are recorded and their messages enqueued
 * in one transaction, then delivered from the outbox (paced, retried). However many instances
 * sweep at once, each reminder goes once; after a crash before the commit, the next sweep sends it.
 */
export class ReminderSweeper {
  constructor(
    private readonly services: Services,
    private readonly channel: Channel,
    private readonly botId: () => string,
    private readonly deliverer: OutboxDeliverer,
    /** The words in a recipient's recorded language (Vietnamese for null, the group's). */
    private readonly textFor: (language: string | null) => Translate,
  ) {}

  /** Sends what is due now; returns the messages sent. */
  async sweep(): Promise<OutboxRow[]> {
    const rows = await this.services.transaction(async (scoped) => {
      const due = await scoped.reminders.takeDue(this.channel);
      return scoped.outbox.add(
        this.botId(),
        null,
        due.map((message) => reminderCall(message, this.textFor(message.language))),
      );
    });
    await this.deliverer.deliver(rows);
    return rows;
  }
}
