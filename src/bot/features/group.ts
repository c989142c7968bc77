import { Composer } from "grammy";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { requireAccess } from "../middlewares/require-access.js";

/**
 * `/nhom` (`/linkgroup`) links the group to the bloc; the link follows a supergroup upgrade,
 * the admins are told when the bot is removed or can no longer post, and a group the bot is
 * added to is told once whether it still has to be linked.
 */
export const groupFeature = new Composer<BotContext>();

groupFeature.command(commandNames("nhom"), requireAccess("nhom"), async (ctx) => {
  const bloc = ctx.actor?.bloc;
  if (!bloc) return;
  await ctx.deps.services.groups.link(bloc, ctx.deps.channel, String(ctx.chat.id));
  await ctx.reply(ctx.t("group-linked", { bloc: bloc.name }));
});

groupFeature.on("message:migrate_to_chat_id", async (ctx) => {
  await ctx.deps.services.groups.migrate(ctx.deps.channel, String(ctx.chat.id), String(ctx.message.migrate_to_chat_id));
});

groupFeature.on("my_chat_member", async (ctx) => {
  const { groups } = ctx.deps.services;
  const chatId = String(ctx.chat.id);
  const status = ctx.myChatMember.new_chat_member;
  const removed = status.status === "left" || status.status === "kicked";
  const muted = status.status === "restricted" && !status.can_send_messages;
  const wasOut = ["left", "kicked"].includes(ctx.myChatMember.old_chat_member.status);
  if (wasOut && (status.status === "member" || status.status === "administrator")) {
    if (!(await groups.blocOf(ctx.deps.channel, chatId))) await ctx.reply(ctx.t("group-not-linked"));
    return;
  }
  if (!removed && !muted) return;
  const bloc = removed ? await groups.unlink(ctx.deps.channel, chatId) : await groups.blocOf(ctx.deps.channel, chatId);
  if (!bloc) return;
  const title = ("title" in ctx.chat && ctx.chat.title) || chatId;
  for (const admin of await groups.admins(bloc.id, ctx.deps.channel)) {
    await ctx.api
      .sendMessage(admin.externalId, ctx.textFor(admin.language)(removed ? "group-removed" : "group-muted", { title, bloc: bloc.name }))
      .catch((error: unknown) => ctx.logger.warn({ err: error, admin: admin.personId }, "could not tell an admin"));
  }
});
