import { describe, expect, it } from "vitest";
import { renderDigest, renderUrgentAlerts } from "./index.ts";
import { ALERT_ROWS, dailyDigest, urgentAlerts } from "./test-fixtures.ts";

const weekly = {
  kind: "weekly" as const,
  range: { from: "2026-11-23", to: "2026-11-29" },
  previous: { from: "2026-11-16", to: "2026-11-22" },
  lastYear: { from: "2025-11-23", to: "2025-11-29" },
};
const monthly = {
  kind: "monthly" as const,
  range: { from: "2026-11-01", to: "2026-11-30" },
  previous: { from: "2026-10-01", to: "2026-10-31" },
  lastYear: { from: "2025-11-01", to: "2025-11-30" },
};

describe("subjects", () => {
  it("daily, weekly and monthly in Chinese", () => {
    expect(renderDigest(dailyDigest()).subject).toBe("通数日报 · 12月1日（周二）· 成交 ¥12,345.67");
    expect(renderDigest(dailyDigest(weekly)).subject).toBe("通数周报 · 11月23日–11月29日");
    expect(renderDigest(dailyDigest(monthly)).subject).toBe("通数月报 · 2026年11月");
  });

  it("daily, weekly and monthly in English", () => {
    const en = { locale: "en" as const };
    expect(renderDigest(dailyDigest(en)).subject).toBe(
      "Tongshu daily · Tue 1 Dec · Sales ¥12,345.67",
    );
    expect(renderDigest(dailyDigest({ ...en, ...weekly })).subject).toBe(
      "Tongshu weekly · 23 Nov – 29 Nov",
    );
    expect(renderDigest(dailyDigest({ ...en, ...monthly })).subject).toBe(
      "Tongshu monthly · November 2026",
    );
  });

  it("leaves the paid amount out when the recipient does not read sales", () => {
    expect(renderDigest(dailyDigest({ sections: ["stock"] })).subject).toBe(
      "通数日报 · 12月1日（周二）",
    );
  });

  it("counts urgent alerts", () => {
    expect(renderUrgentAlerts(urgentAlerts()).subject).toBe("【紧急】通数预警 · 2 条");
    expect(renderUrgentAlerts(urgentAlerts({ locale: "en" })).subject).toBe(
      "[Urgent] Tongshu alerts · 2",
    );
    expect(renderUrgentAlerts(urgentAlerts({ alerts: ALERT_ROWS.slice(0, 1) })).subject).toBe(
      "【紧急】通数预警 · 1 条",
    );
  });
});
