import { deleteExpiredCredentials } from "../db/sessions.ts";

/** The 15-minute cron: housekeeping now; alerts and digests join here. */
export async function runScheduled(env: Env, scheduledTime: number): Promise<void> {
  const removed = await deleteExpiredCredentials(env.DB, scheduledTime);
  if (removed > 0)
    console.log(`housekeeping: removed ${removed} expired sessions and pairing codes`);
}
