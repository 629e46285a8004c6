import {
  addDays,
  type CanonicalRecord,
  CanonicalRecordSchema,
  type CaptureEnvelope,
  type Order,
  type Refund,
  type Sku,
  type Traffic,
} from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { createBuyerKeyer } from "../../../../extension/src/lib/buyer-key.ts";
import { jdPorderOrders } from "../../../../extension/src/platforms/jd/porder-orders.ts";
import { jdSffGateway } from "../../../../extension/src/platforms/jd/sff-gateway.ts";
import { jdSzProductTable } from "../../../../extension/src/platforms/jd/sz-product-table.ts";
import { jdSzTradeSummary } from "../../../../extension/src/platforms/jd/sz-trade-summary.ts";
import type { Parser } from "../../../../extension/src/platforms/types.ts";
import { createDemoWorkspace } from "../../demo/index.ts";
import { jdSandbox } from "./index.ts";
import { beijingTime, porderRow, shortProvince, wareRows, yuan } from "./serialize.ts";

// demo canonical records → sandbox JD JSON → the extension's parsers → the same numbers.
const demo = createDemoWorkspace({ seed: 20261111, today: "2026-11-20", days: 14 });
const shop = demo.shops.find((s) => s.platform === "jd") ?? {
  platform: "jd",
  shopId: "",
  shopName: "",
};
const BASE = "http://127.0.0.1:8787/sandbox/jd/";
const WARES = "sff.jd.com/api?v=1.0&api=dsm.wareshopv2.ware.wareListService.queryWareList";
const buyerKey = createBuyerKeyer("sandbox-test-secret");

async function call(path: string, body: unknown, query = ""): Promise<CaptureEnvelope> {
  const request = new Request(`${BASE}${path}${query}`, {
    method: "POST",
    body: JSON.stringify(body),
  });
  const response = await jdSandbox(request, path.split("?")[0] ?? path, { demo, now: demo.now });
  if (!response) throw new Error(`no sandbox route for ${path}`);
  return {
    url: `https://${path}`,
    method: "POST",
    requestBody: JSON.stringify(body),
    status: response.status,
    responseBody: await response.text(),
    capturedAt: demo.now,
    shop: { platform: "jd", shopId: shop.shopId, shopName: shop.shopName },
  };
}

function run(parser: Parser, envelope: CaptureEnvelope): CanonicalRecord[] {
  const out = parser.parse(envelope, { shop: envelope.shop, buyerKey });
  return out.records.map((r) => CanonicalRecordSchema.parse(r));
}

const demoDays = (n: number) =>
  Array.from({ length: n }, (_, i) => demo.dayRecords(addDays(demo.today, -i), shop.shopId)).flat();
const seconds = (t: number | null) => (t === null ? null : Math.floor(t / 1000) * 1000);

/** What the parser must give back for a demo order: JD strings keep seconds; unpaid is 0 paid. */
function expected(order: Order) {
  const paid = order.paidAt !== null && order.status !== "unpaid";
  return {
    orderId: order.orderId,
    status: order.status,
    createdAt: seconds(order.createdAt),
    paidAt: seconds(order.paidAt),
    shippedAt: seconds(order.shippedAt),
    completedAt: seconds(order.completedAt),
    goodsFen: order.goodsFen,
    shippingFen: order.shippingFen,
    discountFen: order.discountFen,
    paidFen: paid ? order.paidFen : 0,
    refundFen: order.refundFen,
    province: order.province,
    city: order.city,
    lines: order.lines.map((l) => ({
      lineId: l.lineId,
      itemId: l.itemId,
      skuId: l.skuId,
      outerSkuId: l.outerSkuId,
      title: l.skuText ? `${l.title} ${l.skuText}` : l.title,
      skuText: null,
      quantity: l.quantity,
      unitPriceFen: l.unitPriceFen,
      paidFen: paid ? l.paidFen : 0,
      refundStatus: l.refundStatus,
    })),
  };
}

