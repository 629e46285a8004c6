import {
  CreateDigestRequestSchema,
  type DigestSubscription,
  type ShopCoverage,
  UpdateDigestRequestSchema,
} from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { CATALOGUES, translate } from "../../i18n/translate.ts";
import {
  type DigestFormValues,
  effectiveSections,
  formFromSubscription,
  newDigestForm,
  periodMessage,
  profitNote,
  quarterHours,
  recipientSeesProfit,
  scheduleMessage,
  sendOutcome,
  shopGroups,
  shopNames,
  subscribedMemberIds,
  toCreateRequest,
  toUpdateRequest,
  validateDigestForm,
} from "./digest-helpers.ts";

const zh = (m: {
  key: Parameters<typeof translate>[1];
  params?: Record<string, string | number>;
}) => translate(CATALOGUES["zh-CN"], m.key, m.params);
const en = (m: {
  key: Parameters<typeof translate>[1];
  params?: Record<string, string | number>;
}) => translate(CATALOGUES.en, m.key, m.params);

const ALL = ["sales", "profit", "products", "stock", "alerts"] as const;

const sub = (over: Partial<DigestSubscription> = {}): DigestSubscription => ({
  id: "d1",
  memberId: "m1",
  name: "王芳",
  email: "wang@example.com",
  locale: "zh-CN",
  frequency: "weekly",
  sendAt: "09:15",
  shops: ["jd:1001"],
  sections: ["sales", "stock"],
  urgentAlerts: false,
  unsubscribedAt: null,
  includesProfit: false,
  nextSendAt: null,
  lastSend: null,
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

const shop = (platform: ShopCoverage["platform"], shopId: string, shopName: string | null) => ({
  platform,
  shopId,
  shopName,
  kinds: [],
});

describe("schedule wording", () => {
  it("says when a digest goes out, in both languages", () => {
    expect(zh(scheduleMessage("daily", "08:30"))).toBe("每天 08:30");
    expect(zh(scheduleMessage("weekly", "08:30"))).toBe("每周一 08:30");
    expect(zh(scheduleMessage("monthly", "08:30"))).toBe("每月1日 08:30");
    expect(zh(scheduleMessage("off", "08:30"))).toBe("已关闭");
    expect(en(scheduleMessage("daily", "07:45"))).toBe("Daily at 07:45");
    expect(en(scheduleMessage("weekly", "07:45"))).toBe("Mondays at 07:45");
  });

  it("offers every quarter hour of the day", () => {
    const times = quarterHours();
    expect(times).toHaveLength(96);
    expect(times.slice(0, 3)).toEqual(["00:00", "00:15", "00:30"]);
    expect(times[34]).toBe("08:30");
    expect(times.at(-1)).toBe("23:45");
  });
});

describe("form ↔ request", () => {
  it("starts daily at 08:30 with every shop and section and urgent alerts on", () => {
    expect(newDigestForm("m1", "en")).toEqual({
      recipientKind: "member",
      memberId: "m1",
      email: "",
      frequency: "daily",
      sendAt: "08:30",
      allShops: true,
      shops: [],
      sections: [...ALL],
      locale: "en",
      urgentAlerts: true,
    });
  });

  it("builds a member's POST body that the API schema accepts unchanged", () => {
    const body = toCreateRequest(newDigestForm("m1", "zh-CN"), true);
    expect(body).toEqual({
      memberId: "m1",
      locale: "zh-CN",
      frequency: "daily",
      sendAt: "08:30",
      shops: null,
      sections: [...ALL],
      urgentAlerts: true,
    });
    expect(CreateDigestRequestSchema.parse(body)).toEqual(body);
  });

  it("sends an outside address trimmed and lower-cased, without profit, chosen shops sorted once", () => {
    const values: DigestFormValues = {
      ...newDigestForm("", "zh-CN"),
      recipientKind: "email",
      email: "  Acct@Example.COM ",
      allShops: false,
      shops: ["pdd:9", "jd:1", "jd:1"],
    };
    const body = toCreateRequest(values, false);
    expect(body).toEqual({
      email: "acct@example.com",
      locale: "zh-CN",
      frequency: "daily",
      sendAt: "08:30",
      shops: ["jd:1", "pdd:9"],
      sections: ["sales", "products", "stock", "alerts"],
      urgentAlerts: true,
    });
    expect(CreateDigestRequestSchema.parse(body)).toEqual(body);
  });

  it("edits with every setting and no recipient", () => {
    const values = formFromSubscription(sub());
    expect(values).toMatchObject({
      recipientKind: "member",
      memberId: "m1",
      frequency: "weekly",
      sendAt: "09:15",
      allShops: false,
      shops: ["jd:1001"],
    });
    const original = sub();
    // Shops unchanged: left out, so a shop-scoped member may keep what an owner set.
    const body = toUpdateRequest({ ...values, frequency: "off" }, false, original);
    expect(body).toEqual({
      locale: "zh-CN",
      frequency: "off",
      sendAt: "09:15",
      sections: ["sales", "stock"],
      urgentAlerts: false,
    });
    expect(UpdateDigestRequestSchema.parse(body)).toEqual(body);
    // Switching to all shops sends null (every shop the recipient may see).
    expect(toUpdateRequest({ ...values, allShops: true }, false, original).shops).toBeNull();
    const more = { ...values, shops: ["pdd:9", "jd:1001"] };
    expect(toUpdateRequest(more, false, original).shops).toEqual(["jd:1001", "pdd:9"]);
    // The same shops in another order are no change.
    const reordered = { shops: ["jd:1001", "pdd:9"] };
    expect(
      toUpdateRequest({ ...more, shops: ["pdd:9", "jd:1001"] }, false, reordered),
    ).not.toHaveProperty("shops");
  });

  it("keeps the digest's section order and drops profit where it is not allowed", () => {
    expect(effectiveSections(["alerts", "sales", "profit"], false)).toEqual(["sales", "alerts"]);
    expect(effectiveSections(["alerts", "sales", "profit"], true)).toEqual([
      "sales",
      "profit",
      "alerts",
    ]);
  });
});

describe("validateDigestForm", () => {
  const base = newDigestForm("m1", "zh-CN");
  const create = { creating: true, profitAllowed: true };

  it("accepts the defaults", () => {
    expect(validateDigestForm(base, create)).toEqual({});
  });

  it("asks for a member or a valid address when creating", () => {
    expect(validateDigestForm({ ...base, memberId: "" }, create)).toEqual({
      recipient: { key: "digests.input.chooseMember" },
    });
    const email = { ...base, recipientKind: "email" as const, email: "not-an-address" };
    expect(validateDigestForm(email, create).recipient).toEqual({ key: "digests.input.email" });
    expect(validateDigestForm({ ...email, email: " a@b.cn " }, create)).toEqual({});
    // The recipient of an existing schedule is fixed, so editing never checks it.
    expect(validateDigestForm({ ...base, memberId: "" }, { ...create, creating: false })).toEqual(
      {},
    );
  });

  it("rejects off-grid times, no shops and no sections left", () => {
    const errors = validateDigestForm(
      { ...base, sendAt: "08:20", allShops: false, shops: [], sections: ["profit"] },
      { creating: true, profitAllowed: false },
    );
    expect(errors).toEqual({
      sendAt: { key: "digests.input.time" },
      shops: { key: "digests.input.shops" },
      sections: { key: "digests.input.sections" },
    });
    expect(validateDigestForm({ ...base, sections: ["profit"] }, create)).toEqual({});
  });
});

describe("recipients and shops", () => {
  const members = [
    { id: "m1", canSeeCosts: true },
    { id: "m2", canSeeCosts: false },
  ];

  it("lets profit go only to members who may see costs", () => {
    expect(recipientSeesProfit("m1", members)).toBe(true);
    expect(recipientSeesProfit("m2", members)).toBe(false);
    expect(recipientSeesProfit("gone", members)).toBe(false);
    expect(recipientSeesProfit(null, members)).toBe(false);
  });

  it("knows which members already have a schedule", () => {
    const ids = subscribedMemberIds([sub(), sub({ id: "d2", memberId: null, name: null })]);
    expect([...ids]).toEqual(["m1"]);
  });

  it("groups shops by platform, within the recipient's scope", () => {
    const shops = [
      shop("pdd", "9", "拼多多旗舰"),
      shop("taobao", "5", "淘宝小店"),
      shop("jd", "1", null),
    ];
    expect(shopGroups(shops, null)).toEqual([
      { platform: "taobao", shops: [{ key: "taobao:5", name: "淘宝小店" }] },
      { platform: "jd", shops: [{ key: "jd:1", name: "1" }] },
      { platform: "pdd", shops: [{ key: "pdd:9", name: "拼多多旗舰" }] },
    ]);
    expect(shopGroups(shops, ["jd:1"])).toEqual([
      { platform: "jd", shops: [{ key: "jd:1", name: "1" }] },
    ]);
    expect(shopNames(null, shops)).toBeNull();
    expect(shopNames(["pdd:9", "tmall:77"], shops)).toEqual(["拼多多旗舰", "77"]);
  });

  it("says whether profit is in the digest and why not", () => {
    expect(zh(profitNote(sub({ includesProfit: true, sections: [...ALL] }), true))).toBe("含利润");
    expect(zh(profitNote(sub({ memberId: null, sections: [...ALL] }), false))).toBe(
      "外部邮箱不含利润",
    );
    // Chosen but the role may not see it (the server's includesProfit is false).
    expect(zh(profitNote(sub({ sections: [...ALL] }), false))).toBe("该角色不可见利润");
    // Not chosen because the form would not allow it: the role is the reason.
    expect(zh(profitNote(sub({ sections: ["sales"] }), false))).toBe("该角色不可见利润");
    expect(zh(profitNote(sub({ sections: ["sales"] }), true))).toBe("未选择利润");
  });
});

describe("sends in words", () => {
  // 2026-12-02 10:20 Beijing = 02:20 UTC.
  const at1020 = Date.UTC(2026, 11, 2, 2, 20);

  it("names each kind of period", () => {
    expect(zh(periodMessage("daily:2026-12-01"))).toBe("2026-12-01 日报");
    expect(zh(periodMessage("weekly:2026-11-23"))).toBe("2026-11-23 至 2026-11-29 周报");
    expect(zh(periodMessage("monthly:2026-11"))).toBe("2026-11 月报");
    expect(zh(periodMessage("alerts:2026-12-02T09"))).toBe("2026-12-02 09时的预警");
    expect(zh(periodMessage(`manual:${at1020}`))).toBe("2026-12-02 10:20 手动发送");
    expect(zh(periodMessage(`manual:${at1020}:daily:2026-12-01`))).toBe(
      "2026-12-01 日报（2026-12-02 10:20 手动发送）",
    );
    expect(zh(periodMessage(`manual:${at1020}:monthly:2026-11`))).toBe(
      "2026-11 月报（2026-12-02 10:20 手动发送）",
    );
    expect(zh(periodMessage("daily:soon"))).toBe("daily:soon");
    expect(zh(periodMessage("odd"))).toBe("odd");
  });

  it("gives a send's outcome with its time or reason", () => {
    const send = { sentAt: null, lastError: null, nextAttemptAt: null, createdAt: at1020 };
    expect(zh(sendOutcome({ ...send, status: "sent", sentAt: at1020 }))).toBe(
      "已发送（2026-12-02 10:20）",
    );
    expect(zh(sendOutcome({ ...send, status: "sending" }))).toBe("正在发送…");
    expect(
      zh(
        sendOutcome({
          ...send,
          status: "retry",
          lastError: "SMTP 421 busy",
          nextAttemptAt: at1020 + 15 * 60_000,
        }),
      ),
    ).toBe("发送失败，将于 2026-12-02 10:35 重试：SMTP 421 busy");
    expect(zh(sendOutcome({ ...send, status: "failed" }))).toBe("发送失败：—");
  });
});
