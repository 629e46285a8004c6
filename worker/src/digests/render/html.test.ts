import { describe, expect, it } from "vitest";
import { css, escapeHtml, html, httpUrl } from "./html.ts";
import { displayWidth, textTable } from "./text.ts";

describe("html building", () => {
  it("escapes the five characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;",
    );
  });

  it("escapes interpolations but keeps nested Html and joins arrays", () => {
    const name = "<script>alert(1)</script>";
    const inner = html`<b>${name}</b>`;
    expect(html`<p>${inner}${["a&", html`<i>b</i>`]}${null}</p>`.value).toBe(
      "<p><b>&lt;script&gt;alert(1)&lt;/script&gt;</b>a&amp;<i>b</i></p>",
    );
  });

  it("builds inline CSS, later declarations winning, and refuses what would end the attribute", () => {
    expect(css("font-size:14px", "color:#000", "font-size:12px").value).toBe(
      "color:#000;font-size:12px",
    );
    expect(() => css('font-family:"x"')).toThrow();
    expect(() => css("color:red><script")).toThrow();
  });

  it("accepts only absolute http(s) URLs", () => {
    expect(httpUrl("https://a.example/x?y=1&z=2")).toBe("https://a.example/x?y=1&z=2");
    expect(httpUrl("http://a.example")).toBe("http://a.example/");
    expect(httpUrl("javascript:alert(1)")).toBeNull();
    expect(httpUrl("JAVASCRIPT:alert(1)")).toBeNull();
    expect(httpUrl("data:text/html,<b>")).toBeNull();
    expect(httpUrl("/inventory?shop=jd:1")).toBeNull();
    expect(httpUrl("mailto:a@b.c")).toBeNull();
  });
});

describe("text layout", () => {
  it("counts CJK as two cells and pads columns to line up", () => {
    expect(displayWidth("淘宝")).toBe(4);
    expect(displayWidth("JD")).toBe(2);
    expect(
      textTable(
        [
          ["淘宝", "¥1.00"],
          ["JD", "¥10.00"],
        ],
        [false, true],
      ),
    ).toEqual(["淘宝   ¥1.00", "JD    ¥10.00"]);
  });
});
