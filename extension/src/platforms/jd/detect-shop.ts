import type { ShopRef } from "@tongshu/shared";
import { readSandboxShop } from "../../lib/sandbox-shop.ts";

/**
 * The JD shop (vender) the page session shows. Runs in the isolated content script for every
 * capture, so it is pure and cheap.
 *
 * What the formats doc offers (platform-formats.md §2.0) and why none of it is used on real pages:
 * - `_vender_` / `_vender_new_` cookies: opaque session ciphertexts, not the vender id;
 * - `pin` cookie: the logged-in account (often a sub-account), which names a person and not a
 *   shop, and several accounts share one shop;
 * - the page header: a shop name, which is not unique and gives no id.
 * So real pages return null: order payloads bring their own `venderId` (parsers bind to it), and
 * payloads without one (wares, 商智, 京准通) report `no_shop` until the shop is learned from a
 * vender-info capture (see the report: a framework change).
 *
 * Sandbox pages (dev builds and tests, /sandbox/jd/… on loopback) declare their shop in
 * `<meta name="tongshu-sandbox-shop" content='{"platform":"jd","shopId":"…","shopName":"…"}'>`.
 */
export function detectShop(doc: Document, url: URL): ShopRef | null {
  return readSandboxShop(doc, url, ["jd"]);
}
