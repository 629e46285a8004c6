import type { Platform } from "@tongshu/shared";
import { listPlatformSettings } from "../../db/platform-settings.ts";

/** A platform's fee rates and shipping cost, as the seller set them (platform_settings). */
export interface PlatformRates {
  commissionBp: number;
  serviceFeeBp: number;
  shippingFenPerOrder: number;
}

/** A platform without a settings row: no fees estimated and no shipping (and the report says so). */
export const NO_RATES: PlatformRates = { commissionBp: 0, serviceFeeBp: 0, shippingFenPerOrder: 0 };

/**
 * The platforms the seller set rates for (a platform missing from the map has no settings row).
 * Rates have no effective date in the schema: unlike product costs, today's values apply to
 * every day of every range (captured settlements are not affected).
 */
export async function readPlatformRates(
  db: D1Database,
  workspaceId: string,
): Promise<Map<Platform, PlatformRates>> {
  const settings = await listPlatformSettings(db, workspaceId);
  return new Map(
    settings
      .filter((s) => !s.isDefault)
      .map((s) => [
        s.platform,
        {
          commissionBp: s.commissionBp,
          serviceFeeBp: s.serviceFeeBp,
          shippingFenPerOrder: s.shippingFenPerOrder,
        },
      ]),
  );
}
