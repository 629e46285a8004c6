import { describe, expect, it } from "vitest";
import type { Finding } from "./finding.ts";
import { planAlerts, type StoredAlertRef } from "./plan.ts";

const finding = (rule: Finding["rule"], subject: string, date: string): Finding => ({
  rule,
  subject,
  platform: "taobao",
  shopId: "1",
  date,
  severity: "warning",
  evidence: { value: 1 },
  link: "/",
});
const stored = (
  id: string,
  rule: StoredAlertRef["rule"],
  subject: string,
  date: string,
  state: StoredAlertRef["state"] = "new",
  stateChangedBy: string | null = null,
): StoredAlertRef => ({ id, rule, subject, date, state, stateChangedBy });

const Y = "2026-11-21";
const T = "2026-11-22";

describe("planAlerts: day rules", () => {
  it("inserts new findings and refreshes stored ones of the same day", () => {
    const plan = planAlerts(
      [
        {
          rule: "sales_drop",
          mode: "day",
          date: Y,
          findings: [finding("sales_drop", "s1", Y), finding("sales_drop", "s2", Y)],
        },
      ],
      [stored("a1", "sales_drop", "s1", Y, "seen", "m1")],
    );
    expect(plan.upserts.map((u) => [u.finding.subject, u.existing?.id ?? null, u.reopens])).toEqual(
      [
        ["s1", "a1", false],
        ["s2", null, false],
      ],
    );
    expect(plan.resolve).toEqual([]);
  });

  it("resolves the day's open alerts it no longer finds, not other days' or other rules'", () => {
    const plan = planAlerts(
      [{ rule: "sales_drop", mode: "day", date: Y, findings: [] }],
      [
        stored("a1", "sales_drop", "s1", Y, "new"),
        stored("a2", "sales_drop", "s2", Y, "seen", "m1"),
        stored("a3", "sales_drop", "s3", Y, "resolved", "m1"),
        stored("a4", "sales_drop", "s4", "2026-11-20", "new"),
        stored("a5", "refund_spike", "s1", Y, "new"),
      ],
    );
    expect(plan.resolve).toEqual(["a1", "a2"]);
  });

  it("keeps a member's resolution, reopens the system's", () => {
    const plan = planAlerts(
      [
        {
          rule: "roas_low",
          mode: "day",
          date: Y,
          findings: [finding("roas_low", "c1", Y), finding("roas_low", "c2", Y)],
        },
      ],
      [
        stored("a1", "roas_low", "c1", Y, "resolved", "m1"),
        stored("a2", "roas_low", "c2", Y, "resolved", null),
      ],
    );
    expect(plan.upserts.map((u) => [u.existing?.id, u.reopens])).toEqual([
      ["a1", false],
      ["a2", true],
    ]);
  });
});

describe("planAlerts: ongoing rules", () => {
  it("continues the open alert of a subject on its first day", () => {
    const plan = planAlerts(
      [{ rule: "low_stock", mode: "ongoing", date: T, findings: [finding("low_stock", "p1", T)] }],
      [stored("a1", "low_stock", "p1", "2026-11-19", "seen", "m1")],
    );
    expect(plan.upserts).toHaveLength(1);
    expect(plan.upserts[0]?.existing?.id).toBe("a1");
    expect(plan.upserts[0]?.finding.date).toBe("2026-11-19");
    expect(plan.resolve).toEqual([]);
  });

  it("opens a new alert once the old one was resolved, and resolves every open one that ended", () => {
    const plan = planAlerts(
      [
        {
          rule: "sync_stopped",
          mode: "ongoing",
          date: T,
          findings: [finding("sync_stopped", "shop1", T)],
        },
      ],
      [
        stored("a1", "sync_stopped", "shop1", "2026-11-19", "resolved", "m1"),
        stored("a2", "sync_stopped", "shop2", "2026-11-18", "new"),
      ],
    );
    expect(plan.upserts.map((u) => [u.finding.date, u.existing])).toEqual([[T, null]]);
    expect(plan.resolve).toEqual(["a2"]);
  });

  it("keeps one upsert per subject", () => {
    const plan = planAlerts(
      [
        {
          rule: "low_stock",
          mode: "ongoing",
          date: T,
          findings: [finding("low_stock", "p1", T), finding("low_stock", "p1", T)],
        },
      ],
      [],
    );
    expect(plan.upserts).toHaveLength(1);
  });
});
