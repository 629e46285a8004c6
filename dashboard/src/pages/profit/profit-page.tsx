import { useAuth } from "../../auth.tsx";
import { PendingReport } from "../../components/pending-report.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";

/** 利润: sales minus refunds, fees from settlements, ad spend and entered costs. */
export function ProfitPage() {
  const { me } = useAuth();
  const { t } = useI18n();
  // Members without cost access will not see profit figures once the report exists; say so now.
  const notice = me.member.canSeeCosts ? undefined : (
    <p className="notice" data-testid="no-cost-access">
      {t("page.profit.noCostAccess")}
    </p>
  );
  return (
    <PendingReport
      id="profit"
      titleKey="nav.profit"
      purposeKey="page.profit.purpose"
      kinds={["order", "refund", "settlement", "ad"]}
      notice={notice}
    />
  );
}
