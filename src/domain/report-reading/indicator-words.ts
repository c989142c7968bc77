import { type ResolvedUnit, resolveUnit } from "../numbers/units.js";
import { foldWords } from "../text/match-name.js";
import { expandAbbreviations } from "./abbreviations.js";
import type { ContextWord, NumberMention } from "./figure-mentions.js";
import type { ReadableIndicator } from "./report-reading.js";

/**
 * An indicator as the report reader looks for it: the pairs of words its name, aliases and
 * phrase are made of, each weighed by how few of the organisation's indicators share it (a
 * pair only one indicator has, "kết nạp" beside "hội viên mới", says most), the words all its
 * names share (its anchors: "đảng" for the Party's new members), its unit's words, and the
 * phrase's words either side of the value.
 */
export interface IndicatorWords {
  indicator: ReadableIndicator;
  unit: Readonly<ResolvedUnit>;
  pairs: Map<string, number>;
  /** Each anchor with what it weighs: how few of the other indicators use it ("đảng" more than "viên"). */
  anchors: ReadonlyMap<string, number>;
  /** The words of its name, each weighed by how few indicators use it anywhere ("mới" beside "giảm"). */
  nameWords: Map<string, number>;
  unitWords: readonly string[];
  unitWeight: number;
  /** What the phrase's words right beside the value weigh: less when other indicators' phrases have them too. */
  besideWeight: { before: number; after: number };
  /** The phrase's words before and after "{value}", folded: "kết nạp" and "hội viên mới". */
  before: readonly string[];
  /** The actions the phrase joins before its value ("xây mới, sửa chữa {value} nhà"), when two or more. */
  actions: readonly (readonly string[])[];
  after: readonly string[];
}

/** A mention scored for an indicator below this names it too weakly to propose. */
export const LEAST_SCORE = 0.6;

/** Words of every unit of a count: they say nothing of which indicator is meant. */
const GENERIC_UNITS = new Set(["nguoi", "luot"]);
/** What a unit that many indicators share weighs: little. */
const GENERIC_UNIT_WEIGHT = 0.25;
/**
 * Words that count things right after a number ("126 lớp", "7.560 lượt", "03 nhà"): one other
 * than the indicator's unit or its phrase's noun says the number counts something else.
 */
export const COUNTERS = new Set([
  "nha",
  "can",
  "cuoc",
  "lop",
  "luot",
  "nguoi",
  "ho",
  "suat",
  "chiec",
  "buoi",
  "tin",
  "bai",
  "xa",
  "du",
  "mo",
  "lao",
  "dot",
]);
/** Counters that are one another: a house is counted as "căn" or "nhà", people as "người" or "lao động". */
const SAME_COUNTERS: Readonly<Record<string, string>> = { can: "nha", lao: "nguoi" };

/**
 * Phrases that say an anchor's word without it: what is founded is new ("thành lập 11 công đoàn
 * cơ sở"), who "stands in the ranks of the Party" was admitted to it ("đứng vào hàng ngũ của Đảng").
 */
const IMPLIED: readonly [string, readonly string[]][] = [
  ["thanh lap", ["moi"]],
  ["hang ngu", ["ket", "nap"]],
];

/** What a total held says without the words ("hiện có 362", counted at the period's end): "tổng số", right before it. */
const IMPLIED_TOTAL: readonly ContextWord[] = ["tong", "so"].map((word, index) => ({ word, distance: 1 - index, crossed: false, end: -1 }));

/** What a word of the name right beside the number weighs, when no other indicator uses it. */
const NAME_WORD = 0.3;
/** How steeply missing anchors lower a score. */
const ANCHOR_POWER = 3;
/** How near the number a word of the name counts: this many words either side, within the clause. */
const NAME_REACH = 3;

/** Words too common to anchor a name. */
const COMMON_WORDS = new Set(["co", "duoc", "cho", "vao", "la", "cua", "va", "cac", "trong", "voi", "tai", "da", "dat", "nhung", "mot"]);

/**
 * Folded words with "đoàn viên" read as "hội viên": the Đoàn's members and the associations'
 * are one thing to these reports ("đoàn viên, hội viên mới"), so either names the indicator.
 */
function memberWords(words: readonly string[]): string[] {
  return words.map((word, index) =>
    word === "doan" && words[index + 1] === "vien"
      ? "hoi"
      : LOSS_CAUSES.some((cause) => cause.every((part, at) => words[index + at] === part))
        ? "giam"
        : word,
  );
}

/**
 * The causes reports give for members lost instead of the word "giảm" ("1.874 đoàn viên trưởng
 * thành, chuyển sinh hoạt, xóa tên"): each read as "giảm", so they name the loss indicator.
 */
