import { visibleShops } from "../alerts/list.ts";
import type { StoredSubscription } from "./subscriptions.ts";

/**
 * The shops one send covers: the subscription's choice narrowed to the member's current scope
 * (read at send time, so a narrowed scope applies to the very next email); null = all.
 */
export function recipientShops(subscription: StoredSubscription): string[] | null {
  return visibleShops(subscription.shops ?? undefined, subscription.recipient.shopScope);
}
