import type { ShopRef } from "@tongshu/shared";
import { isObject, type Json, obj, optStr } from "../../lib/read-values.ts";
import { ParseError, type ParseContext, type ParseOutput } from "../types.ts";
import type { recordBase } from "./common.ts";

/** What a reader of one sff `api` gets from the gateway parser. */
export interface SffRead {
  data: unknown;
  /** The request's own parameters: `request.data` of the DSM envelope, else the body. */
  request: Json | null;
  ctx: ParseContext;
  base(shop: ShopRef): ReturnType<typeof recordBase>;
}

export type SffReader = (read: SffRead) => ParseOutput;

/**
 * The gateway answers `{code, data}` with code 200 or 0 on success (platform-formats.md §2.1
 * saw both); anything else is the gateway's own error, and a message about logging in means
 * the session expired.
 */
export function readSffData(body: unknown): unknown {
  const json = obj(body, "body");
  const code = json.code;
  if (code === 200 || code === 0 || code === "200" || code === "0") return json.data;
  const message = optStr(json.message) ?? optStr(json.msg) ?? optStr(json.errorMsg) ?? "";
  if (code === 401 || code === 403 || code === "401" || /登录|未登陆|login/i.test(message))
    throw new ParseError("login_required", `sff gateway: ${code} ${message.slice(0, 120)}`);
  throw new ParseError("api_error", `sff gateway code ${String(code)}: ${message.slice(0, 120)}`);
}

/** The DSM request envelope `{request:{data:{…}}, accessContext}` → its `data`. */
export function sffRequestData(request: Json | null): Json | null {
  if (!request) return null;
  const inner = isObject(request.request) ? request.request.data : undefined;
  return isObject(inner) ? inner : request;
}
