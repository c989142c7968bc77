import type { IndicatorKind } from "../catalog/catalog.js";
import {
  bestFitting,
  findNamesInText,
  foldWords,
  type NamedCandidate,
  type NameSpan,
  overlaps,
  strongestSpans,
} from "../text/match-name.js";

/** An indicator as questions name it; its kind tells a total ("tổng số hội viên") from a flow. */
export interface IndicatorCandidate extends NamedCandidate<string> {
  kind?: IndicatorKind | undefined;
}

/** What a question names, and what it names that the bloc does not have. */
export interface NamesRead {
  organisationIds: string[];
  indicatorIds: string[];
  /** The folded names of the indicators found: a section word inside one of them is part of the figure's name. */
  indicatorNames: string[];
  /** An organisation named that is not in the bloc ("Hội Người cao tuổi"), as typed. */
  unknownOrganisation?: string;
  /** A figure asked for that the catalog does not have, as typed, with the indicators closest to it. */
  unknownIndicator?: { name: string; nearest: string[] };
}

/** Words that open a figure asked for: "bao nhiêu hộ thoát nghèo", "số nhà tình nghĩa". */
const QUANTITY_WORDS = ["bao nhieu", "so luong", "tong so", "co may", "how many", "how much", "number of"];
/** Words that say the level is asked, not a flow: "tổng số hội viên" is the membership, not the members admitted. */
const LEVEL_WORDS = ["tong so", "tong", "hien co", "hien nay", "hien tai", "toan bo", "total"];
/** Words that only say "the figure of" in front of a name; next to another name they do not name one of their own. */
const GENERIC_WORDS = new Set(["tong so", "tong", "so luong", "so", "ket nap", "phat trien"]);
/** Words that end the name of a figure or an organisation typed in a question. */
const STOP_WORDS = new Set(
  (
    "quy q nam thang ca cua co da duoc bao nhieu ket qua trong tai o the nao gi la va voi so nop chua roi hay hoac hien tong " +
    "nhu thi dang se can phai cho nhung cac tren den tu ve khi ma con vay duoc nhe a of in for the by and or"
  ).split(" "),
);
/** Words after "hội" that make a common word, not an association's name: "hội viên", "hội nghị". */
const NOT_ASSOCIATION = new Set("vien nghi thao thi cho dong phi quan nhap tu truong y hop dien khoe so du".split(" "));
/** Words before "hội" that make a common word: "xã hội", "đại hội", "chi hội". */
const BEFORE_NOT_ASSOCIATION = new Set("xa co dai le chi to".split(" "));
/** Words after an opening "số" (folded, also "so") that make another word: "số liệu", "so sánh", "so với". */
const NOT_AFTER_SO = new Set(["lieu", "sanh", "voi", "lai"]);
/** Words that ask for a share, not a count: "tỷ lệ hộ nghèo", "phần trăm". */
const RATE_WORDS = ["ty le", "ti le", "phan tram", "rate", "share", "percent", "percentage"];
/** A figure asked for as one of these is the organisations themselves, not an indicator. */
const NOT_FIGURES = new Set(["don vi", "to chuc", "hoi", "co quan"]);

/**
 * Reads the organisations and indicators a question names. An organisation keeps the words it
 * names more strongly than any indicator's phrase ("tỉnh đoàn", not the "đoàn" of "đoàn viên");
 * the indicators are the best-fitting ones on the words left, so "đoàn viên mới" is not also
 * every indicator with "đoàn viên" in its name. Also finds what the question names that the
 * bloc lacks: an association ("Hội Người cao tuổi"), or a figure ("bao nhiêu hộ thoát nghèo").
 */
