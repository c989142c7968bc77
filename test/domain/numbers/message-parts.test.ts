import { describe, expect, it } from "vitest";
import { followUpComment } from "../../../src/domain/numbers/message-parts.js";
import { readChoiceWord } from "../../../src/domain/submission/controls.js";

describe("a message commenting the figure sent before it", () => {
  it.each([
    ["(tăng 20 so với quý trước)", "tăng 20 so với quý trước"],
    ["tăng 20 so với quý trước", "tăng 20 so với quý trước"],
    ["trong đó 31 nữ", "trong đó 31 nữ"],
    ["Trong đó 31 nữ", "Trong đó 31 nữ"],
    ["giảm 5 người", "giảm 5 người"],
    ["so với cùng kỳ tăng 12%", "so với cùng kỳ tăng 12%"],
    ["nâng tổng số lên 40.210", "nâng tổng số lên 40.210"],
    ["gồm 12 chi hội", "gồm 12 chi hội"],
    ["(tạm tính)", "tạm tính"],
    ["  ( số liệu đến 15/12 )  ", "số liệu đến 15/12"],
    ["up 20 on last quarter", "up 20 on last quarter"],
  ])("takes %j as a comment: %j", (text, comment) => {
    expect(followUpComment(text)).toBe(comment);
  });

  it.each([
    "96",
    "1.250 người",
    "khoảng 500",
    // These answer a question as well as they qualify a figure.
    "đạt 120 người",
    "tổng số 120",
    "bằng 120",
    // Brackets with no words are a figure, not a comment.
    "(15)",
    "Tổ chức tốt đại hội chi hội",
    "tăng cường công tác tuyên truyền",
  ])("does not take %j as a comment", (text) => {
    expect(followUpComment(text)).toBeUndefined();
  });
});

describe("the follow-up question's buttons, typed", () => {
  it.each([
    ["bổ sung", "join"],
    ["Bổ sung.", "join"],
    ["thêm", "join"],
    ["add", "join"],
    ["trả lời", "answer"],
    ["câu tiếp", "answer"],
    ["tiếp", "answer"],
    ["answer", "answer"],
    ["next", "answer"],
  ])("reads %j as %s", (text, word) => {
    expect(readChoiceWord(text)).toBe(word);
  });
});
