import { Decimal } from "decimal.js";
import { indicatorName, phraseFigure, proseFigure, wordChangeFrom } from "../numbers/figure-wording.js";
import { formatPeriod } from "../periods/format-period.js";
import type { BriefingModel, BriefingTotal } from "./briefing.js";
import { comparisonPeriod } from "./briefing-period.js";
import { asSentence, lowerFirst, merged, phrases, upperFirst } from "./briefing-sentences.js";
import { shortNameOf } from "./catalog-view.js";
import type { Translate } from "./report-data.js";

/**
 * The opening paragraph: the secretariat's assessment (or the fixed sentence), then the
 * quarter's shared totals, "toàn tỉnh" only for a total every organisation that reports it is
 * in, "theo báo cáo của 4/5 đơn vị (chưa gồm …)" otherwise, out of the organisations that report it; the change against the previous
 * quarter over the organisations with figures in both. Falls are told among the limitations.
 */
export function opening(model: BriefingModel, t: Translate): string {
  const assessment = model.framing?.assessment?.trim();
  const sentences = [assessment ? asSentence(assessment) : t("reports-briefing-opening", { period: formatPeriod(model.period, t) })];
  const previous = formatPeriod(comparisonPeriod(model.period), t);
  const groups = new Map<string, BriefingTotal[]>();
  for (const entry of model.summary) {
    // One sentence per scope: the same organisations missing out of the same number that report.
    const key = entry.absent.length ? `${entry.absent.map((org) => org.code).join(",")}/${entry.reporting}` : "";
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  for (const entries of groups.values()) {
    const phrased = entries.filter(({ indicator }) => phrases(t) && indicator.summaryPhrase);
    const plain = entries.filter((entry) => !phrased.includes(entry));
    const change = (entry: BriefingTotal) => {
      const compared = entry.compared;
      if (!compared || compared.current.lessThan(compared.previous)) return "";
      return `, ${wordChangeFrom(compared.current, compared.previous, entry.indicator.unit, t, previous)}${comparedOver(compared, t)}`;
    };
    const achievements = phrased.map(
      (entry) => phraseFigure(entry.indicator.summaryPhrase ?? "", entry.value, entry.indicator.unit, entry.hedge, t) + change(entry),
    );
    const totals = plain.map(
      (entry) =>
        `${lowerFirst(indicatorName(entry.indicator, t))}: ${proseFigure(entry.value, entry.indicator.unit, entry.hedge, t)}${change(entry)}`,
    );
    const [first] = entries;
    const absent = first?.absent ?? [];
    const scope = {
      level: model.level,
      counted: first?.counted ?? 0,
      reporting: first?.reporting ?? 0,
      absent: absent.map(shortNameOf).join(", "),
    };
    const partial = absent.length > 0;
    if (achievements.length) {
      sentences.push(
        t(partial ? "reports-briefing-partial-achievements" : "reports-briefing-achievements", {
          ...scope,
          achievements: achievements.join("; "),
        }),
      );
    }
    if (totals.length) {
      sentences.push(t(partial ? "reports-briefing-partial-totals" : "reports-briefing-totals", { ...scope, totals: totals.join("; ") }));
    }
  }
  if (model.summary.length === 0) sentences.push(t("reports-briefing-no-totals"));
  return sentences.join(" ");
}

/**
 * The limitations as the reports write them, in one paragraph: what the organisations wrote,
 * each attributed, then the losses ("Số đoàn viên, hội viên giảm toàn tỉnh là 10.827 người
 * (Hội Nông dân giảm 7.289 …)") and the totals that fell against the previous quarter.
 */
export function limitations(model: BriefingModel, t: Translate): string {
  const previous = formatPeriod(comparisonPeriod(model.period), t);
  const sentences: string[] = [];
  if (model.limitations.length) sentences.push(merged(model.limitations, t));
  for (const loss of model.losses) {
    const sum = loss.total && loss.figures.length > 1 ? loss.total : undefined;
    // Beside a total each organisation's figure is enough ("Hội Nông dân 7.289"); alone it reads with its phrase.
    const parts = loss.figures.map(
      ({ organisation, indicator, value, hedge }) =>
        `${shortNameOf(organisation)} ${phraseFigure(sum ? "{value}" : (phrases(t) && indicator.phrase) || `${lowerFirst(indicatorName(indicator, t))} {value}`, value ?? new Decimal(0), indicator.unit, hedge, t)}`,
    );
    sentences.push(
      sum
        ? upperFirst(
            t("reports-briefing-loss-total", {
              name: lowerFirst(indicatorName(loss.indicator, t)),
              scope: sum.absent.length ? "partial" : model.level,
              counted: sum.counted,
              reporting: sum.reporting,
              absent: sum.absent.map(shortNameOf).join(", "),
              amount: proseFigure(sum.value, loss.indicator.unit, sum.hedge, t),
              parts: parts.join(", "),
            }),
          )
        : `${upperFirst(parts.join("; "))}.`,
    );
  }
  const falls = model.summary.flatMap(({ indicator, compared }) => {
    if (!compared?.current.lessThan(compared.previous)) return [];
    return [
      `${lowerFirst(indicatorName(indicator, t))} ${wordChangeFrom(compared.current, compared.previous, indicator.unit, t, previous)}${comparedOver(compared, t)}`,
    ];
  });
  if (falls.length) sentences.push(t("reports-briefing-falls", { falls: falls.join("; ") }));
  return sentences.length ? `${t("reports-briefing-limitations-intro")} ${sentences.join(" ")}` : t("reports-briefing-limitations-none");
}

/** " (tính trên 3/4 đơn vị có số liệu cả hai kỳ)" when fewer than all in the total are compared, else nothing. */
function comparedOver(compared: NonNullable<BriefingTotal["compared"]>, t: Translate): string {
  return compared.organisations < compared.of
    ? ` ${t("reports-briefing-compared-over", { count: compared.organisations, of: compared.of })}`
    : "";
}
