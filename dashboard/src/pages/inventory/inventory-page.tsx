import { PendingReport } from "../../components/pending-report.tsx";

/** 库存: SKU stock from the product lists, with recent sales for days of cover. */
export function InventoryPage() {
  return (
    <PendingReport
      id="inventory"
      titleKey="nav.inventory"
      purposeKey="page.inventory.purpose"
      kinds={["sku", "order"]}
    />
  );
}
