import { env } from "cloudflare:workers";
import type {
  OtherCostListResponse,
  OtherCostResponse,
  PlatformSettingsListResponse,
  ReportSettingsResponse,
} from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { listOtherCosts } from "../src/db/other-costs.ts";
import { getPlatformSettings } from "../src/db/platform-settings.ts";
import { getReportSettings } from "../src/db/report-settings.ts";
import { SHOPS } from "./setup/report-fixture.ts";
import { auditRows, type SettingsTeam, send, settingsTeam } from "./setup/settings-fixtures.ts";

let t: SettingsTeam;
beforeAll(async () => {
  t = await settingsTeam();
});

describe("/api/v1/settings/platforms", () => {
  it("gives every platform, all zero and marked default until set", async () => {
    const res = await send<PlatformSettingsListResponse>("GET", "/platforms", t.cookies.owner);
    expect(res.body.platforms).toEqual(
      ["taobao", "tmall", "jd", "pdd"].map((platform) => ({
        platform,
        commissionBp: 0,
        serviceFeeBp: 0,
        shippingFenPerOrder: 0,
        isDefault: true,
        updatedAt: null,
      })),
    );
  });

  it("sets one platform's fees, audited with what they were", async () => {
    const fees = { commissionBp: 500, serviceFeeBp: 50, shippingFenPerOrder: 500 };
    const res = await send<{ settings: unknown }>("PUT", "/platforms/tmall", t.cookies.admin, fees);
    expect(res.status).toBe(200);
    expect(res.body.settings).toMatchObject({ platform: "tmall", ...fees, isDefault: false });
    const again = { ...fees, commissionBp: 450 };
    expect((await send("PUT", "/platforms/tmall", t.cookies.owner, again)).status).toBe(200);
    const list = await send<PlatformSettingsListResponse>(
      "GET",
      "/platforms",
      t.cookies.analystCosts,
    );
    expect(
      list.body.platforms.map((p) => [
        p.platform,
        p.commissionBp,
        p.serviceFeeBp,
        p.shippingFenPerOrder,
        p.isDefault,
      ]),
    ).toEqual([
      ["taobao", 0, 0, 0, true],
      ["tmall", 450, 50, 500, false],
      ["jd", 0, 0, 0, true],
      ["pdd", 0, 0, 0, true],
    ]);
    expect(
      (await auditRows(t.workspaceId, "platform_settings.")).map((a) => [
        a.actorId,
        a.target,
        a.details,
      ]),
    ).toEqual([
      [t.ids.admin, "platform:tmall", { before: null, after: fees }],
      [t.ids.owner, "platform:tmall", { before: fees, after: again }],
    ]);
    const map = await getPlatformSettings(env.DB, t.workspaceId);
    expect([...map.keys()]).toEqual(["taobao", "tmall", "jd", "pdd"]);
    expect(map.get("tmall")).toEqual({
      commissionBp: 450,
      serviceFeeBp: 50,
      shippingFenPerOrder: 500,
    });
    expect(map.get("pdd")).toEqual({ commissionBp: 0, serviceFeeBp: 0, shippingFenPerOrder: 0 });
  });

  it("validates rates and the platform, and keeps fees from non-cost-seers and non-editors", async () => {
    const ok = { commissionBp: 600, serviceFeeBp: 0, shippingFenPerOrder: 600 };
    const bad: unknown[] = [
      { ...ok, commissionBp: 10_001 },
      { ...ok, commissionBp: -1 },
      { ...ok, serviceFeeBp: 1.5 },
      { ...ok, shippingFenPerOrder: 1_000_001 },
      { commissionBp: 600, serviceFeeBp: 0 },
      { ...ok, note: "x" },
    ];
    for (const body of bad)
      expect(
        (await send("PUT", "/platforms/jd", t.cookies.owner, body)).status,
        JSON.stringify(body),
      ).toBe(422);
    expect((await send("PUT", "/platforms/amazon", t.cookies.owner, ok)).status).toBe(422);
    expect(
      (await send("PUT", "/platforms/jd", t.cookies.owner, { ...ok, commissionBp: 10_000 })).status,
    ).toBe(200);
    for (const caller of ["analyst", "viewer"] as const)
      expect((await send("GET", "/platforms", t.cookies[caller])).status).toBe(403);
    for (const caller of ["analyst", "analystCosts", "viewer"] as const)
      expect((await send("PUT", "/platforms/jd", t.cookies[caller], ok)).status).toBe(403);
  });
});

