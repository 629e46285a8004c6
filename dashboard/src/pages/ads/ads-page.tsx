import { PendingReport } from "../../components/pending-report.tsx";

/** 推广: ad spend and what it brought in, per platform and campaign. */
export function AdsPage() {
  return (
    <PendingReport
      id="ads"
      titleKey="nav.ads"
      purposeKey="page.ads.purpose"
      kinds={["ad", "order"]}
    />
  );
}
