import { describe, expect, it } from "vitest";
import { parseServerUrl } from "./server-url.ts";

describe("parseServerUrl", () => {
  it.each([
    ["https://tongshu.example.workers.dev", "https://tongshu.example.workers.dev"],
    ["  https://tongshu.example.workers.dev/  ", "https://tongshu.example.workers.dev"],
    ["https://data.shop.cn/reports?d=7#top", "https://data.shop.cn"],
    ["tongshu.example.workers.dev", "https://tongshu.example.workers.dev"],
    ["HTTPS://Data.Shop.CN:8443", "https://data.shop.cn:8443"],
    ["http://127.0.0.1:8787", "http://127.0.0.1:8787"],
    ["http://localhost:8787/api/v1", "http://localhost:8787"],
  ])("accepts %s as %s", (input, url) => {
    expect(parseServerUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["http://tongshu.example.workers.dev", "insecure"],
    ["http://192.168.1.5:8787", "insecure"],
    ["ftp://files.example.com", "invalid"],
    ["javascript:alert(1)", "invalid"],
    ["https://", "invalid"],
    ["https://exa mple.com", "invalid"],
    ["https://user:secret@tongshu.example.workers.dev", "credentials"],
  ])("rejects %j as %s", (input, error) => {
    expect(parseServerUrl(input)).toEqual({ ok: false, error });
  });
});
