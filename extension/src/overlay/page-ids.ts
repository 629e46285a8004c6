/**
 * Ids on a seller list page, found without the page's class names: order and item ids appear
 * as a cell's text ("订单号：3261…") or in a link (`…item.htm?id=6412…`). Digit runs of 6–20
 * digits (Pinduoduo orders: "YYMMDD-" + digits); shorter numbers are counts and prices.
 */
const TEXT_ID = /(?<![\d.,-])(\d{6}-\d{8,20}|\d{6,20})(?![\d.,])/g;
const HREF_ID =
  /[?&](?:id|itemId|item_id|num_iid|orderId|order_id|bizOrderId|biz_order_id|goodsId|goods_id|skuId|sku_id|wareId|ware_id|orderSn|order_sn)=([0-9A-Za-z_-]{6,40})(?:&|#|$)/g;

/** Longer texts are prose, not an id cell. */
const MAX_TEXT = 120;

export function idsInText(text: string): string[] {
  if (text.length > MAX_TEXT) return [];
  // Dates and times ("2026-11-20 10:00:00") never form a 6-digit run; phone masks break runs.
  return [...text.matchAll(TEXT_ID)].map((m) => m[1] ?? "").filter(Boolean);
}

export function idsInHref(href: string): string[] {
  return [...href.matchAll(HREF_ID)].map((m) => m[1] ?? "").filter(Boolean);
}
