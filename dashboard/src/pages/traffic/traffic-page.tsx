import { PendingReport } from "../../components/pending-report.tsx";

/** 流量: visitors and conversion; distinct counts are never summed across items or days. */
export function TrafficPage() {
  return (
    <PendingReport
      id="traffic"
      titleKey="nav.traffic"
      purposeKey="page.traffic.purpose"
      kinds={["traffic"]}
    />
  );
}
