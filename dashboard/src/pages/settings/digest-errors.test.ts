import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../api.ts";
import { CATALOGUES, type MessageKey, translate } from "../../i18n/translate.ts";
import { describeDigestError } from "./digest-errors.ts";

const label = (key: MessageKey) => translate(CATALOGUES["zh-CN"], key);

describe("describeDigestError", () => {
  it("says an address already has a digest rather than the products wording", () => {
    expect(
      describeDigestError(new ApiRequestError(409, "conflict", "exists"), label, "create"),
    ).toEqual({ key: "digests.error.conflict" });
  });

  it("passes on why a send now was refused (unsubscribed, mail not configured…)", () => {
    const error = new ApiRequestError(
      409,
      "conflict",
      "Mail cannot be sent: SMTP_HOST is not set.",
    );
    expect(describeDigestError(error, label, "send")).toEqual({
      key: "digests.error.sendBlocked",
      params: { reason: "Mail cannot be sent: SMTP_HOST is not set." },
    });
  });

  it("says how long to wait after pressing send again within a minute", () => {
    const wait = new ApiRequestError(429, "rate_limited", "slow", undefined, 42);
    expect(describeDigestError(wait, label, "send")).toEqual({
      key: "digests.error.rateLimitedWait",
      params: { seconds: 42 },
    });
    expect(
      describeDigestError(new ApiRequestError(429, "rate_limited", "slow"), label, "send"),
    ).toEqual({
      key: "digests.error.rateLimited",
    });
  });

  it("names rejected fields by the form's labels, once each", () => {
    const error = new ApiRequestError(422, "validation_failed", "bad", {
      issues: [
        { path: "sendAt", message: "x" },
        { path: "sections.0", message: "x" },
        { path: "sections.1", message: "x" },
        { path: "mystery", message: "x" },
      ],
    });
    expect(describeDigestError(error, label, "update")).toEqual({
      key: "settingsData.error.validation",
      params: { fields: "发送时间、内容、mystery" },
    });
  });

  it("covers missing schedules or members, other people's schedules and network failures", () => {
    const notFound = new ApiRequestError(404, "not_found", "x");
    expect(describeDigestError(notFound, label, "delete").key).toBe("digests.error.notFound");
    expect(describeDigestError(notFound, label, "create").key).toBe("digests.error.memberGone");
    const forbidden = new ApiRequestError(403, "forbidden", "x");
    expect(describeDigestError(forbidden, label, "create").key).toBe("digests.error.forbidden");
    const offline = new ApiRequestError(0, "network_error", "x");
    expect(describeDigestError(offline, label, "update").key).toBe("error.network");
  });
});
