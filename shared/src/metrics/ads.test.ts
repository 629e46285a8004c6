import { describe, expect, it } from "vitest";
import { AD_CHANNELS, adChannelLabel, addAds, adFigures, adSpendShare, EMPTY_ADS } from "./ads.ts";

describe("adFigures", () => {
  it("is zeros and blanks with no ads", () => {
    expect(adFigures(EMPTY_ADS)).toEqual({
      ...EMPTY_ADS,
      ctr: null,
      cpcFen: null,
      conversionRate: null,
      roas: null,
      acos: null,
    });
  });
  it("handles one campaign day (¥30, 10,000 impressions, 200 clicks, 2 orders, ¥120)", () => {
    const f = adFigures({
      spendFen: 3000,
      impressions: 10000,
      clicks: 200,
      attributedOrders: 2,
      attributedFen: 12000,
    });
    expect(f.ctr).toBe(0.02);
    expect(f.cpcFen).toBe(15);
    expect(f.conversionRate).toBe(0.01);
    expect(f.roas).toBe(4);
    expect(f.acos).toBe(0.25);
  });
  it("recomputes ratios from summed parts, not averaged ratios", () => {
    const a = {
      spendFen: 3000,
      impressions: 10000,
      clicks: 200,
      attributedOrders: 2,
      attributedFen: 12000,
    };
    const b = {
      spendFen: 1000,
      impressions: 5000,
      clicks: 50,
      attributedOrders: 0,
      attributedFen: 0,
    };
    const total = adFigures(addAds(a, b));
    expect(total).toMatchObject({
      spendFen: 4000,
      impressions: 15000,
      clicks: 250,
      attributedOrders: 2,
      attributedFen: 12000,
    });
    // 250 / 15000, not (0.02 + 0.01) / 2 = 0.015.
    expect(total.ctr).toBeCloseTo(1 / 60, 12);
    expect(total.cpcFen).toBe(16);
    expect(total.conversionRate).toBe(0.008);
    // ROAS 12000 / 4000 = 3, not the average of 4 and 0 (2).
    expect(total.roas).toBe(3);
    expect(total.acos).toBeCloseTo(1 / 3, 12);
  });
  it("keeps ROAS 0 and ACoS blank for spend without sales; CPC rounds half up", () => {
    const f = adFigures({
      spendFen: 1000,
      impressions: 0,
      clicks: 3,
      attributedOrders: 0,
      attributedFen: 0,
    });
    expect(f.roas).toBe(0);
    expect(f.acos).toBeNull();
    expect(f.ctr).toBeNull();
    // 1000 / 3 = 333.33 → 333; 5 / 2 = 2.5 → 3.
    expect(f.cpcFen).toBe(333);
    expect(adFigures({ ...EMPTY_ADS, spendFen: 5, clicks: 2 }).cpcFen).toBe(3);
  });
  it("gives ACoS without spend as 0 (attributed sales from free clicks)", () => {
    expect(adFigures({ ...EMPTY_ADS, attributedFen: 500 })).toMatchObject({ acos: 0, roas: null });
  });
});

describe("adSpendShare", () => {
  it("is spend over sales, blank when sales are 0 or unknown", () => {
    expect(adSpendShare(4000, 45000)).toBeCloseTo(4 / 45, 12);
    expect(adSpendShare(0, 45000)).toBe(0);
    expect(adSpendShare(4000, 0)).toBeNull();
    expect(adSpendShare(4000, null)).toBeNull();
  });
});

describe("adChannelLabel", () => {
  it("names the channels the parsers emit in both languages", () => {
    expect(adChannelLabel("ztc")).toBe("直通车");
    expect(adChannelLabel("wxt")).toBe("万相台");
    expect(adChannelLabel("tbk")).toBe("淘宝客");
    expect(adChannelLabel("jzt")).toBe("京准通");
    expect(adChannelLabel("pdd-search")).toBe("多多搜索");
    expect(adChannelLabel("pdd-scene", "en")).toBe("Duoduo scene");
    expect(Object.keys(AD_CHANNELS)).toHaveLength(6);
  });
  it("shows an unknown id as itself, prototype names included", () => {
    expect(adChannelLabel("jd-kc")).toBe("jd-kc");
    expect(adChannelLabel("constructor")).toBe("constructor");
    expect(adChannelLabel("tostring", "en")).toBe("tostring");
  });
});
