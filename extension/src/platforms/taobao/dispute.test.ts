import { describe, expect, it } from "vitest";
import { bj, errorCode, fixtureBody, records, run, TB_SHOP } from "./test-support.ts";

const LIST = "https://refund2.taobao.com/dispute/sellerDisputeList.htm?type=1&showFrame=false";
const PAGE = "https://refund2.taobao.com/dispute/adjust/adjustSellerList.json";

describe("taobao/dispute-list (var disputeData)", () => {
  const result = run(LIST, fixtureBody("dispute-list-first-page.body.html"));
  const refunds = records(result, "refund");

  it("reads refund id, order, line, amount, reason, status and time", () => {
    expect(
      refunds.map((r) => [r.refundId, r.orderId, r.lineId, r.amountFen, r.reason, r.status]),
    ).toEqual([
      ["152361904520000011", "4793451545648012345", null, 3490, "拍错/多拍", "refunded"],
      [
        "152361904520000013",
        "3737474445648020264",
        "3737474445648020264",
        11900,
        "7天无理由退换货",
        "pending",
      ],
      [
        "152361904520000014",
        "2891734405648020264",
        "2891734405648020266",
        2647,
        "大小尺寸不符",
        "approved",
      ],
    ]);
    expect(refunds[0]?.createdAt).toBe(bj(2026, 11, 15, 14, 2, 11));
    expect(result.ok && result.page).toEqual({ current: 1, size: 20, total: 3, rows: 3 });
  });

  it("never reads the buyer slot", () => {
    expect(JSON.stringify(refunds)).not.toMatch(/tb_demo_buyer/);
  });

  it("refuses a list that names another shop", () => {
    const other = { ...TB_SHOP, shopName: "别家小店" };
    expect(
      errorCode(run(LIST, fixtureBody("dispute-list-first-page.body.html"), { shop: other })),
    ).toBe("shop_mismatch");
  });
});

describe("taobao/dispute-page (adjustSellerList.json)", () => {
  it("reads the next page's tree", () => {
    const result = run(PAGE, fixtureBody("dispute-page-second.body.json"));
    const [refund] = records(result, "refund");
    expect([refund?.refundId, refund?.orderId, refund?.amountFen, refund?.status]).toEqual([
      "152361904520000009",
      "1414213562373095048",
      4480,
      "rejected",
    ]);
    expect(result.ok && result.page).toEqual({ current: 2, size: 20, total: 21, rows: 1 });
    expect(errorCode(run(PAGE, '{"success":false,"message":"token失效"}'))).toBe("api_error");
  });

  it("reports an unknown status text as malformed", () => {
    const body = fixtureBody("dispute-page-second.body.json").replace("已拒绝退款", "神秘状态");
    expect(errorCode(run(PAGE, body))).toBe("malformed");
  });
});
