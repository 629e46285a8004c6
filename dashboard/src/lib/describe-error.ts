import { ApiRequestError } from "../api.ts";
import type { MessageKey, MessageParams } from "../i18n/translate.ts";

/** A message to show for a failure: a catalogue key and its parameters. */
export interface ErrorMessage {
  key: MessageKey;
  params?: MessageParams;
}

/** Says what went wrong and what to do, from the error's code and status. */
export function describeError(error: unknown): ErrorMessage {
  if (!(error instanceof ApiRequestError)) {
    const message = error instanceof Error ? error.message : String(error);
    return { key: "error.other", params: { message, code: "client" } };
  }
  if (error.code === "network_error") return { key: "error.network" };
  if (error.code === "invalid_response") return { key: "error.invalidResponse" };
  if (error.status === 403) return { key: "error.forbidden" };
  if (error.status === 429) return { key: "error.rateLimited" };
  if (error.status >= 500)
    return { key: "error.server", params: { code: `${error.status} ${error.code}` } };
  return { key: "error.other", params: { message: error.message, code: error.code } };
}

/** What the login form says when POST /api/v1/sessions fails. */
export function describeLoginError(error: unknown): ErrorMessage {
  if (error instanceof ApiRequestError) {
    if (error.status === 401) return { key: "login.invalidCredentials" };
    if (error.status === 429) {
      return error.retryAfterSeconds === null
        ? { key: "login.tooManyAttempts" }
        : { key: "login.tooManyAttemptsWait", params: { seconds: error.retryAfterSeconds } };
    }
    if (error.status === 400 || error.status === 422) return { key: "login.invalidInput" };
  }
  return describeError(error);
}
