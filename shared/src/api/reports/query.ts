import * as z from "zod";
import { PlatformSchema } from "../../schemas/primitives.ts";
import { DATE_PRESETS, isBusinessDate } from "../../time.ts";

const DateSchema = z.string().refine(isBusinessDate, "expected a date YYYY-MM-DD");
const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) => s.split(",").filter((x) => x.length > 0))
    .pipe(z.array(item).max(50));

/** A shop as the filters and member scopes name it: "platform:shopId". */
export const ShopKeySchema = z.string().regex(/^(taobao|tmall|jd|pdd):[^,]{1,64}$/);

/**
 * The query every report takes: a Beijing date range (explicit, or a 生意参谋 preset; the default
 * is 近7天), optional platform and shop filters, and `format=csv` for the spreadsheet export.
 */
export const ReportQuerySchema = z.object({
  from: DateSchema.optional(),
  to: DateSchema.optional(),
  preset: z.enum(DATE_PRESETS).optional(),
  platform: list(PlatformSchema).optional(),
  shop: list(ShopKeySchema).optional(),
  format: z.enum(["json", "csv"]).default("json"),
  lang: z.enum(["zh-CN", "en"]).default("zh-CN"),
});
export type ReportQuery = z.infer<typeof ReportQuerySchema>;

const RangeSchema = z.object({ from: z.string(), to: z.string() });

/** What every report response says about the question it answers. */
export const ReportMetaSchema = z.object({
  range: RangeSchema,
  /** 环比 base: the same number of days just before. */
  previous: RangeSchema,
  /** 同比 base: the same dates a year earlier. */
  lastYear: RangeSchema,
  platforms: z.array(PlatformSchema).nullable(),
  shops: z.array(z.string()).nullable(),
  /** Today in Beijing when the report ran, and the instant. */
  today: z.string(),
  generatedAt: z.number().int(),
});
export type ReportMeta = z.infer<typeof ReportMetaSchema>;

const nullableNumber = z.number().nullable();
/** One figure with 环比 and 同比 (see shared/metrics/compare.ts). */
export const ComparedSchema = z.object({
  value: nullableNumber,
  previous: nullableNumber,
  lastYear: nullableNumber,
  vsPrevious: nullableNumber,
  vsLastYear: nullableNumber,
});
