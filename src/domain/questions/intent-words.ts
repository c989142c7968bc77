import type { TextSection } from "../submission/draft.js";

// Every pattern here runs on folded text (no diacritics, lower case): people type both ways.

/** A request for help, alone in the message. */
export const HELP = /^(?:(?:\/?help(?: me)?|\/?tro ?giup|huong dan|hoi gi|hoi the nao|giup|menu|what can i (?:ask|do))[?!. ]*|\?+)$/;
/** Who has submitted, who has not, the deadline. */
export const PROGRESS =
  /\b(?:chua nop|da nop|ai nop|tien do|con thieu|nop chua|status|han nop|chua gui|da gui|ai chua|nao chua|con ai|chua bao cao|chua nhap|du chua|no bao cao|bao cao chua|(?:ai|nao) da nhap|progress|submitted|missing)\b/;
/**
 * How last quarter's tasks were carried out: "đã làm được gì trong số nhiệm vụ quý trước",
 * "tiến độ thực hiện nhiệm vụ quý III", "các đơn vị thực hiện nhiệm vụ thế nào". A verb of doing
 * goes with "nhiệm vụ"; "nhiệm vụ quý tới" alone asks for the texts.
 */
export const TASK_FOLLOW_UP =
  /\b(?:thuc hien|lam duoc|hoan thanh|da lam|tien do)\b.*\bnhiem vu\b|\bnhiem vu\b.*\b(?:thuc hien|hoan thanh|lam duoc|tien do)\b|\b(?:task follow.?up|tasks? (?:done|completed|followed up)|follow.?through|progress on (?:the )?tasks)\b/;
/** When a report was submitted: "Hội Nông dân nộp lúc nào", "khi nào Tỉnh đoàn gửi". */
export const WHEN_SUBMITTED =
  /\b(?:nop|gui)\b.*\b(?:luc nao|khi nao|hom nao|ngay nao|bao gio|may gio)\b|\b(?:luc nao|khi nao|hom nao|ngay nao|bao gio)\b.*\b(?:nop|gui)\b|\bwhen (?:did|was)\b/;
/** A comparison with another period. */
export const COMPARE = /\b(?:so sanh|so voi|cung k[yi]|tang giam|tang hay giam|thay doi|compare|vs|versus)\b/;
/** "Cùng kỳ" (also spelled "cùng kì"): the same period a year earlier. */
export const SAME_LAST_YEAR = /\b(?:cung k[yi]|same (?:period|quarter|time) last year)\b/;
/** Words that put the period right after them on the other side of a comparison: "so với quý 3", "và quý 4 năm 2023". */
export const AGAINST = /\b(?:so voi|voi|va|and|with|than|vs|versus)\s+$/;
/** Of these, the words that only join two periods ("quý 3 và quý 4"), saying neither is the baseline. */
export const JOINED = /\b(?:va|and)\s+$/;
/** Words that ask for figures even when nothing else is named. */
export const RESULTS = /\b(?:ket qua|kq|so lieu|bao nhieu|tong hop|tong so|tong|thanh tich|bao cao|chi tieu|results?)\b/;
/** A forecast: the bot answers from submitted figures only, so it cannot give one. */
export const FORECAST =
  /\b(?:du bao|du doan|du kien|uoc tinh|uoc dat|se dat|se co|se duoc|se ket nap|se tang|se giam|se la|kha nang dat|forecasts?|predict(?:ion)?s?|projections?|will (?:be|reach|have))\b/;

/** The verbs of submitting or correcting a report, and which of them mean correcting. */
const SUBMIT_VERB = "(?:nop|gui|nhap|khai|dien|sua|chinh sua|cap nhat|dieu chinh|bo sung)";
const CORRECT_VERB = /\b(?:sua|chinh sua|cap nhat|dieu chinh|bo sung|lai|correct|fix|update|change)\b/;
/** "nộp báo cáo", "tôi muốn sửa số liệu", "em cần nhập lại": a wish, said at the start of the message. */
const SUBMIT_WISH = new RegExp(
  String.raw`^(?:(?:toi|em|minh|anh|chi|chung toi|ben em|don vi (?:toi|em|minh))\s+)?(?:(?:muon|can|se|xin|dinh|phai|dang|cho (?:toi|em|minh)|cho)\s+)*${SUBMIT_VERB}(?:\s+lai)?(?:\s+(?:bao cao|bc|so lieu|chi tieu|lai)\b|\s*[.!]*$)`,
);
/** "làm sao để nộp", "cách sửa số liệu", "how do I submit". */
const SUBMIT_HOW = new RegExp(String.raw`\b(?:lam sao|lam the nao|the nao|cach|huong dan)(?:\s+de)?\s+${SUBMIT_VERB}\b`);
const SUBMIT_ENGLISH = /^(?:i (?:want|need|would like) to |how (?:do|can) i |let me |can i )?(?:submit|correct|fix|update|enter)\b/;
/** What makes a sentence that starts like a wish a question about progress instead: "nộp chưa", "đã gửi rồi". */
const STATUS_PARTICLE = /\b(?:chua|roi|ai|nao)\b/;

