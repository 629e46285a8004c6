import type { ShopRef } from "@tongshu/shared";
import { isRecord } from "./is-record.ts";

/**
 * Some real pages never show their shop (JD 商智, the Pinduoduo data center), while the same
 * session's order and goods payloads name it. The relay remembers the shop a payload named in
 * this page load and uses it only when the page itself says nothing; a payload naming another
 * shop clears it, so a stale guess is retried without a shop rather than stored wrongly.
 */
export class ShopMemory {
  private learned: ShopRef | null = null;

  /** The shop to send with a capture: what the page shows, else what a payload taught us. */
  choose(detected: ShopRef | null): { shop: ShopRef | null; guessed: boolean } {
    if (detected) return { shop: detected, guessed: false };
    return { shop: this.learned, guessed: this.learned !== null };
  }

  /**
   * Learns from the service worker's answer to a capture sent without a page-shown shop.
   * Returns true when the capture should be sent again without the (stale) guess.
   */
  learn(outcome: unknown, sent: { shop: ShopRef | null; guessed: boolean }): boolean {
    if (!isRecord(outcome) || (sent.shop !== null && !sent.guessed)) return false;
    if (outcome.ok === true && isRecord(outcome.shop) && typeof outcome.shop.shopId === "string") {
      this.learned = outcome.shop as unknown as ShopRef;
      return false;
    }
    if (outcome.code === "shop_mismatch" && sent.guessed) {
      this.learned = null;
      return true;
    }
    return false;
  }
}
