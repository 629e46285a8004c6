import * as z from "zod";
import { RecordKindSchema } from "../schemas/record.ts";
import { PlatformSchema } from "../schemas/primitives.ts";

/** What the workspace holds, per shop and record kind: the honest answer before reports exist. */
export const KindCoverageSchema = z.object({
  kind: RecordKindSchema,
  records: z.number().int(),
  /** First and last business day the records cover (null when the kind has no dates). */
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  lastCapturedAt: z.number().int().nullable(),
});
export type KindCoverage = z.infer<typeof KindCoverageSchema>;

export const ShopCoverageSchema = z.object({
  platform: PlatformSchema,
  shopId: z.string(),
  shopName: z.string().nullable(),
  kinds: z.array(KindCoverageSchema),
});
export type ShopCoverage = z.infer<typeof ShopCoverageSchema>;

/** GET /api/v1/coverage */
export const CoverageResponseSchema = z.object({ shops: z.array(ShopCoverageSchema) });
export type CoverageResponse = z.infer<typeof CoverageResponseSchema>;
