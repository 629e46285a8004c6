import { useAuth } from "../../auth.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { PageFrame } from "../../components/page-frame.tsx";
import { FilterBar } from "../../filters/filter-bar.tsx";
import { useReportFilter, useSearchParam } from "../../filters/use-report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { Link } from "../../router.tsx";
import { mayChangeAlerts, mayEvaluateAlerts } from "./alert-actions.ts";
import { alertApiQuery, readAlertFilter, severityCounts } from "./alert-filters.ts";
import { AlertList } from "./alert-list.tsx";
import { AlertToolbar } from "./alert-toolbar.tsx";
import { alertsCsvUrl } from "./alerts-api.ts";
import { EvaluateButton, EvaluateResult, useEvaluate } from "./evaluate-button.tsx";
import { useAlertList } from "./use-alert-list.ts";
import "../../styles/alerts.css";

/** 预警: what the rules found, filtered by state, severity, rule and shop, with actions. */
export function AlertsPage() {
  const { t, locale } = useI18n();
  const { me } = useAuth();
  const [scope, setScope] = useReportFilter();
  const [state, setState] = useSearchParam("state", "open");
  const [severity, setSeverity] = useSearchParam("severity", "all");
  const [rule, setRule] = useSearchParam("rule", "all");
  const filter = readAlertFilter({ state, severity, rule }, scope);
  const list = useAlertList(filter);
  const [evaluation, evaluate] = useEvaluate(list.retry);
  const ready = list.resource.status === "ready";
  const role = me.member.role;
  return (
    <PageFrame id="alerts" title={t("nav.alerts")}>
      <p className="section__intro">
        {t("alerts.intro")} <Link to="/settings">{t("alerts.rulesLink")}</Link>
      </p>
      <FilterBar filter={scope} onChange={setScope} dates={false} />
      <div className="alerts-bar">
        <AlertToolbar
          filter={filter}
          onState={setState}
          onSeverity={setSeverity}
          onRule={setRule}
          stateCounts={ready ? list.counts : null}
          severityCounts={ready ? severityCounts(list.rows) : null}
        />
        <div className="alerts-bar__actions">
          {mayEvaluateAlerts(role) ? <EvaluateButton outcome={evaluation} run={evaluate} /> : null}
          <a
            className="button"
            href={alertsCsvUrl(alertApiQuery(filter), locale)}
            download
            data-testid="alerts-csv"
          >
            {t("alerts.csv")}
          </a>
        </div>
      </div>
      <EvaluateResult outcome={evaluation} />
      <AsyncView resource={list.resource} retry={list.retry}>
        {() => (
          <AlertList
            list={list}
            filter={filter}
            canChange={mayChangeAlerts(role)}
            canEvaluate={mayEvaluateAlerts(role)}
          />
        )}
      </AsyncView>
      <p className="footnote">{t("alerts.csvNote")}</p>
    </PageFrame>
  );
}
