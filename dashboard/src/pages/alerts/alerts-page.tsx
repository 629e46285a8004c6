import { PendingReport } from "../../components/pending-report.tsx";

/** 预警: daily checks (Beijing time) over stock, refunds, ad spend and traffic. */
export function AlertsPage() {
  return (
    <PendingReport
      id="alerts"
      titleKey="nav.alerts"
      purposeKey="page.alerts.purpose"
      kinds={["sku", "order", "refund", "ad", "traffic"]}
    />
  );
}