/**
 * Whether a message says the person wants to submit or correct their report, and which; undefined
 * when it does not ("ai chưa nộp" asks about others).
 */
export function submitWish(folded: string): { correction: boolean } | undefined {
  const wish = (SUBMIT_WISH.test(folded) && !STATUS_PARTICLE.test(folded)) || SUBMIT_HOW.test(folded) || SUBMIT_ENGLISH.test(folded);
  return wish ? { correction: CORRECT_VERB.test(folded) } : undefined;
}

/** Greetings and thanks, as whole phrases. */
const HELLO = /\b(?:xin chao|chao|hello|hi|hey|alo|a lo|good (?:morning|afternoon|evening))\b/g;
const THANKS = /\b(?:cam on|cam ta|thanks?(?: you)?|thank u|tks|thx)\b/g;
/** Words that may stand around a greeting without asking anything: "chào bot ạ", "cảm ơn anh nhiều nhé". */
const COURTESY = new Set(
  (
    "a ad admin anh chi em ban bot tro ly ong ba bac co chu thay minh moi nguoi ca nha oi nhe nha nhieu nhiu rat " +
    "buoi sang chieu toi tot lanh ok oke okay vang da ha nhe you so much very lot all there everyone"
  ).split(" "),
);

/** "hello" or "thanks" when the whole message is a greeting or thanks, undefined when it asks anything. */
export function courtesyOf(folded: string): "hello" | "thanks" | undefined {
  const withoutThanks = folded.replace(THANKS, " ");
  const rest = withoutThanks.replace(HELLO, " ");
  if (rest === folded) return undefined;
  const words = rest
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(" ")
    .filter(Boolean);
  if (!words.every((word) => COURTESY.has(word))) return undefined;
  return withoutThanks === folded ? "hello" : "thanks";
}

/** The words that ask for each text section of the reports. */
const SECTION_WORDS: readonly [TextSection, RegExp][] = [
  ["highlights", /\b(?:noi bat|diem sang|diem nhan|lam duoc gi|highlights?|achievements?)\b/],
  ["limitations", /\b(?:han che|kho khan|vuong mac|ton tai|bat cap|yeu kem|limitations?|difficult(?:y|ies)|problems?|obstacles?)\b/],
  ["proposals", /\b(?:kien nghi|de xuat|de nghi gi|proposals?|recommendations?|requests?)\b/],
  ["next_tasks", /\b(?:nhiem vu|ke hoach|phuong huong|trong tam|se lam gi|next tasks?|plans?)\b/],
];

/**
 * The text sections a question asks for ("Hội Nông dân có kiến nghị gì", "khó khăn của các đơn
 * vị"), in the reports' order. A word that is part of a name the question also names ("Quỹ hỗ trợ
 * hộ khó khăn") asks for that figure, not for the section: `names` are the folded names found.
 */
export function textSectionsIn(folded: string, names: readonly string[]): TextSection[] {
  return SECTION_WORDS.filter(([, pattern]) => {
    const word = pattern.exec(folded)?.[0];
    return word !== undefined && !names.some((name) => name.includes(word));
  }).map(([section]) => section);
}

/** "nhiều nhất", and "nhiều X nhất" with the figure between: "kết nạp nhiều hội viên nhất". */
const MOST = /\b(?:(?:nhieu|cao|lon)(?: \S+){0,6} nhat|dan dau|dung dau|top|most|highest|largest)\b/;
const LEAST = /\b(?:(?:it|thap|nho)(?: \S+){0,6} nhat|dung cuoi|cuoi bang|least|lowest|fewest|smallest)\b/;
const RANK = /\b(?:xep hang|thu hang|xep thu tu|sap xep|bang xep hang|rank(?:ing|ed)?)\b/;
/** Between named organisations: "Hội Nông dân hay Hội Phụ nữ kết nạp nhiều hơn". */
const COMPARATIVE = /\b(?:(?:nhieu|it|cao|thap)(?: \S+){0,4} hon|more|fewer|less)\b/;

/**
 * Whether a question ranks organisations, and what it wants named: the top ("đơn vị nào … nhiều
 * nhất"), the bottom ("ít nhất"), or the whole order ("xếp hạng các đơn vị theo …", or "nhiều
 * hơn" between organisations it names).
 */
export function rankingOrder(folded: string, organisationsNamed: number): "most" | "least" | "all" | undefined {
  if (RANK.test(folded)) return "all";
  const least = LEAST.exec(folded)?.index ?? Number.POSITIVE_INFINITY;
  const most = MOST.exec(folded)?.index ?? Number.POSITIVE_INFINITY;
  if (least < most) return "least";
  if (most < least) return "most";
  return organisationsNamed >= 2 && COMPARATIVE.test(folded) ? "all" : undefined;
}
