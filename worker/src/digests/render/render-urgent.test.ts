import { describe, expect, it } from "vitest";
import { renderUrgentAlerts } from "./index.ts";
import { NASTY, UNSUBSCRIBE, urgentAlerts } from "./test-fixtures.ts";

describe("renderUrgentAlerts", () => {
  const zh = renderUrgentAlerts(urgentAlerts());

  it("lists each urgent alert with its summary and link in both parts", () => {
    for (const part of [zh.html, zh.text]) {
      expect(part).toContain("发现 2 条紧急预警，请尽快处理。");
      expect(part).toContain("1.5 天后（12月3日）断货");
      expect(part).toContain("已 36.5 小时没有采集到数据");
      expect(part).toContain("数据截至 2026-12-02 09:00（北京时间）");
    }
    expect(zh.text).toContain(`${NASTY}：库存 3 件`);
    expect(zh.text).toContain("查看全部预警：https://tongshu.example.com/alerts?state=new");
    expect(zh.html).toContain('href="https://tongshu.example.com/alerts?state=new"');
  });

  it("escapes names, links only http(s), and carries the unsubscribe link", () => {
    expect(zh.html).not.toMatch(/<script/i);
    expect(zh.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; 保温杯 &amp; 杯套");
    expect(zh.html).toContain("杭州小铺 &amp; &lt;b&gt;Co&lt;/b&gt;");
    for (const [, href] of zh.html.matchAll(/href="([^"]*)"/g))
      expect(href).toMatch(/^https?:\/\//);
    expect(zh.html).toContain(`href="${UNSUBSCRIBE}"`);
    expect(zh.text).toContain(`退订：${UNSUBSCRIBE}`);
    expect(zh.text).toContain(
      "你收到这封邮件，是因为你在「杭州小铺 & <b>Co</b>」开启了紧急预警邮件。",
    );
  });

  it("renders in English", () => {
    const en = renderUrgentAlerts(urgentAlerts({ locale: "en" }));
    expect(en.text).toContain("2 urgent alerts need your attention.");
    expect(en.text).toContain("[Urgent] Low stock · JD · 京东旗舰店 · 2 Dec");
    expect(en.text).toContain(`Unsubscribe: ${UNSUBSCRIBE}`);
    expect(en.html).toContain("View all alerts");
  });

  it("says so when there is nothing to report", () => {
    const empty = renderUrgentAlerts(urgentAlerts({ alerts: [] }));
    expect(empty.subject).toBe("【紧急】通数预警 · 0 条");
    expect(empty.text).toContain("没有新的紧急预警");
    expect(empty.html).toContain("没有新的紧急预警");
  });
});
