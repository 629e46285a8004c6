import type { ImportFormat, ImportTable } from "@tongshu/shared/imports/index";

/**
 * A small daily-report layout for tests (the real formats live in shared/src/imports/formats):
 * 统计日期 + 访客数 → one shop-level traffic record per row; a bad count is an issue.
 */
export const TEST_FORMAT: ImportFormat = {
  id: "sycm-shop-daily",
  platforms: ["taobao", "tmall"],
  kind: "shop-daily",
  label: { zh: "测试 日报", en: "Test daily" },
  columns: [
    { key: "date", headers: ["统计日期"], required: true },
    { key: "uv", headers: ["访客数"], required: true },
  ],
  toRecords(rows, context) {
    const records: ReturnType<ImportFormat["toRecords"]>["records"] = [];
    const issues: ReturnType<ImportFormat["toRecords"]>["issues"] = [];
    for (const row of rows) {
      const uv = row.get("uv");
      if (!/^\d+$/.test(uv)) {
        issues.push({
          row: row.rowNumber,
          column: row.header("uv"),
          code: "bad_number",
          value: uv,
          message: `not a whole count: ${uv}`,
        });
        continue;
      }
      records.push({
        rows: [row.rowNumber],
        record: {
          kind: "traffic",
          platform: context.platform,
          shopId: context.shopId,
          capturedAt: context.capturedAt,
          source: { url: context.sourceUrl, parser: "import/test-daily@1" },
          date: row.get("date"),
          days: 1,
          itemId: null,
          visitors: Number(uv),
          pageViews: null,
          buyers: null,
          paidOrders: null,
          paidFen: null,
          cartBuyers: null,
          favBuyers: null,
        },
      });
    }
    return { records, issues };
  },
};

/** A read table of TEST_FORMAT: header on row 3 (a title block above), three data rows. */
export function testTable(overrides: Partial<ImportTable> = {}): ImportTable {
  return {
    fileName: "日报.csv",
    fileType: "csv",
    encoding: "gbk",
    format: TEST_FORMAT,
    headerRowNumber: 3,
    headers: ["统计日期", "访客数", "收货地区"],
    rows: [
      ["2026-11-01", "120", "浙江省 杭州市"],
      ["2026-11-02", "abc", ""],
      ["2026-11-03", "95", ""],
    ],
    rowNumbers: [4, 5, 7],
    droppedColumns: ["买家会员名", "联系手机"],
    closest: null,
    ...overrides,
  };
}
