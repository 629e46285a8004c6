import type { CaptureEnvelope } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import type { CaptureLogEntry } from "../db/schema.ts";
import { buildFailureExport } from "./failure-export.ts";
import { redactEnvelope, redactMessage, redactUrl } from "./redact-envelope.ts";

// Buyer identity as the seller-center pages carry it: in queries, form bodies, JSON and errors.
const PII = [
  "张三丰",
  "tb_buyer_88",
  "jd_pin_7788",
  "13800138000",
  "138****1234",
  "李*",
  "西湖区文三路 88 号",
  "buyer@example.com",
];

const mtopData = encodeURIComponent(JSON.stringify({ buyerNick: "tb_buyer_88", pageNo: 1 }));

const rawEnvelope: CaptureEnvelope = {
  url: `https://trade.taobao.com/trade/itemlist/asyncSold.htm?buyerNick=%E5%BC%A0%E4%B8%89%E4%B8%B0&pageNum=2`,
  method: "POST",
  requestBody:
    "pageNum=2&buyerNick=%E5%BC%A0%E4%B8%89%E4%B8%B0&userPin=jd_pin_7788&orderStatus=ALL",
  status: 200,
  responseBody: JSON.stringify({
    mainOrders: [
      {
        id: "4127593014925813347",
        itemTitle: "北欧风收纳盒 3 件套",
        buyer: { nick: "tb_buyer_88", email: "buyer@example.com" },
        receiverName: "李*",
        receiverMobile: "138****1234",
        receiverAddress: "浙江省 杭州市 西湖区文三路 88 号",
        note: "请联系 13800138000",
      },
    ],
  }),
  capturedAt: 1_763_700_000_000,
  shop: { platform: "taobao", shopId: "2212978279481", shopName: "禾屿家居生活馆" },
};

/** A failure as an older version could have logged it: nothing redacted yet. */
const rawEntry: CaptureLogEntry = {
  id: 1,
  at: 1_763_700_000_000,
  url: `https://trade.taobao.com/trade/itemlist/asyncSold.htm?buyerNick=%E5%BC%A0%E4%B8%89%E4%B8%B0&pageNum=2&data=${mtopData}`,
  parser: "taobao/sold-orders@1",
  shop: "taobao|2212978279481",
  outcome: "failed",
  code: "malformed",
  message:
    'mainOrders.0.buyer.nick: expected an id, got "张三丰" at https://trade.taobao.com/x?receiverMobile=13800138000',
  records: 0,
  written: 0,
  envelope: rawEnvelope,
};

const meta = { exportedAt: 1_763_800_000_000, extensionVersion: "0.1.0" };

describe("buildFailureExport", () => {
  const text = buildFailureExport([rawEntry], meta);
  const file = JSON.parse(text) as { count: number; failures: Array<Record<string, unknown>> };

  it("carries no buyer identity, even from an entry logged unredacted", () => {
    for (const value of PII) expect(text, value).not.toContain(value);
    // Percent-encoded forms are the same identity.
    expect(text).not.toContain("%E5%BC%A0%E4%B8%89");
    expect(text).not.toContain("tb_buyer");
  });

  it("keeps what a maintainer needs to replay the capture", () => {
    expect(file.count).toBe(1);
    const [failure] = file.failures;
    expect(failure).toMatchObject({
      parser: "taobao/sold-orders@1",
      code: "malformed",
      shop: "taobao|2212978279481",
    });
    expect(text).toContain("4127593014925813347");
    expect(text).toContain("北欧风收纳盒 3 件套");
    expect(text).toContain("pageNum=2");
    expect(text).toContain("orderStatus=ALL");
    expect(String(failure?.message)).toContain("mainOrders.0.buyer.nick: expected an id");
  });

  it("leaves stored entries out", () => {
    const stored = { ...rawEntry, outcome: "stored" as const, envelope: null };
    expect(JSON.parse(buildFailureExport([stored], meta)).count).toBe(0);
  });
});

describe("redaction of queries, forms and messages", () => {
  it("redacts personal query parameters and leaves a URL without them alone", () => {
    expect(redactUrl("https://mms.pinduoduo.com/orders?receiver_name=%E6%9D%8E&page=1")).toBe(
      "https://mms.pinduoduo.com/orders?receiver_name=%5Bredacted%5D&page=1",
    );
    const plain = "https://sff.jd.com/api?v=1.0&appId=COCX0HBWR4BA7RDVDBIQ&api=dsm.order";
    expect(redactUrl(plain)).toBe(plain);
  });

  it("redacts a form body pair by pair, JSON inside values included", () => {
    const envelope = redactEnvelope({
      ...rawEnvelope,
      requestBody: `buyerNick=x1&data=${mtopData}&pageSize=15`,
    });
    expect(envelope.requestBody).toContain("buyerNick=%5Bredacted%5D");
    expect(envelope.requestBody).toContain("pageSize=15");
    expect(decodeURIComponent(envelope.requestBody ?? "")).not.toContain("tb_buyer_88");
  });

  it("redacts the quoted value and the URL in a parser message", () => {
    expect(redactMessage('lines.0.skuId: expected an id, got "13800138000"')).toBe(
      'lines.0.skuId: expected an id, got "[redacted]"',
    );
  });
});
