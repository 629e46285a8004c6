import * as z from "zod";
import {
  CountSchema,
  FenSchema,
  IdSchema,
  InstantSchema,
  RecordBaseSchema,
  TextSchema,
} from "./primitives.ts";

export const OrderStatusSchema = z.enum([
  "unpaid",
  "paid",
  "shipped",
  "completed",
  "cancelled",
  "refunding",
  "refunded",
]);
export type OrderStatus = z.infer<typeof OrderStatusSchema>;

export const LineRefundStatusSchema = z.enum(["none", "refunding", "refunded"]);
export type LineRefundStatus = z.infer<typeof LineRefundStatusSchema>;

export const OrderLineSchema = z.object({
  lineId: IdSchema,
  itemId: IdSchema,
  /** Null when the page does not show it (single-SKU items on some list pages). */
  skuId: IdSchema.nullable(),
  /** 商家编码 / outer_id: the seller's own code, which links one product across platforms. */
  outerSkuId: TextSchema(128).nullable(),
  title: TextSchema(500),
  skuText: TextSchema(500).nullable(),
  quantity: CountSchema.min(1, "quantity must be at least 1"),
  unitPriceFen: FenSchema,
  /** This line's share of the order's paid amount, without postage. */
  paidFen: FenSchema,
  refundStatus: LineRefundStatusSchema,
});
export type OrderLine = z.infer<typeof OrderLineSchema>;

/** HMAC-SHA-256 of platform + buyer id under the workspace secret, hex. Never the buyer id itself. */
export const BuyerKeySchema = z.string().regex(/^[0-9a-f]{64}$/, "buyerKey must be a 64-hex HMAC");

export const OrderSchema = RecordBaseSchema.extend({
  kind: z.literal("order"),
  orderId: IdSchema,
  status: OrderStatusSchema,
  createdAt: InstantSchema,
  paidAt: InstantSchema.nullable(),
  shippedAt: InstantSchema.nullable(),
  completedAt: InstantSchema.nullable(),
  /** Σ unitPriceFen × quantity over the lines, before discounts. */
  goodsFen: FenSchema,
  /** Postage the buyer paid. */
  shippingFen: FenSchema,
  /** All discounts (shop, platform, coupons) taken off goodsFen. */
  discountFen: FenSchema,
  /** What the buyer paid: goodsFen − discountFen + shippingFen (0 while unpaid). */
  paidFen: FenSchema,
  /** Refunds that went through (completed), not merely requested. */
  refundFen: FenSchema,
  /** Coarse region only: province and city, never the street address. */
  province: TextSchema(32).nullable(),
  city: TextSchema(32).nullable(),
  buyerKey: BuyerKeySchema.nullable(),
  lines: z.array(OrderLineSchema).min(1, "an order has at least one line").max(500),
});
export type Order = z.infer<typeof OrderSchema>;
