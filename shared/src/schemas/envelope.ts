import * as z from "zod";
import { IdSchema, InstantSchema, PlatformSchema } from "./primitives.ts";

/** The shop a capture belongs to, as learned from the page session. */
export const ShopRefSchema = z.object({
  platform: PlatformSchema,
  shopId: IdSchema,
  shopName: z.string().max(200).nullable(),
});
export type ShopRef = z.infer<typeof ShopRefSchema>;

/**
 * What the page hook hands on: one response the page itself received, unparsed. `responseBody`
 * stays text because Taobao sends 18–19 digit ids as bare JSON numbers that JSON.parse rounds.
 */
export const CaptureEnvelopeSchema = z.object({
  url: z.string().url().max(4096),
  method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE", "DOM"]),
  requestBody: z.string().max(1_000_000).nullable(),
  status: z.number().int().min(0).max(999),
  responseBody: z.string().max(20_000_000),
  capturedAt: InstantSchema,
  shop: ShopRefSchema.nullable(),
});
export type CaptureEnvelope = z.infer<typeof CaptureEnvelopeSchema>;
