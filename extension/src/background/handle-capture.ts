import type { CaptureEnvelope, ShopRef } from "@tongshu/shared";
import { logCapture } from "../db/capture-log.ts";
import type { TongshuDb } from "../db/schema.ts";
import { upsertRecords } from "../db/upsert-records.ts";
import { createBuyerKeyer } from "../lib/buyer-key.ts";
import { ALL_CAPTURE_ON, type CapturePrefs } from "../lib/capture-prefs.ts";
import { redactEnvelope, redactMessage, redactUrl } from "../lib/redact-envelope.ts";
import { parseEnvelope } from "../platforms/parse-envelope.ts";
import { filterRecords, isCaptureWanted } from "./capture-filter.ts";

export interface CaptureOutcome {
  ok: boolean;
  parser: string | null;
  records: number;
  written: number;
  code: string | null;
  /** The shop the records went to (the payload's own when it names one). */
  shop: ShopRef | null;
}

/** What a capture the user switched off in the options page answers; nothing of it is kept. */
const CAPTURE_OFF: CaptureOutcome = {
  ok: false,
  parser: null,
  records: 0,
  written: 0,
  code: "capture_off",
  shop: null,
};

/**
 * One captured response, start to finish: parse it (pure), keep the records of the platforms
 * and kinds the user leaves on, upsert them into IndexedDB with the outbox, note the shop, and
 * log the outcome. Failures store no records and keep the envelope, with buyer data redacted,
 * for export; a capture switched off stores nothing at all; nothing here throws on bad input.
 */
export async function handleCapture(
  db: TongshuDb,
  envelope: CaptureEnvelope,
  buyerKeySecret: string | null,
  now = Date.now(),
  prefs: CapturePrefs = ALL_CAPTURE_ON,
): Promise<CaptureOutcome> {
  if (!isCaptureWanted(prefs, envelope)) return CAPTURE_OFF;
  const url = redactUrl(envelope.url);
  const result = parseEnvelope(envelope, {
    shop: envelope.shop,
    buyerKey: createBuyerKeyer(buyerKeySecret),
  });
  const shopKey = envelope.shop ? `${envelope.shop.platform}|${envelope.shop.shopId}` : null;
  if (!result.ok) {
    await logCapture(db, {
      at: now,
      url,
      parser: result.parser,
      shop: shopKey,
      outcome: "failed",
      code: result.error.code,
      message: redactMessage(result.error.message),
      records: 0,
      written: 0,
      envelope: redactEnvelope(envelope),
    });
    return {
      ok: false,
      parser: result.parser,
      records: 0,
      written: 0,
      code: result.error.code,
      shop: null,
    };
  }
  const { kept } = filterRecords(prefs, result.records);
  const counts = await upsertRecords(db, kept, now);
  const shop = result.shop ?? envelope.shop;
  if (shop) {
    const key = `${shop.platform}|${shop.shopId}`;
    const known = await db.shops.get(key);
    await db.shops.put({
      key,
      platform: shop.platform,
      shopId: shop.shopId,
      shopName: shop.shopName ?? known?.shopName ?? null,
      lastCapturedAt: now,
    });
  }
  await logCapture(db, {
    at: now,
    url,
    parser: result.parser,
    shop: shopKey,
    outcome: "stored",
    code: null,
    message: null,
    records: kept.length,
    written: counts.written,
    envelope: null,
  });
  return {
    ok: true,
    parser: result.parser,
    records: kept.length,
    written: counts.written,
    code: null,
    shop: shop ?? null,
  };
}
