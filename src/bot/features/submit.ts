import { type ConversationData, conversations, createConversation, type VersionedState } from "@grammyjs/conversations";
import { Composer, type StorageAdapter } from "grammy";
import type { ConversationStateRepository } from "../../db/repositories/conversation-state-repository.js";
import { formatPeriod } from "../../domain/periods/format-period.js";
import { parsePeriod } from "../../domain/periods/parse-period.js";
import type { Quarter } from "../../domain/periods/period.js";
import { foldText } from "../../domain/text/fold.js";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import {
  createSubmitConversation,
  SUBMIT_CONVERSATION_ID,
  SUBMIT_CONVERSATION_VERSION,
} from "../conversations/submit/submit-conversation.js";
import type { ConversationContext } from "../conversations/submit/types.js";
import type { BotDeps } from "../deps.js";
import { createI18n } from "../i18n.js";
import { requireAccess } from "../middlewares/require-access.js";

/**
 * `/nop` (`/submit`) walks a representative through the quarter; `/huy` (`/cancel`) outside a
 * submission says there is nothing to cancel; `/khoa` (`/lock`) locks or unlocks a quarter.
 * Conversation state lives in the database, so a restart loses nothing.
 */
export function submitFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const i18n = createI18n<ConversationContext>();
  const groupText = (key: string, params?: Record<string, string | number>) => i18n.t("vi", key, params);
  feature.use(
    conversations<BotContext, ConversationContext>({
      storage: {
        type: "key",
        version: SUBMIT_CONVERSATION_VERSION,
        prefix: "conversation:",
        adapter: conversationStorage(deps.services.conversationStates),
      },
      plugins: [i18n],
    }),
  );
  feature.use(
    // No maxMillisecondsToWait: the idle limit is kept by waitAnswer, on the bot's clock, so a
    // late answer is told the session ended instead of being taken for a question.
    createConversation(createSubmitConversation(deps.services, deps.channel, groupText), { id: SUBMIT_CONVERSATION_ID }),
  );

  feature.command(commandNames("nop"), requireAccess("nop"), async (ctx) => {
    await ctx.conversation.enter(SUBMIT_CONVERSATION_ID);
  });

  feature.command(commandNames("huy"), requireAccess("huy"), async (ctx) => {
    await ctx.reply(ctx.t("submit-nothing-to-cancel"));
  });

  feature.command(commandNames("khoa"), requireAccess("khoa"), async (ctx) => {
    const actor = ctx.actor;
    if (!actor?.bloc) return;
    const args = ctx.match.trim();
    const unlock = /^(mo|mo khoa|unlock)\b/.test(foldText(args));
    const rest = unlock ? args.replace(/^\S+(\s+khóa|\s+khoa)?/iu, "").trim() : args;
    let quarter: Quarter | undefined;
    if (rest) {
      const parsed = parsePeriod(rest, ctx.deps.services.clock());
      if (parsed?.period.kind === "quarter") quarter = parsed.period;
    } else {
      quarter = (await ctx.deps.services.submissions.openQuarters(actor))[0]?.quarter;
    }
    if (!quarter) {
      await ctx.reply(ctx.t("lock-usage"));
      return;
    }
    await ctx.deps.services.submissions.setLocked(actor, quarter, !unlock);
    await ctx.reply(ctx.t(unlock ? "lock-unlocked" : "lock-locked", { period: formatPeriod(quarter, ctx.t.bind(ctx)) }));
  });
  return feature;
}

/**
 * The database's conversation states as the conversations plugin stores them: the plugin
 * wrote what it reads back, and the storage version discards states of an older shape.
 */
function conversationStorage(states: ConversationStateRepository): StorageAdapter<VersionedState<ConversationData>> {
  return {
    read: async (key) => (await states.read(key)) as VersionedState<ConversationData> | undefined,
    write: (key, state) => states.write(key, state),
    delete: (key) => states.delete(key),
  };
}
