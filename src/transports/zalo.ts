import { createHash } from "node:crypto";
import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.js";
import { splitMessage } from "../bot/render/split-html.js";
import type { Logger } from "../logger.js";
import { reachApi } from "./reach-api.js";
import type { RunningTransport } from "./telegram.js";
import { type BridgeOutput, type BridgeSpeaker, renderPlain, type TextBridge } from "./text-bridge.js";

/** Zalo's limit on a message's text. */
const ZALO_MESSAGE_LIMIT = 2000;
/** Seconds a getUpdates call waits for an update before Zalo answers 408. */
const POLL_TIMEOUT_SECONDS = 30;
/** Pause after a failed poll, doubled up to the maximum while failures go on. */
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

/** An update as Zalo's Bot API delivers it (platform-notes.md). */
export interface ZaloUpdate {
  event_name: string;
  message?: {
    message_id?: string;
    from: { id: string; display_name?: string };
    chat: { id: string; chat_type: "PRIVATE" | "GROUP" };
    date?: number;
    text?: string;
  };
}

/**
 * When the person sent a Zalo message (Zalo's \`date\` is in milliseconds), so the bot sees how
 * quickly one message followed another as on Telegram; undefined when Zalo gave no usable date.
 */
function sentAt(date: number | undefined): Date | undefined {
  return date !== undefined && Number.isFinite(date) && date > 0 ? new Date(date) : undefined;
}

/** An error answer of Zalo's Bot API, with its code (408: the poll timed out). */
export class ZaloApiError extends Error {
  override name = "ZaloApiError";

  constructor(
    readonly method: string,
    readonly code: number,
    readonly description: string,
  ) {
    super(`Zalo ${method} failed with ${code}: ${description}`);
  }
}

/** The few calls of Zalo's Bot API the bridge needs: `POST <root>/bot<token>/<method>` with JSON. */
export class ZaloApi {
  constructor(
    readonly apiRoot: string,
    private readonly token: string,
  ) {}

  /** Calls `method`; resolves with its result, or throws a ZaloApiError with Zalo's code and description. */
  async call<T>(method: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    const response = await fetch(`${this.apiRoot}/bot${this.token}/${method}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(params),
      signal,
    });
    const body = (await response.json().catch(() => ({}))) as { ok?: boolean; result?: T; error_code?: number; description?: string };
    if (!body.ok) throw new ZaloApiError(method, body.error_code ?? response.status, body.description ?? response.statusText);
    return body.result as T;
  }
}

/** Where the bridge keeps which Zalo id stands behind each numeric id (a repository). */
export interface ZaloIdDirectory {
  remember(alias: number, zaloId: string): Promise<void>;
  externalIdOf(alias: number): Promise<string | undefined>;
}

/**
 * The numeric id the bot knows a Zalo user or chat by: grammY's ids are numbers, Zalo's are
 * strings. Derived from the Zalo id (48 bits of its SHA-256), so it is the same after a restart;
 * negative for groups, as on Telegram.
 */
export function zaloAlias(zaloId: string, kind: "user" | "group"): number {
  const alias = createHash("sha256").update(zaloId).digest().readUIntBE(0, 6) + 1;
  return kind === "group" ? -alias : alias;
}

/** What the Zalo transport needs besides the bot. */
export interface ZaloOptions {
  api: ZaloApi;
  bridge: TextBridge;
  directory: ZaloIdDirectory;
  logger: Logger;
  /** How long start-up waits for Zalo's Bot API to answer its first call. */
  startupWaitMs: number;
}

/**
 * The bridge's output as Zalo messages: plain text with numbered choices, split at Zalo's
 * limit. Pass to the `TextBridge` the Zalo bot is built with.
 */
export function zaloDelivery(api: ZaloApi, directory: ZaloIdDirectory): (message: BridgeOutput) => Promise<void> {
  return async (message) => {
    const chatId = await directory.externalIdOf(message.chatId);
    if (!chatId) throw new Error(`No Zalo chat is known for the bot's chat ${message.chatId}: someone there must write first`);
    const text = renderPlain(message);
    for (const part of splitMessage(text, ZALO_MESSAGE_LIMIT)) await api.call("sendMessage", { chat_id: chatId, text: part });
  };
}

/**
 * Runs the bot on Zalo by long polling: each Zalo update becomes the Bot-API update the bot
 * understands, handled one at a time; the bot's replies go back through the bridge. A failed
 * poll is retried with a growing pause; `stop` ends the loop and waits for it.
 */
export async function runZalo(bot: Bot<BotContext>, options: ZaloOptions): Promise<RunningTransport> {
  const { api, bridge, directory, logger } = options;
  const me = await reachApi(
    { name: "Zalo's Bot API", root: api.apiRoot, rootVariable: "ZALO_API_ROOT", tokenVariable: "ZALO_BOT_TOKEN" },
    (signal) => api.call<{ id?: string; account_name?: string; display_name?: string }>("getMe", {}, signal),
    (error) => (error instanceof ZaloApiError && error.code < 500 ? `${error.code}: ${error.description}` : undefined),
    { waitMs: options.startupWaitMs, logger },
  );
  logger.info({ bot: me.account_name ?? me.display_name ?? me.id }, "polling Zalo");
  const known = new Set<number>();
  const rememberOnce = async (alias: number, zaloId: string) => {
    if (known.has(alias)) return;
    await directory.remember(alias, zaloId);
    known.add(alias);
  };

  const abort = new AbortController();
  const loop = (async () => {
    let pause = RETRY_FIRST_MS;
    while (!abort.signal.aborted) {
      let update: ZaloUpdate | undefined;
      try {
        update = await api.call<ZaloUpdate | undefined>("getUpdates", { timeout: POLL_TIMEOUT_SECONDS }, abort.signal);
        pause = RETRY_FIRST_MS;
      } catch (error) {
        if (abort.signal.aborted) break;
        if (error instanceof ZaloApiError && error.code === 408) continue;
        logger.warn({ err: error, retryInMs: pause }, "Zalo getUpdates failed");
        await new Promise((resolve) => setTimeout(resolve, pause));
        pause = Math.min(pause * 2, RETRY_MAX_MS);
        continue;
      }
      const message = update?.message;
      if (!update || !message) continue;
      const group = message.chat.chat_type === "GROUP";
      const speaker: BridgeSpeaker = {
        user: { id: zaloAlias(message.from.id, "user"), first_name: message.from.display_name ?? message.from.id, language_code: "vi" },
        chat: { id: zaloAlias(message.chat.id, group ? "group" : "user"), type: group ? "group" : "private" },
      };
      try {
        await rememberOnce(speaker.user.id, message.from.id);
        await rememberOnce(speaker.chat.id, message.chat.id);
        const text = update.event_name === "message.text.received" ? message.text : undefined;
        await bot.handleUpdate(text === undefined ? bridge.toNonTextUpdate(speaker) : bridge.toUpdate(speaker, text, sentAt(message.date)));
      } catch (error) {
        logger.error({ err: error, event: update.event_name }, "Zalo update failed");
      }
    }
  })();

  return {
    stop: async () => {
      abort.abort();
      await loop;
    },
  };
}
