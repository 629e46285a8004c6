import { deleteExpiredCredentials } from "../db/sessions.ts";
import { runDigests } from "../digests/run-digests.ts";
import { repairDirtyRollups } from "../rollups/refresh-rollups.ts";
import { evaluateAllAlerts } from "./evaluate-all-alerts.ts";

/** The 15-minute cron: housekeeping, rollup repair, alerts, then digests and alert emails. */
export async function runScheduled(env: Env, scheduledTime: number): Promise<void> {
  const removed = await deleteExpiredCredentials(env.DB, scheduledTime);
  if (removed > 0)
    console.log(`housekeeping: removed ${removed} expired sessions and pairing codes`);
  // Alerts read the rollups, so days a migration or a raw write left dirty are repaired first.
  const repaired = await repairDirtyRollups(env.DB);
  if (repaired > 0) console.log(`rollups: repaired dirty days of ${repaired} workspaces`);
  const alerts = await evaluateAllAlerts(env.DB, scheduledTime);
  if (alerts.failed > 0) console.error(`alerts: ${alerts.failed} workspaces failed`);
  // After alerts, so an urgent finding of this run is emailed in the same run.
  const mail = await runDigests(env, scheduledTime);
  if (mail.sent + mail.alertEmails + mail.failed > 0)
    console.log(
      `digests: ${mail.sent} sent, ${mail.alertEmails} alert emails, ${mail.failed} failed`,
    );
}
