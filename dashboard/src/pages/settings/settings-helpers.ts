import type { Role } from "@tongshu/shared";
import { ApiRequestError } from "../../api.ts";
import type { MessageKey } from "../../i18n/translate.ts";
import { describeError, type ErrorMessage } from "../../lib/describe-error.ts";

const ALL_ROLES: readonly Role[] = ["owner", "admin", "analyst", "viewer"];

/** Roles a member may give others: owners any, admins all but owner, the rest none. */
export function assignableRoles(caller: Role): Role[] {
  if (caller === "owner") return [...ALL_ROLES];
  if (caller === "admin") return ALL_ROLES.filter((role) => role !== "owner");
  return [];
}

/** Whether `caller` may change or remove `target` (never yourself; admins never touch owners). */
export function mayManage(caller: Role, callerId: string, target: { id: string; role: Role }) {
  if (target.id === callerId) return false;
  if (caller === "owner") return true;
  return caller === "admin" && target.role !== "owner";
}

const ACTION_KEYS: Record<string, MessageKey> = {
  "invitation.create": "audit.action.invitation.create",
  "invitation.accept": "audit.action.invitation.accept",
  "member.update": "audit.action.member.update",
  "member.remove": "audit.action.member.remove",
  "member.password_change": "audit.action.member.password_change",
  "pairing_code.create": "audit.action.pairing_code.create",
  "device.pair": "audit.action.device.pair",
  "device.revoke": "audit.action.device.revoke",
  // Changes to the data the reports use (settings-data tabs).
  "product.create": "settingsData.audit.product.create",
  "product.import": "settingsData.audit.product.import",
  "product.update": "settingsData.audit.product.update",
  "product.delete": "settingsData.audit.product.delete",
  "product_link.set": "settingsData.audit.product_link.set",
  "product_link.delete": "settingsData.audit.product_link.delete",
  "product_cost.set": "settingsData.audit.product_cost.set",
  "product_cost.import": "settingsData.audit.product_cost.import",
  "product_cost.delete": "settingsData.audit.product_cost.delete",
  "platform_settings.update": "settingsData.audit.platform_settings.update",
  "report_settings.update": "settingsData.audit.report_settings.update",
  "other_cost.create": "settingsData.audit.other_cost.create",
  "other_cost.delete": "settingsData.audit.other_cost.delete",
  "alert_rule.update": "settingsData.audit.alert_rule.update",
};

/** The catalogue key for an audit action in plain words; null for an unknown action (shown raw). */
export function auditActionKey(action: string): MessageKey | null {
  return Object.hasOwn(ACTION_KEYS, action) ? (ACTION_KEYS[action] ?? null) : null;
}

/** A failed invite/role change/removal: 409 says why in words; everything else as usual. */
export function describeMemberError(error: unknown, conflict: MessageKey): ErrorMessage {
  if (error instanceof ApiRequestError && error.status === 409) return { key: conflict };
  return describeError(error);
}

/** A failed password change: the wrong current password gets its own message. */
export function describePasswordError(error: unknown): ErrorMessage {
  if (error instanceof ApiRequestError && error.code === "wrong_password") {
    return { key: "password.wrong" };
  }
  return describeError(error);
}
