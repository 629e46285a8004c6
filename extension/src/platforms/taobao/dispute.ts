import type { Refund, RefundStatus } from "@tongshu/shared";
import { id, isObject, obj, optInt, optStr, pick } from "../../lib/read-values.ts";
import { type PageInfo, type ParseContext, ParseError, type ParseOutput } from "../types.ts";
import { resolveShop } from "./shop.ts";
import { beijingTime, fen } from "./values.ts";

/**
 * 退款管理 (refund2) component tree, shared by the first page (`var disputeData` in HTML) and
 * the next pages (adjustSellerList.json), platform-formats.md §1.5. Each refund is a
 * `disputeBody` component whose id is "<refundId>@…", with `fields.options[].title.name`
 * slots: [1] amount "￥12.00", [2] created, [3] reason, [5] goods status, [6] refund status;
 * its header `sellerGridHeaderContainer_<refundId>` holds `numbers[]` (order id at [2]) and
 * the shop's name. Other slots (the item, the buyer) are never read.
 */
const STATUS_TEXT: ReadonlyArray<readonly [RegExp, RefundStatus]> = [
  [/退款成功|退款完结|已退款/, "refunded"],
  [/退款关闭|已关闭|已撤销/, "closed"],
  [/拒绝/, "rejected"],
  [/待买家发货|待买家退货|待商家收货|待卖家收货|买家已退货|已同意/, "approved"],
  [/待处理|待商家处理|待卖家处理|申请退款|进行中|等待/, "pending"],
];

function option(options: unknown[], index: number): string | null {
  return optStr(pick(options[index], "title.name"));
}

function headerNumber(header: unknown, title: RegExp, fallback: number | null): string | null {
  const numbers = pick(header, "fields.numbers");
  if (!Array.isArray(numbers)) return null;
  const found = numbers.find((n) => title.test(String(pick(n, "title") ?? "")));
  return optStr(pick(found ?? (fallback === null ? undefined : numbers[fallback]), "value"));
}

function readRefund(
  components: Record<string, unknown>,
  key: string,
  base: Pick<Refund, "platform" | "shopId" | "capturedAt" | "source">,
  shopName: string | null,
): Refund {
  const component = obj(components[key], `data.${key}`);
  const refundId = id(String(component.id ?? "").split("@")[0], `data.${key}.id`);
  const options = Array.isArray(pick(component, "fields.options"))
    ? (pick(component, "fields.options") as unknown[])
    : [];
  const header = components[`sellerGridHeaderContainer_${refundId}`];
  const headerShop = optStr(pick(header, "fields.shop.name"));
  if (shopName && headerShop && headerShop !== shopName)
    throw new ParseError("shop_mismatch", `refund ${refundId} belongs to ${headerShop}`);
  const statusText = option(options, 6) ?? "";
  const status = STATUS_TEXT.find(([p]) => p.test(statusText))?.[1];
  if (!status)
    throw new ParseError("malformed", `data.${key}: unknown refund status "${statusText}"`);
  return {
    kind: "refund",
    ...base,
    refundId,
    orderId: id(headerNumber(header, /^订单编号|^订单号/, 2), `header ${refundId}: order id`),
    lineId: headerNumber(header, /子订单/, null),
    amountFen: fen(option(options, 1), `data.${key}.options.1`),
    reason: option(options, 3),
    status,
    createdAt: beijingTime(option(options, 2), `data.${key}.options.2`),
    completedAt: null,
  };
}

function pageInfo(components: Record<string, unknown>, rows: number): PageInfo | undefined {
  const fields = pick(components, "listPagination_1.fields");
  if (!isObject(fields)) return undefined;
  return {
    current: optInt(fields.defaultCurrent) ?? 1,
    size: optInt(fields.defaultPageSize) ?? rows,
    total: optInt(fields.total),
    rows,
  };
}

/** The `{data:{…components}, linkage, hierarchy}` tree → refund records. */
export function readDisputeTree(
  tree: unknown,
  ctx: ParseContext,
  meta: { capturedAt: number; url: string; parser: string },
): ParseOutput {
  const components = obj(pick(tree, "data"), "data");
  const shop = resolveShop(ctx);
  const base = {
    platform: shop.platform,
    shopId: shop.shopId,
    capturedAt: meta.capturedAt,
    source: { url: meta.url, parser: meta.parser },
  };
  const keys = Object.keys(components).filter(
    (k) =>
      pick(components[k], "bizName") === "disputeBody" ||
      pick(components[k], "tag") === "disputeBody",
  );
  const records = keys.map((k) => readRefund(components, k, base, shop.shopName));
  const page = pageInfo(components, records.length);
  return page ? { records, shop, page } : { records, shop };
}
