import type { DigestAlertRow, DigestContent, UrgentAlertsContent } from "../content.ts";

/** Test data only: a Hangzhou shop's daily digest for Tue 1 Dec 2026, written out by hand. */

export const NASTY = "<script>alert(1)</script> 保温杯 & 杯套";
export const SCARF = "冬季加厚羊毛围巾 男女同款";
export const SHEETS = "纯棉四件套 1.8m床";
export const EARBUDS = "无线蓝牙耳机 降噪";
export const CASE = "手机壳 iPhone 16";
export const UNSUBSCRIBE =
  "https://tongshu.example.com/api/v1/digests/unsubscribe?token=abc.def-123";

export const ALERT_ROWS: DigestAlertRow[] = [
  {
    rule: "low_stock",
    severity: "urgent",
    platform: "jd",
    shopName: "京东旗舰店",
    date: "2026-12-02",
    evidence: {
      productKey: "p-cup",
      name: NASTY,
      stock: 3,
      unitsSold: 60,
      unitsPerDay: 2,
      daysOfCover: 1.5,
      stockOutDate: "2026-12-03",
      coverDays: 7,
    },
    url: "https://tongshu.example.com/inventory?shop=jd:1001&product=p-cup",
  },
  {
    rule: "sync_stopped",
    severity: "urgent",
    platform: "pdd",
    shopName: "拼多多 小店",
    date: "2026-12-02",
    // 2026-11-30 13:05 UTC = 21:05 Beijing.
    evidence: { lastCapturedAt: Date.UTC(2026, 10, 30, 13, 5), hoursSince: 36.5, hours: 24 },
    url: "https://tongshu.example.com/?shop=pdd:777",
  },
  {
    rule: "sales_drop",
    severity: "warning",
    platform: "taobao",
    shopName: "杭州小铺",
    date: "2026-12-01",
    evidence: {
      valueFen: 120_000,
      week1Fen: 200_000,
      week2Fen: 210_000,
      week3Fen: 190_000,
      week4Fen: 216_000,
      baselineFen: 204_000,
      drop: 0.411764705882353,
      dropPercent: 30,
    },
    url: "https://tongshu.example.com/?from=2026-11-03&to=2026-12-01&shop=taobao:57300001",
  },
  {
    rule: "refund_spike",
    severity: "warning",
    platform: "taobao",
    shopName: "杭州小铺",
    date: "2026-12-01",
    evidence: {
      orders: 40,
      paidFen: 200_000,
      refundFen: 50_000,
      rate: 0.25,
      baselinePaidFen: 5_000_000,
      baselineRefundFen: 250_000,
      baselineRate: 0.05,
      threshold: 0.15,
    },
    url: "https://tongshu.example.com/?from=2026-11-03&to=2026-12-01&shop=taobao:57300001",
  },
  {
    rule: "anomaly",
    severity: "info",
    platform: "jd",
    shopName: "京东旗舰店",
    date: "2026-12-01",
    evidence: {
      metric: "orders",
      direction: "spike",
      value: 95,
      median: 42.5,
      mad: 6,
      z: 5.9,
      threshold: 3.5,
      historyDays: 28,
    },
    url: "https://tongshu.example.com/?from=2026-11-03&to=2026-12-01&shop=jd:1001",
  },
];

export const PROFIT: NonNullable<DigestContent["profit"]> = {
  profitFen: fig(345_678, 300_000, 400_000, 0.15226, -0.135805),
  marginRate: fig(0.292947, 0.285714, null, 0.025315, null),
  costCoverage: 0.82,
};

