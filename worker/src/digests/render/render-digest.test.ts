import { describe, expect, it } from "vitest";
import type { DigestContent } from "../content.ts";
import { renderDigest } from "./index.ts";
import { dailyDigest, NASTY, PROFIT, UNSUBSCRIBE } from "./test-fixtures.ts";

const zh = renderDigest(dailyDigest());
const en = renderDigest(dailyDigest({ locale: "en" }));

/** The list's item `i`, which the fixture is known to have. */
function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`fixture has no item ${i}`);
  return item;
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? "");
const both = (email: { html: string; text: string }) => [email.html, email.text];

/** Where each section heading first appears (headings are whole cells / whole lines). */
function headingOrder(email: { html: string; text: string }, titles: string[]) {
  const html = titles.map((t) => email.html.indexOf(`>${t}</td>`));
  const text = titles.map((t) => email.text.indexOf(`\n${t}\n${"=".repeat(2)}`));
  return { html, text };
}

describe("renderDigest: figures", () => {
  it("shows the sales figures with 环比 and 同比 in both parts", () => {
    for (const part of both(zh)) {
      for (const figure of ["¥12,345.67", "+12.3%", "−4.0%", "¥11,800.00", "¥79.14", "2.5%"]) {
        expect(part).toContain(figure);
      }
      expect(part).toContain("+25.0%"); // the refund rate rose a quarter
      expect(part).toContain("−16.7%");
    }
    expect(zh.text).toMatch(/成交金额\s+¥12,345\.67\s+环比 \+12\.3%\s+同比 −4\.0%/);
    expect(zh.text).toMatch(/净销售额\s+¥11,800\.00\s+环比 \+12\.4%\s+同比 —/);
    expect(zh.text).toContain("上期 ¥10,993.47，去年同期 ¥12,860.07");
    expect(zh.html).toContain("上期 ¥10,993.47");
    expect(zh.html).toContain("去年同期 ¥12,860.07");
  });

  it("colours up red and down green like the dashboard's ChangeBadge, arrows included", () => {
    expect(zh.html).toMatch(/color:#d4380d[^>]*>▲ \+12\.3%</);
    expect(zh.html).toMatch(/color:#389e0d[^>]*>▼ −4\.0%</);
    expect(zh.html).toMatch(/color:#d4380d[^>]*>▲ \+25\.0%</);
    expect(zh.html).toMatch(/color:#646a73[^>]*>—</);
  });

  it("splits sales by platform with share bars", () => {
    expect(zh.text).toMatch(/淘宝\s+¥6,000\.00\s+80\s+48\.6%\s+\+10\.0%/);
    expect(zh.text).toMatch(/京东\s+¥4,345\.67\s+50\s+35\.2%\s+\+25\.0%/);
    expect(zh.text).toMatch(/拼多多\s+¥2,000\.00\s+26\s+16\.2%\s+−5\.0%/);
    // 48.6% → a 49% wide cell in the Taobao orange.
    expect(zh.html).toMatch(/<td width="49%" style="[^"]*background-color:#ff7a00/);
    expect(zh.html).toMatch(/<td width="16%" style="[^"]*background-color:#2e9e5b/);
    expect(en.text).toMatch(/Taobao\s+¥6,000\.00/);
    expect(en.text).toMatch(/Pinduoduo\s+¥2,000\.00/);
  });

  it("shows profit, margin and the cost coverage note", () => {
    for (const part of both(zh)) {
      expect(part).toContain("¥3,456.78");
      expect(part).toContain("29.3%");
      expect(part).toContain("成本覆盖 82.0% 的销量，利润按已知成本计算");
    }
    const covered = renderDigest(dailyDigest({ profit: { ...PROFIT, costCoverage: 1 } }));
    expect(covered.text).not.toContain("成本覆盖");
  });

  it("leaves profit out entirely when content.profit is null", () => {
    const noProfit = renderDigest(dailyDigest({ profit: null }));
    for (const part of both(noProfit)) {
      expect(part).not.toContain("¥3,456.78");
      expect(part).not.toContain("利润率");
      expect(part).not.toContain("成本覆盖");
    }
    expect(noProfit.text).not.toMatch(/^利润$/m);
  });

  it("lists top sellers, risers and fallers", () => {
    for (const part of both(zh)) {
      expect(part).toContain("冬季加厚羊毛围巾 男女同款");
      expect(part).toContain("38.9%");
      expect(part).toContain("+20.0%");
      expect(part).toContain("−19.4%");
      expect(part).toContain("¥3,100.00");
      expect(part).toContain("新上榜");
    }
    expect(zh.text).toMatch(/冬季加厚羊毛围巾 男女同款\s+120\s+¥4,800\.00\s+38\.9%/);
    expect(zh.text).toMatch(/纯棉四件套 1\.8m床\s+¥2,500\.00\s+¥3,100\.00\s+−19\.4%/);
  });

  it("lists stock with days of cover to one decimal, dates and reorder quantities", () => {
    for (const part of both(zh)) {
      expect(part).toContain("3.5 天");
      expect(part).toContain("1.5 天");
      expect(part).toContain("12.3 天");
      expect(part).toContain("12月5日");
      expect(part).toContain("90 件");
      expect(part).toContain("低库存 2 个商品，建议补货 3 个商品");
    }
    expect(zh.text).toMatch(/冬季加厚羊毛围巾 男女同款\s+14\s+3\.5 天\s+12月5日\s+90 件/);
    expect(zh.text).toMatch(/手机壳 iPhone 16\s+—\s+—\s+—\s+20 件/);
  });

  it("summarises alerts with counts and a link each", () => {
    for (const part of both(zh)) {
      expect(part).toContain("未处理预警 7 条，其中紧急 2 条");
      expect(part).toContain("已 36.5 小时没有采集到数据，最近一次采集于 2026-11-30 21:05");
      expect(part).toContain("另有 2 条未列出");
    }
    expect(zh.text).toContain(
      "查看详情：https://tongshu.example.com/inventory?shop=jd:1001&product=p-cup",
    );
    expect(zh.html).toContain(
      'href="https://tongshu.example.com/inventory?shop=jd:1001&amp;product=p-cup"',
    );
    expect(zh.text).toContain("[紧急] 低库存 · 京东 · 京东旗舰店 · 12月2日");
  });
});

describe("renderDigest: structure", () => {
  it("renders the chosen sections in their order, and only those", () => {
    const titles = ["销售", "利润", "商品", "库存与补货", "预警"];
    const order = headingOrder(zh, titles);
    for (const positions of [order.html, order.text]) {
      expect(positions.every((p) => p > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
    const picked = renderDigest(dailyDigest({ sections: ["alerts", "sales"] }));
    const pickedOrder = headingOrder(picked, ["预警", "销售"]);
    expect(pickedOrder.html[0]).toBeLessThan(pickedOrder.html[1] ?? 0);
    expect(pickedOrder.text[0]).toBeLessThan(pickedOrder.text[1] ?? 0);
    for (const part of both(picked)) {
      expect(part).not.toContain("库存与补货");
      expect(part).not.toContain("热销商品");
      expect(part).not.toContain("¥3,456.78");
    }
  });

  it("says plainly when a section has nothing", () => {
    const zero = { value: 0, previous: 0, lastYear: 0, vsPrevious: null, vsLastYear: null };
    const empty: DigestContent = dailyDigest({
      sales: {
        paidFen: zero,
        netSalesFen: zero,
        orders: zero,
        aovFen: { ...zero, value: null },
        refundRate: { ...zero, value: null },
        platforms: [],
      },
      products: { top: [], risers: [], fallers: [] },
      stock: { rows: [], lowStockCount: 0, reorderCount: 0 },
      alerts: { openCount: 0, urgentCount: 0, rows: [] },
    });
    const email = renderDigest(empty);
    for (const part of both(email)) {
      for (const message of [
        "本期没有销售",
        "本期没有商品销售",
        "库存充足，无需补货",
        "没有未处理的预警",
      ]) {
        expect(part).toContain(message);
      }
    }
    const english = renderDigest({ ...empty, locale: "en" });
    expect(english.text).toContain("Stock is sufficient: nothing to reorder");
    expect(english.text).toContain("No open alerts");
  });

  it("is a full document with inline styles, system fonts, no scripts, images or remote CSS", () => {
    for (const { html } of [zh, en]) {
      expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain(
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
      );
      expect(html).toContain("max-width:640px");
      expect(html).toContain("'PingFang SC','Microsoft YaHei'");
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/src="http/i);
      expect(html).not.toContain("url(");
      expect(html).not.toMatch(/<img|<link|@import|javascript:/i);
      // The one <style> holds only the optional phone media query.
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
      expect(styles).toHaveLength(1);
      expect(styles[0]).toMatch(/^@media[^<]*\}$/);
    }
    expect(zh.html).toContain('<html lang="zh-CN"');
    expect(en.html).toContain('<html lang="en"');
  });

  it("links only to http(s), escaped, with the dashboard, settings and unsubscribe links", () => {
    const links = hrefs(zh.html);
    expect(links.length).toBeGreaterThan(5);
    for (const href of links) expect(href).toMatch(/^https?:\/\//);
    expect(zh.html).toContain(
      'href="https://tongshu.example.com/?from=2026-12-01&amp;to=2026-12-01"',
    );
    expect(zh.html).toContain(`href="${UNSUBSCRIBE}"`);
    expect(zh.text).toContain(`退订：${UNSUBSCRIBE}`);
    expect(en.text).toContain(`Unsubscribe: ${UNSUBSCRIBE}`);
    expect(zh.text).toContain("修改订阅设置：https://tongshu.example.com/settings/digests");
    expect(zh.text).toContain(
      "在看板中查看：https://tongshu.example.com/?from=2026-12-01&to=2026-12-01",
    );
    expect(zh.html).toContain(">在看板中查看</a>");
    expect(zh.text).toContain("你收到这封邮件，是因为你订阅了「杭州小铺 & <b>Co</b>」的通数日报。");
  });

  it("drops links that are not http(s) rather than writing them", () => {
    const rows = dailyDigest().alerts.rows;
    const email = renderDigest(
      dailyDigest({
        links: {
          dashboard: "javascript:alert(1)",
          alerts: "javascript:alert(2)",
          settings: "data:text/html,<b>x</b>",
          unsubscribe: UNSUBSCRIBE,
        },
        alerts: {
          openCount: 5,
          urgentCount: 2,
          rows: [{ ...at(rows, 0), url: "vbscript:x" }, ...rows.slice(1)],
        },
      }),
    );
    for (const part of both(email)) {
      expect(part).not.toMatch(/javascript:|data:text|vbscript:/);
    }
    for (const href of hrefs(email.html)) expect(href).toMatch(/^https:\/\//);
    expect(email.html).toContain("在看板中查看"); // the label stays, without a link
    expect(email.text).toContain(`退订：${UNSUBSCRIBE}`);
  });
});

describe("renderDigest: untrusted text", () => {
  it("escapes product, shop and workspace names in the HTML and keeps them readable in text", () => {
    expect(zh.html).not.toContain("<script>");
    expect(zh.html).not.toContain("<b>Co");
    expect(zh.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; 保温杯 &amp; 杯套");
    expect(zh.html).toContain("杭州小铺 &amp; &lt;b&gt;Co&lt;/b&gt;");
    expect(zh.text).toContain(NASTY);
    expect(zh.text).toContain("通数日报 · 杭州小铺 & <b>Co</b>");
  });

  it("keeps a name with line breaks or bidi controls on its own line", () => {
    const sneaky = "围巾\n退订：https://evil.example\u202e";
    const email = renderDigest(
      dailyDigest({
        stock: {
          rows: [
            {
              name: sneaky,
              stock: 1,
              daysOfCover: 0.5,
              stockOutDate: "2026-12-02",
              reorderQuantity: 10,
            },
          ],
          lowStockCount: 1,
          reorderCount: 1,
        },
      }),
    );
    expect(email.text).not.toMatch(/^退订：https:\/\/evil/m);
    expect(email.text).not.toContain("\u202e");
    expect(email.text).toContain("围巾 退订：https://evil.example");
  });

  it("names the shops covered, and stays under Gmail's 102 KB clipping with the most rows", () => {
    const shops = renderDigest(dailyDigest({ shops: ["杭州小铺", "京东旗舰店"] }));
    expect(shops.text).toContain("店铺：杭州小铺、京东旗舰店");
    expect(zh.text).toContain("店铺：全部可见店铺");
    const base = dailyDigest();
    const long = `${"超长商品标题".repeat(10)} & <i>`;
    const most = renderDigest({
      ...base,
      products: {
        top: base.products.top.map((p) => ({ ...p, name: long })),
        risers: [...base.products.top.slice(0, 3)].map((p) => ({ ...p, name: long })),
        fallers: [...base.products.top.slice(0, 3)].map((p) => ({ ...p, name: long })),
      },
      stock: {
        ...base.stock,
        rows: Array.from({ length: 8 }, (_, i) => ({ ...at(base.stock.rows, i % 4), name: long })),
      },
    });
    expect(new TextEncoder().encode(most.html).length).toBeLessThan(90_000);
  });
});

describe("renderDigest: English", () => {
  it("renders every label in English with the same figures", () => {
    for (const part of both(en)) {
      for (const text of [
        "Sales (GMV)",
        "Net sales",
        "Refund rate",
        "¥12,345.67",
        "+12.3%",
        "−4.0%",
        "3.5 days",
        "Biggest rises",
        "Top sellers",
      ]) {
        expect(part).toContain(text);
      }
      expect(part).toContain("Costs are known for 82.0% of units sold");
      expect(part).toContain("7 open alerts, 2 of them urgent");
      expect(part).not.toMatch(/成交金额|环比|库存与补货|退订/);
    }
    expect(en.text).toMatch(/Sales \(GMV\)\s+¥12,345\.67\s+vs prev\. \+12\.3%\s+vs last yr −4\.0%/);
    expect(en.text).toContain("Tue 1 Dec 2026");
  });

  it("heads weekly and monthly digests with their period", () => {
    const weekly = renderDigest(
      dailyDigest({
        kind: "weekly",
        range: { from: "2026-11-23", to: "2026-11-29" },
        previous: { from: "2026-11-16", to: "2026-11-22" },
        lastYear: { from: "2025-11-23", to: "2025-11-29" },
      }),
    );
    expect(weekly.text).toContain("2026年11月23日–11月29日");
    expect(weekly.text).toContain(
      "环比对比 2026年11月16日–11月22日，同比对比 2025年11月23日–11月29日",
    );
    expect(weekly.text).toContain("的通数周报。");
    const monthly = renderDigest(
      dailyDigest({
        kind: "monthly",
        locale: "en",
        range: { from: "2026-11-01", to: "2026-11-30" },
        previous: { from: "2026-10-01", to: "2026-10-31" },
        lastYear: { from: "2025-11-01", to: "2025-11-30" },
      }),
    );
    expect(monthly.text).toContain(
      "Compared with October 2026, and a year earlier with November 2025",
    );
    expect(monthly.html).toContain("Tongshu monthly");
  });
});
