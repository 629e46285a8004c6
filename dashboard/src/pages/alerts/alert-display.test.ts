import { ALERT_RULE_IDS, type Alert } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { en } from "../../i18n/en.ts";
import {
  CATALOGUES,
  type MessageKey,
  type MessageParams,
  translate,
} from "../../i18n/translate.ts";
import { zhCN } from "../../i18n/zh-cn.ts";
import {
  alertLinkTarget,
  alertSubject,
  EVIDENCE_FIELDS,
  evidenceItems,
  evidenceLabelKey,
} from "./alert-display.ts";

const t = (key: MessageKey, params?: MessageParams) => translate(CATALOGUES["zh-CN"], key, params);
const texts = (items: Array<{ label: string; text: string }>) =>
  items.map((i) => `${i.label}=${i.text}`);

describe("evidence labels", () => {
  it("has a label in both languages for every rule's evidence key", () => {
    for (const rule of ALERT_RULE_IDS) {
      for (const [key] of EVIDENCE_FIELDS[rule]) {
        const label = evidenceLabelKey(rule, key);
        expect({ label, zh: Object.hasOwn(zhCN, label) }).toEqual({ label, zh: true });
        expect({ label, en: Object.hasOwn(en, label) }).toEqual({ label, en: true });
      }
    }
  });
});

describe("evidenceItems", () => {
  it("reads low stock in units, days and a date, leaving names to the subject line", () => {
    const evidence = {
      productKey: "pd_1",
      name: "不粘炒锅",
      stock: 3,
      unitsSold: 40,
      unitsPerDay: 1.3333333,
      daysOfCover: 2.25,
      stockOutDate: "2026-12-05",
      coverDays: 7,
    };
    expect(texts(evidenceItems("low_stock", evidence, t))).toEqual([
      "当前库存=3 件",
      "近30天销量=40 件",
      "日均销量=1.33 件/天",
      "可售天数=2.3 天",
      "预计断货日=2026-12-05",
      "预警线：可售少于=7 天",
    ]);
  });

  it("reads fen as yuan (rounding fractional fen) and ratios and percents as %", () => {
    const evidence = {
      valueFen: 33880,
      week1Fen: 20530,
      week2Fen: 28940,
      week3Fen: 177160,
      week4Fen: 27560,
      baselineFen: 63547.5,
      drop: 0.4668555,
      dropPercent: 30,
    };
    expect(texts(evidenceItems("sales_drop", evidence, t)).slice(0, 5)).toEqual([
      "当日支付金额=¥338.80",
      "前4周同星期均值=¥635.48",
      "降幅=46.7%",
      "预警线：降幅超过=30%",
      "7天前=¥205.30",
    ]);
  });

  it("reads an anomaly's figures in the unit of its metric, and null as a dash", () => {
    const base = { direction: "drop", z: -4.1234, threshold: 3.5, historyDays: 28 };
    const paid = { ...base, metric: "paidFen", value: 1000, median: 52000.5, mad: null };
    expect(texts(evidenceItems("anomaly", paid, t))).toEqual([
      "指标=支付金额",
      "方向=骤降",
      "当日值=¥10.00",
      "历史中位数=¥520.01",
      "中位数绝对偏差=—",
      "偏离程度 |z|=-4.12",
      "预警线：|z| 达到=3.50",
      "参考天数=28 天",
    ]);
    const orders = {
      ...base,
      metric: "orders",
      direction: "spike",
      value: 40,
      median: 12.5,
      mad: 2,
    };
    expect(texts(evidenceItems("anomaly", orders, t)).slice(1, 4)).toEqual([
      "方向=激增",
      "当日值=40 单",
      "历史中位数=12.5 单",
    ]);
  });

  it("shows the Beijing time of an instant and keys it does not know under their own name", () => {
    // 2026-12-01 16:00 UTC is 2026-12-02 00:00 in Beijing.
    const evidence = {
      lastCapturedAt: Date.UTC(2026, 11, 1, 16),
      hoursSince: 26.44,
      hours: 24,
      extra: 0.123456,
    };
    expect(texts(evidenceItems("sync_stopped", evidence, t))).toEqual([
      "最近采集（北京时间）=2026-12-02 00:00",
      "已中断=26.4 小时",
      "预警线：中断超过=24 小时",
      "extra=0.1235",
    ]);
  });
});

describe("alertSubject", () => {
  const alert = (over: Partial<Alert>) =>
    ({
      rule: "sales_drop",
      subject: "jd:1",
      shopId: "1",
      shopName: "京东店",
      evidence: {},
      ...over,
    }) as Alert;

  it("names the shop, and the product or campaign when there is one", () => {
    expect(alertSubject(alert({}))).toEqual({ shop: "京东店", item: null });
    expect(
      alertSubject(alert({ rule: "low_stock", shopName: null, evidence: { name: "炒锅 30cm" } })),
    ).toEqual({ shop: "1", item: "炒锅 30cm" });
    expect(
      alertSubject(alert({ rule: "roas_low", evidence: { campaignName: null, campaignId: "c9" } })),
    ).toEqual({ shop: "京东店", item: "c9" });
  });

  it("falls back to the raw subject with no shop", () => {
    expect(alertSubject(alert({ shopId: null, shopName: null }))).toEqual({
      shop: null,
      item: "jd:1",
    });
  });
});

describe("alertLinkTarget", () => {
  it("follows dashboard paths and names their page", () => {
    expect(alertLinkTarget("/inventory?shop=tmall:1&product=pd_1")?.route?.id).toBe("inventory");
    expect(alertLinkTarget("/?from=2026-11-04&to=2026-12-02&shop=jd:1")?.route?.id).toBe(
      "overview",
    );
    expect(alertLinkTarget("/nowhere")).toEqual({ to: "/nowhere", route: null });
  });

  it("does not follow other origins", () => {
    expect(alertLinkTarget("https://evil.example/")).toBeNull();
    expect(alertLinkTarget("//evil.example/")).toBeNull();
    expect(alertLinkTarget("/\\evil.example")).toBeNull();
  });
});
