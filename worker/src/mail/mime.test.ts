import { describe, expect, it } from "vitest";
import { buildMime } from "./mime.ts";
import { decodeHeader, readMime } from "./read-mime.ts";

const email = {
  from: { name: "通数 Tongshu", email: "digest@example.cn" },
  to: "owner@example.cn",
  subject: "通数日报 · 12月1日（周二）· 成交 ¥12,345.67",
  html: "<p>成交金额 <b>¥12,345.67</b></p>",
  text: `成交金额  ¥12,345.67\n${"长行".repeat(100)}`,
  headers: {
    "List-Unsubscribe": "<https://shop.example.cn/api/v1/unsubscribe?token=ws_a.dg_b.sig>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  },
};

describe("MIME messages", () => {
  const raw = buildMime(email, "<m1@example.cn>");

  it("is multipart/alternative with base64 UTF-8 parts in lines of at most 78 characters", () => {
    expect(raw).toMatch(/Content-Type: multipart\/alternative; boundary=/);
    expect(raw).toContain("Content-Transfer-Encoding: base64");
    // 7-bit clean on the wire.
    expect([...raw].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
    for (const line of raw.split(/\r?\n/)) expect(line.length).toBeLessThanOrEqual(998);
    const body = raw.slice(raw.indexOf("base64"));
    for (const line of body.split(/\r?\n/).filter((l) => /^[A-Za-z0-9+/=]+$/.test(l)))
      expect(line.length).toBeLessThanOrEqual(76);
  });

  it("reads back to the same parts and headers", () => {
    const message = readMime(raw);
    expect(message.text).toBe(email.text);
    expect(message.html).toBe(email.html);
    expect(decodeHeader(message.headers.get("subject") ?? "")).toBe(email.subject);
    expect(message.headers.get("message-id")).toBe("<m1@example.cn>");
    expect(message.headers.get("list-unsubscribe")).toBe(email.headers["List-Unsubscribe"]);
    expect(message.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(decodeHeader(message.headers.get("from") ?? "")).toBe(
      "通数 Tongshu <digest@example.cn>",
    );
  });
});
