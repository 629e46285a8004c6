import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  addDays,
  type CanonicalRecord,
  type ImportFormatId,
  listDates,
  type Order,
  type Platform,
  type Sku,
  type Traffic,
} from "@tongshu/shared";
import {
  jdItemsXlsx,
  pddGoodsCsv,
  taobaoItemsXlsx,
} from "@tongshu/shared/imports/samples/catalogue-exports";
import {
  jdShopDailyXlsx,
  pddShopDailyXlsx,
  sycmShopDailyXlsx,
} from "@tongshu/shared/imports/samples/daily-exports";
import {
  jdOrdersCsv,
  pddOrdersCsv,
  taobaoOrdersCsv,
} from "@tongshu/shared/imports/samples/order-exports";
import { backfillWindow, orderDay } from "../../worker/src/demo/backfill.ts";
import type { DemoShop, DemoWorkspace } from "../../worker/src/demo/index.ts";

/** One export file as a back office would hand it to the demo seller. */
export interface SampleExport {
  fileName: string;
  bytes: Uint8Array;
  format: ImportFormatId;
  platform: Platform;
  shopId: string;
  shopName: string;
  /** What importing it shows, for the start banner and the README. */
  note: string;
}

/** The amount one sample order's export disagrees with its capture (a key conflict to find). */
export const CONFLICT_FEN = 500;

function shopOf(demo: DemoWorkspace, platform: Platform): DemoShop {
  const shop = demo.shops.find((s) => s.platform === platform);
  if (!shop) throw new Error(`the demo has no ${platform} shop`);
  return shop;
}

function records<K extends CanonicalRecord["kind"]>(
  demo: DemoWorkspace,
  shop: DemoShop,
  from: string,
  to: string,
  kind: K,
): Array<Extract<CanonicalRecord, { kind: K }>> {
  return listDates({ from, to }).flatMap((date) =>
    demo
      .dayRecords(date, shop.shopId)
      .filter((r): r is Extract<CanonicalRecord, { kind: K }> => r.kind === kind),
  );
}

const paidInRange = (from: string, to: string) => (order: Order) => {
  const day = orderDay(order);
  return day >= from && day <= to;
};

/**
 * The one order whose export disagrees with what the extension captured: ¥5.00 less paid, as
 * when a platform red packet (红包) is counted on one side only. It is paid, in the days around
 * the backfill window that were captured, so the data-quality page lists a key conflict.
 */
function withConflict(orders: Order[], captured: (order: Order) => boolean): Order[] {
  const index = orders.findIndex(
    (o) =>
      captured(o) &&
      o.paidAt !== null &&
      o.lines.length === 1 &&
      (o.lines[0]?.paidFen ?? 0) > 2 * CONFLICT_FEN,
  );
  return orders.map((order, i) => {
    if (i !== index) return order;
    const [line] = order.lines;
    if (!line) return order;
    return {
      ...order,
      discountFen: order.discountFen + CONFLICT_FEN,
      paidFen: order.paidFen - CONFLICT_FEN,
      lines: [{ ...line, paidFen: line.paidFen - CONFLICT_FEN }],
    };
  });
}

const shopDaily = (traffic: Traffic[]) =>
  traffic
    .filter((t) => t.itemId === null && t.days === 1)
    .sort((a, b) => a.date.localeCompare(b.date));

const skusOf = (demo: DemoWorkspace, shop: DemoShop): Sku[] =>
  demo.skuRecords().filter((s) => s.shopId === shop.shopId);

/**
 * The sample exports of the demo workspace, in the platforms' real layouts (the writers in
 * shared/src/imports/samples): the 千牛 order export that fills the backfill window (plus three
 * captured days each side, which merge unchanged, one of them in conflict), JD and Pinduoduo
 * order exports of the last two weeks, each platform's product export, and the daily shop
 * figures of 生意参谋, 京东商智 and 拼多多数据中心 for the last 90 days.
 */
