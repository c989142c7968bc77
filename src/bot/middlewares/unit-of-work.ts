import type { Middleware } from "grammy";
import type { OutboxRow } from "../../db/repositories/outbox-repository.js";
import type { BotContext } from "../context.js";
import type { OutboxDeliverer } from "../outbox/outbox-deliverer.js";
import { OutboxRecorder } from "../outbox/outbox-recorder.js";
import { tell } from "../tell.js";

/**
 * Runs each update as one unit: its claim (so a redelivered update is ignored), every write
 * of its handlers and the messages they send commit in one transaction; the messages are sent
 * after the commit, from the outbox. When a handler fails, nothing it did is kept: the update
 * is recorded as failed and the person is told, in their language. This is the bot's error
 * boundary.
 */
export function unitOfWork(deliverer: OutboxDeliverer): Middleware<BotContext> {
  return async (ctx, next) => {
    const root = ctx.deps;
    const botId = String(ctx.me.id);
    const updateId = ctx.update.update_id;
    const chatKey = String(ctx.chat?.id ?? ctx.from?.id ?? "");
    const recorder = new OutboxRecorder();
    ctx.outbox = recorder;
    ctx.api.config.use(recorder.transformer);
    let rows: OutboxRow[];
    try {
      rows = await root.services.transaction(async (services) => {
        if (!(await services.inbox.claim(botId, updateId, chatKey, "ok"))) {
          ctx.logger.info("duplicate update ignored");
          return [];
        }
        ctx.deps = { ...root, services };
        await next();
        return services.outbox.add(botId, updateId, recorder.take());
      });
    } catch (error) {
      ctx.deps = root;
      ctx.failed = true;
      recorder.discard();
      ctx.logger.error({ err: error }, "handler failed; nothing of the update was stored");
      rows = await recordFailure(ctx, recorder, botId, updateId, chatKey);
    }
    await deliverer.deliver(rows).catch((error: unknown) => {
      // What was not marked sent is sent again by the next sweep.
      ctx.logger.error({ err: error }, "could not finish sending the update's messages");
    });
  };
}

/**
 * Records the failed update and the apology in a transaction of their own. When the database
 * itself is what failed, the apology goes out directly: there is nowhere to keep it. A button
 * press is answered too (its answer was rolled back with the rest), or the person's app keeps
 * showing it loading; one with no chat gets the apology as its pop-up.
 */
async function recordFailure(
  ctx: BotContext,
  recorder: OutboxRecorder,
  botId: string,
  updateId: number,
  chatKey: string,
): Promise<OutboxRow[]> {
  try {
    return await ctx.deps.services.transaction(async (services) => {
      if (!(await services.inbox.claim(botId, updateId, chatKey, "error"))) return [];
      await apologise(ctx);
      return services.outbox.add(botId, updateId, recorder.take());
    });
  } catch (error) {
    ctx.logger.error({ err: error }, "could not record the failed update");
    recorder.discard();
    recorder.sendDirectly();
    await apologise(ctx).catch((replyError: unknown) => {
      ctx.logger.warn({ err: replyError }, "could not tell the person about the error");
    });
    return [];
  }
}

/** Answers the button pressed, if any, and says sorry in the chat, if there is one. */
async function apologise(ctx: BotContext): Promise<void> {
  if (ctx.callbackQuery && ctx.chat) await ctx.answerCallbackQuery();
  await tell(ctx, ctx.t("error-internal"));
}
