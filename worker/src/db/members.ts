import type { Locale, Member, MemberListItem, Role, ShopScope } from "@tongshu/shared";
import { hashPassword, type PasswordHash, randomId } from "../lib/crypto.ts";

interface MemberRow {
  workspace_id: string;
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  can_see_costs: number;
  password_hash: string;
  password_salt: string;
  password_iterations: number;
  shop_scope: string | null;
  created_at: number;
  disabled_at: number | null;
}

export interface StoredMember extends Member {
  workspaceId: string;
  password: PasswordHash;
  disabled: boolean;
  shopScope: ShopScope;
  createdAt: number;
}

/** Owners and admins always see costs; analysts and viewers only when granted. */
export function mayseeCosts(role: Role, granted: boolean): boolean {
  return role === "owner" || role === "admin" || granted;
}

const toMember = (row: MemberRow): StoredMember => ({
  workspaceId: row.workspace_id,
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  locale: row.locale,
  canSeeCosts: mayseeCosts(row.role, row.can_see_costs === 1),
  password: {
    hash: row.password_hash,
    salt: row.password_salt,
    iterations: row.password_iterations,
  },
  disabled: row.disabled_at !== null,
  shopScope: row.shop_scope === null ? null : (JSON.parse(row.shop_scope) as string[]),
  createdAt: row.created_at,
});

export function memberListItem(member: StoredMember): MemberListItem {
  return { ...publicMember(member), shopScope: member.shopScope, createdAt: member.createdAt };
}

export async function listMembers(db: D1Database, workspaceId: string): Promise<StoredMember[]> {
  const rows = await db
    .prepare("SELECT * FROM members WHERE workspace_id = ? ORDER BY created_at, id")
    .bind(workspaceId)
    .all<MemberRow>();
  return rows.results.map(toMember);
}

/** The public view of a member: never the password fields. */
export function publicMember(member: StoredMember): Member {
  const { id, email, name, role, locale, canSeeCosts } = member;
  return { id, email, name, role, locale, canSeeCosts };
}

export async function findMemberByEmail(
  db: D1Database,
  email: string,
): Promise<StoredMember | null> {
  const row = await db
    .prepare("SELECT * FROM members WHERE email = ?")
    .bind(email.toLowerCase())
    .first<MemberRow>();
  return row ? toMember(row) : null;
}

export async function getMember(
  db: D1Database,
  workspaceId: string,
  id: string,
): Promise<StoredMember | null> {
  const row = await db
    .prepare("SELECT * FROM members WHERE workspace_id = ? AND id = ?")
    .bind(workspaceId, id)
    .first<MemberRow>();
  return row ? toMember(row) : null;
}

export interface NewMember {
  email: string;
  name: string;
  role: Role;
  password: string;
  locale?: Locale;
  canSeeCosts?: boolean;
}

export async function createMember(
  db: D1Database,
  workspaceId: string,
  input: NewMember,
  now: number,
): Promise<Member> {
  const id = randomId("mb");
  const password = await hashPassword(input.password);
  const locale = input.locale ?? "zh-CN";
  await db
    .prepare(
      `INSERT INTO members (workspace_id, id, email, name, role, locale, password_hash, password_salt,
         password_iterations, can_see_costs, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      workspaceId,
      id,
      input.email.toLowerCase(),
      input.name,
      input.role,
      locale,
      password.hash,
      password.salt,
      password.iterations,
      input.canSeeCosts ? 1 : 0,
      now,
    )
    .run();
  return {
    id,
    email: input.email.toLowerCase(),
    name: input.name,
    role: input.role,
    locale,
    canSeeCosts: mayseeCosts(input.role, input.canSeeCosts === true),
  };
}
