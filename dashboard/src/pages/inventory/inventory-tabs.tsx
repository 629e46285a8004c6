import { TabList } from "../../components/tab-list.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { INVENTORY_TABS, type InventoryTab } from "./inventory-lists.ts";

interface InventoryTabsProps {
  tab: InventoryTab;
  counts: Record<InventoryTab, number>;
  onChange: (tab: InventoryTab) => void;
}

/** The four lists as tabs, each with its row count. */
export function InventoryTabs({ tab, counts, onChange }: InventoryTabsProps) {
  const { t } = useI18n();
  return (
    <TabList
      tabs={INVENTORY_TABS}
      tab={tab}
      onChange={onChange}
      prefix="inventory"
      className="inv-tabs"
      label={t("inventory.tabs.label")}
    >
      {(item) => (
        <>
          {t(`inventory.tab.${item}`)}
          <span className="inv-tabs__count">{counts[item]}</span>
        </>
      )}
    </TabList>
  );
}
