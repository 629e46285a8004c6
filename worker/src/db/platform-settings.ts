import {
  PLATFORMS,
  type Platform,
  type PlatformFees,
  type PlatformSettings,
} from "@tongshu/shared";

interface PlatformRow {
  platform: Platform;
  commission_bp: number;
  service_fee_bp: number;
  shipping_fen_per_order: number;
  updated_at: number;
}

/** What a platform costs when nothing was set: no commission, no fees, no shipping. */
export const DEFAULT_PLATFORM_FEES: PlatformFees = {
  commissionBp: 0,
  serviceFeeBp: 0,
  shippingFenPerOrder: 0,
};

/** Fee settings of every platform (defaults where none were set), in PLATFORMS order. */
export async function listPlatformSettings(
  db: D1Database,
  workspaceId: string,
): Promise<PlatformSettings[]> {
  const rows = await db
    .prepare(
      `SELECT platform, commission_bp, service_fee_bp, shipping_fen_per_order, updated_at
       FROM platform_settings WHERE workspace_id = ?`,
    )
    .bind(workspaceId)
    .all<PlatformRow>();
  const byPlatform = new Map(rows.results.map((r) => [r.platform, r]));
  return PLATFORMS.map((platform) => {
    const r = byPlatform.get(platform);
    return r
      ? {
          platform,
          commissionBp: r.commission_bp,
          serviceFeeBp: r.service_fee_bp,
          shippingFenPerOrder: r.shipping_fen_per_order,
          isDefault: false,
          updatedAt: r.updated_at,
        }
      : { platform, ...DEFAULT_PLATFORM_FEES, isDefault: true, updatedAt: null };
  });
}

/**
 * Fee rates per platform for the profit report: commission and service fees in basis points of
 * net sales, shipping in fen per order; every platform present (0 where nothing was set).
 */
export async function getPlatformSettings(
  db: D1Database,
  workspaceId: string,
): Promise<Map<Platform, PlatformFees>> {
  const all = await listPlatformSettings(db, workspaceId);
  return new Map(
    all.map(({ platform, commissionBp, serviceFeeBp, shippingFenPerOrder }) => [
      platform,
      { commissionBp, serviceFeeBp, shippingFenPerOrder },
    ]),
  );
}

export function setPlatformSettingsStatement(
  db: D1Database,
  workspaceId: string,
  platform: Platform,
  fees: PlatformFees,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO platform_settings (workspace_id, platform, commission_bp, service_fee_bp,
         shipping_fen_per_order, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (workspace_id, platform) DO UPDATE SET commission_bp = excluded.commission_bp,
         service_fee_bp = excluded.service_fee_bp,
         shipping_fen_per_order = excluded.shipping_fen_per_order, updated_at = excluded.updated_at`,
    )
    .bind(
      workspaceId,
      platform,
      fees.commissionBp,
      fees.serviceFeeBp,
      fees.shippingFenPerOrder,
      now,
    );
}