const LOSS_CAUSES = ["truong thanh", "xoa ten", "tu tran", "chuyen sinh hoat", "chuyen di", "chuyen ra"].map((cause) => cause.split(" "));

/** The words of each indicator, weighed against the others of the same organisation. */
export function indicatorWords(indicators: readonly ReadableIndicator[]): IndicatorWords[] {
  const drafts = indicators.map((indicator) => {
    const [before = "", after = ""] = (indicator.phrase ?? "").split("{value}");
    const names = [indicator.name, ...indicator.aliases, before, after].map((name) => memberWords(foldWords(name)));
    const [beforeWords, afterWords] = [memberWords(foldWords(before)), memberWords(foldWords(after))];
    // The phrase's words either side of the value make a pair too: "giảm [96] hội viên".
    const around = beforeWords.length && afterWords.length ? [`${beforeWords.at(-1)} ${afterWords[0]}`] : [];
    const pairs = new Set([...names.flatMap(pairsOf), ...around]);
    const variants = [names[0] ?? [], ...names.slice(1, -2), [...(names.at(-2) ?? []), ...(names.at(-1) ?? [])]].filter(
      (name) => name.length,
    );
    const anchors = [...new Set(variants[0])].filter((word) => !COMMON_WORDS.has(word) && variants.every((name) => name.includes(word)));
    const vocabulary = new Set(names.flat());
    const ownWords = (names[0] ?? []).filter((word) => !COMMON_WORDS.has(word));
    return {
      indicator,
      pairs,
      anchors,
      vocabulary,
      ownWords,
      before: beforeWords,
      actions: before.includes(",") ? before.split(",").map((action) => foldWords(action)) : [],
      after: afterWords,
      // A unit in initials ("CĐCS") is read as the report's initials are, written out.
      unitWords: foldWords(expandAbbreviations(indicator.unit, true)),
    };
  });
  const share = new Map<string, number>();
  for (const draft of drafts) for (const pair of draft.pairs) share.set(pair, (share.get(pair) ?? 0) + 1);
  const count = (key: (draft: (typeof drafts)[number]) => string | undefined, value: string | undefined) =>
    drafts.filter((draft) => value !== undefined && key(draft) === value).length || 1;
  return drafts.map(({ vocabulary: _, ownWords, ...draft }) => {
    const unitKey = draft.unitWords.join(" ");
    const nameWords = new Map(ownWords.map((word) => [word, NAME_WORD / drafts.filter((other) => other.vocabulary.has(word)).length]));
    const unitShare = count((other) => other.unitWords.join(" "), unitKey);
    return {
      ...draft,
      nameWords,
      anchors: new Map(
        draft.anchors.map((word) => [word, 1 - drafts.filter((other) => other.vocabulary.has(word)).length / (drafts.length + 1)]),
      ),
      besideWeight: {
        before: 0.5 / count((other) => other.before.at(-1), draft.before.at(-1)),
        after: 0.5 / count((other) => other.after[0], draft.after[0]),
      },
      unit: resolveUnit(draft.indicator.unit),
      pairs: new Map([...draft.pairs].map((pair) => [pair, 1 / (share.get(pair) ?? 1)])),
      unitWeight: GENERIC_UNITS.has(unitKey) ? GENERIC_UNIT_WEIGHT : 1 / unitShare,
    };
  });
}

/**
 * How strongly the words around a number name the indicator: its pairs of words found near it
 * (nearer counts more; across a comma, half), one of them around the number ("kết nạp [1.255]
 * hội viên"), its unit right after it, its phrase's words right beside it; lessened by each of
 * its anchors missing nearby. 0 when the number cannot be in its unit: a rate is written with
 * "%", a percentage is no count, a count followed by another counter ("7.560 lượt") is not one
 * in "lớp", a sum of money is written with its unit.
 */
