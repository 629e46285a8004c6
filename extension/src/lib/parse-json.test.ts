import { describe, expect, it } from "vitest";
import { ParseError } from "../platforms/types.ts";
import { extractEmbeddedJson, parseJsonLossless, stripJsonp } from "./parse-json.ts";

describe("parseJsonLossless", () => {
  it("keeps 18–19 digit ids exact as strings", () => {
    const parsed = parseJsonLossless(
      '{"id":3306670536474051657,"sub":[{"id":-5132900000007671464}],"n":123}',
    ) as {
      id: string;
      sub: Array<{ id: string }>;
      n: number;
    };
    expect(parsed.id).toBe("3306670536474051657");
    expect(parsed.sub[0]?.id).toBe("-5132900000007671464");
    expect(parsed.n).toBe(123);
  });

  it("leaves long fractions, exponents and digits inside strings alone", () => {
    expect(
      parseJsonLossless(
        '{"rate":0.06458076448828606,"big":1.2345678901234567e3,"s":"12345678901234567890"}',
      ),
    ).toEqual({
      rate: 0.06458076448828606,
      big: 1234.5678901234567,
      s: "12345678901234567890",
    });
    expect(parseJsonLossless('{"q":"a\\"1234567890123456789","x":1}')).toEqual({
      q: 'a"1234567890123456789',
      x: 1,
    });
  });

  it("throws a typed not_json error for HTML", () => {
    expect(() => parseJsonLossless("<html>")).toThrow(ParseError);
  });
});

describe("stripJsonp", () => {
  it("unwraps callbacks and passes JSON through", () => {
    expect(stripJsonp('jsonp123({"a":1});')).toBe('{"a":1}');
    expect(stripJsonp('/**/ mtopjsonp2({"ret":["SUCCESS::调用成功"]})')).toBe(
      '{"ret":["SUCCESS::调用成功"]}',
    );
    expect(stripJsonp(' {"a":1} ')).toBe('{"a":1}');
  });
});

describe("extractEmbeddedJson", () => {
  it("reads var data = JSON.parse('…') with escapes", () => {
    const html = `<script>var data = JSON.parse('{\\"mainOrder\\":{\\"id\\":\\"3306670536474051657\\",\\"t\\":\\"\\u4ea4\\u6613\\"}}');</script>`;
    expect(extractEmbeddedJson(html, "data")).toEqual({
      mainOrder: { id: "3306670536474051657", t: "交易" },
    });
  });

  it("reads object literals assigned to a name, braces inside strings included", () => {
    const html = `<script>window.Json = {"models":{"title":"杯{子}","sku":[{"skuId":5123456789012345678}]}};</script>`;
    expect(extractEmbeddedJson(html, "window.Json")).toEqual({
      models: { title: "杯{子}", sku: [{ skuId: "5123456789012345678" }] },
    });
  });

  it("says malformed when the name is absent", () => {
    expect(() => extractEmbeddedJson("<html></html>", "detailData")).toThrow(
      "page has no embedded detailData",
    );
  });
});
