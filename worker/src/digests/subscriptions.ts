import type { DigestFrequency, DigestSection, Locale, Role } from "@tongshu/shared";

interface SubscriptionRow {
  workspace_id: string;
  id: string;
  member_id: string | null;
  email: string;
  locale: Locale;
  frequency: DigestFrequency;
  send_at: string;
  shops: string | null;
  sections: string;
  urgent_alerts: number;
  unsubscribed_at: number | null;
  created_by: string | null;
  created_at: number;
  updated_at: number;
  // Joined from members (null for outside addresses or a deleted member).
  member_name: string | null;
  member_email: string | null;
  member_role: Role | null;
  member_can_see_costs: number | null;
  member_shop_scope: string | null;
  member_disabled_at: number | null;
}

/** A subscription and what its recipient may see, read fresh at each send. */
export interface StoredSubscription {
  workspaceId: string;
  id: string;
  memberId: string | null;
  /** The member's current address, else the stored outside address. */
  email: string;
  locale: Locale;
  frequency: DigestFrequency;
  sendAt: string;
  shops: string[] | null;
  sections: DigestSection[];
  urgentAlerts: boolean;
  unsubscribedAt: number | null;
  createdAt: number;
  updatedAt: number;
  recipient: {
    name: string | null;
    /** Members: their role's right; outside addresses: never. */
    canSeeCosts: boolean;
    /** The member's shop scope (null = all shops). */
    shopScope: string[] | null;
    /** A disabled or deleted member gets nothing. */
    active: boolean;
  };
}

const SELECT = `SELECT d.*, m.name AS member_name, m.email AS member_email, m.role AS member_role,
    m.can_see_costs AS member_can_see_costs, m.shop_scope AS member_shop_scope,
    m.disabled_at AS member_disabled_at
  FROM digest_subscriptions d
  LEFT JOIN members m ON m.workspace_id = d.workspace_id AND m.id = d.member_id`;

function toSubscription(row: SubscriptionRow): StoredSubscription {
  const isMember = row.member_id !== null;
  const memberFound = row.member_role !== null;
  const role = row.member_role;
  return {
    workspaceId: row.workspace_id,
    id: row.id,
    memberId: row.member_id,
    email: row.member_email ?? row.email,
    locale: row.locale,
    frequency: row.frequency,
    sendAt: row.send_at,
    shops: row.shops === null ? null : (JSON.parse(row.shops) as string[]),
    sections: JSON.parse(row.sections) as DigestSection[],
    urgentAlerts: row.urgent_alerts === 1,
    unsubscribedAt: row.unsubscribed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    recipient: {
      name: row.member_name,
      canSeeCosts:
        isMember && (role === "owner" || role === "admin" || row.member_can_see_costs === 1),
      shopScope:
        row.member_shop_scope === null ? null : (JSON.parse(row.member_shop_scope) as string[]),
      active: !isMember || (memberFound && row.member_disabled_at === null),
    },
  };
}

/** The workspace's subscriptions (one member's only, when `memberId` is given). */
export async function listSubscriptions(
  db: D1Database,
  workspaceId: string,
  memberId?: string,
): Promise<StoredSubscription[]> {
  const mine = memberId === undefined ? "" : " AND d.member_id = ?";
  const rows = await db
    .prepare(`${SELECT} WHERE d.workspace_id = ?${mine} ORDER BY d.created_at, d.id`)
    .bind(...(memberId === undefined ? [workspaceId] : [workspaceId, memberId]))
    .all<SubscriptionRow>();
  return rows.results.map(toSubscription);
}

export async function getSubscription(
  db: D1Database,
  workspaceId: string,
  id: string,
): Promise<StoredSubscription | null> {
  const row = await db
    .prepare(`${SELECT} WHERE d.workspace_id = ? AND d.id = ?`)
    .bind(workspaceId, id)
    .first<SubscriptionRow>();
  return row ? toSubscription(row) : null;
}

/** Subscriptions the cron may send to, in every workspace: scheduled or urgent-alert ones. */
export async function listSendableSubscriptions(db: D1Database): Promise<StoredSubscription[]> {
  const rows = await db
    .prepare(
      `${SELECT} WHERE d.unsubscribed_at IS NULL AND (d.frequency <> 'off' OR d.urgent_alerts = 1)
       ORDER BY d.workspace_id, d.id`,
    )
    .all<SubscriptionRow>();
  return rows.results.map(toSubscription).filter((s) => s.recipient.active);
}

export interface SubscriptionFields {
  locale: Locale;
  frequency: DigestFrequency;
  sendAt: string;
  shops: string[] | null;
  sections: DigestSection[];
  urgentAlerts: boolean;
}

/** The schedule columns (locale … urgent_alerts) as bound values, in column order. */
const fieldValues = (fields: SubscriptionFields) => [
  fields.locale,
  fields.frequency,
  fields.sendAt,
  fields.shops === null ? null : JSON.stringify(fields.shops),
  JSON.stringify(fields.sections),
  fields.urgentAlerts ? 1 : 0,
];

export function insertSubscriptionStatement(
  db: D1Database,
  workspaceId: string,
  input: SubscriptionFields & {
    id: string;
    memberId: string | null;
    email: string;
    createdBy: string;
  },
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO digest_subscriptions (workspace_id, id, member_id, email, locale, frequency,
         send_at, shops, sections, urgent_alerts, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      workspaceId,
      input.id,
      input.memberId,
      input.email,
      ...fieldValues(input),
      input.createdBy,
      now,
      now,
    );
}

export function updateSubscriptionStatement(
  db: D1Database,
  workspaceId: string,
  id: string,
  fields: SubscriptionFields & { unsubscribedAt: number | null },
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE digest_subscriptions SET locale = ?, frequency = ?, send_at = ?, shops = ?,
         sections = ?, urgent_alerts = ?, unsubscribed_at = ?, updated_at = ?
       WHERE workspace_id = ? AND id = ?`,
    )
    .bind(...fieldValues(fields), fields.unsubscribedAt, now, workspaceId, id);
}
