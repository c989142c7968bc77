import { describe, expect, it } from "vitest";
import { keepingConstants, type Translate } from "../../../src/domain/text/translate.js";

describe("a translation keeping its constants", () => {
  it("asks once for a key without variables, and every time for one with them", () => {
    const asked: string[] = [];
    const t: Translate = (key, params) => {
      asked.push(key);
      return params ? `${key}:${JSON.stringify(params)}` : `${key}!`;
    };
    const kept = keepingConstants(t);
    expect([kept("figure-thousands-separator"), kept("figure-thousands-separator")]).toEqual([
      "figure-thousands-separator!",
      "figure-thousands-separator!",
    ]);
    expect([kept("figure-unit", { count: 1 }), kept("figure-unit", { count: 2 })]).toEqual([
      'figure-unit:{"count":1}',
      'figure-unit:{"count":2}',
    ]);
    expect(asked).toEqual(["figure-thousands-separator", "figure-unit", "figure-unit"]);
  });
});
