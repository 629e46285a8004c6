import { PAIRING_CODE_ALPHABET, PAIRING_CODE_TTL_MS } from "@tongshu/shared";
import { randomId, randomToken, sha256Hex } from "../lib/crypto.ts";
import { auditIfChangedStatement, auditStatement } from "./audit-log.ts";

/** 8 characters from the unambiguous alphabet; 32 is a power of two, so `% 32` has no bias. */
export function newPairingCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => PAIRING_CODE_ALPHABET[b % PAIRING_CODE_ALPHABET.length]).join("");
}

/** Stores a new code's hash (with its audit row) and returns the code, shown once. */
export async function createPairingCode(
  db: D1Database,
  workspaceId: string,
  memberId: string,
  now: number,
): Promise<{ code: string; expiresAt: number }> {
  const code = newPairingCode();
  const expiresAt = now + PAIRING_CODE_TTL_MS;
  await db.batch([
    db
      .prepare(
        "INSERT INTO pairing_codes (code_hash, workspace_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
      )
      .bind(await sha256Hex(code), workspaceId, memberId, now, expiresAt),
    auditStatement(
      db,
      workspaceId,
      {
        actorType: "member",
        actorId: memberId,
        action: "pairing_code.create",
        details: { expiresAt },
      },
      now,
    ),
  ]);
  return { code, expiresAt };
}

export interface PairedDevice {
  deviceId: string;
  token: string;
  workspaceId: string;
}

/**
 * Redeems a code for a new device, or returns null when the code is unknown, used or expired.
 * One D1 batch is one transaction: the device insert and the used_at update are both guarded by
 * "unused and unexpired", so of two concurrent redemptions exactly one creates a device.
 */
export async function redeemPairingCode(
  db: D1Database,
  code: string,
  deviceName: string,
  now: number,
): Promise<PairedDevice | null> {
  const codeHash = await sha256Hex(code);
  const found = await db
    .prepare("SELECT workspace_id, created_by FROM pairing_codes WHERE code_hash = ?")
    .bind(codeHash)
    .first<{ workspace_id: string; created_by: string }>();
  if (!found) return null;
  const deviceId = randomId("dv");
  const token = randomToken(32);
  const live = "code_hash = ? AND used_at IS NULL AND expires_at > ?";
  const [inserted] = await db.batch([
    db
      .prepare(
        `INSERT INTO devices (workspace_id, id, name, token_hash, created_by, created_at)
         SELECT workspace_id, ?, ?, ?, created_by, ? FROM pairing_codes WHERE ${live}`,
      )
      .bind(deviceId, deviceName, await sha256Hex(token), now, codeHash, now),
    auditIfChangedStatement(
      db,
      found.workspace_id,
      {
        actorType: "device",
        actorId: deviceId,
        action: "device.pair",
        target: `device:${deviceId}`,
        details: { name: deviceName, codeCreatedBy: found.created_by },
      },
      now,
    ),
    db.prepare(`UPDATE pairing_codes SET used_at = ? WHERE ${live}`).bind(now, codeHash, now),
  ]);
  if ((inserted?.meta.changes ?? 0) !== 1) return null;
  return { deviceId, token, workspaceId: found.workspace_id };
}
