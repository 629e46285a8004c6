import { PendingReport } from "../../components/pending-report.tsx";

/** 客户: repurchase and regions from orders, by hashed buyer key only. */
export function CustomersPage() {
  return (
    <PendingReport
      id="customers"
      titleKey="nav.customers"
      purposeKey="page.customers.purpose"
      kinds={["order"]}
    />
  );
}