export function readNames(
  text: string,
  organisations: readonly NamedCandidate<string>[],
  indicators: readonly IndicatorCandidate[],
): NamesRead {
  const words = foldWords(text);
  const typed = typedWords(text, words);
  const organisationSpans = findNamesInText(text, organisations);
  const indicatorSpans = findNamesInText(text, indicators);
  const isOrganisation = new Set<NameSpan<string>>(organisationSpans);
  const organisationsKept = strongestSpans([...organisationSpans, ...indicatorSpans]).filter((span) => isOrganisation.has(span));
  const free = indicatorSpans.filter((span) => !organisationsKept.some((organisation) => overlaps(span, organisation)));
  const covered = (position: number, list: readonly NameSpan<string>[]) =>
    list.some((span) => span.start <= position && position < span.end);
  const spans = pruned(free, words);
  const fitting = bestFitting(spans);
  const settled = levelOrFlow(fitting, spans, words, typed, indicators);
  const countAsked =
    "ids" in settled ? countOfRate(settled.ids, words, typed, indicators, (position) => covered(position, organisationsKept)) : undefined;
  const reading = countAsked ? { unknown: countAsked } : settled;
  const indicatorIds = "ids" in reading ? reading.ids : [];
  const names = indicators.filter((indicator) => indicatorIds.includes(indicator.id)).flatMap((indicator) => indicator.names);
  const unknownOrganisation = associationNamed(words, typed, (position) => covered(position, organisationsKept) || covered(position, free));
  const unknownIndicator =
    "unknown" in reading
      ? reading.unknown
      : figureNamed(
          words,
          typed,
          (position) => covered(position, organisationsKept),
          (position) => covered(position, indicatorSpans),
        );
  return {
    organisationIds: [...new Set(organisationsKept.map((span) => span.id))],
    indicatorIds,
    indicatorNames: names.map((name) => foldWords(name).join(" ")),
    ...(unknownOrganisation ? { unknownOrganisation } : {}),
    ...(unknownIndicator ? { unknownIndicator } : {}),
  };
}

/** The words as typed, one for each folded word, to quote a name back; the folded ones if they do not line up. */
function typedWords(text: string, folded: readonly string[]): string[] {
  const typed = text
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}\p{M}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  return typed.length === folded.length ? typed : [...folded];
}

/** Whether the words from `start` spell one of `phrases`; its length in words, or 0. */
function phraseAt(words: readonly string[], start: number, phrases: readonly string[]): number {
  for (const phrase of phrases) {
    const length = phrase.split(" ").length;
    if (words.slice(start, start + length).join(" ") === phrase) return length;
  }
  return 0;
}

/**
 * Drops the spans that say less than another name on the same words: one inside a longer span of
 * another indicator ("viên mới" of "Đảng viên mới" inside "hội viên mới"), and one of generic words
 * only ("tổng số", "kết nạp") right next to another indicator's name, whose words they qualify,
 * unless more of its own name is right next to it.
 */
function pruned(spans: readonly NameSpan<string>[], words: readonly string[]): NameSpan<string>[] {
  const length = (span: NameSpan<string>) => span.end - span.start;
  const generic = (span: NameSpan<string>) => GENERIC_WORDS.has(words.slice(span.start, span.end).join(" "));
  const uncontained = spans.filter(
    (span) =>
      !spans.some((other) => other.id !== span.id && other.start <= span.start && span.end <= other.end && length(other) > length(span)),
  );
  const besideName = (span: NameSpan<string>, own: boolean) =>
    uncontained.some(
      (other) => (other.id === span.id) === own && !generic(other) && (other.start === span.end || other.end === span.start),
    );
  // "Tổng số" stays with "Tổng số đoàn viên, hội viên" when the rest of that name follows it.
  return uncontained.filter((span) => !generic(span) || besideName(span, true) || !besideName(span, false));
}

/**
 * Settles indicators found equally on the same words ("hội viên" in "Đoàn viên, hội viên mới"
 * and "Đoàn viên, hội viên giảm"): a stock among the names on those words is what a question
 * without "mới" or "giảm" asks for (how many members there are); with no stock, a question for
 * the level ("tổng số hội viên") asks for a figure the catalog does not have. Otherwise all of
 * them, for the person to see.
 */
function levelOrFlow(
  fitting: string[],
  spans: readonly NameSpan<string>[],
  words: readonly string[],
  typed: readonly string[],
  indicators: readonly IndicatorCandidate[],
): { ids: string[] } | { unknown: { name: string; nearest: string[] } } {
  const coverage = (id: string) =>
    [...new Set(spans.filter((span) => span.id === id).flatMap((span) => range(span.start, span.end)))].sort((a, b) => a - b).join(",");
  const shared = coverage(fitting[0] ?? "");
  if (fitting.length < 2 || !fitting.every((id) => coverage(id) === shared)) return { ids: fitting };
  const onSameWords = [...new Set(spans.map((span) => span.id))].filter((id) => coverage(id) === shared);
  const stocks = onSameWords.filter((id) => indicators.find((indicator) => indicator.id === id)?.kind === "stock");
  if (stocks.length === 1) return { ids: stocks };
  const positions = shared.split(",").map(Number);
  const first = Math.min(...positions);
  const last = Math.max(...positions) + 1;
  const level = range(0, first).findLast((start) => phraseAt(words, start, LEVEL_WORDS) > 0);
  const levelAfter = phraseAt(words, last, LEVEL_WORDS);
  if (level === undefined && levelAfter === 0) return { ids: fitting };
  const from = level ?? first;
  return { unknown: { name: typed.slice(from, last + levelAfter).join(" "), nearest: onSameWords } };
}

