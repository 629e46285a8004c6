import { describe, expect, it } from "vitest";
import { generate } from "./test-fixture.ts";

// Ids are long digit strings by design (a Pinduoduo SKU id is 11 digits, like a phone number)
// and buyer keys are hex (checked on their own below); every other string is checked.
const ID_FIELDS = new Set([
  "orderId",
  "lineId",
  "itemId",
  "skuId",
  "refundId",
  "entryId",
  "campaignId",
  "shopId",
  "buyerKey",
]);
const PERSONAL_KEY =
  /name|nick|phone|mobile|tel|address|receiver|consignee|buyerId|userPin|idcard|email/i;
const ALLOWED_KEYS = new Set(["campaignName"]);
const PHONE = /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/;
const MASKED = /\d{3}\*{4}\d{4}|\*{2,}/;
const SURNAME_AND_MASK = /^[\u4e00-\u9fa5]\*+$|^\*[\u4e00-\u9fa5]{1,2}$/;

function walk(value: unknown, key: string, visit: (key: string, value: unknown) => void): void {
  visit(key, value);
  if (Array.isArray(value)) for (const item of value) walk(item, key, visit);
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) walk(v, k, visit);
  }
}

describe("demo data carries no personal data", { timeout: 60_000 }, () => {
  it("has no personal fields and no phone numbers, masked values or masked names", () => {
    const findings: string[] = [];
    for (const record of generate().records) {
      walk(record, "", (key, value) => {
        if (PERSONAL_KEY.test(key) && !ALLOWED_KEYS.has(key)) findings.push(`field ${key}`);
        if (typeof value !== "string" || ID_FIELDS.has(key)) return;
        if (PHONE.test(value) || MASKED.test(value) || SURNAME_AND_MASK.test(value))
          findings.push(`${key}: ${value}`);
      });
      if (findings.length > 5) break;
    }
    expect(findings).toEqual([]);
  });

  it("identifies buyers only by a 64-hex key, with regions no finer than the city", () => {
    const orders = generate().of("order");
    for (const o of orders) {
      expect(o.buyerKey).toMatch(/^[0-9a-f]{64}$/);
      expect(Object.keys(o)).not.toContain("district");
      if (o.city !== null) expect(o.city).toMatch(/(市|州)$/);
    }
    expect(new Set(orders.map((o) => o.buyerKey)).size).toBeGreaterThan(orders.length * 0.6);
  });
});
