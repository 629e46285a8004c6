import { EmptyState } from "../../components/empty-state.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";

/** No ad records in the range: which ad-console pages the extension reads them from. */
export function AdsEmpty() {
  const { t } = useI18n();
  return (
    <EmptyState variant="no-ads" title={t("ads.empty.title")}>
      <p>{t("ads.empty.body")}</p>
      <ul className="steps">
        <li>{t("ads.empty.taobao")}</li>
        <li>{t("ads.empty.jd")}</li>
        <li>{t("ads.empty.pdd")}</li>
      </ul>
      <p>{t("ads.empty.range")}</p>
    </EmptyState>
  );
}
