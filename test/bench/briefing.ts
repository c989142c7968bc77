import { Decimal } from "decimal.js";
import { splitMessage, TELEGRAM_MESSAGE_LIMIT } from "../../src/bot/render/split-html.js";
import { toTelegramHtml } from "../../src/bot/render/telegram-html.js";
import { compileBriefing } from "../../src/domain/reports/briefing.js";
import { renderBriefing } from "../../src/domain/reports/briefing-prose.js";
import type { ReportData, SubmittedReport } from "../../src/domain/reports/report-data.js";
import { round } from "./machine.js";

const QUARTERS = ["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"];

/** A bloc of `count` organisations × 12 indicators with 8 quarters of reports. */
function syntheticBloc(count: number): ReportData {
  const organisations = Array.from({ length: count }, (_, index) => ({
    code: `O${index}`,
    name: `Hội số ${index} của tỉnh`,
    sortOrder: index,
  }));
  const codes = organisations.map((org) => org.code);
  const indicators = Array.from({ length: 12 }, (_, index) => ({
    code: `I${index}`,
    name: `Chỉ tiêu số ${index}`,
    unit: index % 3 === 0 ? "triệu đồng" : "người",
    kind: index % 4 === 0 ? ("stock" as const) : ("flow" as const),
    organisationCodes: codes,
    sortOrder: index,
    ...(index < 3 ? { summaryPhrase: `đạt {value} ở chỉ tiêu ${index}` } : {}),
  }));
  const reports: SubmittedReport[] = QUARTERS.flatMap((periodKey) =>
    organisations.map((org, index) => ({
      organisationCode: org.code,
      periodKey,
      version: 1,
      submittedBy: `Đại diện ${index}`,
      submittedAt: new Date("2023-12-10T03:00:00Z"),
      values: Object.fromEntries(indicators.map((indicator, position) => [indicator.code, new Decimal(index * 13 + position * 7 + 100)])),
      texts: { highlights: "Tổ chức nhiều hoạt động thiết thực.", limitations: "Kinh phí còn hạn chế." },
    })),
  );
  return { blocName: "Khối thử", areaName: "tỉnh Thử", level: "province", organisations, indicators, reports };
}

/** Compile and render time of the quarter's briefing, median of several runs; targets: 1.000 organisations under 200 ms, 2.000 under twice that. */
export function measureBriefing(t: (key: string, params?: Record<string, string | number>) => string) {
  return [6, 100, 1000, 2000].map((count) => {
    const data = syntheticBloc(count);
    const quarter = { kind: "quarter", year: 2023, quarter: 4 } as const;
    const runs = count >= 1000 ? 5 : 20;
    const times: number[] = [];
    let parts = 0;
    for (let run = 0; run < runs + 2; run += 1) {
      const start = performance.now();
      // As the bot posts it: compiled, rendered as Telegram HTML and split for Telegram.
      parts = splitMessage(
        toTelegramHtml(renderBriefing(compileBriefing(data, quarter, { version: 1, now: new Date() }), t)),
        TELEGRAM_MESSAGE_LIMIT,
      ).length;
      if (run >= 2) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return {
      measure: "briefing_compile_ms",
      organisations: count,
      indicators: 12,
      quarters_of_history: 8,
      value: round(times[Math.floor(times.length / 2)] as number),
      messages: parts,
      target: count === 1000 ? "< 200" : count === 2000 ? "< 2× the 1.000" : undefined,
    };
  });
}
