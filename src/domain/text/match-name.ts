import { foldText } from "./fold.js";

/** Something people name: an organisation or an indicator, with every name it goes by. */
export interface NamedCandidate<T extends string> {
  id: T;
  /** Full name, short name, code and aliases, as configured (with or without diacritics). */
  names: readonly string[];
}

/** The outcome of naming one thing: found, several fit equally, or nothing fits. */
export type NameMatch<T extends string> = { kind: "match"; id: T } | { kind: "ambiguous"; ids: T[] } | { kind: "none"; suggestions: T[] };

/** A name found inside a longer text, by word positions. */
export interface NameSpan<T extends string> {
  id: T;
  /** First word and one past the last word of the match, in the folded text's words. */
  start: number;
  end: number;
  /** How strong the match is alone: words matched, times the share of the name they are, less typos. */
  score: number;
  /** The folded name (or alias, or initials) matched, its number of words, and where in it the match begins. */
  name: string;
  nameWords: number;
  from: number;
  /** Typos forgiven in the match. */
  distance: number;
}

/** Words that end names of a level's organisations and are often left out: "Hội Nông dân (tỉnh)". */
const LEVEL_WORDS = new Set(["tinh", "xa", "phuong", "thanh pho", "dac khu"]);
/** Sub-windows of a long name shorter than this are too common to identify it ("hoi vien"). */
const MIN_WINDOW_WORDS = 2;

/** Folds a text to words: no diacritics, lower case, punctuation dropped. */
export function foldWords(text: string): string[] {
  return foldText(text)
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(" ")
    .filter(Boolean);
}

/** The word that opens the names of the associations ("Hội Liên hiệp Phụ nữ"), kept before initials ("Hội LHPN"). */
const ASSOCIATION_WORD = "hoi";

/**
 * Every folded form of a name: itself, without its level word and the place after it ("Hội Nông
 * dân tỉnh Đắk Lắk" is also "hội nông dân"), the initials of names of three
 * words or more ("hnd"), and for an association "Hội" with the initials of the rest ("hội
 * lhpn", and "lhpn" alone when the rest has three words or more), as people write them.
 */
function variantsOf(name: string): string[][] {
  const words = foldWords(name);
  const variants = [words];
  const level = words.findIndex((word, index) => index >= 2 && LEVEL_WORDS.has(word));
  if (level > 0) variants.push(words.slice(0, level));
  const initials = (variant: string[]) => variant.map((word) => word[0]).join("");
  for (const variant of [...variants]) {
    if (variant.length >= 3) variants.push([initials(variant)]);
    const rest = variant.slice(1);
    if (variant[0] === ASSOCIATION_WORD && rest.length >= 2) {
      variants.push([ASSOCIATION_WORD, initials(rest)]);
      if (rest.length >= 3) variants.push([initials(rest)]);
    }
  }
  return variants;
}

/** Rows of the edit-distance table, reused: distances are computed for every phrase of every question. */
let olderRow = new Int32Array(64);
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * Edit distance between two strings, a swap of two neighbouring letters ("chein") counting as
 * one edit like any other typo (optimal string alignment); when it exceeds `limit`, some number
 * above `limit`. Only a band of `limit` cells either side of the diagonal is filled.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (previousRow.length <= b.length) {
    olderRow = new Int32Array(b.length + 1);
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  const band = Number.isFinite(limit) ? limit : Math.max(a.length, b.length);
  const outside = band + 1;
  for (let j = 0; j <= b.length; j += 1) previousRow[j] = j <= band ? j : outside;
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - band);
    const to = Math.min(b.length, i + band);
    currentRow[0] = i <= band ? i : outside;
    if (from > 1) currentRow[from - 1] = outside;
    let rowMin = currentRow[0] as number;
    for (let j = from; j <= to; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previousRow[j] as number) + 1, (currentRow[j - 1] as number) + 1, (previousRow[j - 1] as number) + cost);
      const swapped = i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1);
      if (swapped) value = Math.min(value, (olderRow[j - 2] as number) + 1);
      currentRow[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) currentRow[to + 1] = outside;
    if (rowMin > band) return limit + 1;
    const finished = currentRow;
    currentRow = olderRow;
    olderRow = previousRow;
    previousRow = finished;
  }
  return Math.min(previousRow[b.length] as number, outside);
}

