import type { AlertRuleId, Platform } from "@tongshu/shared";
import type { Locale } from "../lib/i18n.ts";
import { STALE_AFTER_MS } from "./insights-cache.ts";

/** The overlay's strings (zh-CN first; English the same keys, checked by strings.test.ts). */
const zhCN = {
  "panel.title": "通数",
  "panel.collapse": "收起",
  "panel.expand": "展开通数面板",
  "panel.drag": "拖动面板",
  "panel.today": "今日各平台",
  "panel.here": "本平台",
  "panel.orders": "{count} 单",
  "panel.noToday": "今日暂无成交",
  "panel.alerts": "未处理提醒 {count}",
  "panel.noAlerts": "暂无提醒",
  "panel.team": "团队数据",
  "panel.local": "本机数据（未配对）",
  "age.now": "刚刚",
  "age.minutes": "{n} 分钟前",
  "age.hours": "{n} 小时前",
  "age.days": "{n} 天前",
  "age.stale": "数据可能过期",
  "product.units": "7天 {here7}/{all7} · 30天 {here30}/{all30}",
  "product.unitsTitle": "销量：本平台/全平台",
  "product.stock": "库存",
  "product.unknown": "未知",
  "product.cover": "可售 {days} 天",
  "product.lowStock": "低库存",
  "product.margin": "毛利率 {rate}",
  "order.repeat": "回头客 · {count} 单",
  "order.refundBuyer": "退款风险 · 买家 {rate}",
  "order.refundSku": "退款风险 · 商品 {rate}",
  "order.unusual": "金额异常 · 中位数 {median} 的 {times} 倍",
  "rule.low_stock": "低库存",
  "rule.sales_drop": "销售下滑",
  "rule.refund_spike": "退款激增",
  "rule.roas_low": "投产偏低",
  "rule.sync_stopped": "同步中断",
  "rule.anomaly": "数据异常",
  "platform.taobao": "淘宝",
  "platform.tmall": "天猫",
  "platform.jd": "京东",
  "platform.pdd": "拼多多",
} as const;
export type OverlayKey = keyof typeof zhCN;

const en: Record<OverlayKey, string> = {
  "panel.title": "Tongshu",
  "panel.collapse": "Collapse",
  "panel.expand": "Open the Tongshu panel",
  "panel.drag": "Drag the panel",
  "panel.today": "Today by platform",
  "panel.here": "this platform",
  "panel.orders": "{count} orders",
  "panel.noToday": "No sales yet today",
  "panel.alerts": "Open alerts {count}",
  "panel.noAlerts": "No open alerts",
  "panel.team": "Team figures",
  "panel.local": "This browser's figures (not paired)",
  "age.now": "just now",
  "age.minutes": "{n} min ago",
  "age.hours": "{n} h ago",
  "age.days": "{n} days ago",
  "age.stale": "figures may be out of date",
  "product.units": "7d {here7}/{all7} · 30d {here30}/{all30}",
  "product.unitsTitle": "Units: this platform / all platforms",
  "product.stock": "Stock",
  "product.unknown": "unknown",
  "product.cover": "{days} days of cover",
  "product.lowStock": "Low stock",
  "product.margin": "Margin {rate}",
  "order.repeat": "Repeat buyer · {count} orders",
  "order.refundBuyer": "Refund risk · buyer {rate}",
  "order.refundSku": "Refund risk · item {rate}",
  "order.unusual": "Unusual amount · {times}× the median {median}",
  "rule.low_stock": "Low stock",
  "rule.sales_drop": "Sales drop",
  "rule.refund_spike": "Refund spike",
  "rule.roas_low": "Low ROAS",
  "rule.sync_stopped": "Sync stopped",
  "rule.anomaly": "Anomaly",
  "platform.taobao": "Taobao",
  "platform.tmall": "Tmall",
  "platform.jd": "JD",
  "platform.pdd": "Pinduoduo",
};

export const OVERLAY_CATALOGUES: Record<Locale, Record<OverlayKey, string>> = { "zh-CN": zhCN, en };

export type OverlayTranslate = (
  key: OverlayKey,
  params?: Record<string, string | number>,
) => string;

export function overlayTranslator(locale: Locale): OverlayTranslate {
  const catalogue = OVERLAY_CATALOGUES[locale];
  return (key, params = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

export const platformKey = (p: Platform): OverlayKey => `platform.${p}`;
export const ruleKey = (r: AlertRuleId): OverlayKey => `rule.${r}`;

/** "3 分钟前"; `stale` once the copy is older than STALE_AFTER_MS. */
export function describeAge(
  asOf: number,
  now: number,
  t: OverlayTranslate,
): { text: string; stale: boolean } {
  const minutes = Math.max(0, Math.floor((now - asOf) / 60_000));
  const text =
    minutes < 1
      ? t("age.now")
      : minutes < 60
        ? t("age.minutes", { n: minutes })
        : minutes < 48 * 60
          ? t("age.hours", { n: Math.floor(minutes / 60) })
          : t("age.days", { n: Math.floor(minutes / 1440) });
  return { text, stale: now - asOf > STALE_AFTER_MS };
}

/** 0.314 → "31%". */
export const percent = (rate: number) => `${Math.round(rate * 100)}%`;
