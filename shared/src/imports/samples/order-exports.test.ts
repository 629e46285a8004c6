import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { Order } from "../../schemas/order.ts";
import { OrderSchema } from "../../schemas/order.ts";
import { jdOrdersFormat } from "../formats/jd-orders.ts";
import { pddOrdersFormat } from "../formats/pdd-orders.ts";
import { taobaoOrdersFormat } from "../formats/taobao-orders.ts";
import { mapImportTable, readImportFile } from "../import-file.ts";
import { toImportRows } from "../match-columns.ts";
import type { ImportContext, ImportFormat } from "../types.ts";
import {
  JD_SAMPLE_ORDERS,
  PDD_SAMPLE_ORDERS,
  TAOBAO_SAMPLE_ORDERS,
} from "./order-export-fixtures.ts";
import { jdOrdersCsv, pddOrdersCsv, taobaoOrdersCsv } from "./order-exports.ts";

const capturedAt = Date.UTC(2026, 10, 20, 4);
const contextOf = (order: Order | undefined, file: string): ImportContext => ({
  platform: order?.platform ?? "taobao",
  shopId: order?.shopId ?? "",
  capturedAt,
  sourceUrl: `import:${file}`,
});

/** The simple path: decode, split the CSV, map the rows (no buyer-column dropping). */
function readBack(
  bytes: Uint8Array,
  encoding: string,
  format: ImportFormat,
  context: ImportContext,
) {
  const text = new TextDecoder(encoding).decode(bytes);
  const [header = [], ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return format.toRecords(toImportRows(format, header, rows, 2), context);
}

/** What an import of `order` yields when the export carries every field. */
const stamped = (order: Order, context: ImportContext, parser: string): Order => ({
  ...order,
  capturedAt: context.capturedAt,
  source: { url: context.sourceUrl, parser },
});

const records = (result: { records: { record: unknown }[] }) => result.records.map((r) => r.record);

describe("sample order exports", () => {
  it("are built from valid canonical orders", () => {
    for (const order of [...TAOBAO_SAMPLE_ORDERS, ...JD_SAMPLE_ORDERS, ...PDD_SAMPLE_ORDERS])
      expect(OrderSchema.safeParse(order).success).toBe(true);
  });

  it("taobao: GBK sub-order sheet round-trips, except postage, region, SKU id and completion", () => {
    const bytes = taobaoOrdersCsv(TAOBAO_SAMPLE_ORDERS, { seed: 7 });
    expect(taobaoOrdersCsv(TAOBAO_SAMPLE_ORDERS, { seed: 7 })).toEqual(bytes);
    const text = new TextDecoder("gb18030").decode(bytes);
    expect(text).toContain('="3306670536474051657"');
    const context = contextOf(TAOBAO_SAMPLE_ORDERS[0], "ExportOrderDetailList.csv");
    const result = readBack(bytes, "gb18030", taobaoOrdersFormat, context);
    expect(result.issues).toEqual([]);
    // The sheet has no postage, address, SKU id or 确认收货时间 column: postage drops out of
    // what was paid (each line's 实付 is its goods share), the rest reads as unknown.
    const expected = TAOBAO_SAMPLE_ORDERS.map((order) => ({
      ...stamped(order, context, "import/taobao-orders@1"),
      shippingFen: 0,
      paidFen: order.paidFen === 0 ? 0 : order.paidFen - order.shippingFen,
      province: null,
      city: null,
      completedAt: null,
      lines: order.lines.map((line) => ({ ...line, skuId: null })),
    }));
    expect(records(result)).toEqual(expected);
  });

  it("jd: GBK export round-trips; the region comes back once the reader derives it", async () => {
    const bytes = jdOrdersCsv(JD_SAMPLE_ORDERS);
    const context = contextOf(JD_SAMPLE_ORDERS[0], "订单导出.csv");
    const simple = readBack(bytes, "gb18030", jdOrdersFormat, context);
    expect(simple.issues).toEqual([]);
    const expected = JD_SAMPLE_ORDERS.map((order) => stamped(order, context, "import/jd-orders@1"));
    // Without the reader, 客户地址 is not a column the format reads.
    expect(records(simple)).toEqual(expected.map((o) => ({ ...o, province: null, city: null })));
    const table = await readImportFile(bytes, "订单导出.csv");
    expect(table.format?.id).toBe("jd-orders");
    expect(records(mapImportTable(table, jdOrdersFormat, context))).toEqual(expected);
  });

  it("pdd: UTF-8 export round-trips; createdAt is the earliest time the export has", () => {
    const bytes = pddOrdersCsv(PDD_SAMPLE_ORDERS);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const context = contextOf(PDD_SAMPLE_ORDERS[0], "orders_export.csv");
    const result = readBack(bytes, "utf-8", pddOrdersFormat, context);
    expect(result.issues).toEqual([]);
    const expected = PDD_SAMPLE_ORDERS.map((order) => ({
      ...stamped(order, context, "import/pdd-orders@1"),
      createdAt: order.paidAt ?? order.createdAt,
    }));
    expect(records(result)).toEqual(expected);
  });

  it("fill the buyer columns with fake people, and the reader drops every one of them", async () => {
    const files = [
      {
        bytes: taobaoOrdersCsv(TAOBAO_SAMPLE_ORDERS),
        name: "ExportOrderDetailList.csv",
        id: "taobao-orders",
      },
      { bytes: jdOrdersCsv(JD_SAMPLE_ORDERS), name: "订单导出.csv", id: "jd-orders" },
      { bytes: pddOrdersCsv(PDD_SAMPLE_ORDERS), name: "orders_export.csv", id: "pdd-orders" },
    ];
    const fakes = [
      "张三",
      "李四",
      "王五",
      "赵六",
      "孙七",
      "周八",
      "****",
      "文三路",
      "330106",
      "tb_",
      "jd_",
    ];
    for (const file of files) {
      const raw = new TextDecoder(file.id === "pdd-orders" ? "utf-8" : "gb18030").decode(
        file.bytes,
      );
      expect(fakes.filter((fake) => raw.includes(fake)).length).toBeGreaterThan(3);
      const table = await readImportFile(file.bytes, file.name);
      expect(table.format?.id).toBe(file.id);
      expect(table.droppedColumns.length).toBeGreaterThan(2);
      const kept = JSON.stringify({ headers: table.headers, rows: table.rows });
      for (const fake of fakes)
        expect([file.id, fake, kept.includes(fake)]).toEqual([file.id, fake, false]);
    }
  });
});
