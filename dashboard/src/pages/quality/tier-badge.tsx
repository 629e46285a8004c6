import type { QualityTier } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";

/** A finding's tier: colour plus the word, so it reads without colour too. */
export function TierBadge({ tier, label }: { tier: QualityTier; label?: string }) {
  const { t } = useI18n();
  return (
    <span className={`tier-badge tier-badge--${tier}`} data-tier={tier}>
      {label ?? t(`quality.tier.${tier}`)}
    </span>
  );
}
