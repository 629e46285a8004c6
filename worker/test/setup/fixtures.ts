import type { CanonicalRecord, RecordOfKind } from "@tongshu/shared";
import { env, exports } from "cloudflare:workers";
import { createMember } from "../../src/db/members.ts";
import { createWorkspace } from "../../src/db/workspaces.ts";

export const BASE = "http://127.0.0.1:8787";
const CAPTURED = Date.UTC(2026, 10, 12, 2, 0, 0);

/** Calls the Worker the way a browser would, through its real fetch handler. */
export function call(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(`${BASE}${path}`, init));
}

export function postJson(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return call(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/** A workspace with an owner who can log in with `password`. */
export async function makeWorkspace(
  name: string,
  email: string,
  password = "correct horse battery",
) {
  const workspace = await createWorkspace(env.DB, name, Date.now());
  const owner = await createMember(
    env.DB,
    workspace.id,
    { email, name: "Owner", role: "owner", password },
    Date.now(),
  );
  return { workspace, owner, password };
}

/** Logs in and returns the cookie header to send with later calls. */
export async function login(email: string, password: string): Promise<string> {
  const res = await postJson("/api/v1/sessions", { email, password });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get("set-cookie") ?? "";
  return cookie.split(";")[0] ?? "";
}

const source = {
  url: "https://trade.taobao.com/trade/itemlist/asyncSold.htm",
  parser: "taobao/sold-orders@1",
};

export function order(overrides: Partial<RecordOfKind<"order">> = {}): RecordOfKind<"order"> {
  return {
    kind: "order",
    platform: "taobao",
    shopId: "57300001",
    capturedAt: CAPTURED,
    source,
    orderId: "4012345678901234567",
    status: "paid",
    createdAt: Date.UTC(2026, 10, 10, 16, 5, 0),
    paidAt: Date.UTC(2026, 10, 10, 16, 6, 0),
    shippedAt: null,
    completedAt: null,
    goodsFen: 25980,
    shippingFen: 0,
    discountFen: 2000,
    paidFen: 23980,
    refundFen: 0,
    province: "浙江省",
    city: "杭州市",
    buyerKey: "a".repeat(64),
    lines: [
      {
        lineId: "4012345678901234568",
        itemId: "712345678901",
        skuId: "5123456789012",
        outerSkuId: "TS-KB-001-BLK",
        title: "北欧陶瓷马克杯 大容量",
        skuText: "颜色:黑色",
        quantity: 2,
        unitPriceFen: 7990,
        paidFen: 14000,
        refundStatus: "none",
      },
      {
        lineId: "4012345678901234569",
        itemId: "712345678902",
        skuId: null,
        outerSkuId: null,
        title: "杯垫 软木",
        skuText: null,
        quantity: 1,
        unitPriceFen: 10000,
        paidFen: 9980,
        refundStatus: "none",
      },
    ],
    ...overrides,
  };
}

export function sku(overrides: Partial<RecordOfKind<"sku">> = {}): RecordOfKind<"sku"> {
  return {
    kind: "sku",
    platform: "pdd",
    shopId: "100000001",
    capturedAt: CAPTURED,
    source: {
      url: "https://mms.pinduoduo.com/vodka/v2/mms/query/display/mall/goodsList",
      parser: "pdd/goods-list@1",
    },
    itemId: "523456789012",
    skuId: "1234567890123",
    outerSkuId: "TS-KB-001-BLK",
    title: "马克杯",
    skuText: "黑色",
    priceFen: 3990,
    stock: 120,
    status: "onsale",
    ...overrides,
  };
}

export function traffic(overrides: Partial<RecordOfKind<"traffic">> = {}): RecordOfKind<"traffic"> {
  return {
    kind: "traffic",
    platform: "jd",
    shopId: "10012345",
    capturedAt: CAPTURED,
    source: { url: "https://szgateway.jd.com/api/overview", parser: "jd/sz-overview@1" },
    date: "2026-11-11",
    days: 1,
    itemId: null,
    visitors: 5210,
    pageViews: 16033,
    buyers: 311,
    paidOrders: 340,
    paidFen: 8812300,
    cartBuyers: 702,
    favBuyers: null,
    ...overrides,
  };
}

export type AnyRecord = CanonicalRecord;
