import type { AlertState, Role } from "@tongshu/shared";

/** What a member can do to an alert in each state. */
export type AlertAction = "seen" | "resolved" | "reopen";

const ACTIONS: Record<AlertState, AlertAction[]> = {
  new: ["seen", "resolved"],
  seen: ["resolved"],
  resolved: ["reopen"],
};

export function alertActions(state: AlertState): AlertAction[] {
  return ACTIONS[state];
}

/** The state an action asks for. Reopening lands on 已读: the member has seen it, it is open again. */
export function actionTarget(action: AlertAction): AlertState {
  return action === "reopen" ? "seen" : action;
}

/** Mirrors PATCH /api/v1/alerts/:id: owner, admin and analyst (viewers only read). */
export function mayChangeAlerts(role: Role): boolean {
  return role === "owner" || role === "admin" || role === "analyst";
}

/** Mirrors POST /api/v1/alerts/evaluate: owner and admin. */
export function mayEvaluateAlerts(role: Role): boolean {
  return role === "owner" || role === "admin";
}
