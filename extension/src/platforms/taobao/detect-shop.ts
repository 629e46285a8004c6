import type { ShopRef } from "@tongshu/shared";
import { isSandboxPage, readSandboxShop } from "../../lib/sandbox-shop.ts";

/**
 * The Taobao / Tmall shop the page session shows (isolated content script: DOM and
 * `document.cookie` only, no page JS). A shop is the seller's numeric user id (卖家 id /
 * user_number_id, what 淘宝客 rows call `seller_id`), the id the demo shops use too.
 *
 * Real pages (platform-formats.md §1.0; cookies live on .taobao.com / .tmall.com):
 * - `unb` is the logged-in account's numeric id. For the main account that is the shop; a
 *   sub-account (子账号, `sn` cookie "主账号:子账号", or a nick containing ":") has its own id,
 *   which is NOT the shop's, so then nothing is returned (payloads with their own seller id
 *   still bind; others report no_shop rather than misfile).
 * - The platform: a *.tmall.com page, or a page linking the Tmall-only back office
 *   (item.manager.tmall.com, trade.tmall.com), is Tmall; otherwise Taobao. Shared pages
 *   (trade.taobao.com, sycm) cannot always tell: asyncSold's `b2C` flag corrects orders.
 * - shopName stays null: the cookie nick is the account's, not the shop's name, and a wrong
 *   name would trip the refund list's shop-name check.
 * Sandbox pages (loopback /sandbox/taobao/…) declare their shop in
 * `<meta name="tongshu-sandbox-shop" content='{"platform":"tmall","shopId":"…","shopName":"…"}'>`.
 */
export function detectShop(doc: Document, url: URL): ShopRef | null {
  return isSandboxPage(url, ["taobao", "tmall"])
    ? readSandboxShop(doc, url, ["taobao", "tmall"])
    : sessionShop(doc, url);
}

/** `a=1; b=2` → Map, values URL-decoded where possible. */
export function readCookies(cookie: string): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of cookie.split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const raw = part.slice(eq + 1).trim();
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      value = raw;
    }
    jar.set(part.slice(0, eq).trim(), value);
  }
  return jar;
}

function isSubAccount(jar: Map<string, string>): boolean {
  if ((jar.get("sn") ?? "") !== "") return true;
  return ["_nk_", "tracknick", "lgc"].some((name) => {
    // Nicks are stored as \uXXXX escapes; ":" (or its escape \u003a) marks main:sub.
    const nick = (jar.get(name) ?? "").toLowerCase();
    return nick.includes(":") || nick.includes("\\u003a");
  });
}

function isTmall(doc: Document, url: URL): boolean {
  if (url.hostname === "tmall.com" || url.hostname.endsWith(".tmall.com")) return true;
  return (
    doc.querySelector('a[href*="item.manager.tmall.com"], a[href*="trade.tmall.com"]') !== null
  );
}

function sessionShop(doc: Document, url: URL): ShopRef | null {
  const jar = readCookies(doc.cookie ?? "");
  const unb = jar.get("unb") ?? "";
  if (!/^\d{5,20}$/.test(unb) || isSubAccount(jar)) return null;
  return { platform: isTmall(doc, url) ? "tmall" : "taobao", shopId: unb, shopName: null };
}
