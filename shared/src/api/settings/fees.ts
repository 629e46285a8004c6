import * as z from "zod";
import {
  BusinessDateSchema,
  FenSchema,
  IdSchema,
  PlatformSchema,
} from "../../schemas/primitives.ts";
import { BasisPointsSchema, NO_CONTROL_CHARACTERS, ReplenishmentDaysSchema } from "./common.ts";

// ---------------------------------------------------------------- platform fees

/** PUT /api/v1/settings/platforms/:platform: basis points of net sales, fen per order. */
export const PlatformFeesSchema = z
  .object({
    commissionBp: BasisPointsSchema,
    serviceFeeBp: BasisPointsSchema,
    shippingFenPerOrder: FenSchema.max(
      1_000_000,
      "shipping above ¥10,000 an order: fen, not yuan?",
    ),
  })
  .strict();
export type PlatformFees = z.infer<typeof PlatformFeesSchema>;

export const PlatformSettingsSchema = PlatformFeesSchema.extend({
  platform: PlatformSchema,
  /** True when nothing was set: every figure is 0. */
  isDefault: z.boolean(),
  updatedAt: z.number().int().nullable(),
});
export type PlatformSettings = z.infer<typeof PlatformSettingsSchema>;
/** GET /api/v1/settings/platforms (members who may see costs): every platform. */
export const PlatformSettingsListResponseSchema = z.object({
  platforms: z.array(PlatformSettingsSchema),
});
export type PlatformSettingsListResponse = z.infer<typeof PlatformSettingsListResponseSchema>;
export const PlatformSettingsResponseSchema = z.object({ settings: PlatformSettingsSchema });
export type PlatformSettingsResponse = z.infer<typeof PlatformSettingsResponseSchema>;

// ---------------------------------------------------------------- report defaults

/** PUT /api/v1/settings/report */
export const ReportSettingsValuesSchema = z
  .object({
    leadTimeDays: ReplenishmentDaysSchema,
    safetyStockDays: ReplenishmentDaysSchema,
    slowMovingDays: z.number().int().min(1).max(365),
    overstockDays: z.number().int().min(1).max(730),
  })
  .strict();
export type ReportSettingsValues = z.infer<typeof ReportSettingsValuesSchema>;
export const ReportSettingsSchema = ReportSettingsValuesSchema.extend({
  isDefault: z.boolean(),
  updatedAt: z.number().int().nullable(),
});
export type ReportSettings = z.infer<typeof ReportSettingsSchema>;
/** GET and PUT /api/v1/settings/report */
export const ReportSettingsResponseSchema = z.object({ settings: ReportSettingsSchema });
export type ReportSettingsResponse = z.infer<typeof ReportSettingsResponseSchema>;

// ---------------------------------------------------------------- other costs

export const OTHER_COST_CATEGORIES = ["rent", "salary", "packaging", "marketing", "other"] as const;
export const OtherCostCategorySchema = z.enum(OTHER_COST_CATEGORIES);
export type OtherCostCategory = z.infer<typeof OtherCostCategorySchema>;

/** POST /api/v1/settings/other-costs: no platform = the whole workspace; a shop needs its platform. */
export const CreateOtherCostRequestSchema = z
  .object({
    date: BusinessDateSchema,
    platform: PlatformSchema.optional(),
    shopId: IdSchema.optional(),
    category: OtherCostCategorySchema,
    amountFen: FenSchema.min(1, "amount must be positive"),
    note: z
      .string()
      .trim()
      .max(200)
      .regex(NO_CONTROL_CHARACTERS, "no control characters")
      .optional(),
  })
  .strict()
  .refine((b) => b.shopId === undefined || b.platform !== undefined, {
    message: "a shop needs its platform",
    path: ["platform"],
  });
export type CreateOtherCostRequest = z.input<typeof CreateOtherCostRequestSchema>;

export const OtherCostSchema = z.object({
  id: z.string(),
  date: z.string(),
  platform: PlatformSchema.nullable(),
  shopId: z.string().nullable(),
  category: OtherCostCategorySchema,
  amountFen: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.number().int(),
  createdBy: z.string(),
});
export type OtherCost = z.infer<typeof OtherCostSchema>;

/** GET /api/v1/settings/other-costs?from=&to= (both or neither; neither = every entry). */
export const OtherCostQuerySchema = z
  .object({ from: BusinessDateSchema.optional(), to: BusinessDateSchema.optional() })
  .refine((q) => (q.from === undefined) === (q.to === undefined), "give both from and to")
  .refine((q) => !q.from || !q.to || q.from <= q.to, "from must not be after to");
export const OtherCostListResponseSchema = z.object({ otherCosts: z.array(OtherCostSchema) });
export type OtherCostListResponse = z.infer<typeof OtherCostListResponseSchema>;
export const OtherCostResponseSchema = z.object({ otherCost: OtherCostSchema });
export type OtherCostResponse = z.infer<typeof OtherCostResponseSchema>;
