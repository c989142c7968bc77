import { foldText } from "../text/fold.js";

/**
 * What a person can say at any question besides answering it: skip it (no figure yet), keep
 * what is saved, erase what is saved, go back, or stop.
 */
export type Control = "skip" | "keep" | "erase" | "back" | "cancel";

/** The words people type for each control, folded (no diacritics, lower case), in both languages. */
const CONTROL_WORDS: Record<string, Control> = {
  "bo qua": "skip",
  bq: "skip",
  "chua co": "skip",
  "chua co so lieu": "skip",
  "khong co so lieu": "skip",
  skip: "skip",
  "no data": "skip",
  "not yet": "skip",
  "giu nguyen": "keep",
  giu: "keep",
  keep: "keep",
  xoa: "erase",
  "xoa so lieu": "erase",
  erase: "erase",
  clear: "erase",
  "quay lai": "back",
  "tro lai": "back",
  back: "back",
  huy: "cancel",
  "/huy": "cancel",
  "/cancel": "cancel",
  "huy bo": "cancel",
  cancel: "cancel",
};

/** The control a message asks for ("bỏ qua", "giữ nguyên", "quay lai", "/huy"), if it is one. */
export function readControl(text: string): Control | undefined {
  const folded = foldText(text).replace(/@\S+$/, "");
  return CONTROL_WORDS[folded];
}

/**
 * What a button offers, typed instead of pressed: on Zalo and in the console there may be no
 * buttons to press, and on a phone typing "ok" is as quick.
 */
export type ChoiceWord = "confirm" | "edit" | "yes" | "retype" | "continue" | "restart" | "join" | "answer";

const CHOICE_WORDS: Record<string, ChoiceWord> = {
  "xac nhan": "confirm",
  "xac nhan nop": "confirm",
  "dong y": "confirm",
  nop: "confirm",
  ok: "confirm",
  oke: "confirm",
  confirm: "confirm",
  submit: "confirm",
  sua: "edit",
  "chinh sua": "edit",
  edit: "edit",
  dung: "yes",
  "dung roi": "yes",
  co: "yes",
  "chac chan": "yes",
  yes: "yes",
  "nhap lai": "retype",
  "go lai": "retype",
  retype: "retype",
  "tiep tuc": "continue",
  continue: "continue",
  "lam lai": "restart",
  "lam lai tu dau": "restart",
  restart: "restart",
  "start over": "restart",
  // Whether a message sent right after an answer adds to it or answers the next question.
  "bo sung": "join",
  "bo sung vao": "join",
  them: "join",
  "them vao": "join",
  add: "join",
  "add to it": "join",
  append: "join",
  "tra loi": "answer",
  "cau tiep": "answer",
  "cau sau": "answer",
  tiep: "answer",
  answer: "answer",
  next: "answer",
};

/** The button a typed word stands for ("xác nhận", "ok", "sửa", "tiếp tục"), if it is one. */
export function readChoiceWord(text: string): ChoiceWord | undefined {
  return CHOICE_WORDS[foldText(text).replace(/[.!]+$/, "")];
}
