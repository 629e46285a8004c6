import type { ShopRef } from "@tongshu/shared";
import { canonicalUrl } from "../lib/canonical-url.ts";
import { detectShop as detectJdShop } from "./jd/detect-shop.ts";
import { detectShop as detectPddShop } from "./pdd/detect-shop.ts";
import { detectShop as detectTaobaoShop } from "./taobao/detect-shop.ts";

/**
 * The shop the page session shows, asked afresh for every capture so that switching shops in
 * one tab never attributes data to the previous one. Runs in the isolated content script.
 */
export function detectPageShop(doc: Document, location: URL): ShopRef | null {
  const url = canonicalUrl(location.href) ?? location;
  const host = url.hostname;
  try {
    if (
      host.endsWith(".taobao.com") ||
      host.endsWith(".tmall.com") ||
      host.endsWith(".alimama.com")
    )
      return detectTaobaoShop(doc, location);
    if (host.endsWith(".jd.com")) return detectJdShop(doc, location);
    if (host.endsWith(".pinduoduo.com")) return detectPddShop(doc, location);
  } catch {
    // A detector that trips on an unexpected page means "unknown shop", never a crash.
  }
  return null;
}
