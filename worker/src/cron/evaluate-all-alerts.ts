import { evaluateAlerts } from "../alerts/evaluate.ts";

/** Workspaces one cron run evaluates at most (the rest wait for the next run, 15 minutes on). */
export const MAX_WORKSPACES_PER_RUN = 500;

/**
 * Evaluates the alert rules of every workspace that has shops, one after another. A workspace
 * that fails is logged and skipped: one broken workspace never stops the others' alerts.
 * Past the cap, the run starts at a point that moves with the quarter hour so every workspace
 * takes its turn.
 */
export async function evaluateAllAlerts(
  db: D1Database,
  now: number,
): Promise<{ evaluated: number; failed: number }> {
  const rows = await db
    .prepare("SELECT DISTINCT workspace_id FROM shops ORDER BY workspace_id")
    .all<{ workspace_id: string }>();
  const ids = rows.results.map((r) => r.workspace_id);
  const run = Math.floor(now / 900_000);
  const start =
    ids.length > MAX_WORKSPACES_PER_RUN ? (run * MAX_WORKSPACES_PER_RUN) % ids.length : 0;
  const turn = [...ids.slice(start), ...ids.slice(0, start)].slice(0, MAX_WORKSPACES_PER_RUN);
  let failed = 0;
  for (const id of turn) {
    try {
      await evaluateAlerts(db, id, now);
    } catch (error) {
      failed++;
      console.error(`alerts: evaluating workspace ${id} failed`, error);
    }
  }
  return { evaluated: turn.length - failed, failed };
}