export function dailyDigest(overrides: Partial<DigestContent> = {}): DigestContent {
  return {
    locale: "zh-CN",
    workspaceName: "杭州小铺 & <b>Co</b>",
    kind: "daily",
    range: { from: "2026-12-01", to: "2026-12-01" },
    previous: { from: "2026-11-30", to: "2026-11-30" },
    lastYear: { from: "2025-12-01", to: "2025-12-01" },
    shops: null,
    sections: ["sales", "profit", "products", "stock", "alerts"],
    sales: {
      paidFen: fig(1_234_567, 1_099_347, 1_286_007, 0.123, -0.04),
      netSalesFen: fig(1_180_000, 1_050_000, null, 0.1238095238, null),
      orders: fig(156, 140, 160, 0.1142857143, -0.025),
      aovFen: fig(7914, 7852, 8038, 0.0078960774, -0.0154267231),
      refundRate: fig(0.025, 0.02, 0.03, 0.25, -0.1666666667),
      platforms: [
        { platform: "taobao", paidFen: 600_000, orders: 80, share: 0.486, vsPrevious: 0.1 },
        { platform: "jd", paidFen: 434_567, orders: 50, share: 0.352, vsPrevious: 0.25 },
        { platform: "pdd", paidFen: 200_000, orders: 26, share: 0.162, vsPrevious: -0.05 },
      ],
    },
    profit: PROFIT,
    products: {
      top: [
        product(SCARF, 120, 480_000, 0.3888, 400_000, 0.2),
        product(NASTY, 60, 300_000, 0.243, 290_000, 0.0344827586),
        product(SHEETS, 20, 250_000, 0.2031, 310_000, -0.1935483871),
        product(EARBUDS, 8, 120_000, 0.0972, 0, null),
        product(CASE, 40, 84_567, 0.0685, 90_000, -0.0603666667),
      ],
      risers: [
        product(SCARF, 120, 480_000, 0.3888, 400_000, 0.2),
        product(EARBUDS, 8, 120_000, 0.0972, 0, null),
      ],
      fallers: [product(SHEETS, 20, 250_000, 0.2031, 310_000, -0.1935483871)],
    },
    stock: {
      rows: [
        {
          name: NASTY,
          stock: 3,
          daysOfCover: 1.5,
          stockOutDate: "2026-12-03",
          reorderQuantity: 60,
        },
        {
          name: SCARF,
          stock: 14,
          daysOfCover: 3.5,
          stockOutDate: "2026-12-05",
          reorderQuantity: 90,
        },
        {
          name: SHEETS,
          stock: 40,
          daysOfCover: 12.34,
          stockOutDate: "2026-12-14",
          reorderQuantity: null,
        },
        { name: CASE, stock: null, daysOfCover: null, stockOutDate: null, reorderQuantity: 20 },
      ],
      lowStockCount: 2,
      reorderCount: 3,
    },
    alerts: { openCount: 7, urgentCount: 2, rows: ALERT_ROWS },
    links: {
      dashboard: "https://tongshu.example.com/?from=2026-12-01&to=2026-12-01",
      alerts: "https://tongshu.example.com/alerts?state=new",
      settings: "https://tongshu.example.com/settings/digests",
      unsubscribe: UNSUBSCRIBE,
    },
    // 2026-12-02 00:30 UTC = 08:30 Beijing.
    generatedAt: Date.UTC(2026, 11, 2, 0, 30),
    ...overrides,
  };
}

export function urgentAlerts(overrides: Partial<UrgentAlertsContent> = {}): UrgentAlertsContent {
  return {
    locale: "zh-CN",
    workspaceName: "杭州小铺 & <b>Co</b>",
    alerts: ALERT_ROWS.slice(0, 2),
    links: {
      alerts: "https://tongshu.example.com/alerts?state=new",
      settings: "https://tongshu.example.com/settings/digests",
      unsubscribe: UNSUBSCRIBE,
    },
    generatedAt: Date.UTC(2026, 11, 2, 1, 0),
    ...overrides,
  };
}

function fig(
  value: number | null,
  previous: number | null,
  lastYear: number | null,
  vsPrevious: number | null,
  vsLastYear: number | null,
) {
  return { value, previous, lastYear, vsPrevious, vsLastYear };
}

function product(
  name: string,
  units: number,
  paidFen: number,
  share: number | null,
  previousPaidFen: number,
  paidVsPrevious: number | null,
) {
  return { name, units, paidFen, share, previousPaidFen, paidVsPrevious };
}
