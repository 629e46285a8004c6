import type { ShopRef } from "@tongshu/shared";
import { PlatformBadge } from "../../components/platform-badge.tsx";

/** A shop as the import steps name it: platform badge, then its name (or id). Text only. */
export function ShopLabel({ shop }: { shop: ShopRef }) {
  return (
    <span className="im-shop-label">
      <PlatformBadge platform={shop.platform} /> {shop.shopName ?? shop.shopId}
    </span>
  );
}
