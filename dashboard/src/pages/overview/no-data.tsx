import { EmptyState } from "../../components/empty-state.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";

/** The workspace holds no shop yet: how data gets here. */
export function NoData() {
  const { t } = useI18n();
  return (
    <EmptyState variant="no-data" title={t("noData.title")}>
      <p>{t("noData.body")}</p>
      <ol className="steps">
        <li>{t("noData.step1")}</li>
        <li>{t("noData.step2")}</li>
        <li>{t("noData.step3")}</li>
      </ol>
    </EmptyState>
  );
}