describe("jd sandbox round trip", () => {
  it("serves the order list page by page and the parser gives the demo's orders back", async () => {
    const demoOrders = demoDays(7)
      .filter((r): r is Order => r.kind === "order")
      .sort((a, b) => b.createdAt - a.createdAt);
    const parsed: CanonicalRecord[] = [];
    for (let current = 1; parsed.length < demoOrders.length; current++) {
      const envelope = await call("porder.shop.jd.com/order/orderlist", {
        current,
        pageSize: 50,
        selectedTabName: "allOrders",
      });
      const page = run(jdPorderOrders, envelope);
      expect(page.length).toBeGreaterThan(0);
      parsed.push(...page);
    }
    expect(parsed.map((o) => (o.kind === "order" ? o.orderId : ""))).toEqual(
      demoOrders.map((o) => o.orderId),
    );
    for (const [i, order] of demoOrders.entries()) {
      expect(parsed[i]).toMatchObject({ ...expected(order), shopId: shop.shopId });
      const key = parsed[i]?.kind === "order" ? parsed[i].buyerKey : undefined;
      expect(key === null).toBe(order.buyerKey === null);
    }
    // the demo covers the interesting cases, so the comparison above means something
    const statuses = new Set(demoOrders.map((o) => o.status));
    for (const s of ["paid", "shipped", "cancelled", "refunded"]) expect(statuses).toContain(s);
    expect(demoOrders.some((o) => o.lines.length > 1)).toBe(true);
    expect(demoOrders.some((o) => o.refundFen > 0 && o.status !== "refunded")).toBe(true);
  });

  it("gives one buyer one key across orders", async () => {
    const envelope = await call("porder.shop.jd.com/order/orderlist", {
      current: 1,
      pageSize: 100,
      selectedTabName: "allOrders",
    });
    const orders = run(jdPorderOrders, envelope).filter((r): r is Order => r.kind === "order");
    const demoByOrder = new Map(
      demoDays(7).flatMap((r) => (r.kind === "order" ? [[r.orderId, r.buyerKey] as const] : [])),
    );
    const keyOf = new Map<string | null, string | null>();
    for (const o of orders) {
      const demoKey = demoByOrder.get(o.orderId) ?? null;
      if (keyOf.has(demoKey)) expect(o.buyerKey).toBe(keyOf.get(demoKey));
      keyOf.set(demoKey, o.buyerKey);
    }
  });

  it("filters by tab and answers an expired session with the passport redirect", async () => {
    const waitOut = run(
      jdPorderOrders,
      await call("porder.shop.jd.com/order/orderlist", {
        current: 1,
        pageSize: 100,
        selectedTabName: "waitOut",
      }),
    );
    expect(
      waitOut.every((o) => o.kind === "order" && ["paid", "refunding"].includes(o.status)),
    ).toBe(true);
    const expired = await call(
      "porder.shop.jd.com/order/orderlist",
      { current: 1 },
      "?session=expired",
    );
    expect(() => run(jdPorderOrders, expired)).toThrow(/login page/);
  });

  it("serves every listing through the sff gateway and the parser gives the demo's SKUs back", async () => {
    const demoSkus = demo.skuRecords().filter((s) => s.shopId === shop.shopId);
    const envelope = await call(WARES, { request: { data: { current: 1, pageSize: 100 } } });
    const parsed = run(jdSffGateway, envelope).filter((r): r is Sku => r.kind === "sku");
    const pick = ({ itemId, skuId, outerSkuId, title, skuText, priceFen, stock, status }: Sku) => ({
      itemId,
      skuId,
      outerSkuId,
      title,
      skuText,
      priceFen,
      stock,
      status,
    });
    expect(parsed.map(pick)).toEqual(demoSkus.map(pick));
    expect(demoSkus.some((s) => s.status === "soldout")).toBe(true);
  });

  it("serves 商智 figures for a day: shop level and per item, the $summary row skipped", async () => {
    const date = addDays(demo.today, -1);
    const body = {
      realtime: false,
      interval: "DAY",
      dateType: "day",
      startDate: date,
      endDate: date,
    };
    const demoTraffic = demo
      .dayRecords(date, shop.shopId)
      .filter((r): r is Traffic => r.kind === "traffic");
    const figures = ({ itemId, visitors, pageViews, buyers, paidOrders, paidFen }: Traffic) => ({
      itemId,
      visitors,
      pageViews,
      buyers,
      paidOrders,
      paidFen,
    });
    const summary = run(
      jdSzTradeSummary,
      await call("szgateway.jd.com/api/lowcode/tradeSummary/summary/getSummary.ajax", body),
    );
    expect(summary.map((t) => figures(t as Traffic))).toEqual(
      demoTraffic.filter((t) => t.itemId === null).map(figures),
    );
    expect(summary[0]).toMatchObject({ date, days: 1, cartBuyers: null, favBuyers: null });
    const table = run(
      jdSzProductTable,
      await call("szgateway.jd.com/api/lowcode/productDetail/table/productTable.ajax", {
        ...body,
        proType: "spu",
      }),
    );
    const byItem = (a: Traffic, b: Traffic) => (a.itemId ?? "").localeCompare(b.itemId ?? "");
    expect((table as Traffic[]).sort(byItem).map(figures)).toEqual(
      demoTraffic
        .filter((t) => t.itemId !== null)
        .sort(byItem)
        .map(figures),
    );
    const range = await call("szgateway.jd.com/api/lowcode/tradeSummary/summary/getSummary.ajax", {
      ...body,
      startDate: addDays(date, -6),
    });
    expect(() => run(jdSzTradeSummary, range)).toThrow(/size 0/);
  });
});