export function scoreMention(words: IndicatorWords, mention: NumberMention): number {
  const kind = words.unit.kind;
  if ((kind === "percent") !== mention.percent) return 0;
  if (kind === "count" && countsOther(words, mention.right[0])) return 0;
  // A total held ("nâng tổng số hội viên lên 186.905") is no count of new or lost ones.
  if (mention.total && (words.nameWords.has("moi") || words.nameWords.has("giam"))) return 0;
  // A sum of money is written with its unit, unless nothing follows it ("Quỹ: 125,5"): "12 thôn" is no sum.
  if (kind === "money" && !mention.scaled && mention.right[0] !== undefined && !mention.right[0].crossed) return 0;
  const written = normalised([...mention.left].reverse());
  const left = mention.total && !written.some((word) => word.word === "tong") ? [...written, ...IMPLIED_TOTAL] : written;
  const right = normalised(mention.right);
  let score = pairScore(words, left, "left") + pairScore(words, right, "right");
  const [before, after] = [left.at(-1), right[0]];
  if (before && after && !before.crossed && !after.crossed) score += words.pairs.get(`${before.word} ${after.word}`) ?? 0;
  const close = [...left, ...right].filter((word) => !word.crossed && word.distance < NAME_REACH);
  for (const word of new Set(close.map((near) => near.word))) score += words.nameWords.get(word) ?? 0;
  const unit = words.unitWords;
  if (unit.length > 0 && unit.every((word, index) => right[index]?.word === word && !right[index]?.crossed)) score += words.unitWeight;
  // A sum written as money ("3,25 tỷ đồng") is in a money indicator's unit: as little said as by "người".
  else if (kind === "money" && mention.scaled) score += GENERIC_UNIT_WEIGHT;
  const beside = (word: ContextWord | undefined, phraseWord: string | undefined) =>
    word !== undefined && !word.crossed && word.word === phraseWord;
  if (beside(before, words.before.at(-1))) score += words.besideWeight.before;
  if (beside(after, words.after[0])) score += words.besideWeight.after;
  // Anchors are looked for in the whole clause and its line's label, beyond the words weighed for pairs.
  const clause = memberWords([mention.before, mention.after, mention.topic].flatMap((text) => foldWords(expandAbbreviations(text))));
  const near = new Set([...left, ...right].map((word) => word.word).concat(clause));
  // Only where the phrase governs the number, on its side of any comma ("Ngày thành lập Quân đội (…) cho 120" does not).
  const around = ` ${[...left, ...right]
    .filter((word) => !word.crossed)
    .map((word) => word.word)
    .join(" ")} `;
  for (const [phrase, implied] of IMPLIED) if (around.includes(` ${phrase} `)) for (const word of implied) near.add(word);
  return score * anchoredShare(words, near);
}

/**
 * How much of the indicator's anchors, by weight, stand near the number, squared: a missing
 * anchor that names it alone ("đảng" beside "kết nạp … hội viên mới") lowers it most.
 */
function anchoredShare(words: IndicatorWords, near: ReadonlySet<string>): number {
  const total = [...words.anchors.values()].reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return 1;
  const present = [...words.anchors].reduce((sum, [word, weight]) => sum + (near.has(word) ? weight : 0), 0);
  return (present / total) ** ANCHOR_POWER;
}

/** Whether the word right after a number counts something other than the indicator does. */
function countsOther(words: IndicatorWords, next: ContextWord | undefined): boolean {
  if (!next || next.crossed || !COUNTERS.has(next.word)) return false;
  const same = (word: string | undefined) =>
    word !== undefined && (SAME_COUNTERS[word] ?? word) === (SAME_COUNTERS[next.word] ?? next.word);
  return !same(words.unitWords[0]) && !same(words.after[0]);
}

/** How strongly a table cell (or a heading) names the indicator: its pairs found there, lessened by missing anchors. */
export function scoreName(words: IndicatorWords, text: string): number {
  const folded = memberWords(foldWords(expandAbbreviations(text)));
  const found = new Set(pairsOf(folded));
  let score = 0;
  for (const [pair, weight] of words.pairs) if (found.has(pair)) score += weight;
  return score * anchoredShare(words, new Set(folded));
}

/** Context words in the text's order with "đoàn viên" read as "hội viên". */
function normalised(context: readonly ContextWord[]): ContextWord[] {
  const words = memberWords(context.map((word) => word.word));
  return context.map((word, index) => ({ ...word, word: words[index] ?? word.word }));
}

/** The pairs of words in context words given in the text's order, each once, at its best weight. */
function pairScore(words: IndicatorWords, context: readonly ContextWord[], side: "left" | "right"): number {
  const best = new Map<string, number>();
  for (let index = 0; index + 1 < context.length; index += 1) {
    const [first, second] = [context[index] as ContextWord, context[index + 1] as ContextWord];
    const pair = `${first.word} ${second.word}`;
    const weight = words.pairs.get(pair);
    if (weight === undefined) continue;
    // The word of the pair nearer the number says how near the pair is.
    const near = side === "left" ? second : first;
    const far = side === "left" ? first : second;
    const factor = (far.crossed ? 0.5 : 1) / (1 + 0.15 * near.distance);
    best.set(pair, Math.max(best.get(pair) ?? 0, weight * factor));
  }
  return [...best.values()].reduce((sum, value) => sum + value, 0);
}

function pairsOf(words: readonly string[]): string[] {
  return words.slice(1).map((word, index) => `${words[index]} ${word}`);
}
