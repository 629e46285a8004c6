import { deleteExpiredCredentials } from "../db/sessions.ts";
import { repairDirtyRollups } from "../rollups/refresh-rollups.ts";
import { evaluateAllAlerts } from "./evaluate-all-alerts.ts";

/** The 15-minute cron: housekeeping, rollup repair, then alerts; digests join here. */
export async function runScheduled(env: Env, scheduledTime: number): Promise<void> {
  const removed = await deleteExpiredCredentials(env.DB, scheduledTime);
  if (removed > 0)
    console.log(`housekeeping: removed ${removed} expired sessions and pairing codes`);
  // Alerts read the rollups, so days a migration or a raw write left dirty are repaired first.
  const repaired = await repairDirtyRollups(env.DB);
  if (repaired > 0) console.log(`rollups: repaired dirty days of ${repaired} workspaces`);
  const alerts = await evaluateAllAlerts(env.DB, scheduledTime);
  if (alerts.failed > 0) console.error(`alerts: ${alerts.failed} workspaces failed`);
}
