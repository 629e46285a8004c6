import {
  addDays,
  type CaptureEnvelope,
  CanonicalRecordSchema,
  type Order,
  type Sku,
  type Traffic,
} from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { createBuyerKeyer } from "../../../../extension/src/lib/buyer-key.ts";
import { goodsList } from "../../../../extension/src/platforms/pdd/goods-list.ts";
import { mallOverview } from "../../../../extension/src/platforms/pdd/mall-overview.ts";
import { recentOrders } from "../../../../extension/src/platforms/pdd/recent-orders.ts";
import type { Parser } from "../../../../extension/src/platforms/types.ts";
import { createDemoWorkspace } from "../../demo/index.ts";
import { pddSandbox } from "./index.ts";

// demo canonical records → sandbox PDD JSON → the extension's parsers → the same numbers.
const demo = createDemoWorkspace({ seed: 20261111, today: "2026-11-20", days: 14 });
const FLAGSHIP = "879846125";
const SNACK = "573531501";
const BASE = "http://127.0.0.1:8787/sandbox/pdd/";
const buyerKey = createBuyerKeyer("sandbox-test-secret");

async function call(path: string, body: unknown, shop = FLAGSHIP) {
  const url = `${BASE}${path}?shop=${shop}`;
  const request = new Request(url, { method: "POST", body: JSON.stringify(body) });
  const response = await pddSandbox(request, path, { demo, now: demo.now });
  if (!response) throw new Error(`no sandbox route for ${path}`);
  const envelope: CaptureEnvelope = {
    url: `https://${path}`,
    method: "POST",
    requestBody: JSON.stringify(body),
    status: response.status,
    responseBody: await response.text(),
    capturedAt: demo.now,
    shop: { platform: "pdd", shopId: shop, shopName: null },
  };
  return envelope;
}

function parse(parser: Parser, envelope: CaptureEnvelope) {
  const output = parser.parse(envelope, { shop: envelope.shop, buyerKey });
  for (const record of output.records) CanonicalRecordSchema.parse(record);
  return output;
}

function demoRecords<K extends "order" | "traffic">(kind: K, shop: string, dates: string[]) {
  return dates.flatMap((d) => demo.dayRecords(d, shop).filter((r) => r.kind === kind));
}

describe("pdd sandbox round trip", () => {
  it("serves orders the recent-orders parser reads back to the demo's numbers", async () => {
    const from = addDays(demo.today, -6);
    const start = Math.floor(Date.parse(`${from}T00:00:00+08:00`) / 1000);
    const parsed: Order[] = [];
    for (let page = 1; page < 100; page++) {
      const body = {
        orderType: 0,
        groupStartTime: start,
        groupEndTime: Math.floor(demo.now / 1000),
        pageNumber: page,
        pageSize: 50,
        sortType: 7,
      };
      const output = parse(
        recentOrders,
        await call("mms.pinduoduo.com/mangkhut/mms/recentOrderList", body),
      );
      parsed.push(...(output.records as Order[]));
      if (output.records.length < 50) break;
    }
    const dates = Array.from({ length: 7 }, (_, i) => addDays(from, i));
    const expected = demoRecords("order", FLAGSHIP, dates) as Order[];
    expect(parsed.length).toBe(expected.length);
    expect(new Set(parsed.map((o) => o.status)).size).toBeGreaterThanOrEqual(4);
    const byId = new Map(parsed.map((o) => [o.orderId, o]));
    const keys = new Map<string, string | null>();
    for (const want of expected) {
      const got = byId.get(want.orderId);
      const paid = want.paidAt !== null;
      const partial = want.status !== "refunded" ? 0 : want.refundFen;
      expect(got, want.orderId).toMatchObject({
        shopId: FLAGSHIP,
        status: want.status,
        createdAt: Math.floor(want.createdAt / 1000) * 1000,
        paidAt: want.paidAt === null ? null : Math.floor(want.paidAt / 1000) * 1000,
        shippedAt: want.shippedAt === null ? null : Math.floor(want.shippedAt / 1000) * 1000,
        // Known, documented losses: no sign time in the list; nothing paid while unpaid; a
        // partial refund's amount is not in the list (after-sales records carry it).
        completedAt: null,
        goodsFen: want.goodsFen,
        shippingFen: want.shippingFen,
        discountFen: want.discountFen,
        paidFen: paid ? want.paidFen : 0,
        refundFen: partial,
        province: want.province,
        city: want.city,
      });
      const [line, wantLine] = [got?.lines[0], want.lines[0]];
      expect(line).toEqual({ ...wantLine, paidFen: paid ? wantLine?.paidFen : 0 });
      // One demo buyer is one key, never the demo's own key or a raw id.
      if (want.buyerKey) {
        expect(got?.buyerKey).toMatch(/^[0-9a-f]{64}$/);
        expect(got?.buyerKey).not.toBe(want.buyerKey);
        if (keys.has(want.buyerKey)) expect(got?.buyerKey).toBe(keys.get(want.buyerKey));
        keys.set(want.buyerKey, got?.buyerKey ?? null);
      }
    }
  });

  it("serves goods the goods-list parser reads back to the demo's SKUs", async () => {
    for (const shop of [FLAGSHIP, SNACK]) {
      const parsed: Sku[] = [];
      for (let page = 1; page < 50; page++) {
        const output = parse(
          goodsList,
          await call(
            "mms.pinduoduo.com/vodka/v2/mms/query/display/mall/goodsList",
            { page, size: 10 },
            shop,
          ),
        );
        parsed.push(...(output.records as Sku[]));
        if ((output.page?.rows ?? 0) < 10) break;
      }
      const pick = ({
        itemId,
        skuId,
        outerSkuId,
        title,
        skuText,
        priceFen,
        stock,
        status,
      }: Sku) => ({ itemId, skuId, outerSkuId, title, skuText, priceFen, stock, status });
      const want = demo
        .skuRecords()
        .filter((s) => s.shopId === shop)
        .map(pick);
      expect(parsed.map(pick)).toEqual(want);
    }
  });

  it("serves yesterday's overview plainly and today's as unknown", async () => {
    const yesterday = addDays(demo.today, -1);
    for (const [date, hidden] of [
      [yesterday, false],
      [demo.today, true],
    ] as const) {
      const envelope = await call(
        "mms.pinduoduo.com/sydney/api/mallInfo/queryMallDataPageOverView",
        { queryDate: date, queryType: 1 },
      );
      const [got] = parse(mallOverview, envelope).records as Traffic[];
      const want = (demoRecords("traffic", FLAGSHIP, [date]) as Traffic[]).find(
        (t) => t.itemId === null,
      );
      expect(got).toMatchObject({
        date,
        days: 1,
        buyers: hidden ? null : want?.buyers,
        paidOrders: hidden ? null : want?.paidOrders,
        paidFen: hidden ? null : want?.paidFen,
      });
      if (hidden) expect(envelope.responseBody).toMatch(/[\ue000-\uf8ff]/);
    }
  });
});

