import type { Alert, AlertListQuery, AlertState } from "@tongshu/shared";
import { shopCondition } from "../reports/filter.ts";
import { ALERT_COLUMNS, type AlertRow, toAlert } from "./store.ts";

/** The shops a caller may see of those asked for (null = all): the member scope always wins. */
export function visibleShops(requested: string[] | undefined, scope: string[] | null) {
  const asked = requested && requested.length > 0 ? requested : null;
  if (scope === null) return asked;
  return asked === null ? scope : asked.filter((s) => scope.includes(s));
}

interface Scope {
  workspaceId: string;
  shopScope: string[] | null;
}

const FROM = `FROM alerts a LEFT JOIN shops s ON s.workspace_id = a.workspace_id
  AND s.platform = a.platform AND s.shop_id = a.shop_id`;

function whereOf(query: AlertListQuery, scope: Scope, withState: boolean) {
  const shops = shopCondition(
    { platforms: query.platform ?? null, shops: visibleShops(query.shop, scope.shopScope) },
    "a",
  );
  let sql = `WHERE a.workspace_id = ?${shops.sql}`;
  const params: Array<string | number> = [scope.workspaceId, ...shops.params];
  const list = (column: string, values: string[] | undefined) => {
    if (!values || values.length === 0) return;
    sql += ` AND ${column} IN (${values.map(() => "?").join(", ")})`;
    params.push(...values);
  };
  if (withState) list("a.state", query.state);
  list("a.rule", query.rule);
  if (query.from) {
    sql += " AND a.date >= ?";
    params.push(query.from);
  }
  if (query.to) {
    sql += " AND a.date <= ?";
    params.push(query.to);
  }
  return { sql, params };
}

/** One page of alerts, newest first (day, then first seen), and the counts per state. */
export async function listAlerts(
  db: D1Database,
  query: AlertListQuery,
  scope: Scope,
  page: { limit: number; offset: number },
): Promise<{ alerts: Alert[]; more: boolean; counts: Record<AlertState, number> }> {
  const where = whereOf(query, scope, true);
  const all = whereOf(query, scope, false);
  const [rows, counts] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        `SELECT ${ALERT_COLUMNS}, s.shop_name ${FROM} ${where.sql}
         ORDER BY a.date DESC, a.first_seen_at DESC, a.id DESC LIMIT ? OFFSET ?`,
      )
      .bind(...where.params, page.limit + 1, page.offset),
    db
      .prepare(`SELECT a.state, count(*) AS n ${FROM} ${all.sql} GROUP BY a.state`)
      .bind(...all.params),
  ]);
  const found = (rows?.results ?? []) as unknown as AlertRow[];
  const byState = { new: 0, seen: 0, resolved: 0 };
  for (const r of (counts?.results ?? []) as Array<{ state: AlertState; n: number }>)
    byState[r.state] = r.n;
  return {
    alerts: found.slice(0, page.limit).map(toAlert),
    more: found.length > page.limit,
    counts: byState,
  };
}

/** One alert of the workspace, if the caller's shop scope covers it. */
export async function getAlert(db: D1Database, id: string, scope: Scope): Promise<Alert | null> {
  const shops = shopCondition({ platforms: null, shops: scope.shopScope }, "a");
  const row = await db
    .prepare(`SELECT ${ALERT_COLUMNS}, s.shop_name ${FROM}
      WHERE a.workspace_id = ? AND a.id = ?${shops.sql}`)
    .bind(scope.workspaceId, id, ...shops.params)
    .first<AlertRow>();
  return row ? toAlert(row) : null;
}

/** A member's decision about an alert: who and when are kept on the row. */
export function setAlertStateStatement(
  db: D1Database,
  workspaceId: string,
  id: string,
  change: { state: AlertState; by: string; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE alerts SET state = ?, state_changed_at = ?, state_changed_by = ?
       WHERE workspace_id = ? AND id = ? AND state <> ?`,
    )
    .bind(change.state, change.now, change.by, workspaceId, id, change.state);
}
