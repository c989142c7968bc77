import type { BlocRecord } from "../../db/repositories/catalog-repository.js";
import { formatDateTime } from "../../domain/periods/format-date.js";
import { formatPeriod } from "../../domain/periods/format-period.js";
import type { Period } from "../../domain/periods/period.js";
import { foldText } from "../../domain/text/fold.js";
import type { BotContext } from "../context.js";
import { escapeHtml } from "../render/escape-html.js";
import { splitMessage, TELEGRAM_MESSAGE_LIMIT } from "../render/split-html.js";

/** What "/baocao phienban …" asks: the list, or one version (`/baocao phienban 2`); `rest` names the period. */
export interface VersionsRequest {
  version?: number;
  rest: string;
}

/**
 * Reads "phienban …" / "phiên bản …" / "versions …" after /baocao: a version number right
 * after the word (up to three digits, so "2023" stays a year), and the rest, the period.
 * Undefined when the text does not ask for the versions.
 */
export function readVersionsRequest(text: string): VersionsRequest | undefined {
  const match = /^(?:phienban|phien ban|versions?)(?:\s+(\d{1,3}))?(?:\s+|$)/.exec(foldText(text));
  if (!match) return undefined;
  // The fold keeps the words, so the period after them is cut at the same word count.
  const words = match[0].trim().split(" ").length;
  const rest = text.split(/\s+/).slice(words).join(" ");
  return match[1] ? { version: Number(match[1]), rest } : { rest };
}

/**
 * `/baocao phienban [quý …]`: every version of the period's briefing posted, with who posted it
 * and when, and how to get one again.
 */
export async function listVersions(ctx: BotContext, bloc: BlocRecord, period: Period): Promise<void> {
  const formatted = formatPeriod(period, ctx.t.bind(ctx));
  const posts = await ctx.deps.services.framing.posts(bloc, period);
  if (!posts.length) {
    await ctx.reply(ctx.t("framing-versions-none", { period: formatted }));
    return;
  }
  const lines = posts.map((posted) =>
    ctx.t(posted.final ? "framing-version-final" : "framing-version", {
      version: posted.version,
      at: formatDateTime(posted.postedAt),
      by: escapeHtml(posted.postedBy ?? ctx.t("framing-someone")),
    }),
  );
  const hint = ctx.t("framing-versions-hint", { version: posts.at(-1)?.version ?? 1 });
  await ctx.reply([ctx.t("framing-versions", { period: formatted }), ...lines, hint].join("\n"), { parse_mode: "HTML" });
}

/**
 * `/baocao phienban 2`: version 2 of the period's briefing sent again, in a private chat, as the
 * group received it (the text kept when it was posted). The Word file is not sent: a post keeps
 * only its text, and a file made now would carry today's figures and framing under the old
 * version's name, so the person is told so and where to get the current file. In the group it
 * is refused (a resend there would read as a new post); an unknown version lists the ones there are.
 */
export async function resendVersion(ctx: BotContext, bloc: BlocRecord, period: Period, version: number): Promise<void> {
  const formatted = formatPeriod(period, ctx.t.bind(ctx));
  if (ctx.chat?.type !== "private") {
    await ctx.reply(ctx.t("framing-version-private-only"));
    return;
  }
  const posts = await ctx.deps.services.framing.posts(bloc, period);
  const posted = posts.find((post) => post.version === version);
  if (!posted) {
    await ctx.reply(
      posts.length
        ? ctx.t("framing-version-unknown", { version, period: formatted, versions: posts.map((post) => post.version).join(", ") })
        : ctx.t("framing-versions-none", { period: formatted }),
    );
    return;
  }
  await ctx.reply(
    ctx.t(posted.final ? "framing-version-resent-final" : "framing-version-resent", {
      version,
      period: formatted,
      at: formatDateTime(posted.postedAt),
      by: escapeHtml(posted.postedBy ?? ctx.t("framing-someone")),
    }),
    { parse_mode: "HTML" },
  );
  for (const part of splitMessage(posted.text, TELEGRAM_MESSAGE_LIMIT)) await ctx.reply(part, { parse_mode: "HTML" });
  await ctx.reply(ctx.t("framing-version-no-word", { version }));
}