describe("jd serializer", () => {
  it("writes JD's units: yuan strings, Beijing seconds, short provinces, fake pins", () => {
    expect([yuan(0), yuan(5), yuan(123456)]).toEqual(["0.00", "0.05", "1234.56"]);
    expect(beijingTime(Date.UTC(2026, 10, 19, 16, 0, 1, 999))).toBe("2026-11-20 00:00:01");
    expect(beijingTime(null)).toBe("0001-01-01 00:00:00");
    expect(["广东省", "北京市", "广西壮族自治区", "新疆维吾尔自治区"].map(shortProvince)).toEqual([
      "广东",
      "北京",
      "广西",
      "新疆",
    ]);
    const order = demoDays(1).find((r): r is Order => r.kind === "order" && r.buyerKey !== null);
    if (!order) throw new Error("no demo order");
    const row = porderRow(order, [] as Refund[]);
    expect(row.pin).toBe(`jd_${order.buyerKey?.slice(0, 8)}`);
    expect(JSON.stringify(row)).not.toContain(order.buyerKey ?? "");
  });

  it("lists a ware whose SKUs are all off the shelf as wareStatus 2, read back as offshelf", () => {
    const skus = demo.skuRecords().filter((s) => s.shopId === shop.shopId);
    const first = skus[0]?.itemId;
    const off = skus
      .filter((s) => s.itemId === first)
      .map((s) => ({ ...s, status: "offshelf" as const }));
    const wares = wareRows(off);
    expect(wares.map((w) => w.wareStatus)).toEqual([2]);
    const envelope: CaptureEnvelope = {
      url: `https://${WARES}`,
      method: "POST",
      requestBody: null,
      status: 200,
      responseBody: JSON.stringify({ code: 200, data: { totalCount: 1, data: wares } }),
      capturedAt: demo.now,
      shop,
    };
    expect(run(jdSffGateway, envelope).map((r) => (r.kind === "sku" ? r.status : ""))).toEqual(
      off.map(() => "offshelf"),
    );
  });
});

describe("jd sandbox pages", () => {
  it.each([
    ["porder.shop.jd.com/order/orderlist/allOrders", '"../orderlist"', "data-order-id"],
    [
      "shop.jd.com/jdm/ware/manage/list/OnsaleWare",
      "../../../../../sff.jd.com/api?",
      "data-sku-id",
    ],
    ["jdsz.jd.com/sz/trade/overview", "../../../szgateway.jd.com/api/lowcode/", "data-ware-id"],
  ])("%s declares the shop and loads its own endpoint", async (path, endpoint, rowAttr) => {
    const response = await jdSandbox(new Request(`${BASE}${path}`), path, { demo, now: demo.now });
    const html = (await response?.text()) ?? "";
    expect(html).toContain('<meta name="tongshu-sandbox-shop"');
    expect(html).toContain(`&#34;shopId&#34;:&#34;${shop.shopId}&#34;`);
    expect(html).toContain(`<h1 id="shop-name">${shop.shopName}</h1>`);
    expect(html).toContain(endpoint);
    expect(html).toContain(rowAttr);
    expect(html).not.toContain("innerHTML");
  });

  it("serves nothing else", async () => {
    const path = "porder.shop.jd.com/order/unknown";
    expect(
      await jdSandbox(new Request(`${BASE}${path}`), path, { demo, now: demo.now }),
    ).toBeNull();
  });
});