describe("/api/v1/settings/report", () => {
  it("gives the defaults 15/7/30/90 until set, to any member", async () => {
    const fresh = await settingsTeam([]);
    const res = await send<ReportSettingsResponse>("GET", "/report", fresh.cookies.viewer);
    expect(res.body.settings).toEqual({
      leadTimeDays: 15,
      safetyStockDays: 7,
      slowMovingDays: 30,
      overstockDays: 90,
      isDefault: true,
      updatedAt: null,
    });
    expect(await getReportSettings(env.DB, fresh.workspaceId)).toEqual(res.body.settings);
  });

  it("sets the defaults (owner/admin), audited, and the products list uses them", async () => {
    const values = {
      leadTimeDays: 20,
      safetyStockDays: 10,
      slowMovingDays: 45,
      overstockDays: 120,
    };
    expect((await send("PUT", "/report", t.cookies.owner, values)).status).toBe(200);
    const res = await send<ReportSettingsResponse>("GET", "/report", t.cookies.analyst);
    expect(res.body.settings).toMatchObject({ ...values, isDefault: false });
    expect(await getReportSettings(env.DB, t.workspaceId)).toMatchObject(values);
    const products = await send<{ defaults: unknown }>("GET", "/products", t.cookies.viewer);
    expect(products.body.defaults).toEqual({ leadTimeDays: 20, safetyStockDays: 10 });
    expect((await auditRows(t.workspaceId, "report_settings.")).map((a) => a.details)).toEqual([
      { before: null, after: values },
    ]);
  });

  it("validates every threshold and refuses non-editors", async () => {
    const ok = { leadTimeDays: 20, safetyStockDays: 10, slowMovingDays: 45, overstockDays: 120 };
    const bad: unknown[] = [
      { ...ok, leadTimeDays: 366 },
      { ...ok, safetyStockDays: -1 },
      { ...ok, slowMovingDays: 0 },
      { ...ok, overstockDays: 731 },
      { ...ok, overstockDays: 7.5 },
      { leadTimeDays: 20 },
    ];
    for (const body of bad)
      expect(
        (await send("PUT", "/report", t.cookies.owner, body)).status,
        JSON.stringify(body),
      ).toBe(422);
    for (const caller of ["analyst", "analystCosts", "viewer"] as const)
      expect((await send("PUT", "/report", t.cookies[caller], ok)).status).toBe(403);
  });
});