/** Typos forgiven in a text of this length: none in short words, one per eight letters. */
function typoAllowance(length: number): number {
  return Math.floor(length / 8);
}

/** How well a whole query names one folded name variant; 0 when it does not. */
function scoreName(query: string, variant: string[]): number {
  const name = variant.join(" ");
  if (query === name) return 100;
  const padded = ` ${name} `;
  if (query.length >= 3 && padded.includes(` ${query} `)) return 60 + query.split(" ").length;
  const distance = editDistance(query, name, typoAllowance(name.length));
  if (distance <= typoAllowance(name.length)) return 80 - distance;
  return 0;
}

/**
 * Finds what a person named ("hnd", "Hoi Nong Dan", "nông dân", "Hội Nông dâm") among the
 * candidates: exact names and aliases first, then initials, parts of a name and small typos.
 * When several fit equally well, all of them are returned for the person to choose.
 */
export function matchName<T extends string>(query: string, candidates: readonly NamedCandidate<T>[]): NameMatch<T> {
  const folded = foldWords(query).join(" ");
  if (!folded) return { kind: "none", suggestions: [] };
  const scored = candidates.map((candidate) => ({
    id: candidate.id,
    score: Math.max(0, ...candidate.names.flatMap(variantsOf).map((variant) => scoreName(folded, variant))),
  }));
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best === 0) return { kind: "none", suggestions: suggestionsFor(folded, candidates) };
  const ids = scored.filter((entry) => entry.score === best).map((entry) => entry.id);
  return ids.length === 1 ? { kind: "match", id: ids[0] as T } : { kind: "ambiguous", ids };
}

