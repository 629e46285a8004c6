import { describe, expect, it } from "vitest";
import { actionTarget, alertActions, mayChangeAlerts, mayEvaluateAlerts } from "./alert-actions.ts";

describe("alert actions", () => {
  it("offers what each state can become", () => {
    expect(alertActions("new")).toEqual(["seen", "resolved"]);
    expect(alertActions("seen")).toEqual(["resolved"]);
    expect(alertActions("resolved")).toEqual(["reopen"]);
  });

  it("reopens to seen", () => {
    expect(["seen", "resolved", "reopen"].map((a) => actionTarget(a as "seen"))).toEqual([
      "seen",
      "resolved",
      "seen",
    ]);
  });

  it("follows the routes' role rules", () => {
    const roles = ["owner", "admin", "analyst", "viewer"] as const;
    expect(roles.map(mayChangeAlerts)).toEqual([true, true, true, false]);
    expect(roles.map(mayEvaluateAlerts)).toEqual([true, true, false, false]);
  });
});