export async function demoSampleExports(demo: DemoWorkspace): Promise<SampleExport[]> {
  const window = backfillWindow(demo);
  if (!window) return [];
  const tb = shopOf(demo, "taobao");
  const jd = shopOf(demo, "jd");
  const pdd = shopOf(demo, "pdd");
  const yesterday = addDays(demo.today, -1);
  const from = addDays(window.from, -3);
  const to = addDays(window.to, 3);
  const inWindow = paidInRange(window.from, window.to);
  const taobaoOrders = withConflict(
    records(demo, tb, addDays(from, -2), to, "order").filter(paidInRange(from, to)),
    (order) => !inWindow(order),
  );
  const twoWeeks = addDays(demo.today, -14);
  const ninety = addDays(demo.today, -90);
  const base = (shop: DemoShop) => ({
    platform: shop.platform,
    shopId: shop.shopId,
    shopName: shop.shopName,
  });
  const stamp = (d: string) => d.replaceAll("-", "");
  return [
    {
      ...base(tb),
      fileName: `千牛-订单导出-${stamp(from)}-${stamp(to)}.csv`,
      bytes: taobaoOrdersCsv(taobaoOrders, { seed: demo.seed, merged: true }),
      format: "taobao-orders",
      note: `fills ${window.from} ~ ${window.to}, the days the demo never captured; one order disagrees with its capture`,
    },
    {
      ...base(jd),
      fileName: `京东-订单导出-${stamp(twoWeeks)}-${stamp(yesterday)}.csv`,
      bytes: jdOrdersCsv(
        records(demo, jd, addDays(twoWeeks, -2), yesterday, "order").filter(
          paidInRange(twoWeeks, yesterday),
        ),
        { seed: demo.seed },
      ),
      format: "jd-orders",
      note: "orders already captured: they merge, nothing changes",
    },
    {
      ...base(pdd),
      fileName: `拼多多-订单导出-${stamp(twoWeeks)}-${stamp(yesterday)}.csv`,
      bytes: pddOrdersCsv(
        records(demo, pdd, addDays(twoWeeks, -2), yesterday, "order").filter(
          paidInRange(twoWeeks, yesterday),
        ),
        { seed: demo.seed },
      ),
      format: "pdd-orders",
      note: "orders already captured: they merge, nothing changes",
    },
    {
      ...base(tb),
      fileName: "千牛-出售中的宝贝.xlsx",
      bytes: await taobaoItemsXlsx(skusOf(demo, tb)),
      format: "taobao-items",
      note: "the shop's SKUs and stock",
    },
    {
      ...base(jd),
      fileName: "京东-商品导出.xlsx",
      bytes: await jdItemsXlsx(skusOf(demo, jd)),
      format: "jd-items",
      note: "the shop's SKUs and stock",
    },
    {
      ...base(pdd),
      fileName: "拼多多-商品导出.csv",
      bytes: await pddGoodsCsv(skusOf(demo, pdd)),
      format: "pdd-goods",
      note: "the shop's SKUs and stock",
    },
    {
      ...base(tb),
      fileName: `生意参谋-店铺-日-${stamp(ninety)}-${stamp(yesterday)}.xlsx`,
      bytes: await sycmShopDailyXlsx(shopDaily(records(demo, tb, ninety, yesterday, "traffic"))),
      format: "sycm-shop-daily",
      note: "the shop's daily figures: the day totals orders are checked against",
    },
    {
      ...base(jd),
      fileName: `京东商智-店铺-日-${stamp(ninety)}-${stamp(yesterday)}.xlsx`,
      bytes: await jdShopDailyXlsx(shopDaily(records(demo, jd, ninety, yesterday, "traffic"))),
      format: "jd-shop-daily",
      note: "the shop's daily figures",
    },
    {
      ...base(pdd),
      fileName: `拼多多-数据中心-${stamp(ninety)}-${stamp(yesterday)}.xlsx`,
      bytes: await pddShopDailyXlsx(shopDaily(records(demo, pdd, ninety, yesterday, "traffic"))),
      format: "pdd-shop-daily",
      note: "the shop's daily figures",
    },
  ];
}

/**
 * Writes the sample exports into `dir`, each stamped with `modifiedAt` (the demo's "now"): an
 * import stamps records with the file's time, and a capture of the same day must stay newer.
 */
export function writeSampleExports(
  dir: string,
  exports: SampleExport[],
  modifiedAt: number,
): string[] {
  mkdirSync(dir, { recursive: true });
  return exports.map((sample) => {
    const file = join(dir, sample.fileName);
    writeFileSync(file, sample.bytes);
    const seconds = modifiedAt / 1000;
    utimesSync(file, seconds, seconds);
    return file;
  });
}