/** The three candidates whose names are closest to what was typed. */
function suggestionsFor<T extends string>(query: string, candidates: readonly NamedCandidate<T>[]): T[] {
  return candidates
    .map((candidate) => ({
      id: candidate.id,
      distance: Math.min(...candidate.names.map((name) => editDistance(query, foldWords(name).join(" ")) / Math.max(1, name.length))),
    }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map((entry) => entry.id);
}

/** A name's phrases worth finding in a text, folded once and remembered: names repeat every question. */
interface Phrase {
  text: string;
  words: number;
  /** The folded name (or alias, or initials) the phrase is taken from, its number of words, and where in it the phrase begins. */
  name: string;
  nameWords: number;
  from: number;
}
const phraseCache = new Map<string, Phrase[]>();

function phrasesOf(name: string): Phrase[] {
  let phrases = phraseCache.get(name);
  if (!phrases) {
    phrases = variantsOf(name).flatMap((variant) =>
      windowsOf(variant.length).map(({ from, words }) => ({
        text: variant.slice(from, from + words).join(" "),
        words,
        name: variant.join(" "),
        nameWords: variant.length,
        from,
      })),
    );
    phraseCache.set(name, phrases);
  }
  return phrases;
}

/** Cost of one forgiven typo, against a match's score: an exact name beats the same name mistyped. */
const TYPO_COST = 0.5;

/**
 * Finds the candidates named inside a free text ("Hội Nông dân quý 3", "quỹ vì người nghèo
 * quý 4"): whole names and aliases, initials, or a run of at least two consecutive words of
 * a longer name, each with a small typo forgiven. Returns every span found; the caller keeps
 * the strongest (`strongestSpans`) or the best-fitting candidates (`bestFitting`).
 */
export function findNamesInText<T extends string>(text: string, candidates: readonly NamedCandidate<T>[]): NameSpan<T>[] {
  const words = foldWords(text);
  // Every run of words in the text by its number of words, with where each occurs.
  const runs = new Map<number, Map<string, number[]>>();
  const runsOf = (length: number) => {
    let byText = runs.get(length);
    if (!byText) {
      byText = new Map();
      for (let start = 0; start + length <= words.length; start += 1) {
        const run = words.slice(start, start + length).join(" ");
        byText.set(run, [...(byText.get(run) ?? []), start]);
      }
      runs.set(length, byText);
    }
    return byText;
  };
  const spans: NameSpan<T>[] = [];
  const add = (id: T, start: number, phrase: Phrase, distance: number) =>
    spans.push({
      id,
      start,
      end: start + phrase.words,
      // A run of two words of an eight-word name says less than a whole two-word name.
      score: (phrase.words * phrase.words) / phrase.nameWords - distance * TYPO_COST,
      name: phrase.name,
      nameWords: phrase.nameWords,
      from: phrase.from,
      distance,
    });
  for (const candidate of candidates) {
    for (const name of candidate.names) {
      for (const phrase of phrasesOf(name)) {
        const byText = runsOf(phrase.words);
        for (const start of byText.get(phrase.text) ?? []) add(candidate.id, start, phrase, 0);
        // Typos are forgiven in whole names only: a typo inside a long name leaves other runs of it exact.
        const allowance = phrase.words === phrase.nameWords && phrase.words >= 2 ? typoAllowance(phrase.text.length) : 0;
        if (allowance === 0) continue;
        for (const [run, starts] of byText) {
          if (run === phrase.text || Math.abs(run.length - phrase.text.length) > allowance) continue;
          const distance = editDistance(run, phrase.text, allowance);
          if (distance <= allowance) for (const start of starts) add(candidate.id, start, phrase, distance);
        }
      }
    }
  }
  return spans;
}

/** The phrases of a name of `length` words: the whole name, and its runs of at least two words, longest first. */
function windowsOf(length: number): { from: number; words: number }[] {
  if (length <= MIN_WINDOW_WORDS) return [{ from: 0, words: length }];
  const windows: { from: number; words: number }[] = [];
  for (let words = length; words >= MIN_WINDOW_WORDS; words -= 1) {
    for (let from = 0; from + words <= length; from += 1) windows.push({ from, words });
  }
  return windows;
}

/** Whether two spans share a word of the text. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Keeps the strongest spans that do not overlap, so "đoàn viên, hội viên mới" names an
 * indicator rather than the Đoàn, and spans as strong as each other on the same words.
 */
export function strongestSpans<T extends string>(spans: readonly NameSpan<T>[]): NameSpan<T>[] {
  const sorted = [...spans].sort((a, b) => b.score - a.score || a.start - b.start);
  const kept: NameSpan<T>[] = [];
  for (const span of sorted) {
    const sameSpanTie = kept.some((other) => other.start === span.start && other.end === span.end && other.score === span.score);
    if (sameSpanTie || !kept.some((other) => overlaps(span, other))) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Scores closer than this are equal: genuinely equal candidates are all returned. */
const EPSILON = 1e-9;

/**
 * The candidates that fit a text best, from the spans of their names found in it: a candidate
 * scores the words of the text its spans cover times the largest share of one of its names they
 * match ("đoàn viên mới" covers three words and most of "Đoàn viên, hội viên mới", only two of
 * "Tổng số đoàn viên"). A candidate is dropped when a better one covers some of the same words;
 * candidates as good as each other are all kept, for the person to see them all.
 */
export function bestFitting<T extends string>(spans: readonly NameSpan<T>[]): T[] {
  const readings = [...groupBy(spans, (span) => span.id)].map(([id, own]) => {
    const words = new Set(own.flatMap((span) => range(span.start, span.end)));
    const shares = [...groupBy(own, (span) => span.name).values()].map((ofName) => {
      const matched = new Set(ofName.flatMap((span) => range(span.from, span.from + span.end - span.start)));
      return matched.size / (ofName[0]?.nameWords ?? 1);
    });
    const typos = Math.max(...own.map((span) => span.distance));
    return { id, words, first: Math.min(...words), score: words.size * Math.max(...shares) - typos * TYPO_COST };
  });
  readings.sort((a, b) => b.score - a.score);
  const kept: typeof readings = [];
  for (const reading of readings) {
    const beaten = kept.some((other) => other.score > reading.score + EPSILON && [...reading.words].some((word) => other.words.has(word)));
    if (!beaten) kept.push(reading);
  }
  return kept.sort((a, b) => a.first - b.first).map((reading) => reading.id);
}

/** Items grouped by a key, in the order keys first appear (Map.groupBy needs Node 21). */
function groupBy<K, V>(items: readonly V[], keyOf: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/** The integers from `from` up to, not including, `to`. */
function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, index) => from + index);
}
