import { ApiRequestError } from "../../api.ts";
import { describeError, type ErrorMessage } from "../../lib/describe-error.ts";
import type { MessageKey } from "../../i18n/translate.ts";
import { validationFields } from "./settings-data-errors.ts";

export type DigestAction = "create" | "update" | "send" | "resubscribe" | "delete";

/** Request fields the digest API may reject, by the label the form shows. */
const FIELD_LABELS: Record<string, MessageKey> = {
  memberId: "digests.field.recipient",
  email: "digests.field.email",
  locale: "digests.field.locale",
  frequency: "digests.field.frequency",
  sendAt: "digests.field.time",
  shops: "digests.field.shops",
  sections: "digests.field.sections",
  urgentAlerts: "digests.field.urgent",
};

/**
 * What a failed digest call says: the general settings wording talks about products and SKUs,
 * so conflicts, missing schedules and the one-a-minute limit on "send now" get their own.
 */
export function describeDigestError(
  error: unknown,
  fieldName: (key: MessageKey) => string,
  action: DigestAction,
): ErrorMessage {
  if (!(error instanceof ApiRequestError)) return describeError(error);
  if (error.code === "validation_failed") {
    const fields = validationFields(error.details).map(({ field }) => {
      const key = FIELD_LABELS[field];
      return key ? fieldName(key) : field;
    });
    return fields.length === 0
      ? { key: "settingsData.error.validationAny" }
      : {
          key: "settingsData.error.validation",
          params: { fields: [...new Set(fields)].join("、") },
        };
  }
  // 409s name their reason in the code; the server's text is the fallback for a new one.
  const byCode: Partial<Record<string, MessageKey>> = {
    already_subscribed: "digests.error.conflict",
    unsubscribed: "digests.error.unsubscribed",
    member_disabled: "digests.error.memberDisabled",
    send_in_progress: "digests.error.inProgress",
  };
  const known = byCode[error.code];
  if (known) return { key: known };
  if (error.code === "mail_not_configured")
    return { key: "digests.error.mailNotConfigured", params: { reason: error.message } };
  if (error.status === 409 && action === "send")
    return { key: "digests.error.sendBlocked", params: { reason: error.message } };
  if (error.status === 409) return { key: "digests.error.conflict" };
  if (error.status === 404 && action === "create") return { key: "digests.error.memberGone" };
  if (error.status === 404) return { key: "digests.error.notFound" };
  if (error.status === 403) return { key: "digests.error.forbidden" };
  if (error.status === 429)
    return error.retryAfterSeconds === null
      ? { key: "digests.error.rateLimited" }
      : { key: "digests.error.rateLimitedWait", params: { seconds: error.retryAfterSeconds } };
  return describeError(error);
}
