import type { ReportMeta } from "@tongshu/shared";
import { EmptyState } from "../../components/empty-state.tsx";
import type { ReportFilterState } from "../../filters/report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatDateSpan } from "../../lib/format.ts";

interface NoSalesProps {
  meta: ReportMeta;
  filter: ReportFilterState;
  onChange: (next: ReportFilterState) => void;
}

/** No product sold in the filter: say so, and offer the two usual ways out in one click. */
export function NoSales({ meta, filter, onChange }: NoSalesProps) {
  const { t } = useI18n();
  const narrowed = filter.platforms.length > 0 || filter.shops.length > 0;
  return (
    <EmptyState
      variant="no-sales"
      title={t("products.empty.title", {
        range: formatDateSpan(meta.range.from, meta.range.to) ?? "",
      })}
    >
      <p>{t("products.empty.body")}</p>
      <ul className="steps">
        <li>{t("products.empty.step1")}</li>
        <li>{t("products.empty.step2")}</li>
        <li>{t("products.empty.step3")}</li>
      </ul>
      <p className="empty-state__actions">
        {filter.preset !== "last30" ? (
          <button
            type="button"
            className="button"
            onClick={() => onChange({ ...filter, preset: "last30", range: null })}
          >
            {t("products.empty.last30")}
          </button>
        ) : null}
        {narrowed ? (
          <button
            type="button"
            className="button"
            onClick={() => onChange({ ...filter, platforms: [], shops: [] })}
          >
            {t("filter.clear")}
          </button>
        ) : null}
      </p>
    </EmptyState>
  );
}
