import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../api.ts";
import {
  assignableRoles,
  auditActionKey,
  describeMemberError,
  describePasswordError,
  mayManage,
} from "./settings-helpers.ts";

describe("assignableRoles", () => {
  it("lets owners give every role and admins all but owner", () => {
    expect(assignableRoles("owner")).toEqual(["owner", "admin", "analyst", "viewer"]);
    expect(assignableRoles("admin")).toEqual(["admin", "analyst", "viewer"]);
    expect(assignableRoles("analyst")).toEqual([]);
    expect(assignableRoles("viewer")).toEqual([]);
  });
});

describe("mayManage", () => {
  it("never allows yourself, and admins never touch owners", () => {
    expect(mayManage("owner", "m1", { id: "m1", role: "owner" })).toBe(false);
    expect(mayManage("owner", "m1", { id: "m2", role: "owner" })).toBe(true);
    expect(mayManage("admin", "m1", { id: "m2", role: "owner" })).toBe(false);
    expect(mayManage("admin", "m1", { id: "m2", role: "viewer" })).toBe(true);
    expect(mayManage("analyst", "m1", { id: "m2", role: "viewer" })).toBe(false);
  });
});

describe("auditActionKey", () => {
  it("maps known actions and leaves unknown ones to be shown raw", () => {
    expect(auditActionKey("device.revoke")).toBe("audit.action.device.revoke");
    expect(auditActionKey("member.password_change")).toBe("audit.action.member.password_change");
    expect(auditActionKey("product_cost.import")).toBe("settingsData.audit.product_cost.import");
    expect(auditActionKey("something.new")).toBeNull();
    expect(auditActionKey("toString")).toBeNull();
  });
});

describe("error messages", () => {
  it("explains 409 conflicts and wrong passwords", () => {
    const conflict = new ApiRequestError(409, "conflict", "x");
    expect(describeMemberError(conflict, "members.lastOwner")).toEqual({
      key: "members.lastOwner",
    });
    const wrong = new ApiRequestError(403, "wrong_password", "x");
    expect(describePasswordError(wrong)).toEqual({ key: "password.wrong" });
    const forbidden = new ApiRequestError(403, "forbidden", "x");
    expect(describePasswordError(forbidden)).toEqual({ key: "error.forbidden" });
  });
});
