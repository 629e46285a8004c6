import { PendingReport } from "../../components/pending-report.tsx";

/** 商品: one product across platforms, linked by outer SKU code (商家编码). */
export function ProductsPage() {
  return (
    <PendingReport
      id="products"
      titleKey="nav.products"
      purposeKey="page.products.purpose"
      kinds={["order", "sku", "traffic"]}
    />
  );
}
