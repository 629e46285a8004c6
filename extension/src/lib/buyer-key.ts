import type { Platform } from "@tongshu/shared";
import { hmacSha256Hex } from "./hmac-sha256.ts";

/**
 * The buyer-key function for parsers: HMAC-SHA-256 of "platform:buyerId" under the workspace
 * secret that every paired device receives, so one buyer gets one key team-wide. Without a
 * secret (not paired yet) there is no key: a local-only key could never be matched later.
 */
export function createBuyerKeyer(
  secret: string | null,
): (platform: Platform, buyerId: string) => string | null {
  return (platform, buyerId) => {
    const id = buyerId.trim();
    // Masked ids ("t**1", "138****1234") identify nobody reliably: no key rather than a wrong one.
    if (secret === null || id === "" || id.includes("*")) return null;
    return hmacSha256Hex(secret, `${platform}:${id}`);
  };
}
