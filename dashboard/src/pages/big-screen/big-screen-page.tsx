import { useCallback, useEffect } from "react";
import { ErrorState, LoadingState } from "../../components/load-states.tsx";
import type { ReportFilterState } from "../../filters/report-filter.ts";
import { useReportFilter } from "../../filters/use-report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { getLiveReport, getOpenAlerts } from "./big-screen-api.ts";
import { liveQuery, REFRESH_MS } from "./big-screen-data.ts";
import { useAutoRefresh } from "./use-auto-refresh.ts";
import { WallAlerts } from "./wall-alerts.tsx";
import { WallHeader } from "./wall-header.tsx";
import { WallProducts } from "./wall-products.tsx";
import { WallPlatforms, WallTotal } from "./wall-sales.tsx";
import { WallTrend } from "./wall-trend.tsx";
import "../../styles/big-screen.css";

interface LiveWallProps {
  query: string;
  filter: ReportFilterState;
  onFilter: (next: ReportFilterState) => void;
}

function LiveWall({ query, filter, onFilter }: LiveWallProps) {
  const { t } = useI18n();
  const loadLive = useCallback((signal: AbortSignal) => getLiveReport(query, signal), [query]);
  const loadAlerts = useCallback((signal: AbortSignal) => getOpenAlerts(query, signal), [query]);
  const [live, retry] = useAutoRefresh(loadLive, REFRESH_MS);
  const [alerts] = useAutoRefresh(loadAlerts, REFRESH_MS);
  const report = live.data;
  return (
    <div className="big-screen" data-testid="page-big-screen">
      <WallHeader
        filter={filter}
        onFilter={onFilter}
        updatedAt={report?.asOf ?? null}
        failed={live.error !== null || alerts.error !== null}
      />
      {report ? (
        <main className="bs-main" id="main" data-testid="big-screen-report">
          <div className="bs-column bs-column--sales">
            <WallTotal total={report.total} />
            <WallPlatforms report={report} />
            <WallTrend report={report} />
          </div>
          <div className="bs-column bs-column--lists">
            <WallProducts products={report.topProducts} />
            <WallAlerts alerts={alerts} />
          </div>
        </main>
      ) : (
        <main className="bs-main bs-main--state" id="main">
          {live.error ? (
            <ErrorState error={live.error} onRetry={retry} title={t("bigScreen.loadFailed")} />
          ) : (
            <LoadingState />
          )}
        </main>
      )}
    </div>
  );
}

/**
 * 大屏: today's live figures for a wall screen, outside the app shell. Refreshes every minute
 * while visible and keeps the last figures on errors; the platform and shop filter come from
 * the URL, so a wall can show one shop.
 */
export function BigScreenPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useReportFilter();
  const query = liveQuery(filter);

  useEffect(() => {
    document.title = `${t("bigScreen.title")} · ${t("app.name")}`;
  }, [t]);

  // A new filter is a new wall: keyed, so figures of the old scope never tick into the new one.
  return <LiveWall key={query} query={query} filter={filter} onFilter={setFilter} />;
}
