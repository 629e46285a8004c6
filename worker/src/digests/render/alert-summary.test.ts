import { describe, expect, it } from "vitest";
import type { DigestAlertRow } from "../content.ts";
import { alertSummary } from "./alert-summary.ts";
import { ALERT_ROWS, NASTY } from "./test-fixtures.ts";
import { translator } from "./translate.ts";

const zh = (row: DigestAlertRow) => alertSummary(row, translator("zh-CN"), "zh-CN");
const en = (row: DigestAlertRow) => alertSummary(row, translator("en"), "en");
const byRule = (rule: DigestAlertRow["rule"]) => {
  const row = ALERT_ROWS.find((r) => r.rule === rule);
  if (!row) throw new Error(rule);
  return row;
};

const roasLow: DigestAlertRow = {
  rule: "roas_low",
  severity: "warning",
  platform: "tmall",
  shopName: "天猫旗舰店",
  date: "2026-12-01",
  evidence: {
    channel: "直通车",
    campaignId: "c-88",
    campaignName: "双12 预热 围巾",
    spendFen: 50_000,
    attributedFen: 62_500,
    roas: 1.25,
    targetRoas: 2,
  },
  url: "https://tongshu.example.com/ads?from=2026-12-01&to=2026-12-01",
};

describe("alert summaries", () => {
  it("says what each rule found, from its evidence (zh-CN)", () => {
    expect(zh(byRule("low_stock"))).toBe(
      `${NASTY}：库存 3 件，日均卖出 2 件，约 1.5 天后（12月3日）断货`,
    );
    expect(zh(byRule("sync_stopped"))).toBe(
      "已 36.5 小时没有采集到数据，最近一次采集于 2026-11-30 21:05",
    );
    expect(zh(byRule("sales_drop"))).toBe(
      "12月1日 成交 ¥1,200.00，比前 4 周同星期均值 ¥2,040.00 低 41.2%",
    );
    expect(zh(byRule("refund_spike"))).toBe("12月1日 退款率 25.0%（40 单），前 28 天为 5.0%");
    expect(zh(byRule("anomaly"))).toBe("订单数激增：当日 95 单，近 28 天中位数 42.5 单");
    expect(zh(roasLow)).toBe("双12 预热 围巾：花费 ¥500.00，成交 ¥625.00，ROAS 1.25 低于目标 2.00");
  });

  it("says the same in English", () => {
    expect(en(byRule("low_stock"))).toBe(
      `${NASTY}: 3 in stock, selling 2 a day, runs out in about 1.5 days (3 Dec)`,
    );
    expect(en(byRule("sales_drop"))).toBe(
      "Sales ¥1,200.00 on 1 Dec, 41.2% below the 4-week same-weekday average of ¥2,040.00",
    );
    expect(en(byRule("anomaly"))).toBe(
      "Orders spiked: 95 orders against a 28-day median of 42.5 orders",
    );
    expect(en(roasLow)).toBe(
      "双12 预热 围巾: spent ¥500.00 for ¥625.00 in sales, ROAS 1.25 below the target of 2.00",
    );
  });

  it("reads a paid-amount anomaly in yuan, and an empty shelf as out of stock", () => {
    const anomaly: DigestAlertRow = {
      ...byRule("anomaly"),
      evidence: {
        metric: "paidFen",
        direction: "drop",
        value: 80_000,
        median: 512_345,
        historyDays: 21,
      },
    };
    expect(zh(anomaly)).toBe("成交金额骤降：当日 ¥800.00，近 21 天中位数 ¥5,123.45");
    const empty: DigestAlertRow = {
      ...byRule("low_stock"),
      evidence: {
        name: "羊毛围巾",
        stock: 0,
        unitsPerDay: 3.25,
        daysOfCover: 0,
        stockOutDate: "2026-12-02",
      },
    };
    expect(zh(empty)).toBe("羊毛围巾：已断货，日均卖出 3.3 件");
  });

  it("falls back to the rule's name when the evidence lacks a figure", () => {
    expect(zh({ ...byRule("sales_drop"), evidence: { valueFen: 100 } })).toBe(
      "销售下滑，详情见看板",
    );
    expect(en({ ...byRule("sync_stopped"), evidence: {} })).toBe(
      "Sync stopped: see the dashboard for details",
    );
    expect(
      zh({ ...byRule("anomaly"), evidence: { ...byRule("anomaly").evidence, metric: "visitors" } }),
    ).toBe("异常波动，详情见看板");
  });

  it("keeps a multi-line name on one line", () => {
    const row = {
      ...byRule("low_stock"),
      evidence: { ...byRule("low_stock").evidence, name: "围巾\n伪造行\u202e" },
    };
    expect(zh(row)).toMatch(/^围巾 伪造行：库存 3 件/);
  });
});
