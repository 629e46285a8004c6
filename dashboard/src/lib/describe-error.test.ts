import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../api.ts";
import { describeError, describeLoginError } from "./describe-error.ts";

const apiError = (status: number, code: string, retryAfter: number | null = null) =>
  new ApiRequestError(status, code, `${code} message`, undefined, retryAfter);

describe("describeError", () => {
  it("tells network, version and permission problems apart", () => {
    expect(describeError(apiError(0, "network_error"))).toEqual({ key: "error.network" });
    expect(describeError(apiError(200, "invalid_response"))).toEqual({
      key: "error.invalidResponse",
    });
    expect(describeError(apiError(403, "forbidden"))).toEqual({ key: "error.forbidden" });
    expect(describeError(apiError(429, "rate_limited"))).toEqual({ key: "error.rateLimited" });
  });

  it("names the status and code of a server failure", () => {
    expect(describeError(apiError(500, "internal"))).toEqual({
      key: "error.server",
      params: { code: "500 internal" },
    });
  });

  it("passes other API errors through with their message", () => {
    expect(describeError(apiError(404, "not_found"))).toEqual({
      key: "error.other",
      params: { message: "not_found message", code: "not_found" },
    });
  });

  it("still says something for a non-API error", () => {
    expect(describeError(new Error("boom"))).toEqual({
      key: "error.other",
      params: { message: "boom", code: "client" },
    });
  });
});

describe("describeLoginError", () => {
  it("says wrong email or password on 401", () => {
    expect(describeLoginError(apiError(401, "invalid_credentials"))).toEqual({
      key: "login.invalidCredentials",
    });
  });

  it("says too many attempts on 429, with the wait when known", () => {
    expect(describeLoginError(apiError(429, "rate_limited"))).toEqual({
      key: "login.tooManyAttempts",
    });
    expect(describeLoginError(apiError(429, "rate_limited", 30))).toEqual({
      key: "login.tooManyAttemptsWait",
      params: { seconds: 30 },
    });
  });

  it("asks for valid input on 422 and falls back to the general messages", () => {
    expect(describeLoginError(apiError(422, "validation_failed"))).toEqual({
      key: "login.invalidInput",
    });
    expect(describeLoginError(apiError(0, "network_error"))).toEqual({ key: "error.network" });
  });
});
