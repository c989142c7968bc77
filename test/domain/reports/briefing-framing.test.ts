import { describe, expect, it } from "vitest";
import { toTelegramHtml } from "../../../src/bot/render/telegram-html.js";
import type { Quarter } from "../../../src/domain/periods/period.js";
import { compileBriefing } from "../../../src/domain/reports/briefing.js";
import type { BriefingFraming } from "../../../src/domain/reports/briefing-framing.js";
import { renderBriefing } from "../../../src/domain/reports/briefing-prose.js";
import { fluentTranslate } from "../../support/fluent.js";
import { parseTelegramHtml } from "../../support/telegram-html.js";
import { giaLai } from "./gia-lai.js";

const t = fluentTranslate("vi", "reports", "periods", "figures");
const Q4: Quarter = { kind: "quarter", year: 2023, quarter: 4 };
const NOW = new Date("2023-11-28T03:00:00Z");
const FRAMING: BriefingFraming = {
  meeting: {
    at: new Date("2023-11-28T01:30:00Z"),
    hasTime: true,
    place: "Hội trường Tỉnh ủy",
    chair: "đồng chí Rah Lan Chung - Phó Bí thư Tỉnh ủy",
    attendees: "đại diện lãnh đạo Ban Dân vận Tỉnh ủy",
  },
  assessment: "Quý IV/2023, Mặt trận & các đoàn thể bám sát nhiệm vụ chính trị của tỉnh.",
  conclusions: {
    points: ["đẩy mạnh tuyên truyền.", "nâng cao chất lượng giám sát."],
    directions: [{ organisationCode: "ND", text: "xây dựng đề án 3 khâu đột phá." }],
    enteredBy: "Rah Lan Chung",
  },
};

/** The briefing as a person reads it in Telegram: its HTML, checked as Telegram would, read as text. */
const seen = (framing?: BriefingFraming) => {
  const html = toTelegramHtml(renderBriefing(compileBriefing(giaLai(), Q4, { version: 1, now: NOW, framing }), t));
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(`Telegram would refuse ${html}: ${parsed.error}`);
  return parsed.text;
};

describe("the framing a briefing carries", () => {
  it("is passed through compileBriefing into the model, and absent when none is given", () => {
    expect(compileBriefing(giaLai(), Q4, { version: 1, now: NOW, framing: FRAMING }).framing).toEqual(FRAMING);
    expect(compileBriefing(giaLai(), Q4, { version: 1, now: NOW })).not.toHaveProperty("framing");
  });

  it("puts the secretariat's assessment in place of the fixed opening sentence", () => {
    expect(seen()).toContain("đã triển khai thực hiện các nhiệm vụ công tác theo chương trình");
    const text = seen({ assessment: FRAMING.assessment });
    expect(text).toContain(FRAMING.assessment);
    expect(text).not.toContain("đã triển khai thực hiện các nhiệm vụ công tác theo chương trình");
  });

  it("names the meeting's date, place, chair and attendees", () => {
    const text = seen(FRAMING);
    for (const part of [
      "28/11/2023",
      "Hội trường Tỉnh ủy",
      "đồng chí Rah Lan Chung - Phó Bí thư Tỉnh ủy",
      "đại diện lãnh đạo Ban Dân vận Tỉnh ủy",
    ]) {
      expect(text).toContain(part);
    }
  });

  it("numbers the chair's conclusions “Một là, …” and gives each organisation its task, as a notice of conclusions", () => {
    const text = seen(FRAMING);
    expect(text).toContain("Thông báo kết luận");
    expect(text).toContain("Một là, đẩy mạnh tuyên truyền.");
    expect(text).toContain("Hai là, nâng cao chất lượng giám sát.");
    expect(text).toContain("Đối với từng cơ quan, đơn vị: Hội Nông dân xây dựng đề án 3 khâu đột phá.");
    expect(seen({ assessment: FRAMING.assessment })).not.toContain("Thông báo kết luận");
  });
});
