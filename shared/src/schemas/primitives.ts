import * as z from "zod";
import { isBusinessDate } from "../time.ts";

/** Platforms Tongshu reads. Tmall shops are their own platform id even though they share Taobao's back office. */
export const PlatformSchema = z.enum(["taobao", "tmall", "jd", "pdd"]);
export type Platform = z.infer<typeof PlatformSchema>;
export const PLATFORMS = PlatformSchema.options;

/**
 * Platform ids are strings, digit for digit as the platform shows them: Taobao's 19-digit
 * order ids do not survive a trip through a JS number, so a number here is always a bug.
 */
export const IdSchema = z
  .string()
  .min(1, "id must not be empty")
  .max(64, "id is longer than 64 characters")
  .regex(/^[A-Za-z0-9_.:-]+$/, "id may hold only letters, digits and _ . : -");

/** Integer fen (分). Floats are rejected: money never goes through binary fractions. */
export const FenSchema = z
  .number()
  .int("money must be an integer number of fen")
  .min(0, "amount must not be negative")
  .max(Number.MAX_SAFE_INTEGER);

/** Signed integer fen, for settlement entries (income positive, deductions negative). */
export const SignedFenSchema = z
  .number()
  .int("money must be an integer number of fen")
  .min(Number.MIN_SAFE_INTEGER)
  .max(Number.MAX_SAFE_INTEGER);

/** A count (visitors, clicks, units): a non-negative integer. */
export const CountSchema = z
  .number()
  .int("count must be an integer")
  .min(0)
  .max(Number.MAX_SAFE_INTEGER);

// Instants are UTC epoch ms. The bounds catch seconds-for-milliseconds mix-ups and garbage;
// the Worker also rejects instants in the future relative to its own clock.
const MIN_INSTANT = Date.UTC(2003, 0, 1); // Taobao opened in 2003
const MAX_INSTANT = Date.UTC(2100, 0, 1);
export const InstantSchema = z
  .number()
  .int("instant must be integer epoch milliseconds")
  .min(MIN_INSTANT, "instant is before 2003 (seconds instead of milliseconds?)")
  .max(MAX_INSTANT, "instant is after 2100");

/** A business day: a calendar date in Asia/Shanghai, "YYYY-MM-DD". */
export const BusinessDateSchema = z
  .string()
  .refine(isBusinessDate, "date must be a real calendar date as YYYY-MM-DD");

/** Free text from a platform page (titles, SKU text, reasons): bounded, never HTML-trusted. */
export const TextSchema = (max: number) =>
  z.string().max(max, `text is longer than ${max} characters`);

export const SourceSchema = z.object({
  url: z.string().min(1).max(2048),
  /** Parser name and version, e.g. "taobao/sold-orders@1". */
  parser: z
    .string()
    .regex(/^[a-z0-9\-/]+@\d+$/, 'parser must look like "platform/name@version"')
    .max(100),
});
export type Source = z.infer<typeof SourceSchema>;

/** Fields every canonical record carries. */
export const RecordBaseSchema = z.object({
  platform: PlatformSchema,
  shopId: IdSchema,
  capturedAt: InstantSchema,
  source: SourceSchema,
});
