import { EmptyState } from "../../components/empty-state.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";

/** Shown instead of a cost section to members who may not see costs (the API 403s them too). */
export function NoCostAccess({ title }: { title: string }) {
  const { t } = useI18n();
  return (
    <EmptyState variant="settings-no-costs" title={title}>
      <p>{t("settingsData.readOnly.costs")}</p>
    </EmptyState>
  );
}
