import { type Block, joinBlocks, type RichText, type Run } from "../../domain/text/rich-text.js";
import { escapeHtml } from "./escape-html.js";

/**
 * The domain's rich text as Telegram HTML (`parse_mode: "HTML"`): every run escaped once here,
 * headings bold, items after "- ". The text channels convert this HTML to plain text in their
 * bridge, and each channel cuts it at its own limit (Telegram's in `replyInParts`, Zalo's in
 * its delivery).
 */
export function toTelegramHtml(text: RichText): string {
  return joinBlocks(text, renderBlock);
}

function renderBlock(value: Block): string {
  const body = value.runs.map(renderRun).join("");
  if (value.kind === "heading") return `<b>${body}</b>`;
  return value.kind === "item" ? `- ${body}` : body;
}

function renderRun(run: Run): string {
  let html = escapeHtml(run.text);
  if (run.italic) html = `<i>${html}</i>`;
  if (run.bold) html = `<b>${html}</b>`;
  return html;
}
