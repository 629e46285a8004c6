import { PendingReport } from "../../components/pending-report.tsx";

/** 平台对比: sales, orders and conversion side by side per platform. */
export function PlatformsPage() {
  return (
    <PendingReport
      id="platforms"
      titleKey="nav.platforms"
      purposeKey="page.platforms.purpose"
      kinds={["order", "refund", "traffic"]}
    />
  );
}
