import { type Platform, type ShopRef, ShopRefSchema } from "@tongshu/shared";

/**
 * Sandbox back offices (dev builds and tests, loopback /sandbox/<platform>/…) declare their shop
 * in `<meta name="tongshu-sandbox-shop" content='{"platform":…,"shopId":…,"shopName":…}'>`.
 * Returns it when the page is such a sandbox page of one of `platforms`; null otherwise.
 */
export function readSandboxShop(
  doc: Document,
  url: URL,
  platforms: readonly Platform[],
): ShopRef | null {
  if (!isSandboxPage(url, platforms)) return null;
  const content = doc.querySelector('meta[name="tongshu-sandbox-shop"]')?.getAttribute("content");
  if (!content) return null;
  try {
    const parsed = ShopRefSchema.safeParse(JSON.parse(content));
    return parsed.success && platforms.includes(parsed.data.platform) ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Is this a loopback sandbox page of one of `platforms`? */
export function isSandboxPage(url: URL, platforms: readonly Platform[]): boolean {
  const loopback = url.hostname === "127.0.0.1" || url.hostname === "localhost";
  const folder = /^\/sandbox\/([a-z]+)\//.exec(url.pathname)?.[1];
  return loopback && folder !== undefined && (platforms as readonly string[]).includes(folder);
}
