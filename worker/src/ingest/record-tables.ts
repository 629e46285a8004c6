import {
  allocateFen,
  type CanonicalRecord,
  type RecordKind,
  type RecordOfKind,
  toBusinessDate,
} from "@tongshu/shared";

export type SqlValue = string | number | null;

/** What the Worker adds to each stored version of a record. */
export interface RowMeta {
  workspaceId: string;
  hash: string;
  receivedAt: number;
  writeToken: string;
}

/** How one record kind maps onto its D1 table: one row mapper per table. */
export interface TableSpec<K extends RecordKind> {
  table: string;
  key: readonly string[];
  columns: readonly string[];
  /** Columns a newer version without a value (NULL) leaves as stored. */
  keepStored?: readonly string[];
  row(record: RecordOfKind<K>, meta: RowMeta): SqlValue[];
}

const SHOP_KEY = ["workspace_id", "platform", "shop_id"] as const;
const VERSION_COLUMNS = [
  "captured_at",
  "record_hash",
  "source_url",
  "source_parser",
  "received_at",
] as const;

function versionValues(record: CanonicalRecord, meta: RowMeta): SqlValue[] {
  return [record.capturedAt, meta.hash, record.source.url, record.source.parser, meta.receivedAt];
}

function shopValues(record: CanonicalRecord, meta: RowMeta): SqlValue[] {
  return [meta.workspaceId, record.platform, record.shopId];
}

export const ORDER_TABLE: TableSpec<"order"> = {
  table: "orders",
  key: [...SHOP_KEY, "order_id"],
  columns: [
    ...SHOP_KEY,
    "order_id",
    "status",
    "created_at",
    "paid_at",
    "shipped_at",
    "completed_at",
    "goods_fen",
    "shipping_fen",
    "discount_fen",
    "paid_fen",
    "refund_fen",
    "province",
    "city",
    "buyer_key",
    "biz_date",
    ...VERSION_COLUMNS,
    "write_token",
  ],
  // Platform exports carry no buyer (buyer ids never leave the browser, importers drop buyer
  // columns) and often no region: an imported version must not erase what a capture stored.
  // An order's buyer and region never change, so keeping them is right for any source. The
  // row's record_hash stays the incoming version's, so sync checksums are unaffected.
  keepStored: ["province", "city", "buyer_key"],
  row: (r, meta) => [
    ...shopValues(r, meta),
    r.orderId,
    r.status,
    r.createdAt,
    r.paidAt,
    r.shippedAt,
    r.completedAt,
    r.goodsFen,
    r.shippingFen,
    r.discountFen,
    r.paidFen,
    r.refundFen,
    r.province,
    r.city,
    r.buyerKey,
    // Reports count an order on the day it was paid; an unpaid one on the day it was created.
    toBusinessDate(r.paidAt ?? r.createdAt),
    ...versionValues(r, meta),
    meta.writeToken,
  ],
};

export const ORDER_LINE_COLUMNS = [
  "workspace_id",
  "platform",
  "shop_id",
  "order_id",
  "line_id",
  "item_id",
  "sku_id",
  "outer_sku_id",
  "title",
  "sku_text",
  "quantity",
  "unit_price_fen",
  "paid_fen",
  "refund_status",
  "refund_fen",
] as const;

/**
 * The order's refund spread over its lines in whole fen (exactly): over the lines marked as
 * refunding or refunded, by paid amount; over every line when none is marked.
 */
export function lineRefunds(order: RecordOfKind<"order">): number[] {
  const marked = order.lines.map((l) => (l.refundStatus === "none" ? 0 : l.paidFen));
  const weights = marked.some((w) => w > 0) ? marked : order.lines.map((l) => l.paidFen);
  return allocateFen(weights, order.refundFen);
}

export function orderLineRows(order: RecordOfKind<"order">, meta: RowMeta): SqlValue[][] {
  const refunds = lineRefunds(order);
  return order.lines.map((l, i) => [
    ...shopValues(order, meta),
    order.orderId,
    l.lineId,
    l.itemId,
    l.skuId,
    l.outerSkuId,
    l.title,
    l.skuText,
    l.quantity,
    l.unitPriceFen,
    l.paidFen,
    l.refundStatus,
    refunds[i] ?? 0,
  ]);
}