/**
 * A count asked for where only a rate of the catalog has those words: "bao nhiêu hộ nghèo" is
 * a number of households, which "Tỷ lệ hộ nghèo trong Hội" (a share) does not answer. The count
 * is a figure the catalog lacks, with the rates as the nearest; undefined when the question
 * names the share ("tỷ lệ", "phần trăm") or asks no count ("hộ nghèo quý 4").
 */
function countOfRate(
  ids: readonly string[],
  words: readonly string[],
  typed: readonly string[],
  indicators: readonly IndicatorCandidate[],
  isOrganisation: (position: number) => boolean,
): { name: string; nearest: string[] } | undefined {
  const rates = ids.filter((id) => indicators.find((indicator) => indicator.id === id)?.kind === "rate");
  if (rates.length === 0 || rates.length !== ids.length) return undefined;
  if (words.some((_, start) => phraseAt(words, start, RATE_WORDS) > 0)) return undefined;
  const asked = figureNamed(words, typed, isOrganisation, () => false);
  return asked ? { name: asked.name, nearest: rates } : undefined;
}

/**
 * An association the question names that is not in the bloc: "hội" and the words after it up to
 * a question word, when none of them is a name the bloc knows ("Hội Người cao tuổi có bao nhiêu
 * hội viên" names "Hội Người cao tuổi").
 */
function associationNamed(words: readonly string[], typed: readonly string[], known: (position: number) => boolean): string | undefined {
  for (const [position, word] of words.entries()) {
    const next = words[position + 1];
    if (word !== "hoi" || known(position) || next === undefined || known(position + 1)) continue;
    if (NOT_ASSOCIATION.has(next) || STOP_WORDS.has(next) || BEFORE_NOT_ASSOCIATION.has(words[position - 1] ?? "")) continue;
    let end = position + 1;
    while (end < words.length && end - position <= 5 && !STOP_WORDS.has(words[end] ?? "") && !known(end) && !/\d/.test(words[end] ?? "")) {
      end += 1;
    }
    return typed.slice(position, end).join(" ");
  }
  return undefined;
}

/**
 * A figure asked for with no indicator of the catalog in its words: the words after "bao
 * nhiêu", "số lượng", "tổng số" (or "số" opening the question) up to a question word or an
 * organisation's name ("bao nhiêu hộ thoát nghèo" asks for "hộ thoát nghèo").
 */
function figureNamed(
  words: readonly string[],
  typed: readonly string[],
  isOrganisation: (position: number) => boolean,
  isIndicator: (position: number) => boolean,
): { name: string; nearest: string[] } | undefined {
  for (let start = 0; start < words.length; start += 1) {
    // "Số" opening a question asks for a figure ("số nhà tình nghĩa"); "số liệu", "so sánh" do not.
    const length =
      phraseAt(words, start, QUANTITY_WORDS) || (start === 0 && words[0] === "so" && !NOT_AFTER_SO.has(words[1] ?? "") ? 1 : 0);
    if (length === 0) continue;
    let end = start + length;
    while (
      end < words.length &&
      end - start - length < 6 &&
      !STOP_WORDS.has(words[end] ?? "") &&
      !isOrganisation(end) &&
      !/\d/.test(words[end] ?? "")
    ) {
      end += 1;
    }
    const phrase = range(start + length, end);
    // "chiếm bao nhiêu phần trăm" asks the share of a figure named elsewhere, not a figure of its own.
    if (phrase.length === 0 || NOT_FIGURES.has(words.slice(start + length, end).join(" ")) || phraseAt(words, start + length, RATE_WORDS))
      continue;
    if (phrase.some(isIndicator)) return undefined;
    return { name: typed.slice(start + length, end).join(" "), nearest: [] };
  }
  return undefined;
}

/** The integers from `from` up to, not including, `to`. */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index);
}
