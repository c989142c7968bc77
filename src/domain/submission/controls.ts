import { foldText } from "../text/fold.js";

/** What a person can say at any question besides answering it. */
export type Control = "skip" | "back" | "cancel";

/** The words people type for each control, folded (no diacritics, lower case). */
const CONTROL_WORDS: Record<string, Control> = {
  "bo qua": "skip",
  bq: "skip",
  skip: "skip",
  "quay lai": "back",
  "tro lai": "back",
  back: "back",
  huy: "cancel",
  "/huy": "cancel",
  "/cancel": "cancel",
  "huy bo": "cancel",
  cancel: "cancel",
};

/** The control a message asks for ("bỏ qua", "quay lai", "/huy"), if it is one. */
export function readControl(text: string): Control | undefined {
  const folded = foldText(text).replace(/@\S+$/, "");
  return CONTROL_WORDS[folded];
}
