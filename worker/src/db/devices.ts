import type { Device } from "@tongshu/shared";
import { sha256Hex } from "../lib/crypto.ts";

interface DeviceRow {
  workspace_id: string;
  id: string;
  name: string;
  created_by: string;
  created_at: number;
  last_seen_at: number | null;
  revoked_at: number | null;
}

export interface StoredDevice extends Device {
  workspaceId: string;
  createdBy: string;
}

const toDevice = (row: DeviceRow): StoredDevice => ({
  workspaceId: row.workspace_id,
  id: row.id,
  name: row.name,
  createdBy: row.created_by,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  revokedAt: row.revoked_at,
});

export function publicDevice(device: StoredDevice): Device {
  const { id, name, createdAt, lastSeenAt, revokedAt } = device;
  return { id, name, createdAt, lastSeenAt, revokedAt };
}

/** The unrevoked device holding this bearer token, or null. */
export async function findDeviceByToken(
  db: D1Database,
  token: string,
): Promise<StoredDevice | null> {
  const row = await db
    .prepare("SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL")
    .bind(await sha256Hex(token))
    .first<DeviceRow>();
  return row ? toDevice(row) : null;
}

export async function getDevice(
  db: D1Database,
  workspaceId: string,
  id: string,
): Promise<StoredDevice | null> {
  const row = await db
    .prepare("SELECT * FROM devices WHERE workspace_id = ? AND id = ?")
    .bind(workspaceId, id)
    .first<DeviceRow>();
  return row ? toDevice(row) : null;
}

export async function listDevices(db: D1Database, workspaceId: string): Promise<StoredDevice[]> {
  const rows = await db
    .prepare("SELECT * FROM devices WHERE workspace_id = ? ORDER BY created_at DESC, id")
    .bind(workspaceId)
    .all<DeviceRow>();
  return rows.results.map(toDevice);
}

export async function touchDevice(
  db: D1Database,
  workspaceId: string,
  id: string,
  now: number,
): Promise<void> {
  await db
    .prepare("UPDATE devices SET last_seen_at = ? WHERE workspace_id = ? AND id = ?")
    .bind(now, workspaceId, id)
    .run();
}

/** Revokes a device; changes no row when it was already revoked (batch with an audit-if-changed). */
export function revokeDeviceStatement(
  db: D1Database,
  workspaceId: string,
  id: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      "UPDATE devices SET revoked_at = ? WHERE workspace_id = ? AND id = ? AND revoked_at IS NULL",
    )
    .bind(now, workspaceId, id);
}
