import { z } from "zod";
import { foldText } from "../text/fold.js";
import type { BlocCatalog, CatalogIndicator, IndicatorKind } from "./catalog.js";

const text = (what: string) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? "required" : `must be text (${what})`),
    })
    .trim()
    .min(1, "must not be empty");

const optionalText = z.string().trim().min(1).optional();

const code = z
  .string({ error: (issue) => (issue.input === undefined ? "required" : "must be text") })
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, "must be letters, digits and _ (e.g. HV_MOI)")
  .transform((value) => value.toUpperCase());

const decimal = z.union([z.number().finite(), z.string().regex(/^-?\d+(\.\d+)?$/, "must be a number like 1500 or 2.5")]).transform(String);

const periodKey = z.string().regex(/^\d{4}-Q[1-4]$/, 'must be a quarter like "2025-Q3"');

/** "aggregate" as the acceptance files write it, mapped onto the indicator kind. */
const AGGREGATE_KINDS: Record<string, IndicatorKind> = { sum: "flow", last: "stock", none: "rate" };

const organisation = z.object({
  code,
  name: text("the organisation's full name"),
  short_name: optionalText,
  aliases: z.array(z.string().trim().min(1)).default([]),
});

const indicator = z
  .object({
    code,
    name: text("the indicator's name"),
    name_en: optionalText,
    aliases: z.array(z.string().trim().min(1)).default([]),
    unit: text('e.g. "người", "triệu đồng", "%"'),
    kind: z.enum(["flow", "stock", "rate"]).optional(),
    aggregate: z.enum(["sum", "last", "none"]).optional(),
    integer: z.boolean().optional(),
    min: decimal.optional(),
    max: decimal.optional(),
    orgs: z.array(code).min(1, "must name at least one organisation"),
    help: optionalText,
    summary: optionalText,
    phrase: optionalText,
    loss: z.boolean().optional(),
    first_quarter: periodKey.optional(),
    last_quarter: periodKey.optional(),
  })
  .transform((value): CatalogIndicator => {
    const kind = value.kind ?? (value.aggregate ? AGGREGATE_KINDS[value.aggregate] : undefined) ?? "flow";
    return {
      code: value.code,
      name: value.name,
      nameEn: value.name_en,
      aliases: value.aliases,
      unit: value.unit,
      kind,
      integer: value.integer ?? !/đồng|%|tỷ|tỉ/i.test(value.unit),
      min: value.min ?? "0",
      max: value.max ?? (value.unit.trim() === "%" ? "100" : undefined),
      organisations: value.orgs,
      help: value.help,
      summary: value.summary,
      phrase: value.phrase,
      loss: value.loss ?? false,
      firstQuarter: value.first_quarter,
      lastQuarter: value.last_quarter,
    };
  });

const schedule = z
  .object({
    opens_on_day_of_last_month: z.number().int().min(1).max(28).default(1),
    deadline_day_of_next_month: z.number().int().min(1).max(28).default(15),
    opens_days_before_meeting: z.number().int().min(1).max(90).default(20),
    deadline_days_before_meeting: z.number().int().min(0).max(60).default(5),
    reminder_offsets_days: z.array(z.number().int().min(0).max(60)).default([5, 2, 0]),
    reminder_hour: z.number().int().min(6).max(20).default(8),
  })
  .refine((value) => value.deadline_days_before_meeting < value.opens_days_before_meeting, {
    message: "deadline_days_before_meeting must be less than opens_days_before_meeting",
  })
  .default({
    opens_on_day_of_last_month: 1,
    deadline_day_of_next_month: 15,
    opens_days_before_meeting: 20,
    deadline_days_before_meeting: 5,
    reminder_offsets_days: [5, 2, 0],
    reminder_hour: 8,
  });

const meeting = z.object({
  period: z.string().regex(/^\d{4}-Q[1-4]$/, 'must be a quarter like "2023-Q4"'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like "2023-11-28"'),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like "08:00"')
    .optional(),
  place: z.string().trim().min(1).optional(),
  chair: z.string().trim().min(1).optional(),
});

const blocHeader = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/, "must be lower case letters, digits and -")
    .optional(),
  name: text("the bloc's name"),
  area: optionalText,
  convener: optionalText,
  level: z.enum(["province", "commune"]).optional(),
  timezone: z.string().default("Asia/Ho_Chi_Minh"),
  group_chat_id: z.union([z.number().int(), z.string().regex(/^-?\d+$/)]).optional(),
});

/**
 * One bloc as a file describes it. The acceptance scenarios' layout (`bloc` as a name,
 * `group_chat_id`, `convener` and `catalog: { organisations, indicators }` beside it) is accepted too.
 */
const blocDocument = z.preprocess(
  (input) => {
    if (typeof input !== "object" || input === null) return input;
    const doc = input as Record<string, unknown>;
    const nested = (doc.catalog ?? {}) as Record<string, unknown>;
    const header = typeof doc.bloc === "string" ? { name: doc.bloc, group_chat_id: doc.group_chat_id, convener: doc.convener } : doc.bloc;
    return {
      bloc: header,
      schedule: doc.schedule,
      meetings: doc.meetings,
      organisations: doc.organisations ?? nested.organisations,
      indicators: doc.indicators ?? nested.indicators,
    };
  },
  z.object({
    bloc: blocHeader,
    schedule,
    meetings: z.array(meeting).default([]),
    organisations: z.array(organisation).min(1, "must list at least one organisation"),
    indicators: z.array(indicator).min(1, "must list at least one indicator"),
  }),
);

