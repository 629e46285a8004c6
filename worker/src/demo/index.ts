/**
 * Demo data: a deterministic, seeded workspace of canonical records for the seed script, the
 * bench and the sandbox back-office pages. Pure (no clock, no I/O): `today`, `nowHour` and
 * `seed` decide everything.
 *
 * Invariants the generator keeps (and its tests check):
 * - order money: goodsFen = Σ unitPriceFen × quantity; paidFen = goodsFen − discountFen +
 *   shippingFen (what the buyer paid, postage included); Σ line paidFen = paidFen − shippingFen
 *   (the discount is spread over lines by largest remainder); refundFen = refunds that went
 *   through, ≤ Σ line paidFen (postage is never refunded).
 * - every record shows the world as of `now` (today at `nowHour`, Beijing): no instant after
 *   it; statuses follow the instants; capturedAt is the end of the day of the last event shown
 *   (data-center figures: the next morning), capped at `now`.
 * - traffic agrees with orders (buyers = distinct buyer keys of orders paid that day), ads stay
 *   within the day's sales, bills are net of refunds and dated at completion.
 */
export { createRng, hex256, Rng } from "./random.ts";
export type {
  DemoCatalogueSku,
  DemoCost,
  DemoDataQuality,
  DemoListing,
  DemoListingSku,
  DemoOptions,
  DemoProduct,
  DemoShop,
  DemoWorkspace,
} from "./types.ts";
export { createDemoWorkspace } from "./workspace.ts";
