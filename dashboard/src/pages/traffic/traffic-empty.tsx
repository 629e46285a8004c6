import { EmptyState } from "../../components/empty-state.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";

/** No traffic records in the range: which analytics pages the extension reads them from. */
export function TrafficEmpty() {
  const { t } = useI18n();
  return (
    <EmptyState variant="no-traffic" title={t("traffic.empty.title")}>
      <p>{t("traffic.empty.body")}</p>
      <ul className="steps">
        <li>{t("traffic.empty.taobao")}</li>
        <li>{t("traffic.empty.jd")}</li>
        <li>{t("traffic.empty.pdd")}</li>
      </ul>
      <p>{t("traffic.empty.range")}</p>
    </EmptyState>
  );
}
