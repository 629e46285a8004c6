import type { ShopRef } from "@tongshu/shared";
import { readSandboxShop } from "../../lib/sandbox-shop.ts";

/**
 * The Pinduoduo mall the page session shows. Runs in the isolated content script for every
 * capture (the user can switch between malls in one tab), so it is pure and cheap.
 *
 * What identifies the logged-in mall (platform-formats.md §3.0): the session is the `PASS_ID`
 * cookie (HttpOnly, and an opaque token, not the mall id); `_nano_fp` is a browser
 * fingerprint and `SUB_PASS_ID` a yingxiao token. Neither the doc nor the pages' documented
 * DOM carries the mall id, so on real pages this returns null and the parsers take the mall
 * from the payload itself (`mall_id` on orders and goods, `mallId` on bills and ad requests).
 * Guessing from a shop name in the header could file data under the wrong mall after a switch.
 *
 * Sandbox pages (dev builds and tests, /sandbox/pdd/… on loopback) declare their mall in
 * `<meta name="tongshu-sandbox-shop" content='{"platform":"pdd","shopId":"…","shopName":"…"}'>`.
 */
export function detectShop(doc: Document, url: URL): ShopRef | null {
  return readSandboxShop(doc, url, ["pdd"]);
}
