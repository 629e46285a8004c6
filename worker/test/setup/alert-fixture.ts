import { env } from "cloudflare:workers";
import {
  addDays,
  type CanonicalRecord,
  type Platform,
  type RecordOfKind,
  startOfBusinessDay,
  toBusinessDate,
} from "@tongshu/shared";
import { randomId } from "../../src/lib/crypto.ts";
import { bj } from "./report-fixture.ts";

/**
 * Records for the alert tests, placed relative to the real clock (ingest refuses the future):
 * `TODAY` is the Beijing business day the test file started in, `day(-1)` yesterday.
 */
export const NOW = Date.now();
export const TODAY = toBusinessDate(NOW);
export const TODAY_START = startOfBusinessDay(TODAY);
export const day = (offset: number) => addDays(TODAY, offset);

export interface TestShop {
  platform: Platform;
  shopId: string;
  shopName: string;
}
export const shop = (platform: Platform, shopId: string): TestShop => ({
  platform,
  shopId,
  shopName: `${platform} ${shopId}`,
});
export const keyOf = (s: TestShop) => `${s.platform}:${s.shopId}`;

const source = { url: "https://example.invalid/alerts", parser: "fixture@1" };
let serial = 0;

/** A paid order at noon (Beijing) of `date`: one line of `units` × SKU, refunded `refundFen`. */
export function paidOrder(
  s: TestShop,
  date: string,
  paidFen: number,
  options: {
    refundFen?: number;
    units?: number;
    item?: string;
    sku?: string;
    outer?: string | null;
    capturedAt?: number;
  } = {},
): RecordOfKind<"order"> {
  const orderId = `o${++serial}`;
  const paidAt = bj(date, "12:00");
  const refundFen = options.refundFen ?? 0;
  return {
    kind: "order",
    platform: s.platform,
    shopId: s.shopId,
    capturedAt: options.capturedAt ?? NOW,
    source,
    orderId,
    status: refundFen > 0 ? "refunding" : "paid",
    createdAt: paidAt - 60_000,
    paidAt,
    shippedAt: null,
    completedAt: null,
    goodsFen: paidFen,
    shippingFen: 0,
    discountFen: 0,
    paidFen,
    refundFen,
    province: null,
    city: null,
    buyerKey: null,
    lines: [
      {
        lineId: `${orderId}-1`,
        itemId: options.item ?? "item-1",
        skuId: options.sku ?? "sku-1",
        outerSkuId: options.outer ?? null,
        title: "测试商品",
        skuText: null,
        quantity: options.units ?? 1,
        unitPriceFen: paidFen,
        paidFen,
        refundStatus: refundFen > 0 ? "refunding" : "none",
      },
    ],
  };
}

/** A listing with its stock. */
export function listing(
  s: TestShop,
  sku: string,
  stock: number | null,
  options: {
    outer?: string | null;
    status?: "onsale" | "offshelf" | "soldout";
    capturedAt?: number;
  } = {},
): RecordOfKind<"sku"> {
  return {
    kind: "sku",
    platform: s.platform,
    shopId: s.shopId,
    capturedAt: options.capturedAt ?? NOW,
    source,
    itemId: `item-${sku}`,
    skuId: sku,
    outerSkuId: options.outer ?? null,
    title: `商品 ${sku}`,
    skuText: null,
    priceFen: 1000,
    stock,
    status: options.status ?? (stock === 0 ? "soldout" : "onsale"),
  };
}

/** One campaign's day of ads. */
export function adDay(
  s: TestShop,
  date: string,
  campaignId: string,
  spendFen: number,
  attributedFen: number,
  capturedAt = NOW,
): RecordOfKind<"ad"> {
  return {
    kind: "ad",
    platform: s.platform,
    shopId: s.shopId,
    capturedAt,
    source,
    date,
    channel: "ztc",
    campaignId,
    campaignName: `计划 ${campaignId}`,
    itemId: null,
    spendFen,
    impressions: 1000,
    clicks: 10,
    attributedOrders: 1,
    attributedFen,
  };
}

/** Daily orders of one shop: `values[i]` fen paid on `firstDate + i` (0 = no order that day). */
export function dailySeries(s: TestShop, firstDate: string, values: number[]): CanonicalRecord[] {
  return values.flatMap((fen, i) => (fen > 0 ? [paidOrder(s, addDays(firstDate, i), fen)] : []));
}

/** An alert row written directly (isolation and list tests). */
export async function insertAlert(
  workspaceId: string,
  fields: Partial<{
    rule: string;
    subject: string;
    platform: string;
    shopId: string;
    date: string;
    state: string;
  }> = {},
): Promise<string> {
  const id = randomId("al");
  const now = Date.now();
  await env.DB.prepare(
    `INSERT INTO alerts (workspace_id, id, rule, subject, platform, shop_id, date, severity, state,
       evidence, link, first_seen_at, last_seen_at, state_changed_at, state_changed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'warning', ?, '{"valueFen":1}', '/', ?, ?, ?, NULL)`,
  )
    .bind(
      workspaceId,
      id,
      fields.rule ?? "sales_drop",
      fields.subject ?? `subject-${id}`,
      fields.platform ?? "taobao",
      fields.shopId ?? "57300001",
      fields.date ?? TODAY,
      fields.state ?? "new",
      now,
      now,
      now,
    )
    .run();
  return id;
}

export interface AlertDbRow {
  id: string;
  rule: string;
  subject: string;
  date: string;
  severity: string;
  state: string;
  evidence: string;
  link: string;
  state_changed_by: string | null;
}

/** A workspace's alerts of one rule (or all), by subject. */
export async function alertRows(workspaceId: string, rule?: string): Promise<AlertDbRow[]> {
  const rows = await env.DB.prepare(
    `SELECT id, rule, subject, date, severity, state, evidence, link, state_changed_by FROM alerts
     WHERE workspace_id = ?1 AND (?2 IS NULL OR rule = ?2) ORDER BY rule, subject, date`,
  )
    .bind(workspaceId, rule ?? null)
    .all<AlertDbRow>();
  return rows.results;
}