describe("/api/v1/settings/other-costs", () => {
  const T1 = { platform: "taobao", shopId: SHOPS.T1.shopId };
  let rentId: string;
  let shopCostId: string;

  it("books costs for the workspace or a shop, audited", async () => {
    const rent = await send<OtherCostResponse>("POST", "/other-costs", t.cookies.owner, {
      date: "2026-11-01",
      category: "rent",
      amountFen: 800_000,
      note: " 11月仓库租金 ",
    });
    expect(rent.status).toBe(201);
    rentId = rent.body.otherCost.id;
    expect(rent.body.otherCost).toMatchObject({
      date: "2026-11-01",
      platform: null,
      shopId: null,
      category: "rent",
      amountFen: 800_000,
      note: "11月仓库租金",
      createdBy: t.ids.owner,
    });
    const shop = await send<OtherCostResponse>("POST", "/other-costs", t.cookies.admin, {
      date: "2026-11-03",
      ...T1,
      category: "marketing",
      amountFen: 20_000,
    });
    expect(shop.status).toBe(201);
    shopCostId = shop.body.otherCost.id;
    expect(
      (await auditRows(t.workspaceId, "other_cost.")).map((a) => [a.action, a.target, a.details]),
    ).toEqual([
      [
        "other_cost.create",
        `other_cost:${rentId}`,
        {
          id: rentId,
          date: "2026-11-01",
          platform: null,
          shopId: null,
          category: "rent",
          amountFen: 800_000,
          note: "11月仓库租金",
        },
      ],
      [
        "other_cost.create",
        `other_cost:${shopCostId}`,
        {
          id: shopCostId,
          date: "2026-11-03",
          ...T1,
          category: "marketing",
          amountFen: 20_000,
          note: null,
        },
      ],
    ]);
  });

  it("lists them by date within an inclusive range, for cost seers", async () => {
    const ids = async (query: string, caller: keyof SettingsTeam["cookies"] = "owner") =>
      (
        await send<OtherCostListResponse>("GET", `/other-costs${query}`, t.cookies[caller])
      ).body.otherCosts.map((c) => c.id);
    expect(await ids("")).toEqual([rentId, shopCostId]);
    expect(await ids("?from=2026-11-01&to=2026-11-02")).toEqual([rentId]);
    expect(await ids("?from=2026-11-02&to=2026-11-03")).toEqual([shopCostId]);
    expect(await ids("?from=2026-11-04&to=2026-11-30")).toEqual([]);
    // A member limited to the Taobao shop sees that shop's costs only.
    expect(await ids("", "scopedCosts")).toEqual([shopCostId]);
    const range = { from: "2026-11-01", to: "2026-11-01" };
    expect(
      (await listOtherCosts(env.DB, t.workspaceId, range)).map((c) => [c.id, c.amountFen]),
    ).toEqual([[rentId, 800_000]]);
    for (const caller of ["analyst", "viewer"] as const)
      expect((await send("GET", "/other-costs", t.cookies[caller])).status).toBe(403);
    for (const query of [
      "?from=2026-11-01",
      "?from=2026-11-05&to=2026-11-01",
      "?from=2026-13-01&to=2026-13-02",
    ])
      expect((await send("GET", `/other-costs${query}`, t.cookies.owner)).status, query).toBe(422);
  });

  it("validates entries: category, amount, a shop with its platform, a known shop", async () => {
    const ok = { date: "2026-11-05", category: "salary", amountFen: 500_000 };
    const bad: unknown[] = [
      { ...ok, category: "food" },
      { ...ok, amountFen: 0 },
      { ...ok, amountFen: 99.5 },
      { ...ok, date: "2026-11-31" },
      { ...ok, shopId: SHOPS.T1.shopId },
      { ...ok, platform: "amazon" },
      { ...ok, note: "x".repeat(201) },
    ];
    for (const body of bad)
      expect(
        (await send("POST", "/other-costs", t.cookies.owner, body)).status,
        JSON.stringify(body),
      ).toBe(422);
    const unknownShop = await send("POST", "/other-costs", t.cookies.owner, {
      ...ok,
      platform: "jd",
      shopId: "999",
    });
    expect(unknownShop.status).toBe(404);
    // A scoped admin books only on their own shops.
    expect((await send("POST", "/other-costs", t.cookies.scopedAdmin, ok)).status).toBe(403);
    expect(
      (await send("POST", "/other-costs", t.cookies.scopedAdmin, { ...ok, ...T1 })).status,
    ).toBe(201);
    for (const caller of ["analyst", "analystCosts", "viewer"] as const)
      expect((await send("POST", "/other-costs", t.cookies[caller], ok)).status).toBe(403);
  });

  it("deletes an entry (owner/admin), audited; B cannot touch A's", async () => {
    const b = await settingsTeam([]);
    expect((await send("DELETE", `/other-costs/${rentId}`, b.cookies.owner)).status).toBe(404);
    expect(
      (await send<OtherCostListResponse>("GET", "/other-costs", b.cookies.owner)).body.otherCosts,
    ).toEqual([]);
    expect((await send("DELETE", `/other-costs/${rentId}`, t.cookies.viewer)).status).toBe(403);
    // Outside a scoped admin's shops, the entry does not exist for them.
    expect((await send("DELETE", `/other-costs/${rentId}`, t.cookies.scopedAdmin)).status).toBe(
      404,
    );
    expect((await send("DELETE", `/other-costs/${rentId}`, t.cookies.admin)).status).toBe(204);
    expect((await send("DELETE", `/other-costs/${rentId}`, t.cookies.admin)).status).toBe(404);
    const deleted = await auditRows(t.workspaceId, "other_cost.delete");
    expect(
      deleted.map((a) => [a.actorId, a.target, (a.details as { amountFen: number }).amountFen]),
    ).toEqual([[t.ids.admin, `other_cost:${rentId}`, 800_000]]);
  });
});
