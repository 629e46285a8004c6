import type { Role, ShopScope } from "@tongshu/shared";
import type { PasswordHash } from "../lib/crypto.ts";

// A member row may change only if it is not the workspace's last owner, or stays an owner.
const KEEPS_AN_OWNER = `(role != 'owner' OR ?new_role = 'owner' OR
  (SELECT count(*) FROM members o WHERE o.workspace_id = ?ws AND o.role = 'owner' AND o.disabled_at IS NULL) > 1)`;
// Admins may not change or remove owners (checked again here in case of a concurrent promotion).
const CALLER_MAY_TOUCH = "(?caller_role = 'owner' OR role != 'owner')";

/** D1 binds ?1…?N; named placeholders keep the guards above readable. */
function named(sql: string, names: string[]): string {
  return names.reduce((s, name, i) => s.replaceAll(`?${name}`, `?${i + 1}`), sql);
}

export interface MemberPatch {
  role?: Role | undefined;
  canSeeCosts?: boolean | undefined;
  shopScope?: ShopScope | undefined;
}

/** The guarded update; changes no row when it would leave no owner or the caller may not. */
export function updateMemberStatement(
  db: D1Database,
  ref: { workspaceId: string; id: string; callerRole: Role },
  patch: MemberPatch,
): D1PreparedStatement {
  const sql = named(
    `UPDATE members SET role = COALESCE(?role, role),
       can_see_costs = COALESCE(?costs, can_see_costs),
       shop_scope = CASE WHEN ?set_scope = 1 THEN ?scope ELSE shop_scope END
     WHERE workspace_id = ?ws AND id = ?id AND ${CALLER_MAY_TOUCH} AND ${KEEPS_AN_OWNER}`,
    ["role", "costs", "set_scope", "scope", "ws", "id", "caller_role", "new_role"],
  );
  return db
    .prepare(sql)
    .bind(
      patch.role ?? null,
      patch.canSeeCosts === undefined ? null : patch.canSeeCosts ? 1 : 0,
      patch.shopScope === undefined ? 0 : 1,
      patch.shopScope ? JSON.stringify(patch.shopScope) : null,
      ref.workspaceId,
      ref.id,
      ref.callerRole,
      patch.role ?? "owner",
    );
}

/** The guarded delete; its sessions go with it (sessionsOfRemovedStatement). */
export function deleteMemberStatement(
  db: D1Database,
  ref: { workspaceId: string; id: string; callerRole: Role },
): D1PreparedStatement {
  const sql = named(
    `DELETE FROM members WHERE workspace_id = ?ws AND id = ?id AND ${CALLER_MAY_TOUCH}
       AND ${KEEPS_AN_OWNER}`,
    ["ws", "id", "caller_role", "new_role"],
  );
  return db.prepare(sql).bind(ref.workspaceId, ref.id, ref.callerRole, "none");
}

/** Ends every session of a member who no longer exists (no-op when the delete lost). */
export function sessionsOfRemovedStatement(
  db: D1Database,
  workspaceId: string,
  id: string,
): D1PreparedStatement {
  return db
    .prepare(
      `DELETE FROM sessions WHERE workspace_id = ?1 AND member_id = ?2
         AND NOT EXISTS (SELECT 1 FROM members WHERE workspace_id = ?1 AND id = ?2)`,
    )
    .bind(workspaceId, id);
}

export function setPasswordStatement(
  db: D1Database,
  workspaceId: string,
  id: string,
  password: PasswordHash,
): D1PreparedStatement {
  return db
    .prepare(
      "UPDATE members SET password_hash = ?, password_salt = ?, password_iterations = ? WHERE workspace_id = ? AND id = ?",
    )
    .bind(password.hash, password.salt, password.iterations, workspaceId, id);
}

/** Ends a member's sessions except the one making the request. */
export function otherSessionsStatement(
  db: D1Database,
  workspaceId: string,
  id: string,
  keepTokenHash: string,
): D1PreparedStatement {
  return db
    .prepare("DELETE FROM sessions WHERE workspace_id = ? AND member_id = ? AND token_hash != ?")
    .bind(workspaceId, id, keepTokenHash);
}
