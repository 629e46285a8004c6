import { deleteExpiredCredentials } from "../db/sessions.ts";
import { evaluateAllAlerts } from "./evaluate-all-alerts.ts";

/** The 15-minute cron: housekeeping, then alerts; digests join here. */
export async function runScheduled(env: Env, scheduledTime: number): Promise<void> {
  const removed = await deleteExpiredCredentials(env.DB, scheduledTime);
  if (removed > 0)
    console.log(`housekeeping: removed ${removed} expired sessions and pairing codes`);
  const alerts = await evaluateAllAlerts(env.DB, scheduledTime);
  if (alerts.failed > 0) console.error(`alerts: ${alerts.failed} workspaces failed`);
}
