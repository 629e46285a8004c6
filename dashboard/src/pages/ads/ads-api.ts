import { type AlertRulesResponse, AlertRulesResponseSchema } from "@tongshu/shared";
import { requestJson } from "../../api.ts";

/** GET /api/v1/settings/alert-rules (any member): read for the workspace's ROAS target. */
export function getAlertRules(signal?: AbortSignal): Promise<AlertRulesResponse> {
  return requestJson("/api/v1/settings/alert-rules", AlertRulesResponseSchema, { signal });
}
