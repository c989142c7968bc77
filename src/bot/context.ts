import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Actor } from "../app/actor.js";
import type { Translate } from "../domain/text/translate.js";
import type { Logger } from "../logger.js";
import type { BotDeps } from "./deps.js";
import type { OutboxRecorder } from "./outbox/outbox-recorder.js";

/** What every handler sees: grammY's context, translations, the services, a per-update logger. */
export type BotContext = Context &
  I18nFlavor & {
    /** The dependencies; during an update, its services are the update's transaction's. */
    deps: BotDeps;
    logger: Logger;
    /** Who is speaking and in which bloc; set for every update that has a sender and a chat. */
    actor: Actor | undefined;
    /** Translates into the bloc's language (Vietnamese), for what is posted to the group. */
    groupText: Translate;
    /**
     * Translates into a person's recorded language (Vietnamese when unknown), for what is sent
     * to someone other than the update's sender: a notice to a representative or an admin.
     */
    textFor: (language: string | null) => Translate;
    /** The update's outgoing calls, sent after its transaction commits. */
    outbox: OutboxRecorder;
    /** Set when the update's handling failed, for the update's log line. */
    failed: boolean;
    /** Fetches a file a person sent (getFile, then its download), through the channel the bot runs on. */
    downloadFile: (fileId: string) => Promise<Uint8Array>;
  };
