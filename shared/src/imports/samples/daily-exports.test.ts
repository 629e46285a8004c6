import { describe, expect, it } from "vitest";
import type { Platform } from "../../schemas/primitives.ts";
import type { Traffic } from "../../schemas/traffic.ts";
import { JD_SHOP_DAILY_PARSER } from "../formats/jd-shop-daily.ts";
import { PDD_SHOP_DAILY_PARSER } from "../formats/pdd-shop-daily.ts";
import { SYCM_SHOP_DAILY_PARSER } from "../formats/sycm-shop-daily.ts";
import { mapImportTable, readImportFile } from "../import-file.ts";
import { jdShopDailyXlsx, pddShopDailyXlsx, sycmShopDailyXlsx } from "./daily-exports.ts";

const CAPTURED_AT = Date.UTC(2026, 11, 1);

type Figures = Omit<
  Traffic,
  "kind" | "platform" | "shopId" | "capturedAt" | "source" | "days" | "itemId"
>;

function dayOf(platform: Platform, parser: string, fileName: string, figures: Figures): Traffic {
  return {
    kind: "traffic",
    platform,
    shopId: "shop-9",
    capturedAt: CAPTURED_AT,
    source: { url: `import:${fileName}`, parser },
    days: 1,
    itemId: null,
    ...figures,
  };
}

async function readBack(bytes: Uint8Array, fileName: string, platform: Platform) {
  const table = await readImportFile(bytes, fileName);
  if (!table.format) throw new Error(`no format recognised in ${fileName}`);
  // No column of these exports may be taken for a buyer column and dropped.
  expect(table.droppedColumns).toEqual([]);
  const context = {
    platform,
    shopId: "shop-9",
    capturedAt: CAPTURED_AT,
    sourceUrl: `import:${fileName}`,
  };
  const mapped = mapImportTable(table, table.format, context);
  return { table, mapped, records: mapped.records.map((m) => m.record) };
}

const figures: Figures[] = [
  {
    date: "2026-11-01",
    visitors: 1024,
    pageViews: 3560,
    buyers: 40,
    paidOrders: 43,
    paidFen: 1234560,
    cartBuyers: 120,
    favBuyers: 35,
  },
  {
    date: "2026-11-02",
    visitors: 980,
    pageViews: null,
    buyers: 0,
    paidOrders: 0,
    paidFen: 0,
    cartBuyers: null,
    favBuyers: 3,
  },
  {
    date: "2026-11-03",
    visitors: null,
    pageViews: 4100,
    buyers: 25,
    paidOrders: 27,
    paidFen: 800001,
    cartBuyers: 77,
    favBuyers: null,
  },
];

describe("sycmShopDailyXlsx", () => {
  const file = "生意参谋_店铺_日.xlsx";
  const days = figures.map((f) => dayOf("taobao", SYCM_SHOP_DAILY_PARSER, file, f));

  it("puts the header on row 6 below the title block and reads back into the same days", async () => {
    // Written newest first: the writer sorts by date as the report does.
    const bytes = await sycmShopDailyXlsx([...days].reverse());
    const { table, mapped, records } = await readBack(bytes, file, "taobao");
    expect([table.format?.id, table.headerRowNumber]).toEqual(["sycm-shop-daily", 6]);
    expect(mapped.issues).toEqual([]);
    expect(records).toEqual(days);
    expect(mapped.records.map((m) => m.rows)).toEqual([[7], [8], [9]]);
  });

  it("refuses what a shop daily report cannot hold", async () => {
    const weekly = { ...days[0], days: 7 } as Traffic;
    await expect(sycmShopDailyXlsx([weekly])).rejects.toThrow(/single days/);
  });
});

describe("jdShopDailyXlsx", () => {
  const file = "商智_经营概况.xlsx";
  // 商智 has no favourite buyers: they are not written and read back unknown.
  const days = figures.map((f) =>
    dayOf("jd", JD_SHOP_DAILY_PARSER, file, { ...f, favBuyers: null }),
  );

  it("reads back into the same days", async () => {
    const { table, mapped, records } = await readBack(await jdShopDailyXlsx(days), file, "jd");
    expect([table.format?.id, table.headerRowNumber]).toEqual(["jd-shop-daily", 1]);
    expect(mapped.issues).toEqual([]);
    expect(records).toEqual(days);
  });
});

describe("pddShopDailyXlsx", () => {
  const file = "交易数据.xlsx";
  // 数据中心 has no add-to-cart buyers.
  const days = figures.map((f) =>
    dayOf("pdd", PDD_SHOP_DAILY_PARSER, file, { ...f, cartBuyers: null }),
  );

  it("reads back into the same days", async () => {
    const { table, mapped, records } = await readBack(await pddShopDailyXlsx(days), file, "pdd");
    expect([table.format?.id, table.headerRowNumber]).toEqual(["pdd-shop-daily", 1]);
    expect(mapped.issues).toEqual([]);
    expect(records).toEqual(days);
  });
});