export const SKU_TABLE: TableSpec<"sku"> = {
  table: "skus",
  key: [...SHOP_KEY, "item_id", "sku_id"],
  columns: [
    ...SHOP_KEY,
    "item_id",
    "sku_id",
    "outer_sku_id",
    "title",
    "sku_text",
    "price_fen",
    "stock",
    "status",
    ...VERSION_COLUMNS,
  ],
  row: (r, meta) => [
    ...shopValues(r, meta),
    r.itemId,
    r.skuId,
    r.outerSkuId,
    r.title,
    r.skuText,
    r.priceFen,
    r.stock,
    r.status,
    ...versionValues(r, meta),
  ],
};

export const TRAFFIC_TABLE: TableSpec<"traffic"> = {
  table: "traffic",
  key: [...SHOP_KEY, "date", "days", "item_key"],
  columns: [
    ...SHOP_KEY,
    "date",
    "days",
    "item_key",
    "item_id",
    "visitors",
    "page_views",
    "buyers",
    "paid_orders",
    "paid_fen",
    "cart_buyers",
    "fav_buyers",
    ...VERSION_COLUMNS,
  ],
  row: (r, meta) => [
    ...shopValues(r, meta),
    r.date,
    r.days,
    r.itemId ?? "",
    r.itemId,
    r.visitors,
    r.pageViews,
    r.buyers,
    r.paidOrders,
    r.paidFen,
    r.cartBuyers,
    r.favBuyers,
    ...versionValues(r, meta),
  ],
};

export const AD_TABLE: TableSpec<"ad"> = {
  table: "ads",
  key: [...SHOP_KEY, "date", "channel", "campaign_id"],
  columns: [
    ...SHOP_KEY,
    "date",
    "channel",
    "campaign_id",
    "campaign_name",
    "item_id",
    "spend_fen",
    "impressions",
    "clicks",
    "attributed_orders",
    "attributed_fen",
    ...VERSION_COLUMNS,
  ],
  row: (r, meta) => [
    ...shopValues(r, meta),
    r.date,
    r.channel,
    r.campaignId,
    r.campaignName,
    r.itemId,
    r.spendFen,
    r.impressions,
    r.clicks,
    r.attributedOrders,
    r.attributedFen,
    ...versionValues(r, meta),
  ],
};

export const REFUND_TABLE: TableSpec<"refund"> = {
  table: "refunds",
  key: [...SHOP_KEY, "refund_id"],
  columns: [
    ...SHOP_KEY,
    "refund_id",
    "order_id",
    "line_id",
    "amount_fen",
    "reason",
    "status",
    "created_at",
    "completed_at",
    "biz_date",
    ...VERSION_COLUMNS,
  ],
  row: (r, meta) => [
    ...shopValues(r, meta),
    r.refundId,
    r.orderId,
    r.lineId,
    r.amountFen,
    r.reason,
    r.status,
    r.createdAt,
    r.completedAt,
    toBusinessDate(r.createdAt),
    ...versionValues(r, meta),
  ],
};

export const SETTLEMENT_TABLE: TableSpec<"settlement"> = {
  table: "settlements",
  key: [...SHOP_KEY, "entry_id"],
  columns: [
    ...SHOP_KEY,
    "entry_id",
    "order_id",
    "occurred_at",
    "type",
    "amount_fen",
    "biz_date",
    ...VERSION_COLUMNS,
  ],
  row: (r, meta) => [
    ...shopValues(r, meta),
    r.entryId,
    r.orderId,
    r.occurredAt,
    r.type,
    r.amountFen,
    toBusinessDate(r.occurredAt),
    ...versionValues(r, meta),
  ],
};

export const TABLES: { [K in RecordKind]: TableSpec<K> } = {
  order: ORDER_TABLE,
  sku: SKU_TABLE,
  traffic: TRAFFIC_TABLE,
  ad: AD_TABLE,
  refund: REFUND_TABLE,
  settlement: SETTLEMENT_TABLE,
};

/** The D1 table of each record kind. */
export const KIND_TABLE_NAMES = Object.fromEntries(
  Object.entries(TABLES).map(([kind, spec]) => [kind, spec.table]),
) as {
  [K in keyof typeof TABLES]: string;
};
