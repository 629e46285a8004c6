import type { SettingsSku } from "@tongshu/shared";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { NO_VALUE } from "../../lib/format.ts";

/** A platform SKU as one readable block: platform, shop, title, SKU text, ids. Text only. */
export function SkuLabel({ sku }: { sku: SettingsSku }) {
  const { t } = useI18n();
  return (
    <span className="sd-sku">
      <span className="sd-sku__line">
        <PlatformBadge platform={sku.platform} />{" "}
        <span className="muted">{sku.shopName ?? sku.shopId}</span>
      </span>
      <span className="sd-sku__title">{sku.title}</span>
      <span className="muted sd-sku__meta">
        {sku.skuText ?? t("settingsData.sku.noSpec")} · {t("settingsData.sku.code")}{" "}
        {sku.outerCode ?? NO_VALUE} ·{" "}
        {t("settingsData.sku.id", { item: sku.itemId, sku: sku.skuId })}
      </span>
    </span>
  );
}
