import type { CoverageResponse, Platform, RecordKind, ShopCoverage } from "@tongshu/shared";

// Per kind: its table and the column holding the business day it describes (null: no dates).
const KIND_SOURCES: Array<[RecordKind, string, string | null]> = [
  ["order", "orders", "biz_date"],
  ["sku", "skus", null],
  ["traffic", "traffic", "date"],
  ["ad", "ads", "date"],
  ["refund", "refunds", "biz_date"],
  ["settlement", "settlements", "biz_date"],
];

interface CoverageRow {
  kind: RecordKind;
  platform: Platform;
  shop_id: string;
  records: number;
  first_date: string | null;
  last_date: string | null;
  last_captured_at: number | null;
}

// One statement per kind (D1 caps the terms of a compound SELECT, so no UNION ALL of six).
const COVERAGE_SQL = KIND_SOURCES.map(
  ([kind, table, date]) =>
    `SELECT '${kind}' AS kind, platform, shop_id, count(*) AS records,
       ${date ? `min(${date})` : "NULL"} AS first_date, ${date ? `max(${date})` : "NULL"} AS last_date,
       max(captured_at) AS last_captured_at
     FROM ${table} WHERE workspace_id = ?1 GROUP BY platform, shop_id`,
);

/** What a workspace holds per shop and kind: counts, day span and the latest capture. */
export async function getCoverage(
  db: D1Database,
  workspaceId: string,
  shopScope: string[] | null = null,
): Promise<CoverageResponse> {
  const [shopRows, ...kindResults] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        "SELECT platform, shop_id, shop_name FROM shops WHERE workspace_id = ? ORDER BY platform, shop_id",
      )
      .bind(workspaceId),
    ...COVERAGE_SQL.map((sql) => db.prepare(sql).bind(workspaceId)),
  ]);
  const kindRows = kindResults.flatMap((r) => r.results) as unknown as CoverageRow[];
  const shops = new Map<string, ShopCoverage>();
  for (const row of (shopRows?.results ?? []) as Array<{
    platform: Platform;
    shop_id: string;
    shop_name: string | null;
  }>) {
    shops.set(`${row.platform}|${row.shop_id}`, {
      platform: row.platform,
      shopId: row.shop_id,
      shopName: row.shop_name,
      kinds: [],
    });
  }
  for (const row of kindRows) {
    shops.get(`${row.platform}|${row.shop_id}`)?.kinds.push({
      kind: row.kind,
      records: row.records,
      firstDate: row.first_date,
      lastDate: row.last_date,
      lastCapturedAt: row.last_captured_at,
    });
  }
  const order = KIND_SOURCES.map(([kind]) => kind);
  for (const shop of shops.values())
    shop.kinds.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const visible = [...shops.values()].filter(
    (s) => shopScope === null || shopScope.includes(`${s.platform}:${s.shopId}`),
  );
  return { shops: visible };
}
