import type { QualityTier } from "@tongshu/shared";
import { getCoverage } from "../../api.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { PageFrame } from "../../components/page-frame.tsx";
import { FilterBar } from "../../filters/filter-bar.tsx";
import { reportFilterSearch } from "../../filters/report-filter.ts";
import { useReport } from "../../filters/use-report.ts";
import { useReportFilter, useSearchParam } from "../../filters/use-report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { useResource } from "../../use-resource.ts";
import { NoData } from "../overview/no-data.tsx";
import { CHECKS_HEADING_ID, ChecksSection } from "./checks-section.tsx";
import { FreshnessSection } from "./freshness-section.tsx";
import { getQualityReport } from "./quality-api.ts";
import { parseTier } from "./quality-findings.ts";
import { QualityTotals } from "./quality-totals.tsx";
import "../../styles/quality.css";

/** Scrolls to the checks without a hash change (the router would count it as a navigation). */
function jumpToChecks() {
  requestAnimationFrame(() => {
    const heading = document.getElementById(CHECKS_HEADING_ID);
    if (!heading) return;
    heading.scrollIntoView({ block: "start" });
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  });
}

/**
 * 数据质量: how many problems of each tier, how fresh and complete each shop's data is, and
 * every check with its findings (?tier=… shows one tier).
 */
export function QualityPage() {
  const { t } = useI18n();
  const [coverage] = useResource(getCoverage);
  const [filter, setFilter] = useReportFilter();
  const [report, retry] = useReport(getQualityReport, filter);
  const [tierParam, setTierParam] = useSearchParam("tier", "");
  const tier = parseTier(tierParam);
  const setTier = (next: QualityTier | null) => setTierParam(next ?? "");
  const noData = coverage.status === "ready" && coverage.data.shops.length === 0;
  return (
    <PageFrame id="quality" title={t("nav.quality")}>
      <FilterBar filter={filter} onChange={setFilter} />
      {noData ? (
        <NoData />
      ) : (
        <AsyncView resource={report} retry={retry}>
          {(data) => (
            <div className="quality-report" data-testid="quality-report">
              <p className="section__intro">{t("quality.intro")}</p>
              <QualityTotals
                totals={data.totals}
                hrefOf={(x) => `/quality?${reportFilterSearch(filter, { tier: x })}`}
                onJump={(x) => {
                  setTier(x);
                  jumpToChecks();
                }}
              />
              <FreshnessSection report={data} />
              <ChecksSection report={data} tier={tier} onTier={setTier} />
            </div>
          )}
        </AsyncView>
      )}
    </PageFrame>
  );
}