const catalogDocument = z.union([z.object({ blocs: z.array(blocDocument).min(1) }), blocDocument]);

/** A catalog file that does not validate; the message lists each problem by its path. */
export class CatalogError extends Error {
  override name = "CatalogError";
}

/**
 * Validates a parsed catalog document (one bloc, `{ blocs: [...] }`, or an acceptance file)
 * and returns the blocs it configures. Throws CatalogError naming each problem by its path,
 * e.g. `indicators[3].unit: required`.
 */
export function parseCatalog(document: unknown): BlocCatalog[] {
  const parsed = catalogDocument.safeParse(document);
  if (!parsed.success) throw new CatalogError(describeIssues(bestIssues(parsed.error)));
  const docs = "blocs" in parsed.data ? parsed.data.blocs : [parsed.data];
  return docs.map((doc, index) => toBloc(doc, docs.length > 1 ? `blocs[${index}].` : ""));
}

type BlocDocument = z.output<typeof blocDocument>;

function toBloc(doc: BlocDocument, prefix: string): BlocCatalog {
  const problems: string[] = [];
  const orgCodes = new Set<string>();
  doc.organisations.forEach((org, index) => {
    if (orgCodes.has(org.code)) problems.push(`${prefix}organisations[${index}].code: "${org.code}" is listed twice`);
    orgCodes.add(org.code);
  });
  const indicatorCodes = new Set<string>();
  doc.indicators.forEach((item, index) => {
    if (indicatorCodes.has(item.code)) problems.push(`${prefix}indicators[${index}].code: "${item.code}" is listed twice`);
    indicatorCodes.add(item.code);
    for (const org of item.organisations)
      if (!orgCodes.has(org)) problems.push(`${prefix}indicators[${index}].orgs: "${org}" is not an organisation of this bloc`);
  });
  if (problems.length > 0) throw new CatalogError(problems.join("\n"));
  const name = doc.bloc.name;
  return {
    code:
      doc.bloc.code ??
      foldText(name)
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, ""),
    name,
    area: doc.bloc.area ?? areaOf(name).area,
    convener: doc.bloc.convener,
    level: doc.bloc.level ?? areaOf(name).level,
    timezone: doc.bloc.timezone,
    groupChat: doc.bloc.group_chat_id === undefined ? undefined : `telegram:${doc.bloc.group_chat_id}`,
    schedule: {
      opensOnDayOfLastMonth: doc.schedule.opens_on_day_of_last_month,
      deadlineDayOfNextMonth: doc.schedule.deadline_day_of_next_month,
      opensDaysBeforeMeeting: doc.schedule.opens_days_before_meeting,
      deadlineDaysBeforeMeeting: doc.schedule.deadline_days_before_meeting,
      reminderOffsetsDays: doc.schedule.reminder_offsets_days,
      reminderHour: doc.schedule.reminder_hour,
    },
    meetings: doc.meetings.map((item) => ({
      period: item.period,
      date: item.date,
      time: item.time,
      place: item.place,
      chair: item.chair,
    })),
    organisations: doc.organisations.map((org) => ({
      code: org.code,
      name: org.name,
      shortName: org.short_name,
      aliases: org.aliases,
    })),
    indicators: doc.indicators,
  };
}

/** "Khối … tỉnh Gia Lai" → "tỉnh Gia Lai": the place the bloc's titles name. */
/**
 * The area a bloc's name ends with ("… tỉnh Gia Lai" → "tỉnh Gia Lai") and its level: the last
 * "tỉnh", "thành phố", "xã", "phường" or "đặc khu" in it, never the "xã" of "chính trị - xã hội".
 */
function areaOf(blocName: string): { area: string; level: "province" | "commune" } {
  const words = [...blocName.matchAll(/(?<!\S)(tỉnh|thành phố|xã|phường|đặc khu)(?=\s)/giu)].filter(
    (match) => !/^xã\s+hội/iu.test(blocName.slice(match.index)),
  );
  const last = words.at(-1);
  if (!last) return { area: blocName, level: "province" };
  const word = (last[1] ?? "").toLowerCase();
  return { area: blocName.slice(last.index), level: word === "tỉnh" || word === "thành phố" ? "province" : "commune" };
}

function bestIssues(error: z.ZodError): z.core.$ZodIssue[] {
  // A union reports every branch; the single-bloc branch names the useful paths.
  const union = error.issues.find((issue) => issue.code === "invalid_union");
  if (union && union.code === "invalid_union") return union.errors.at(-1) ?? error.issues;
  return error.issues;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const path = issue.path
        .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index > 0 ? "." : ""}${String(part)}`))
        .join("")
        .replace(/^\./, "");
      return `${path || "catalog"}: ${issue.message}`;
    })
    .join("\n");
}
