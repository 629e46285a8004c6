import type { Order } from "@tongshu/shared";
import { mapImportTable, readImportFile } from "@tongshu/shared/imports/index";
import { taobaoOrdersCsv } from "@tongshu/shared/imports/samples/order-exports";
import Papa from "papaparse";
import { createDemoWorkspace } from "../worker/src/demo/index.ts";
import { DEMO_SEED } from "../worker/src/sandbox/demo-cache.ts";
import { type BenchEntry, entry } from "./lib/report.ts";

/** The size the issue names: a 100k-row export must import without freezing the page. */
const ROWS = 100_000;
const RUNS = 3;
const SHOP = "2212978279481";

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * A 千牛 order export of ROWS sub-order rows: the demo's orders of every shop, written as one
 * Taobao shop's (ids made unique per copy), repeated until the file is big enough.
 */
function bigExport(): Uint8Array {
  const demo = createDemoWorkspace({
    seed: DEMO_SEED,
    today: "2026-11-20",
    nowHour: 14,
    scale: 0.1,
  });
  const base: Order[] = [];
  for (const chunk of demo.records())
    for (const record of chunk) if (record.kind === "order") base.push(record);
  const orders: Order[] = [];
  let rows = 0;
  for (let copy = 0; rows < ROWS; copy++)
    for (const order of base) {
      if (rows >= ROWS) break;
      const id = `c${copy}-${order.orderId}`;
      orders.push({
        ...order,
        platform: "taobao",
        shopId: SHOP,
        orderId: id,
        lines: order.lines.map((line, i) => ({ ...line, lineId: `${id}-${i}` })),
      });
      rows += order.lines.length;
    }
  return taobaoOrdersCsv(orders, { merged: true });
}

/**
 * Import parsing speed: reading a 100k-row GBK CSV (decode, CSV, header detection, dropping
 * buyer columns) and mapping it to canonical orders (cell parsing, grouping, schema checks), as
 * the dashboard's import worker and `npm run import` do, against the floor of the same work:
 * decoding the bytes and splitting the CSV alone.
 */
export async function benchImport(): Promise<BenchEntry[]> {
  const bytes = bigExport();
  const imports: number[] = [];
  const floors: number[] = [];
  let records = 0;
  let issues = 0;
  for (let run = 0; run < RUNS; run++) {
    let started = performance.now();
    const table = await readImportFile(bytes, "big.csv");
    if (!table.format) throw new Error("the bench export was not recognised");
    const mapped = mapImportTable(table, table.format, {
      platform: "taobao",
      shopId: SHOP,
      capturedAt: Date.UTC(2026, 10, 21),
      sourceUrl: "import:big.csv",
    });
    imports.push(performance.now() - started);
    records = mapped.records.length;
    issues = mapped.issues.length;
    started = performance.now();
    const text = new TextDecoder("gb18030").decode(bytes);
    Papa.parse<string[]>(text, { delimiter: "," });
    floors.push(performance.now() - started);
  }
  const rowsPerSecond = Math.round(ROWS / (median(imports) / 1000));
  return [
    entry({
      name: `import: read and map a ${ROWS.toLocaleString("en-US")}-row 千牛 export`,
      metric: "ms",
      value: median(imports),
      baselineName: "decode + split the same CSV",
      baseline: median(floors),
      notes: `median of ${RUNS}; ${rowsPerSecond.toLocaleString("en-US")} rows/s; ${(bytes.length / 1_048_576).toFixed(1)} MiB → ${records.toLocaleString("en-US")} orders, ${issues} issues`,
    }),
  ];
}
