import type { Platform } from "@tongshu/shared";
import { useI18n } from "../i18n/i18n-context.tsx";

export function PlatformBadge({ platform }: { platform: Platform }) {
  const { t } = useI18n();
  return (
    <span className={`platform-badge platform-badge--${platform}`}>
      {t(`platform.${platform}`)}
    </span>
  );
}
