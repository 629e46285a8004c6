import type { Platform } from "@tongshu/shared";
import { canonicalUrl } from "../lib/canonical-url.ts";
import { SELLER_HOSTS } from "../lib/hosts.ts";

const HOST_PLATFORM = new Map<string, Platform>(
  Object.entries(SELLER_HOSTS).flatMap(([platform, patterns]) =>
    patterns.map((p) => [new URL(p.replace("/*", "/")).hostname, platform as Platform]),
  ),
);

/**
 * The platform whose back office a URL belongs to (a sandbox URL counts as the host it stands
 * for), or null for any other page. Taobao's hosts also serve Tmall shops: the page's shop
 * decides between them.
 */
export function pagePlatform(href: string): Platform | null {
  const url = canonicalUrl(href);
  if (url?.protocol !== "https:") return null;
  return HOST_PLATFORM.get(url.hostname) ?? null;
}

/** Data pages (生意参谋, 商智, 数据中心): the panel shows there even without a known list. */
export function isDataPage(href: string): boolean {
  const url = canonicalUrl(href);
  if (!url) return false;
  return (
    url.hostname === "sycm.taobao.com" ||
    url.hostname === "sz.jd.com" ||
    url.hostname === "jdsz.jd.com" ||
    (url.hostname === "mms.pinduoduo.com" && url.pathname.startsWith("/sycm/"))
  );
}

/**
 * May this sender ask for overlay figures? Only a tab on a seller back office, or in dev builds
 * the local sandbox (which canonicalUrl maps to its real host).
 */
export function isOverlaySender(href: string | undefined, allowSandbox: boolean): boolean {
  if (!href) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol === "http:" && !allowSandbox) return false;
  return pagePlatform(href) !== null;
}
