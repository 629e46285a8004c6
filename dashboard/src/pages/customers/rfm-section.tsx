import type { CustomersReport, Platform } from "@tongshu/shared";
import { DataTable } from "../../components/data-table.tsx";
import { useSearchParam } from "../../filters/use-report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { segmentColumns } from "./customer-columns.tsx";
import { rfmScope, segmentRows } from "./customers-data.ts";
import { RfmGrid } from "./rfm-grid.tsx";

/** RFM for all platforms or one (kept in the URL as ?rfm=jd): the R × F grid and the 8 segments. */
export function RfmSection({ report }: { report: CustomersReport }) {
  const { t, locale } = useI18n();
  const [scope, setScope] = useSearchParam("rfm", "all");
  const known = report.platforms.some((p) => p.platform === scope) ? scope : "all";
  const rfm = rfmScope(report, known);
  const { from, to } = report.rfmWindow;
  const choices: Array<"all" | Platform> = ["all", ...report.platforms.map((p) => p.platform)];
  return (
    <section className="section" aria-labelledby="rfm-title" data-testid="rfm">
      <h2 className="section__title" id="rfm-title">
        {t("customers.rfm.title")}
      </h2>
      <p className="section__intro">{t("customers.rfm.intro", { from, to })}</p>
      {report.platforms.length > 1 ? (
        <fieldset className="filter-bar__group rfm-scope">
          <legend className="rfm-scope__legend">{t("customers.rfm.scope")}</legend>
          {choices.map((choice) => (
            <button
              key={choice}
              type="button"
              className="chip"
              aria-pressed={known === choice}
              data-rfm-scope={choice}
              onClick={() => setScope(choice)}
            >
              {choice === "all" ? t("customers.split.all") : t(`platform.${choice}`)}
            </button>
          ))}
        </fieldset>
      ) : null}
      <div className="panel">
        <h3 className="section__title">{t("customers.rfm.grid.title")}</h3>
        <RfmGrid rfm={rfm} />
      </div>
      <DataTable
        id="customer-segments"
        caption={t("customers.rfm.segments.title")}
        columns={segmentColumns(t, locale)}
        rows={segmentRows(rfm)}
        rowKey={(r) => r.segment}
        exportName={`customer-segments-${known}-${from}-${to}`}
      />
    </section>
  );
}
