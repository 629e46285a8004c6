import type { Platform } from "@tongshu/shared";

/**
 * The seller-center origins Tongshu may read, per platform. This is the single list the
 * manifest's `host_permissions` must equal (hosts.test.ts compares them), so a host is added
 * here and in package.json together, with a note on which page it serves.
 *
 * Each entry is exactly one https host: never a wildcard host, never <all_urls>.
 */
export const SELLER_HOSTS = {
  // Taobao's back office also serves Tmall shops (千牛, 生意参谋, 阿里妈妈).
  taobao: [
    "https://myseller.taobao.com/*", // 千牛卖家中心: order and refund lists
    "https://trade.taobao.com/*", // 已卖出的宝贝 (asyncSold.htm) and order detail
    "https://refund2.taobao.com/*", // 退款管理 (legacy dispute list)
    "https://item.publish.taobao.com/*", // 出售中的宝贝 table and item editor
    "https://item.manager.taobao.com/*", // legacy item list route
    "https://sycm.taobao.com/*", // 生意参谋 traffic and sales
    "https://one.alimama.com/*", // 万相台 ad reports
    "https://ad.alimama.com/*", // 淘宝客 (seller side) reports
    "https://subway.simba.taobao.com/*", // 直通车 legacy reports
  ],
  tmall: [
    "https://trade.tmall.com/*", // Tmall order detail
    "https://refund2.tmall.com/*", // Tmall refund pages linked from order rows
    "https://item.manager.tmall.com/*", // Tmall item table
    "https://item.upload.tmall.com/*", // Tmall item editor (per-SKU stock)
  ],
  jd: [
    "https://shop.jd.com/*", // 京麦 new back office (orders, wares)
    "https://porder.shop.jd.com/*", // legacy order list
    "https://ware.shop.jd.com/*", // legacy ware list
    "https://sff.jd.com/*", // new back-office API gateway
    "https://sz.jd.com/*", // 京东商智 (old)
    "https://jdsz.jd.com/*", // 京东商智 (new)
    "https://szgateway.jd.com/*", // 商智 API gateway
    "https://jzt.jd.com/*", // 京准通 console
    "https://jzt-api.jd.com/*", // 京准通 reports
    "https://atoms-api.jd.com/*", // 京准通 home KPIs
  ],
  pdd: [
    "https://mms.pinduoduo.com/*", // 拼多多商家后台: orders, goods, data center, after-sales, bills
    "https://yingxiao.pinduoduo.com/*", // 推广中心 ad reports
  ],
} as const satisfies Record<Platform, readonly string[]>;

/** Every seller-center host pattern, in manifest order. */
export const SELLER_HOST_PATTERNS: readonly string[] = Object.values(SELLER_HOSTS).flat();

/**
 * Local demo origins (the sandbox back offices served by `npm start`). Only the dev build
 * (`--tag=dev`) gets them, through the variables in `.env.dev`; the prod manifest never does.
 */
export const DEMO_HOST_PATTERNS: readonly string[] = ["http://127.0.0.1/*", "http://localhost/*"];

const SINGLE_HTTPS_HOST = /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/;
// No port: Chrome match patterns without one match every port, so tests can use free ports.
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost)\/\*$/;

/** True when a match pattern names exactly one https host and every path on it. */
export function isSingleHostPattern(pattern: string): boolean {
  return SINGLE_HTTPS_HOST.test(pattern);
}

/** True when a match pattern names one loopback host (any port). */
export function isLoopbackPattern(pattern: string): boolean {
  return LOOPBACK.test(pattern);
}