describe("pdd sandbox pages", () => {
  async function page(path: string, query = "", cookie?: string) {
    const request = new Request(`${BASE}${path}${query}`, cookie ? { headers: { cookie } } : {});
    const response = await pddSandbox(request, path, { demo, now: demo.now });
    return { response, html: (await response?.text()) ?? "" };
  }

  it.each([
    ["mms.pinduoduo.com/orders/list", "../mangkhut/mms/recentOrderList", "data-order-sn"],
    [
      "mms.pinduoduo.com/goods/goods_list",
      "../vodka/v2/mms/query/display/mall/goodsList",
      "data-goods-id",
    ],
    [
      "mms.pinduoduo.com/sycm/stores_data",
      "../sydney/api/mallInfo/queryMallDataPageOverView",
      "data-date",
    ],
  ])(
    "%s declares its mall, offers the switch and fetches relative to itself",
    async (path, api, rowAttr) => {
      const { response, html } = await page(path, `?shop=${SNACK}`);
      expect(response?.headers.get("content-type")).toContain("text/html");
      expect(response?.headers.get("set-cookie")).toContain(`tongshu_pdd_mall=${SNACK}`);
      expect(html).toContain(
        `content='{&#34;platform&#34;:&#34;pdd&#34;,&#34;shopId&#34;:&#34;${SNACK}&#34;`,
      );
      expect(html).toContain('<h1 id="mall-name">禾屿小食铺</h1>');
      expect(html).toContain(`href="?shop=${FLAGSHIP}"`);
      expect(html).toContain(`"${api}"`);
      // Relative to the page it must land on the same sandbox host, where the endpoint lives.
      const resolved = new URL(api, `http://127.0.0.1/sandbox/pdd/${path}`).pathname;
      expect(resolved.startsWith("/sandbox/pdd/mms.pinduoduo.com/")).toBe(true);
      expect(html).toContain(rowAttr);
      expect(html).not.toContain("innerHTML");
    },
  );

  it("defaults to the flagship mall and remembers the switch in the session cookie", async () => {
    expect((await page("mms.pinduoduo.com/orders/list")).html).toContain("禾屿官方旗舰店</h1>");
    const remembered = await page("mms.pinduoduo.com/orders/list", "", `tongshu_pdd_mall=${SNACK}`);
    expect(remembered.html).toContain("禾屿小食铺</h1>");
    expect((await page("mms.pinduoduo.com/nothing/here")).response).toBeNull();
  });

  it("answers a session-expired envelope on request", async () => {
    const path = "mms.pinduoduo.com/mangkhut/mms/recentOrderList";
    const request = new Request(`${BASE}${path}?session=expired`, { method: "POST", body: "{}" });
    const response = await pddSandbox(request, path, { demo, now: demo.now });
    expect(await response?.json()).toMatchObject({ success: false, errorCode: 43001 });
  });
});
